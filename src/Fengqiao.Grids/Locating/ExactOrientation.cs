using System.Numerics;
using System.Runtime.CompilerServices;

namespace Fengqiao.Grids.Locating;

/// <summary>
/// The side of a directed line a point lies on, decided exactly. A floating-point determinant with
/// Shewchuk's error bound answers almost every case; only a point within rounding distance of the
/// line falls back to exact integer arithmetic. Exactness is what makes a point on a shared edge
/// land in exactly one grid.
/// </summary>
internal static class ExactOrientation
{
    // Shewchuk's ccwerrboundA = (3 + 16ε)ε with ε = 2⁻⁵³.
    private const double ErrorBoundFactor = (3.0 + (16.0 * Epsilon)) * Epsilon;
    private const double Epsilon = 1.1102230246251565E-16;

    /// <summary>Gets the sign of (x2−x1)(y−y1) − (y2−y1)(x−x1): positive when (x, y) lies left of the line from (x1, y1) to (x2, y2).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Sign(double x1, double y1, double x2, double y2, double x, double y)
    {
        var left = (x2 - x1) * (y - y1);
        var right = (y2 - y1) * (x - x1);
        var determinant = left - right;
        var bound = ErrorBoundFactor * (Math.Abs(left) + Math.Abs(right));
        if (determinant > bound)
        {
            return 1;
        }

        if (determinant < -bound)
        {
            return -1;
        }

        return ExactSign(x1, y1, x2, y2, x, y);
    }

    /// <summary>The same sign, computed on the doubles' exact binary values with big integers.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static int ExactSign(double x1, double y1, double x2, double y2, double x, double y)
    {
        Span<long> mantissas = stackalloc long[6];
        Span<int> exponents = stackalloc int[6];
        Decompose(x1, out mantissas[0], out exponents[0]);
        Decompose(y1, out mantissas[1], out exponents[1]);
        Decompose(x2, out mantissas[2], out exponents[2]);
        Decompose(y2, out mantissas[3], out exponents[3]);
        Decompose(x, out mantissas[4], out exponents[4]);
        Decompose(y, out mantissas[5], out exponents[5]);
        var lowest = int.MaxValue;
        foreach (var exponent in exponents)
        {
            lowest = Math.Min(lowest, exponent);
        }

        // Scale every value to the same power of two; then all arithmetic is on integers.
        BigInteger Scaled(Span<long> m, Span<int> e, int i) => new BigInteger(m[i]) << (e[i] - lowest);

        var bx1 = Scaled(mantissas, exponents, 0);
        var by1 = Scaled(mantissas, exponents, 1);
        var bx2 = Scaled(mantissas, exponents, 2);
        var by2 = Scaled(mantissas, exponents, 3);
        var bx = Scaled(mantissas, exponents, 4);
        var by = Scaled(mantissas, exponents, 5);
        var determinant = ((bx2 - bx1) * (by - by1)) - ((by2 - by1) * (bx - bx1));
        return determinant.Sign;
    }

    /// <summary>Splits a finite double into a signed 53-bit integer mantissa and a power of two.</summary>
    private static void Decompose(double value, out long mantissa, out int exponent)
    {
        var bits = BitConverter.DoubleToInt64Bits(value);
        var biased = (int)((bits >> 52) & 0x7FF);
        mantissa = bits & 0xF_FFFF_FFFF_FFFFL;
        if (biased == 0)
        {
            biased = 1; // subnormal: no implicit leading bit
        }
        else
        {
            mantissa |= 1L << 52;
        }

        exponent = biased - 1075;
        if (bits < 0)
        {
            mantissa = -mantissa;
        }
    }
}

using System.Diagnostics.CodeAnalysis;
using Ardalis.GuardClauses;
using Fengqiao.Errors;

namespace Fengqiao.Jurisdictions;

/// <summary>
/// Jurisdiction code (行政区划代码): a GB/T 2260 six-digit code for a province, prefecture or
/// county, extended by the statistical division code to a township (9 digits) or a
/// village/community (12 digits), and by a grid number to a grid (15 digits).
/// </summary>
/// <remarks>
/// Validation is structural only: codes of abolished divisions are never reused, so old records
/// may carry codes that today's list lacks, and they stay valid here. Twelve-digit codes padded
/// with zeros ("540127000000") are accepted and normalized to the level they denote.
/// <see cref="Contains"/> is a cheap prefix test on the packed value.
/// </remarks>
public readonly struct JurisdictionCode : IEquatable<JurisdictionCode>, IComparable<JurisdictionCode>
{
    private static readonly ulong[] PowersOfTen = BuildPowers();

    // The fifteen-digit padded value and the level; default(JurisdictionCode) has level 0 and is invalid.
    private readonly ulong _value;
    private readonly byte _level;

    private JurisdictionCode(ulong value, JurisdictionLevel level)
    {
        _value = value;
        _level = (byte)level;
    }

    /// <summary>Gets the level of the division this code denotes.</summary>
    public JurisdictionLevel Level => (JurisdictionLevel)_level;

    /// <summary>Gets a value indicating whether this is the default, empty value rather than a parsed code.</summary>
    public bool IsEmpty => _level == 0;

    /// <summary>Gets the parent division, or <see langword="null"/> for a province.</summary>
    public JurisdictionCode? Parent => Level switch
    {
        JurisdictionLevel.Province or 0 => null,
        _ => Truncate(ParentLevelOf(Level)),
    };

    /// <summary>Gets the county this code lies in (itself for a county), or <see langword="null"/> above county level.</summary>
    /// <remarks>The county code is the partition and shard key of the relational backends.</remarks>
    public JurisdictionCode? County => Level >= JurisdictionLevel.County ? Truncate(JurisdictionLevel.County) : null;

    /// <summary>Gets the number of significant digits: 2, 4, 6, 9, 12 or 15.</summary>
    public int SignificantDigits => SignificantDigitsOf(Level);

    /// <summary>Parses a code, throwing a <see cref="ValidationException"/> with code <see cref="ErrorCodes.JurisdictionCodeInvalid"/> when it is not valid.</summary>
    /// <param name="text">The code: 6, 9, 12 or 15 ASCII digits.</param>
    /// <returns>The code.</returns>
    public static JurisdictionCode Parse(string text)
    {
        Guard.Against.Null(text);
        if (!TryParse(text, out var code))
        {
            throw ValidationException.Of(ErrorCodes.JurisdictionCodeInvalid, "code", Shorten(text));
        }

        return code;
    }

    /// <summary>Tries to parse a code.</summary>
    /// <param name="text">The code text.</param>
    /// <param name="code">The parsed code, or default when the text is not valid.</param>
    /// <returns><see langword="true"/> when the text is a valid code.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out JurisdictionCode code) =>
        TryParse(text.AsSpan(), out code) && text is not null;

    /// <summary>Tries to parse a code from characters.</summary>
    /// <param name="text">The code text.</param>
    /// <param name="code">The parsed code, or default when the text is not valid.</param>
    /// <returns><see langword="true"/> when the text is a valid code.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out JurisdictionCode code)
    {
        code = default;
        if (text.Length is not (6 or 9 or 12 or 15))
        {
            return false;
        }

        ulong value = 0;
        foreach (var c in text)
        {
            if (c is < '0' or > '9')
            {
                return false; // full-width digits and letters are refused
            }

            value = (value * 10) + (ulong)(c - '0');
        }

        value *= PowersOfTen[15 - text.Length];
        var level = LevelOf(value, text.Length);
        if (level is null)
        {
            return false;
        }

        code = new JurisdictionCode(value, level.Value);
        return true;
    }

    /// <summary>Gets a value indicating whether <paramref name="other"/> is this division or lies inside it.</summary>
    /// <param name="other">The other code.</param>
    /// <returns><see langword="true"/> when this code is a prefix of the other.</returns>
    public bool Contains(JurisdictionCode other)
    {
        if (IsEmpty || other.Level < Level)
        {
            return false;
        }

        var scale = PowersOfTen[15 - SignificantDigits];
        return _value / scale == other._value / scale;
    }

    /// <summary>Gets this code and its ancestors, from this code up to the province.</summary>
    /// <returns>The chain of codes.</returns>
    public IEnumerable<JurisdictionCode> SelfAndAncestors()
    {
        for (JurisdictionCode? current = this; current is { } c && !c.IsEmpty; current = c.Parent)
        {
            yield return c;
        }
    }

    /// <summary>Gets this code's ancestor at the given level.</summary>
    /// <param name="level">A level at or above this code's level.</param>
    /// <returns>The ancestor.</returns>
    public JurisdictionCode AncestorAt(JurisdictionLevel level)
    {
        Guard.Against.OutOfRange((int)level, nameof(level), (int)JurisdictionLevel.Province, (int)Level);
        return Truncate(level);
    }

    /// <summary>Makes the code of a child division.</summary>
    /// <param name="number">The child's number within this division: 3 digits below county, 2 for prefecture and county.</param>
    /// <returns>The child's code.</returns>
    public JurisdictionCode Child(int number)
    {
        var childLevel = Level + 1;
        Guard.Against.OutOfRange((int)childLevel, nameof(number), (int)JurisdictionLevel.Prefecture, (int)JurisdictionLevel.Grid);
        var width = SignificantDigitsOf(childLevel) - SignificantDigits;
        Guard.Against.OutOfRange(number, nameof(number), 1, (int)PowersOfTen[width] - 1);
        var value = _value + ((ulong)number * PowersOfTen[15 - SignificantDigitsOf(childLevel)]);
        return new JurisdictionCode(value, childLevel);
    }

    /// <summary>Formats the code: six digits down to county level, then 9, 12 or 15 digits.</summary>
    /// <returns>The canonical text.</returns>
    public override string ToString()
    {
        if (IsEmpty)
        {
            return string.Empty;
        }

        var digits = Math.Max(6, SignificantDigits);
        return (_value / PowersOfTen[15 - digits]).ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(digits, '0');
    }

    /// <summary>Formats the code as a twelve-digit statistical division code (grids keep fifteen digits).</summary>
    /// <returns>The padded code.</returns>
    public string ToStatisticalCode()
    {
        var digits = Level == JurisdictionLevel.Grid ? 15 : 12;
        return (_value / PowersOfTen[15 - digits]).ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(digits, '0');
    }

    /// <inheritdoc/>
    public bool Equals(JurisdictionCode other) => _value == other._value && _level == other._level;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is JurisdictionCode other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(_value, _level);

    /// <summary>Orders codes so that a parent comes right before its descendants.</summary>
    /// <param name="other">The other code.</param>
    /// <returns>The comparison result.</returns>
    public int CompareTo(JurisdictionCode other)
    {
        var byValue = _value.CompareTo(other._value);
        return byValue != 0 ? byValue : _level.CompareTo(other._level);
    }

    /// <summary>Compares two codes for equality.</summary>
    /// <param name="left">The left code.</param>
    /// <param name="right">The right code.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(JurisdictionCode left, JurisdictionCode right) => left.Equals(right);

    /// <summary>Compares two codes for inequality.</summary>
    /// <param name="left">The left code.</param>
    /// <param name="right">The right code.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(JurisdictionCode left, JurisdictionCode right) => !left.Equals(right);

    /// <summary>Orders two codes.</summary>
    /// <param name="left">The left code.</param>
    /// <param name="right">The right code.</param>
    /// <returns>Whether left sorts before right.</returns>
    public static bool operator <(JurisdictionCode left, JurisdictionCode right) => left.CompareTo(right) < 0;

    /// <summary>Orders two codes.</summary>
    /// <param name="left">The left code.</param>
    /// <param name="right">The right code.</param>
    /// <returns>Whether left sorts after right.</returns>
    public static bool operator >(JurisdictionCode left, JurisdictionCode right) => left.CompareTo(right) > 0;

    /// <summary>Orders two codes.</summary>
    /// <param name="left">The left code.</param>
    /// <param name="right">The right code.</param>
    /// <returns>Whether left sorts before or equal to right.</returns>
    public static bool operator <=(JurisdictionCode left, JurisdictionCode right) => left.CompareTo(right) <= 0;

    /// <summary>Orders two codes.</summary>
    /// <param name="left">The left code.</param>
    /// <param name="right">The right code.</param>
    /// <returns>Whether left sorts after or equal to right.</returns>
    public static bool operator >=(JurisdictionCode left, JurisdictionCode right) => left.CompareTo(right) >= 0;

    private JurisdictionCode Truncate(JurisdictionLevel level)
    {
        var scale = PowersOfTen[15 - SignificantDigitsOf(level)];
        return new JurisdictionCode(_value / scale * scale, level);
    }

    private static JurisdictionLevel ParentLevelOf(JurisdictionLevel level) => level - 1;

    private static int SignificantDigitsOf(JurisdictionLevel level) => level switch
    {
        JurisdictionLevel.Province => 2,
        JurisdictionLevel.Prefecture => 4,
        JurisdictionLevel.County => 6,
        JurisdictionLevel.Township => 9,
        JurisdictionLevel.Village => 12,
        JurisdictionLevel.Grid => 15,
        _ => 0,
    };

    private static JurisdictionLevel? LevelOf(ulong padded, int length)
    {
        int Group(int fromDigit, int width) => (int)(padded / PowersOfTen[15 - fromDigit - width] % PowersOfTen[width]);

        var province = Group(0, 2);
        var prefecture = Group(2, 2);
        var county = Group(4, 2);
        var township = Group(6, 3);
        var village = Group(9, 3);
        var grid = Group(12, 3);
        if (province < 11)
        {
            return null; // GB/T 2260 provincial codes start at 11 (Beijing)
        }

        if (length == 15)
        {
            // A grid needs a whole village code above it and a number 001-999.
            return county != 0 && township != 0 && village != 0 && grid != 0 ? JurisdictionLevel.Grid : null;
        }

        // Shorter forms may be zero-padded; the level is where the significant digits end,
        // and no zero group may sit above a non-zero group.
        if (grid != 0)
        {
            return null;
        }

        if (village != 0)
        {
            return county != 0 && township != 0 ? JurisdictionLevel.Village : null;
        }

        if (township != 0)
        {
            return county != 0 ? JurisdictionLevel.Township : null;
        }

        if (county != 0)
        {
            // Municipal districts still fill the prefecture group (110105: 01 = 市辖区), so a county
            // code with a zero prefecture group is never valid.
            return prefecture != 0 ? JurisdictionLevel.County : null;
        }

        return prefecture != 0 ? JurisdictionLevel.Prefecture : JurisdictionLevel.Province;
    }

    private static string Shorten(string text) => text.Length <= 20 ? text : string.Concat(text.AsSpan(0, 20), "…");

    private static ulong[] BuildPowers()
    {
        var powers = new ulong[16];
        powers[0] = 1;
        for (var i = 1; i < powers.Length; i++)
        {
            powers[i] = powers[i - 1] * 10;
        }

        return powers;
    }
}

using System.Globalization;
using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using Fengqiao.Identity;

namespace Fengqiao.Benchmarks.Identity;

/// <summary>
/// Validating a county import's worth of citizen ID numbers: <see cref="CitizenId.TryParse(string?, out CitizenId)"/>
/// against the obvious implementation (a regular expression, <see cref="DateTime.TryParseExact(string?, string?, IFormatProvider?, DateTimeStyles, out DateTime)"/>
/// on the date, a checksum loop over the string). One in ten numbers carries a typo, as real
/// imports do; both methods count the valid ones.
/// </summary>
[MemoryDiagnoser]
public partial class CitizenIdBenchmarks
{
    private const int Count = 10_000;
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private string[] _numbers = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(2260);
        _numbers = new string[Count];
        for (var i = 0; i < Count; i++)
        {
            var birth = new DateOnly(1930, 1, 1).AddDays(random.Next(0, 365 * 90));
            var body = string.Create(
                CultureInfo.InvariantCulture,
                $"{random.Next(11, 66):D2}{random.Next(1, 100):D2}{random.Next(1, 100):D2}{birth:yyyyMMdd}{random.Next(0, 1000):D3}");
            var number = body + CheckCharacter(body);
            if (i % 10 == 0)
            {
                // A typo in one digit of the body.
                var position = random.Next(0, 17);
                number = string.Concat(number.AsSpan(0, position), ((char)('0' + ((number[position] - '0' + 1) % 10))).ToString(), number.AsSpan(position + 1));
            }

            _numbers[i] = number;
        }

        if (Obvious() != Library())
        {
            throw new InvalidOperationException("The two implementations disagree on the data.");
        }
    }

    [Benchmark(Baseline = true, Description = "Regex + DateTime.TryParseExact + checksum loop")]
    public int Obvious()
    {
        var valid = 0;
        foreach (var number in _numbers)
        {
            if (!Shape().IsMatch(number)
                || !DateTime.TryParseExact(number.Substring(6, 8), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            {
                continue;
            }

            if (CheckCharacter(number) == char.ToUpperInvariant(number[17]))
            {
                valid++;
            }
        }

        return valid;
    }

    [Benchmark(Description = "CitizenId.TryParse")]
    public int Library()
    {
        var valid = 0;
        foreach (var number in _numbers)
        {
            if (CitizenId.TryParse(number, out _))
            {
                valid++;
            }
        }

        return valid;
    }

    /// <summary>The plain checksum loop over the first 17 characters.</summary>
    private static char CheckCharacter(string body)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += (body[i] - '0') * Weights[i];
        }

        return "10X98765432"[sum % 11];
    }

    [GeneratedRegex(@"^\d{17}[\dXx]$")]
    private static partial Regex Shape();
}

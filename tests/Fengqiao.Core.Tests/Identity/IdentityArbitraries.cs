using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using Fengqiao.Identity;
using NodaTime;

namespace Fengqiao.Core.Tests.Identity;

/// <summary>A valid 18-character citizen ID number, made by <see cref="CitizenIdOracle"/>.</summary>
public sealed record ValidCitizenIdText(string Value);

/// <summary>A valid number with one character replaced by another digit or X.</summary>
public sealed record CitizenIdSubstitution(string Original, int Position, char Replacement)
{
    public string Mutated => string.Concat(Original.AsSpan(0, Position), Replacement.ToString(), Original.AsSpan(Position + 1));
}

/// <summary>Eleven mainland mobile digits and one way of writing them down.</summary>
public sealed record WrittenMobileNumber(string Digits, string Written);

/// <summary>FsCheck generators for citizen IDs, mobile numbers and masking policies.</summary>
public static class IdentityArbitraries
{
    private const string Alphabet = "0123456789X";
    private static readonly LocalDate Earliest = new(1800, 1, 1);
    private static readonly LocalDate Latest = new(2099, 12, 31);

    public static Gen<string> ValidIdText { get; } =
        from province in Gen.Choose(11, 99)
        from rest in Gen.Choose(0, 9999)
        from days in Gen.Choose(0, Period.Between(Earliest, Latest, PeriodUnits.Days).Days)
        from sequence in Gen.Choose(0, 999)
        let date = Earliest.PlusDays(days)
        select CitizenIdOracle.Complete(string.Create(
            CultureInfo.InvariantCulture,
            $"{province:D2}{rest:D4}{date.Year:D4}{date.Month:D2}{date.Day:D2}{sequence:D3}"));

    public static Arbitrary<ValidCitizenIdText> ValidIds() =>
        ValidIdText.Select(text => new ValidCitizenIdText(text)).ToArbitrary();

    public static Arbitrary<CitizenIdSubstitution> Substitutions() =>
        (from text in ValidIdText
         from position in Gen.Choose(0, 17)
         from step in Gen.Choose(1, Alphabet.Length - 1)
         let replacement = Alphabet[(Alphabet.IndexOf(text[position], StringComparison.Ordinal) + step) % Alphabet.Length]
         select new CitizenIdSubstitution(text, position, replacement)).ToArbitrary();

    public static Arbitrary<MaskingPolicy> Policies() =>
        (from idLeading in Gen.Choose(0, 6)
         from idTrailing in Gen.Choose(0, 4)
         from mobileLeading in Gen.Choose(0, 3)
         from mobileTrailing in Gen.Choose(0, 4)
         from mask in Gen.Elements('*', '#', '•', '_')
         select new MaskingPolicy(idLeading, idTrailing, mobileLeading, mobileTrailing, mask)).ToArbitrary();

    public static Arbitrary<WrittenMobileNumber> MobileNumbers() =>
        (from second in Gen.Choose(3, 9)
         from rest in Gen.Choose(0, 999_999_999)
         let digits = string.Create(CultureInfo.InvariantCulture, $"1{second}{rest:D9}")
         from prefix in Gen.Elements(string.Empty, "+86", "+86 ", "86", "0086 ")
         from separator in Gen.Elements(string.Empty, " ", "-")
         select new WrittenMobileNumber(
             digits,
             $"{prefix}{digits[..3]}{separator}{digits[3..7]}{separator}{digits[7..]}")).ToArbitrary();
}

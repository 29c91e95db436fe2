using System.Globalization;
using FsCheck.Xunit;
using Fengqiao.Identity;

namespace Fengqiao.Core.Tests.Identity;

[Properties(Arbitrary = [typeof(IdentityArbitraries)], MaxTest = 500)]
public class CitizenIdPropertyTests
{
    [Property]
    public bool Every_valid_number_round_trips_through_parse_and_reveal(ValidCitizenIdText text)
    {
        var id = CitizenId.Parse(text.Value);
        return id.RevealUnmasked() == text.Value
            && id.AddressCode == text.Value[..6]
            && id.BirthDate.ToString("yyyyMMdd", null) == text.Value[6..14]
            && id.Sex == ((text.Value[16] - '0') % 2 == 1 ? Sex.Male : Sex.Female);
    }

    [Property]
    public bool Changing_one_character_always_invalidates(CitizenIdSubstitution substitution) =>
        !CitizenId.TryParse(substitution.Mutated, out _, out _);

    [Property]
    public bool Masking_never_reveals_the_birth_date(ValidCitizenIdText text, MaskingPolicy policy)
    {
        var masked = CitizenId.Parse(text.Value).ToString(policy);
        return masked.Length == 18
            && masked[6..14].All(c => c == policy.MaskCharacter)
            && masked[..policy.CitizenIdLeading] == text.Value[..policy.CitizenIdLeading]
            && masked[(18 - policy.CitizenIdTrailing)..] == text.Value[(18 - policy.CitizenIdTrailing)..];
    }

    [Property]
    public bool Masking_text_of_18_characters_agrees_with_masking_the_id(ValidCitizenIdText text, MaskingPolicy policy) =>
        policy.MaskText(text.Value) == CitizenId.Parse(text.Value).ToString(policy);

    [Property]
    public bool Masking_any_text_hides_at_least_8_characters_or_all_and_shows_only_what_was_there(string? text)
    {
        var original = new StringInfo((text ?? string.Empty).Replace('*', 'a'));
        var masked = new StringInfo(MaskingPolicy.Default.MaskText(original.String));
        var length = original.LengthInTextElements;
        if (masked.LengthInTextElements != length)
        {
            return false;
        }

        var hidden = 0;
        for (var i = 0; i < length; i++)
        {
            var shown = masked.SubstringByTextElements(i, 1);
            if (shown == "*")
            {
                hidden++;
            }
            else if (shown != original.SubstringByTextElements(i, 1))
            {
                return false;
            }
        }

        return hidden >= Math.Min(MaskingPolicy.MinimumHiddenInText, length) && length - hidden <= 10;
    }

    [Property]
    public bool Mobile_numbers_round_trip_however_they_are_written(WrittenMobileNumber number, MaskingPolicy policy)
    {
        var parsed = MobileNumber.Parse(number.Written);
        var masked = parsed.ToString(policy);
        return parsed.RevealUnmasked() == number.Digits
            && masked.Length == 11
            && masked[3..7].All(c => c == policy.MaskCharacter);
    }
}

using Fengqiao.Errors;
using Fengqiao.Grids;
using Fengqiao.Households.Households;
using Fengqiao.Households.Premises;
using Fengqiao.Households.Residents;
using Fengqiao.Households.Storage;
using Fengqiao.Identity;
using Fengqiao.Privacy;
using NodaTime;
using static Fengqiao.Households.Tests.World;

namespace Fengqiao.Households.Tests.Privacy;

/// <summary>A known ID and phone never reach text: ToString, exception messages, stored JSON.</summary>
public sealed class PrivacyCanaryTests
{
    private static readonly CitizenId CanaryId = Id(777, "19650707");
    private static readonly MobileNumber CanaryPhone = MobileNumber.Parse("13912345678");
    private static readonly ChangeStamp Stamp = new(Instant.FromUtc(2025, 1, 1, 0, 0), "tester");

    private static void AssertClean(string? text)
    {
        Assert.NotNull(text);
        Assert.DoesNotContain(CanaryId.RevealUnmasked(), text, StringComparison.Ordinal);
        Assert.DoesNotContain(CanaryId.RevealUnmasked()[6..14], text, StringComparison.Ordinal); // not even the birth date run
        Assert.DoesNotContain(CanaryPhone.RevealUnmasked(), text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_canary_never_reaches_to_string_or_exception_messages()
    {
        var resident = Resident.Register(ResidentId.From(Guid.NewGuid()), CanaryId, "金丝雀", GridA1, ResidencyKind.Registered, Stamp, CanaryPhone);
        var provider = await SeededAsync();
        var registry = Registry(provider);
        await registry.RegisterResidentAsync(CanaryId, "金丝雀", GridA1, ResidencyKind.Registered, CanaryPhone);
        var duplicate = await Assert.ThrowsAsync<ValidationException>(() => registry.RegisterResidentAsync(CanaryId, "金丝雀", GridA1, ResidencyKind.Registered, CanaryPhone));
        var parse = Assert.Throws<ValidationException>(() => CitizenId.Parse(CanaryId.RevealUnmasked()[..17] + "0"));
        var entry = new HouseholdEntry(Household.Register(HouseholdId.From(Guid.NewGuid()), resident.Id, GridA1, "甲村1号", Start, Stamp), [resident]);
        var problems = await registry.CheckManyAsync([entry]);
        var contact = new PremisesContact("负责人", CanaryPhone);

        AssertClean(resident.ToString());
        AssertClean(resident.ToState().ToString());
        AssertClean(resident.CitizenId.ToString());
        AssertClean(resident.Mobile.ToString());
        AssertClean(duplicate.Message);
        AssertClean(duplicate.ToString());
        AssertClean(parse.Message);
        AssertClean(string.Join("\n", problems.Select(p => p.ToString())));
        AssertClean(entry.ToString());
        AssertClean(contact.ToString());
        var form = await registry.GetFormAsync((await registry.CheckManyAsync([])).Count == 0 ? entry.Household.Id : default, D(2025, 1, 1));
        Assert.Null(form);
    }

    [Fact]
    public void Stored_json_holds_envelopes_that_decrypt_back_and_never_the_digits()
    {
        var protector = AesGcmFieldProtector.CreateEphemeral();
        var resident = Resident.Register(ResidentId.From(Guid.NewGuid()), CanaryId, "金丝雀", GridA1, ResidencyKind.Registered, Stamp, CanaryPhone);
        var premises = PremisesRecord.Register(PremisesId.From(Guid.NewGuid()), "顺达快递", PremisesCategory.CourierLogistics, new PremisesContact("负责人", CanaryPhone), GridA1, D(2024, 1, 1), Stamp);

        var json = HouseholdStateSerializer.Serialize(resident.ToState(), protector);
        var premisesJson = HouseholdStateSerializer.Serialize(premises.ToState(), protector);
        var back = HouseholdStateSerializer.Deserialize<ResidentState>(json, protector);

        AssertClean(json);
        AssertClean(premisesJson);
        Assert.Contains("fp1.", json, StringComparison.Ordinal);
        Assert.Equal(CanaryId, back.CitizenId);
        Assert.Equal(CanaryPhone, back.Mobile);
        Assert.Equal(CanaryPhone, HouseholdStateSerializer.Deserialize<PremisesState>(premisesJson, protector).Responsible.Mobile);
        Assert.ThrowsAny<Exception>(() => HouseholdStateSerializer.Deserialize<ResidentState>(json, AesGcmFieldProtector.CreateEphemeral()));
        Assert.Equal(HouseholdStateSerializer.CitizenIdIndex(protector, CanaryId), HouseholdStateSerializer.CitizenIdIndex(protector, CitizenId.Parse(CanaryId.RevealUnmasked())));
    }
}

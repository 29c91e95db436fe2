using Fengqiao.Errors;
using Fengqiao.Grids;
using Fengqiao.Households.Residents;
using Fengqiao.Households.Tags;
using Fengqiao.Identity;
using NodaTime;
using static Fengqiao.Households.Tests.World;

namespace Fengqiao.Households.Tests.Residents;

public sealed class ResidentTests
{
    private static readonly ChangeStamp Stamp = new(Instant.FromUtc(2025, 1, 1, 0, 0), "tester");

    [Theory]
    [InlineData("540127198001010010")] // wrong check character
    [InlineData("54012719800101001")] // 17 characters
    [InlineData("540127198002300015")] // 30 February
    [InlineData("")]
    public void An_invalid_citizen_id_is_refused_with_a_code_and_without_the_text(string text)
    {
        var error = Assert.Throws<ValidationException>(() => CitizenId.Parse(text));

        Assert.StartsWith("CitizenId.", error.Code, StringComparison.Ordinal);
        if (text.Length > 0)
        {
            Assert.DoesNotContain(text, error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Sex_and_birth_date_come_from_the_citizen_id()
    {
        var male = Resident.Register(ResidentId.From(Guid.NewGuid()), Id(1, "19491231"), "张三", GridA1, ResidencyKind.Registered, Stamp);
        var female = Resident.Register(ResidentId.From(Guid.NewGuid()), Id(2, "20010228"), "李四", GridA1, ResidencyKind.Registered, Stamp);

        Assert.Equal(Sex.Male, male.Sex);
        Assert.Equal(new LocalDate(1949, 12, 31), male.BirthDate);
        Assert.Equal(Sex.Female, female.Sex);
        Assert.Equal(new LocalDate(2001, 2, 28), female.BirthDate);
    }

    [Fact]
    public void A_resident_must_be_filed_under_a_grid_code()
    {
        var error = Assert.Throws<ValidationException>(() =>
            Resident.Register(ResidentId.From(Guid.NewGuid()), Id(3), "王五", Township, ResidencyKind.Registered, Stamp));

        Assert.Equal(HouseholdErrorCodes.GridCodeRequired, error.Code);
    }

    [Fact]
    public void A_floating_registration_must_not_expire_before_it_was_made_nor_belong_to_a_registered_resident()
    {
        var expired = new FloatingRegistration(D(2025, 3, 1), D(2025, 2, 1));
        var valid = new FloatingRegistration(D(2025, 3, 1), D(2026, 2, 28));

        Assert.Equal(HouseholdErrorCodes.FloatingRegistrationInvalid, Assert.Throws<ValidationException>(() =>
            Resident.Register(ResidentId.From(Guid.NewGuid()), Id(4), "赵六", GridA1, ResidencyKind.Floating, Stamp, floating: expired)).Code);
        Assert.Equal(HouseholdErrorCodes.FloatingRegistrationInvalid, Assert.Throws<ValidationException>(() =>
            Resident.Register(ResidentId.From(Guid.NewGuid()), Id(4), "赵六", GridA1, ResidencyKind.Registered, Stamp, floating: valid)).Code);
    }

    [Fact]
    public void Renewal_is_overdue_the_day_after_expiry_and_not_before()
    {
        var resident = Resident.Register(ResidentId.From(Guid.NewGuid()), Id(5), "孙七", GridA1, ResidencyKind.Floating, Stamp, floating: new(D(2024, 3, 1), D(2025, 2, 28)));

        Assert.False(resident.IsRenewalOverdue(D(2025, 2, 28)));
        Assert.True(resident.IsRenewalOverdue(D(2025, 3, 1)));
        resident.RegisterFloating(new(D(2025, 3, 2), D(2026, 3, 1)));
        Assert.False(resident.IsRenewalOverdue(D(2025, 3, 3)));
    }

    [Fact]
    public void Care_tags_keep_their_history_and_close_when_the_resident_dies()
    {
        var resident = Resident.Register(ResidentId.From(Guid.NewGuid()), Id(6, "19400101"), "周八", GridA1, ResidencyKind.Registered, Stamp);
        var alone = TagCatalog.Embedded.RequireCareTag("living-alone");
        resident.ApplyCareTag(alone, D(2023, 1, 1), Stamp);
        resident.EndCareTag("living-alone", D(2024, 1, 1), Stamp);
        resident.ApplyCareTag(alone, D(2024, 6, 1), Stamp);

        Assert.Equal(HouseholdErrorCodes.TagAlreadyOpen, Assert.Throws<ValidationException>(() => resident.ApplyCareTag(alone, D(2024, 7, 1), Stamp)).Code);
        resident.RecordDeath(D(2025, 1, 10), Stamp);

        Assert.Equal(2, resident.CareTags.Count);
        Assert.True(resident.HasCareTagOn("living-alone", D(2023, 6, 1)));
        Assert.False(resident.HasCareTagOn("living-alone", D(2024, 3, 1)));
        Assert.False(resident.HasCareTagOn("living-alone", D(2025, 1, 10)));
        Assert.Equal(ResidentStatus.Deceased, resident.Status);
        Assert.True(resident.IsActiveOn(D(2025, 1, 9)));
        Assert.False(resident.IsActiveOn(D(2025, 1, 10)));
        Assert.Equal(HouseholdErrorCodes.ResidentInactive, Assert.Throws<ValidationException>(() => resident.Rename("新名")).Code);
    }

    [Fact]
    public void An_unknown_care_tag_is_refused()
    {
        Assert.Equal(HouseholdErrorCodes.UnknownTag, Assert.Throws<ValidationException>(() => TagCatalog.Embedded.RequireCareTag("no-such-tag")).Code);
    }

    [Fact]
    public void State_round_trips()
    {
        var resident = Resident.Register(ResidentId.From(Guid.NewGuid()), Id(7), "吴九", GridA1, ResidencyKind.Floating, Stamp, MobileNumber.Parse("13800138000"), new(D(2025, 1, 1), D(2025, 12, 31)));
        resident.ApplyCareTag(TagCatalog.Embedded.RequireCareTag("empty-nest"), D(2025, 2, 1), Stamp);

        var copy = Resident.FromState(resident.ToState(), 4);

        Assert.Equal(resident.ToState() with { CareTags = [] }, copy.ToState() with { CareTags = [] });
        Assert.Equal(resident.CareTags, copy.CareTags);
        Assert.Equal(4, copy.Version);
    }
}

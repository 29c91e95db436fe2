using Fengqiao.Errors;
using Fengqiao.Grids.Beats;
using Fengqiao.Grids.Staffing;
using Fengqiao.Grids.Training;
using Fengqiao.Identity;
using Fengqiao.Jurisdictions;

namespace Fengqiao.Grids.Jurisdictions.Seeds;

/// <summary>Builds the aggregates of one seed file, checking references between its records.</summary>
internal sealed class SeedBuilder(SeedFile file, IReadOnlyList<SeedGridFeature> gridFeatures, ChangeStamp stamp)
{
    private readonly Dictionary<string, StaffMember> _staff = new(StringComparer.Ordinal);

    public JurisdictionSeedData Build()
    {
        var divisions = (file.Divisions ?? []).Select(BuildDivision).OrderBy(d => d.Code).ToList();
        var grids = gridFeatures.GroupBy(f => f.Code, StringComparer.Ordinal).Select(BuildGrid).OrderBy(g => g.Code).ToList();
        foreach (var entry in file.Staff ?? [])
        {
            BuildMember(entry);
        }

        var beats = (file.Beats ?? []).Select(BuildBeat).ToList();
        var trainings = (file.Trainings ?? []).Select(BuildTraining).ToList();
        var stations = (file.Stations ?? []).Select(s => new SeedStation(s.Key, s.Name, s.EnglishName, JurisdictionCode.Parse(s.Jurisdiction), s.Source)).ToList();
        return new JurisdictionSeedData(stations, divisions, grids, [.. _staff.Values], beats, trainings);
    }

    private Jurisdiction BuildDivision(SeedDivision entry)
    {
        var division = Jurisdiction.Establish(JurisdictionCode.Parse(entry.Code), entry.ValidFrom ?? file.ValidFrom, entry.Name, entry.Kind, stamp, entry.EnglishName);
        foreach (var rename in entry.History ?? [])
        {
            division.Rename(rename.ValidFrom, rename.Name, stamp, rename.EnglishName, rename.Kind);
        }

        if (entry.ValidTo is { } validTo)
        {
            division.Abolish(validTo, stamp);
        }

        return division;
    }

    private Grid BuildGrid(IGrouping<string, SeedGridFeature> versions)
    {
        var ordered = versions.OrderBy(v => v.ValidFrom ?? file.ValidFrom).ToList();
        var code = JurisdictionCode.Parse(versions.Key);
        Grid? grid = null;
        for (var i = 0; i < ordered.Count; i++)
        {
            var version = ordered[i];
            var from = version.ValidFrom ?? file.ValidFrom;
            var attributes = new GridAttributes(version.Name, version.Boundary, version.Sign, version.PartyGroup, version.ExpectedHouseholds);
            if (grid is null)
            {
                grid = Grid.Register(code, from, attributes, stamp);
            }
            else
            {
                grid.Revise(from, attributes, stamp);
            }

            var next = i + 1 < ordered.Count ? ordered[i + 1].ValidFrom ?? file.ValidFrom : (NodaTime.LocalDate?)null;
            if (version.ValidTo is { } to && next is not null && next.Value != to)
            {
                throw new InvalidDataException($"grid {versions.Key}: versions in {version.File} leave a gap or overlap");
            }
        }

        if (ordered[^1].ValidTo is { } end)
        {
            grid!.Retire(end, stamp);
        }

        return grid!;
    }

    private void BuildMember(SeedStaffEntry entry)
    {
        if (_staff.ContainsKey(entry.Key))
        {
            throw new InvalidDataException($"staff key '{entry.Key}' is repeated");
        }

        var member = StaffMember.Register(StaffMemberId.From(SeedIds.Derive("staff", entry.Key, file.ValidFrom)), entry.Name, JurisdictionCode.Parse(entry.Jurisdiction), stamp, entry.Phone is { } phone ? MobileNumber.Parse(phone) : null);
        foreach (var assignment in entry.Assignments ?? [])
        {
            var area = JurisdictionCode.Parse(assignment.Area);
            var validity = new ValidityPeriod(assignment.ValidFrom ?? file.ValidFrom, assignment.ValidTo);
            if (assignment.Role == StaffRole.GridAdviser)
            {
                GridAdviserPairing.EnsureGridFree(area, validity, member.Id, _staff.Values);
            }

            member.Assign(assignment.Role, area, validity, stamp, assignment.Team);
        }

        _staff.Add(entry.Key, member);
    }

    private PoliceBeat BuildBeat(SeedBeatEntry entry)
    {
        var from = entry.ValidFrom ?? file.ValidFrom;
        var beat = PoliceBeat.Establish(PoliceBeatId.From(SeedIds.Derive("beat", entry.Key, file.ValidFrom)), entry.Code, entry.Name, JurisdictionCode.Parse(entry.Jurisdiction), from, stamp);
        if (entry.Officer is { } officer)
        {
            beat.AssignOfficer(Member(officer).Id, from, stamp);
        }

        foreach (var area in entry.Covers ?? [])
        {
            beat.Cover(JurisdictionCode.Parse(area), from, stamp);
        }

        return beat;
    }

    private TrainingSession BuildTraining(SeedTrainingEntry entry)
    {
        var training = TrainingSession.Record(
            TrainingSessionId.From(SeedIds.Derive("training", entry.Key, file.ValidFrom)), JurisdictionCode.Parse(entry.Jurisdiction), entry.Date, entry.Title, stamp, entry.Round);
        training.RecordAttendance((entry.Attendees ?? []).Select(key => Member(key).Id), stamp);
        training.RecordUnregisteredTrainees(entry.UnregisteredTrainees ?? 0, stamp);
        return training;
    }

    private StaffMember Member(string key) =>
        _staff.TryGetValue(key, out var member) ? member : throw new InvalidDataException($"staff key '{key}' is not defined");
}

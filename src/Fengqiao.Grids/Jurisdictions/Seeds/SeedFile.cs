using Fengqiao.Grids.Staffing;
using NetTopologySuite.Geometries;
using NodaTime;

namespace Fengqiao.Grids.Jurisdictions.Seeds;

// The shapes of seeds/jurisdictions/jurisdictions.json (see seeds/schemas/jurisdictions.schema.json).
// Codes stay strings here so that a bad one is reported with the seed's context.
internal sealed record SeedFile(
    int SchemaVersion,
    LocalDate ValidFrom,
    string? Note,
    List<SeedDivision>? Divisions,
    List<string>? GridFiles,
    List<SeedStationEntry>? Stations,
    List<SeedStaffEntry>? Staff,
    List<SeedBeatEntry>? Beats,
    List<SeedTrainingEntry>? Trainings);

internal sealed record SeedDivision(string Code, string Name, string? EnglishName, DivisionKind Kind, LocalDate? ValidFrom, LocalDate? ValidTo, List<SeedRename>? History);

internal sealed record SeedRename(LocalDate ValidFrom, string Name, string? EnglishName, DivisionKind? Kind);

internal sealed record SeedStationEntry(string Key, string Name, string? EnglishName, string Jurisdiction, string? Source);

internal sealed record SeedStaffEntry(string Key, string Name, string? Phone, string Jurisdiction, List<SeedAssignment>? Assignments);

internal sealed record SeedAssignment(StaffRole Role, string Area, LocalDate? ValidFrom, LocalDate? ValidTo, string? Team);

internal sealed record SeedBeatEntry(string Key, string Code, string Name, string Jurisdiction, LocalDate? ValidFrom, string? Officer, List<string>? Covers);

internal sealed record SeedTrainingEntry(string Key, string Jurisdiction, LocalDate Date, string Title, int? Round, List<string>? Attendees, int? UnregisteredTrainees);

internal sealed record SeedGridFeature(string File, string Code, string Name, string? Sign, string? PartyGroup, int? ExpectedHouseholds, LocalDate? ValidFrom, LocalDate? ValidTo, Geometry Boundary);

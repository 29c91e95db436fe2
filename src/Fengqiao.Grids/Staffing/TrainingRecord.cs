using Fengqiao.Grids.Training;
using Fengqiao.Jurisdictions;
using NodaTime;

namespace Fengqiao.Grids.Staffing;

/// <summary>A training session as it appears in a worker's register.</summary>
/// <param name="Session">The session's id.</param>
/// <param name="Date">The day it was held.</param>
/// <param name="Title">Its title or topic.</param>
/// <param name="Round">Its round number, if numbered.</param>
/// <param name="Organizer">The organizing jurisdiction.</param>
public sealed record TrainingRecord(TrainingSessionId Session, LocalDate Date, string Title, int? Round, JurisdictionCode Organizer);

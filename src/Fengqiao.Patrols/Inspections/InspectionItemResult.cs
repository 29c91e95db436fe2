using Fengqiao.Patrols.PatrolLogs;

namespace Fengqiao.Patrols.Inspections;

/// <summary>The result of one item of an inspection.</summary>
/// <param name="ItemCode">The checklist item's code.</param>
/// <param name="Outcome">The result.</param>
/// <param name="Note">What was found, if anything.</param>
/// <param name="Evidence">Photos and clips.</param>
public sealed record InspectionItemResult(string ItemCode, ItemOutcome Outcome, string? Note, IReadOnlyList<EvidenceReference> Evidence);

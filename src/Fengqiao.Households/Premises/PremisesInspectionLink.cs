using Fengqiao.Grids;
using NodaTime;

namespace Fengqiao.Households.Premises;

/// <summary>
/// A reference to an inspection of premises (安全检查) recorded elsewhere, such as by the patrols
/// module: the premises keep the link, the inspection module keeps the checklist.
/// </summary>
/// <param name="InspectionId">The inspection's id in the module that owns it.</param>
/// <param name="Source">The module or system that owns it, such as <c>patrols</c>.</param>
/// <param name="InspectedOn">The day of the inspection.</param>
/// <param name="Passed">Whether the premises passed.</param>
/// <param name="Summary">A short outcome, without personal data.</param>
/// <param name="Recorded">Who attached it and when.</param>
public sealed record PremisesInspectionLink(Guid InspectionId, string Source, LocalDate InspectedOn, bool Passed, string? Summary, ChangeStamp Recorded);

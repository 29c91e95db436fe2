using Fengqiao.Jurisdictions;
using NodaTime;

namespace Fengqiao.Grids;

/// <summary>
/// A link to a predecessor or successor (沿革) of a division or grid: the other code, the day the
/// change took effect, and the kind of change. Codes of abolished divisions are never reused, so
/// old records keep pointing at the right place.
/// </summary>
/// <param name="Code">The other division's or grid's code.</param>
/// <param name="EffectiveOn">The first day of the new arrangement.</param>
/// <param name="Change">The kind of change.</param>
public sealed record LineageLink(JurisdictionCode Code, LocalDate EffectiveOn, LineageChange Change);

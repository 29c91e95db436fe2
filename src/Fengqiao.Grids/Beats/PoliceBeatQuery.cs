using Ardalis.GuardClauses;
using Fengqiao.Grids.Staffing;
using Fengqiao.Jurisdictions;
using NodaTime;

namespace Fengqiao.Grids.Beats;

/// <summary>
/// A filter over police beats for <see cref="IPoliceBeatStore.QueryAsync"/>; criteria left null match
/// everything. Backends may push any part down to their database and must then apply <see cref="Matches"/>.
/// </summary>
/// <param name="Within">Only beats belonging to this division or a division inside it.</param>
/// <param name="Touching">Only beats covering this area, an area inside it or an area containing it (grid → beats, village → beats).</param>
/// <param name="Officer">Only beats this officer is responsible for.</param>
/// <param name="AsOf">Only beats that exist on this date; <paramref name="Touching"/> and <paramref name="Officer"/> then apply on this date too (otherwise at any time).</param>
public sealed record PoliceBeatQuery(
    JurisdictionCode? Within = null,
    JurisdictionCode? Touching = null,
    StaffMemberId? Officer = null,
    LocalDate? AsOf = null)
{
    /// <summary>Gets a value indicating whether a beat matches the filter (the access scope is applied separately).</summary>
    /// <param name="beat">The beat.</param>
    /// <returns>Whether it matches.</returns>
    public bool Matches(PoliceBeat beat)
    {
        Guard.Against.Null(beat);
        return (Within is not { } root || root.Contains(beat.Jurisdiction))
            && (AsOf is not { } date || beat.ExistsOn(date))
            && (Touching is not { } area || beat.Coverage.Any(c => c.Touches(area) && (AsOf is not { } d || c.Validity.Contains(d))))
            && (Officer is not { } officer || beat.Officers.Any(o => o.Officer == officer && (AsOf is not { } d2 || o.Validity.Contains(d2))));
    }
}

using Ardalis.GuardClauses;
using Fengqiao.Grids.Staffing;
using Fengqiao.Jurisdictions;
using NodaTime;

namespace Fengqiao.Grids.Training;

/// <summary>
/// A filter over training sessions for <see cref="ITrainingStore.QueryAsync"/>; criteria left null
/// match everything. Backends may push any part down to their database and must then apply <see cref="Matches"/>.
/// </summary>
/// <param name="Within">Only sessions organized by this division or one inside it.</param>
/// <param name="From">Only sessions held on or after this date.</param>
/// <param name="To">Only sessions held before this date (exclusive).</param>
/// <param name="Attendee">Only sessions this staff member attended.</param>
public sealed record TrainingQuery(JurisdictionCode? Within = null, LocalDate? From = null, LocalDate? To = null, StaffMemberId? Attendee = null)
{
    /// <summary>Gets a value indicating whether a session matches the filter (the access scope is applied separately).</summary>
    /// <param name="session">The session.</param>
    /// <returns>Whether it matches.</returns>
    public bool Matches(TrainingSession session)
    {
        Guard.Against.Null(session);
        return (Within is not { } root || root.Contains(session.Jurisdiction))
            && (From is not { } from || session.Date >= from)
            && (To is not { } to || session.Date < to)
            && (Attendee is not { } member || session.Attended(member));
    }
}

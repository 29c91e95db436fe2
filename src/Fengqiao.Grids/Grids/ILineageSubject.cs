using Fengqiao.Jurisdictions;
using NodaTime;

namespace Fengqiao.Grids;

/// <summary>An effective-dated record that can be split, merged or recoded: a division or a grid.</summary>
internal interface ILineageSubject
{
    JurisdictionCode Code { get; }

    ValidityPeriod CurrentValidity { get; }

    bool ExistsOn(LocalDate date);

    void EndOn(LocalDate validTo, ChangeStamp stamp);

    void AddPredecessors(IEnumerable<LineageLink> links);

    void RecordSuccessors(IReadOnlyList<LineageLink> links, ChangeStamp stamp);
}

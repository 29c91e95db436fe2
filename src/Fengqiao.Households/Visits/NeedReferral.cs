using Fengqiao.Grids;

namespace Fengqiao.Households.Visits;

/// <summary>
/// Where a need raised in a visit went (转办): the kind of record it became — a service request, a
/// dispute — and that record's reference in the module that owns it.
/// </summary>
/// <param name="Kind">The kind, such as <c>service-request</c> or <c>dispute</c>.</param>
/// <param name="Reference">The id or number of the record in its module.</param>
/// <param name="Referred">Who referred it and when.</param>
public sealed record NeedReferral(string Kind, string Reference, ChangeStamp Referred);

namespace Fengqiao.Disputes;

/// <summary>A link to an earlier or duplicate dispute (关联纠纷).</summary>
/// <param name="Other">The other dispute.</param>
/// <param name="Kind">Why they are linked.</param>
public sealed record DisputeLink(DisputeId Other, DisputeLinkKind Kind);

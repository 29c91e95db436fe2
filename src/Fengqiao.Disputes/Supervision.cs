using Fengqiao.Grids;

namespace Fengqiao.Disputes;

/// <summary>A supervision flag (督办): a superior is watching this dispute.</summary>
/// <param name="Reason">Why.</param>
/// <param name="Recorded">Who flagged it and when.</param>
public sealed record Supervision(string Reason, ChangeStamp Recorded);

using Fengqiao.Grids;

namespace Fengqiao.Disputes;

/// <summary>A correction of a closed dispute (更正版本): the corrected content, the reason and who made it; the original stays as it was.</summary>
/// <param name="Number">The revision number, from 1.</param>
/// <param name="Record">The corrected content.</param>
/// <param name="Reason">Why it was corrected.</param>
/// <param name="Recorded">Who corrected it and when.</param>
public sealed record DisputeRevision(int Number, DisputeRecord Record, string Reason, ChangeStamp Recorded);

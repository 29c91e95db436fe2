using Fengqiao.Patrols.Geo;
using NodaTime;

namespace Fengqiao.Patrols.PatrolLogs;

/// <summary>Something a patrol noted (巡逻发现记录).</summary>
/// <param name="Kind">What kind of thing.</param>
/// <param name="At">When.</param>
/// <param name="Position">Where, if known.</param>
/// <param name="Note">What was found or done; no personal data beyond what the case needs.</param>
/// <param name="Evidence">Photos and clips.</param>
public sealed record PatrolObservation(ObservationKind Kind, Instant At, GeoPosition? Position, string Note, IReadOnlyList<EvidenceReference> Evidence);

using NodaTime;

namespace Fengqiao.Disputes;

/// <summary>A reference to evidence kept elsewhere (证据材料): a photo, a transfer record, a contract.</summary>
/// <param name="Kind">What it is, such as <c>photo</c> or <c>payment-record</c>.</param>
/// <param name="Reference">Where it is kept: a document id or file reference, never the content.</param>
/// <param name="RecordedAt">When it was attached.</param>
public sealed record EvidenceReference(string Kind, string Reference, Instant RecordedAt);

namespace Fengqiao.Patrols.PatrolLogs;

/// <summary>A reference to evidence kept elsewhere (证据引用): the id of a photo or body-camera clip in the evidence system.</summary>
/// <param name="Kind">The kind.</param>
/// <param name="Reference">The id in the evidence system.</param>
public sealed record EvidenceReference(EvidenceKind Kind, string Reference);

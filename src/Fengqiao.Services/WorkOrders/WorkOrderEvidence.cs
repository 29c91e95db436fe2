namespace Fengqiao.Services.WorkOrders;

/// <summary>Evidence that a work order was done (办结佐证): a photo, a signature or a note, by reference.</summary>
/// <param name="Kind">What it is, such as <c>photo</c>, <c>signature</c> or <c>note</c>.</param>
/// <param name="Reference">Where it is kept (a file or object-store key), never the content itself.</param>
/// <param name="Note">A short note, if any.</param>
public sealed record WorkOrderEvidence(string Kind, string Reference, string? Note = null);

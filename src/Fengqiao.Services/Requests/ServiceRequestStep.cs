using NodaTime;

namespace Fengqiao.Services.Requests;

/// <summary>One step of a request's history (办理过程): the status it reached, when, by whom, and why.</summary>
/// <param name="Status">The status reached.</param>
/// <param name="At">When.</param>
/// <param name="By">Who recorded it (an account id).</param>
/// <param name="Note">A reason or note, such as the rejection reason; never personal data.</param>
public sealed record ServiceRequestStep(ServiceRequestStatus Status, Instant At, string By, string? Note);

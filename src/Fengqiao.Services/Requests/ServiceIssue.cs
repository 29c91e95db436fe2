using NodaTime;

namespace Fengqiao.Services.Requests;

/// <summary>What kind of issue was recorded against a request.</summary>
public enum ServiceIssueKind
{
    /// <summary>A complaint by the applicant (投诉).</summary>
    Complaint = 1,

    /// <summary>An error found in the handling (差错), such as a misprinted certificate.</summary>
    Error = 2,
}

/// <summary>A complaint or error recorded against a request; "zero complaints, zero errors" (零投诉、零差错) counts these.</summary>
/// <param name="Kind">Complaint or error.</param>
/// <param name="At">When it was recorded.</param>
/// <param name="By">Who recorded it.</param>
/// <param name="Summary">What it was about, with ID and phone numbers masked.</param>
public sealed record ServiceIssue(ServiceIssueKind Kind, Instant At, string By, string Summary);

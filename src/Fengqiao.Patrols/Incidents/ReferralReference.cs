using NodaTime;

namespace Fengqiao.Patrols.Incidents;

/// <summary>What an incident was referred to (转办记录): a dispute case, a lost-and-found case, another module's record.</summary>
/// <param name="Target">The kind of target, such as <c>dispute</c> or <c>lost-and-found</c>.</param>
/// <param name="Reference">The id of the record opened there.</param>
/// <param name="At">When it was referred.</param>
public sealed record ReferralReference(string Target, string Reference, Instant At);

namespace Fengqiao.Households.Households;

/// <summary>Why one entry of a batch cannot be added (no personal data in it).</summary>
/// <param name="Index">The entry's position in the batch (0-based).</param>
/// <param name="ErrorCode">The stable error code, such as <see cref="HouseholdErrorCodes.DuplicateCitizenId"/>.</param>
/// <param name="Field">The field at fault, such as <c>citizenId</c> or <c>grid</c>.</param>
/// <param name="Message">The message in the current UI culture.</param>
/// <param name="Resident">The position of the resident within the entry's <see cref="HouseholdEntry.Residents"/> at fault, when one is.</param>
public sealed record HouseholdEntryProblem(int Index, string ErrorCode, string Field, string Message, int? Resident = null);

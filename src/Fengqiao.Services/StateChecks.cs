using Fengqiao.Errors;

namespace Fengqiao.Services;

/// <summary>Checks shared by the aggregates' <c>FromState</c> methods.</summary>
internal static class StateChecks
{
    public static void Schema(int schemaVersion, int current, string kind, string key)
    {
        if (schemaVersion < 1 || schemaVersion > current)
        {
            throw Invalid(kind, key, $"schema version {schemaVersion} is not supported (1 to {current})");
        }
    }

    public static ValidationException Invalid(string kind, string key, string problem) =>
        ServiceMessages.Invalid(ServiceErrorCodes.StateInvalid, "state", kind, key, problem);
}

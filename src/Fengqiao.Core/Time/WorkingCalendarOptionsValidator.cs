using Microsoft.Extensions.Options;

namespace Fengqiao.Time;

/// <summary>Validates <see cref="WorkingCalendarOptions"/> when the host first resolves the calendars.</summary>
internal sealed class WorkingCalendarOptionsValidator : IValidateOptions<WorkingCalendarOptions>
{
    public ValidateOptionsResult Validate(string? name, WorkingCalendarOptions options)
    {
        var failures = new List<string>();
        if (!options.UseEmbeddedCalendars && options.Directories.Count == 0)
        {
            failures.Add($"No working calendar source: {nameof(WorkingCalendarOptions.UseEmbeddedCalendars)} is off and no directory is given.");
        }

        foreach (var directory in options.Directories)
        {
            if (string.IsNullOrWhiteSpace(directory))
            {
                failures.Add($"{nameof(WorkingCalendarOptions.Directories)} contains an empty path.");
            }
            else if (!Directory.Exists(directory))
            {
                failures.Add($"The working calendar directory '{directory}' does not exist.");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}

using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using Fengqiao.Disputes.Escalation;
using Fengqiao.Disputes.Mediation;
using Fengqiao.Disputes.TimeLimits;
using Fengqiao.Jurisdictions;
using Fengqiao.Time;
using NodaTime;

namespace Fengqiao.Disputes.Configuration;

/// <summary>
/// The data-driven rules of the dispute workflow (纠纷办理规则): the category catalogue with time limits
/// per risk level, the escalation ladder, the follow-up offsets, the yellow-warning threshold and the
/// repeat window, with the working calendars every count of working days uses. Loaded from
/// <c>seeds/disputes/categories.json</c> and <c>workflow.json</c> (embedded), or from a host's own files.
/// </summary>
public sealed class DisputePolicy
{
    private const string CategoriesResource = "Fengqiao.Disputes.Seeds/categories.json";
    private const string WorkflowResource = "Fengqiao.Disputes.Seeds/workflow.json";
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false) },
        ReadCommentHandling = JsonCommentHandling.Skip,
    };

    private readonly FrozenDictionary<string, DisputeCategory> _categories;

    /// <summary>Creates a policy.</summary>
    /// <param name="categories">The category catalogue.</param>
    /// <param name="ladder">The escalation ladder.</param>
    /// <param name="calendars">The working calendars.</param>
    /// <param name="followUpOffsets">Follow-up visits are due this many working days after settlement.</param>
    /// <param name="yellowWarningDays">A yellow warning shows when this many working days or fewer remain.</param>
    /// <param name="repeatWindow">Same address and category within this many days counts as a repeat.</param>
    public DisputePolicy(
        IEnumerable<DisputeCategory> categories,
        EscalationLadder ladder,
        WorkingCalendarSet calendars,
        IEnumerable<int> followUpOffsets,
        int yellowWarningDays,
        int repeatWindow)
    {
        Guard.Against.Null(categories);
        Categories = [.. categories];
        if (Categories.Length == 0 || Categories.Select(c => c.Code).Distinct(StringComparer.Ordinal).Count() != Categories.Length
            || Categories.Any(c => string.IsNullOrWhiteSpace(c.Code) || c.LowRiskLimit < 1 || c.MediumRiskLimit < 1 || c.HighRiskLimit < 1))
        {
            throw DisputeMessages.Invalid(DisputeErrorCodes.ConfigurationInvalid, nameof(categories), "categories", "codes must be unique and limits at least 1 working day");
        }

        _categories = Categories.ToFrozenDictionary(c => c.Code, StringComparer.Ordinal);
        Ladder = Guard.Against.Null(ladder);
        Calendars = Guard.Against.Null(calendars);
        FollowUpOffsets = [.. Guard.Against.Null(followUpOffsets)];
        if (FollowUpOffsets.Any(o => o < 1))
        {
            throw DisputeMessages.Invalid(DisputeErrorCodes.ConfigurationInvalid, nameof(followUpOffsets), "followUpOffsets", "offsets must be at least 1 working day");
        }

        YellowWarningDays = Guard.Against.Negative(yellowWarningDays);
        RepeatWindowDays = Guard.Against.NegativeOrZero(repeatWindow);
    }

    /// <summary>Gets the category catalogue.</summary>
    public ImmutableArray<DisputeCategory> Categories { get; }

    /// <summary>Gets the escalation ladder.</summary>
    public EscalationLadder Ladder { get; }

    /// <summary>Gets the working calendars.</summary>
    public WorkingCalendarSet Calendars { get; }

    /// <summary>Gets the follow-up offsets in working days after settlement.</summary>
    public ImmutableArray<int> FollowUpOffsets { get; }

    /// <summary>Gets the working days remaining at or below which a yellow warning shows.</summary>
    public int YellowWarningDays { get; }

    /// <summary>Gets the repeat window in calendar days.</summary>
    public int RepeatWindowDays { get; }

    /// <summary>Loads the embedded seed configuration with the given calendars (the embedded ones when null).</summary>
    /// <param name="calendars">The working calendars.</param>
    /// <returns>The policy.</returns>
    public static DisputePolicy LoadEmbedded(WorkingCalendarSet? calendars = null)
    {
        var assembly = typeof(DisputePolicy).Assembly;
        using var categories = assembly.GetManifestResourceStream(CategoriesResource)
            ?? throw DisputeMessages.Invalid(DisputeErrorCodes.ConfigurationInvalid, "resource", CategoriesResource, "missing");
        using var workflow = assembly.GetManifestResourceStream(WorkflowResource)
            ?? throw DisputeMessages.Invalid(DisputeErrorCodes.ConfigurationInvalid, "resource", WorkflowResource, "missing");
        return Load(categories, workflow, calendars ?? WorkingCalendarSet.Embedded);
    }

    /// <summary>Loads a configuration from the two JSON files (schemas in <c>seeds/schemas/disputes.*.schema.json</c>).</summary>
    /// <param name="categoriesJson">The category catalogue.</param>
    /// <param name="workflowJson">The ladder and follow-up settings.</param>
    /// <param name="calendars">The working calendars.</param>
    /// <returns>The policy.</returns>
    public static DisputePolicy Load(Stream categoriesJson, Stream workflowJson, WorkingCalendarSet calendars)
    {
        Guard.Against.Null(categoriesJson);
        Guard.Against.Null(workflowJson);
        CategoriesFile? categoriesFile;
        WorkflowFile? workflowFile;
        try
        {
            categoriesFile = JsonSerializer.Deserialize<CategoriesFile>(categoriesJson, JsonOptions);
            workflowFile = JsonSerializer.Deserialize<WorkflowFile>(workflowJson, JsonOptions);
        }
        catch (JsonException exception)
        {
            throw new Errors.ValidationException(
                DisputeErrorCodes.ConfigurationInvalid,
                "json",
                DisputeMessages.Format(DisputeErrorCodes.ConfigurationInvalid, "json", exception.Message),
                exception);
        }

        if (categoriesFile?.Categories is not { } cats || workflowFile?.Ladder is not { } ladder)
        {
            throw DisputeMessages.Invalid(DisputeErrorCodes.ConfigurationInvalid, "json", "json", "categories or ladder missing");
        }

        return new DisputePolicy(
            cats.Select(c => new DisputeCategory(c.Code, c.Zh, c.En, c.TimeLimits.Low, c.TimeLimits.Medium, c.TimeLimits.High)),
            new EscalationLadder(ladder.Select(l => new EscalationStep(l.Level, l.Zh, l.En, [.. l.Mediators]))),
            calendars,
            workflowFile.FollowUpOffsets ?? [],
            workflowFile.YellowWarningDays,
            workflowFile.RepeatWindowDays);
    }

    /// <summary>Finds a category by code.</summary>
    /// <param name="code">The code.</param>
    /// <returns>The category, or null.</returns>
    public DisputeCategory? FindCategory(string code) => code is null ? null : _categories.GetValueOrDefault(code);

    /// <summary>Gets a category by code, or throws <see cref="DisputeErrorCodes.CategoryUnknown"/>.</summary>
    /// <param name="code">The code.</param>
    /// <returns>The category.</returns>
    public DisputeCategory RequireCategory(string code) =>
        FindCategory(code) ?? throw DisputeMessages.Invalid(DisputeErrorCodes.CategoryUnknown, "category", code);

    /// <summary>Gets the working calendar for a dispute's county (the national calendar plus the region's overlay).</summary>
    /// <param name="area">The dispute's area.</param>
    /// <returns>The calendar.</returns>
    public WorkingCalendar CalendarFor(JurisdictionCode area) => Calendars.GetCalendar(area);

    /// <summary>Computes the deadline (办理期限): the time limit of the category and risk in working days counted from a date.</summary>
    /// <param name="category">The category code.</param>
    /// <param name="risk">The risk level.</param>
    /// <param name="area">The dispute's area, for regional holidays.</param>
    /// <param name="from">The day the clock starts (reported, escalated or reopened).</param>
    /// <returns>The last working day within the limit.</returns>
    public LocalDate DeadlineFor(string category, RiskLevel risk, JurisdictionCode area, LocalDate from) =>
        CalendarFor(area).AddWorkingDays(from, RequireCategory(category).LimitFor(risk));

    /// <summary>Evaluates a dispute's time limit on a day: on time, yellow (near the deadline) or red (overdue).</summary>
    /// <param name="dispute">The dispute.</param>
    /// <param name="today">The day.</param>
    /// <returns>The evaluation; a dispute no longer open is always on time.</returns>
    public TimeLimitState Evaluate(Dispute dispute, LocalDate today)
    {
        Guard.Against.Null(dispute);
        var deadline = dispute.Deadline;
        if (!Workflow.DisputeWorkflow.IsOpen(dispute.Status))
        {
            return new TimeLimitState(deadline, 0, TimeLimitStatus.OnTime);
        }

        var remaining = CalendarFor(dispute.Location.Area).WorkingDaysBetween(today, deadline);
        var status = today > deadline ? TimeLimitStatus.Red : remaining <= YellowWarningDays ? TimeLimitStatus.Yellow : TimeLimitStatus.OnTime;
        return new TimeLimitState(deadline, remaining, status);
    }

    private sealed record CategoriesFile(int Version, List<CategoryDto>? Categories);

    private sealed record CategoryDto(string Code, string Zh, string En, LimitsDto TimeLimits);

    private sealed record LimitsDto(int Low, int Medium, int High);

    private sealed record WorkflowFile(int Version, List<StepDto>? Ladder, List<int>? FollowUpOffsets, int YellowWarningDays, int RepeatWindowDays);

    private sealed record StepDto(EscalationLevel Level, string Zh, string En, List<MediatorKind> Mediators);
}

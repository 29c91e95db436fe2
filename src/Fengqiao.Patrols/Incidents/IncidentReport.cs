using Fengqiao.Identity;
using Fengqiao.Jurisdictions;
using Fengqiao.Patrols.Geo;
using NodaTime;

namespace Fengqiao.Patrols.Incidents;

/// <summary>What the command room takes down when an incident comes in (接警登记).</summary>
/// <param name="Jurisdiction">The grid or division where it happened.</param>
/// <param name="Channel">How it came in.</param>
/// <param name="Category">What it is about.</param>
/// <param name="Priority">How fast it needs a response.</param>
/// <param name="ReceivedAt">When it was received.</param>
/// <param name="Description">What was reported.</param>
public sealed record IncidentReport(
    JurisdictionCode Jurisdiction,
    IncidentChannel Channel,
    IncidentCategory Category,
    IncidentPriority Priority,
    Instant ReceivedAt,
    string Description)
{
    /// <summary>Gets where it happened, if known.</summary>
    public GeoPosition? Position { get; init; }

    /// <summary>Gets the address as given, if any (used to link repeat calls).</summary>
    public string? Address { get; init; }

    /// <summary>Gets the caller's mobile number, if given; masked in every display.</summary>
    public MobileNumber? CallerPhone { get; init; }

    /// <summary>Gets the people involved.</summary>
    public IReadOnlyList<InvolvedPerson> Involved { get; init; } = [];

    /// <summary>Gets the 12345 work-order number, required when <see cref="Channel"/> is <see cref="IncidentChannel.Transfer12345"/>.</summary>
    public string? HotlineReference { get; init; }
}

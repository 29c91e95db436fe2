using Ardalis.GuardClauses;
using Fengqiao.Identity;
using Fengqiao.Services.Applicants;
using Fengqiao.Services.LostAndFound;
using Fengqiao.Services.Requests;
using Fengqiao.Services.WorkOrders;

namespace Fengqiao.Services.Storage;

/// <summary>
/// Splits a state record into the part a disk backend may keep in plain text and the personal part it must
/// encrypt (个人信息分离): the applicant's, citizen's or owner's name, mobile and citizen ID, and the free
/// texts that may name people or places (descriptions, addresses, results, evidence notes). Also gives
/// the numbers to index, so records can be found by phone or ID through the protector's keyed index.
/// </summary>
public static class ServicePersonalData
{
    /// <summary>Takes the personal part out of a request's state.</summary>
    /// <param name="state">The full state.</param>
    /// <returns>The state without personal data, the personal part as JSON, and the numbers to index.</returns>
    public static ServicePersonalSplit<ServiceRequestState> Split(ServiceRequestState state)
    {
        Guard.Against.Null(state);
        var personal = new RequestPersonal(state.Applicant, state.Description, state.Location?.Address);
        return new(
            state with { Applicant = state.Applicant.WithoutPersonalData(), Description = null, Location = state.Location is { } l ? l with { Address = null } : null },
            ServiceStateSerializer.Serialize(personal),
            state.Applicant.Phone,
            state.Applicant.CitizenId);
    }

    /// <summary>Puts a request's personal part back.</summary>
    /// <param name="stripped">The state without personal data.</param>
    /// <param name="personalJson">The personal part as <see cref="Split(ServiceRequestState)"/> gave it.</param>
    /// <returns>The full state.</returns>
    public static ServiceRequestState Merge(ServiceRequestState stripped, string personalJson)
    {
        Guard.Against.Null(stripped);
        var personal = ServiceStateSerializer.Deserialize<RequestPersonal>(personalJson);
        return stripped with
        {
            Applicant = personal.Applicant,
            Description = personal.Description,
            Location = stripped.Location is { } l ? l with { Address = personal.Address } : null,
        };
    }

    /// <summary>Takes the personal part out of a work order's state.</summary>
    /// <param name="state">The full state.</param>
    /// <returns>The state without personal data, the personal part as JSON, and the numbers to index.</returns>
    public static ServicePersonalSplit<WorkOrderState> Split(WorkOrderState state)
    {
        Guard.Against.Null(state);
        var personal = new WorkOrderPersonal(state.Citizen, state.Description, state.Location?.Address, state.Result, [.. state.Evidence.Select(e => e.Note)]);
        return new(
            state with
            {
                Citizen = state.Citizen.WithoutPersonalData(),
                Description = null,
                Location = state.Location is { } l ? l with { Address = null } : null,
                Result = null,
                Evidence = [.. state.Evidence.Select(e => e with { Note = null })],
            },
            ServiceStateSerializer.Serialize(personal),
            state.Citizen.Phone,
            state.Citizen.CitizenId);
    }

    /// <summary>Puts a work order's personal part back.</summary>
    /// <param name="stripped">The state without personal data.</param>
    /// <param name="personalJson">The personal part.</param>
    /// <returns>The full state.</returns>
    public static WorkOrderState Merge(WorkOrderState stripped, string personalJson)
    {
        Guard.Against.Null(stripped);
        var personal = ServiceStateSerializer.Deserialize<WorkOrderPersonal>(personalJson);
        return stripped with
        {
            Citizen = personal.Citizen,
            Description = personal.Description,
            Location = stripped.Location is { } l ? l with { Address = personal.Address } : null,
            Result = personal.Result,
            Evidence = [.. stripped.Evidence.Select((e, i) => e with { Note = i < personal.EvidenceNotes.Count ? personal.EvidenceNotes[i] : null })],
        };
    }

    /// <summary>Takes the personal part out of a found item's state.</summary>
    /// <param name="state">The full state.</param>
    /// <returns>The state without personal data, the personal part as JSON (null before an owner is matched), and the numbers to index.</returns>
    public static ServicePersonalSplit<FoundItemState> Split(FoundItemState state)
    {
        Guard.Against.Null(state);
        return state.Owner is not { } owner
            ? new(state, null, null, null)
            : new(state with { Owner = owner.WithoutPersonalData() }, ServiceStateSerializer.Serialize(owner), owner.Phone, owner.CitizenId);
    }

    /// <summary>Puts a found item's personal part back.</summary>
    /// <param name="stripped">The state without personal data.</param>
    /// <param name="personalJson">The personal part, or null when there is none.</param>
    /// <returns>The full state.</returns>
    public static FoundItemState Merge(FoundItemState stripped, string? personalJson)
    {
        Guard.Against.Null(stripped);
        return personalJson is null ? stripped : stripped with { Owner = ServiceStateSerializer.Deserialize<ServiceApplicant>(personalJson) };
    }

    private sealed record RequestPersonal(ServiceApplicant Applicant, string? Description, string? Address);

    private sealed record WorkOrderPersonal(ServiceApplicant Citizen, string? Description, string? Address, string? Result, IReadOnlyList<string?> EvidenceNotes);
}

/// <summary>A state split by <see cref="ServicePersonalData"/>.</summary>
/// <typeparam name="TState">The state record.</typeparam>
/// <param name="Stripped">The state without personal data, safe to keep in plain text.</param>
/// <param name="PersonalJson">The personal part as JSON, to encrypt; null when there is none.</param>
/// <param name="Phone">The mobile number to index, if any.</param>
/// <param name="CitizenId">The citizen ID to index, if any.</param>
public sealed record ServicePersonalSplit<TState>(TState Stripped, string? PersonalJson, MobileNumber? Phone, CitizenId? CitizenId)
    where TState : class;

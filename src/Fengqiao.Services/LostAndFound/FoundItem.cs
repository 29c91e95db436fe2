using Ardalis.GuardClauses;
using Fengqiao.Domain;
using Fengqiao.Grids;
using Fengqiao.Jurisdictions;
using Fengqiao.Services.Applicants;
using NodaTime;

namespace Fengqiao.Services.LostAndFound;

/// <summary>
/// A found item at a station (失物招领): found → owner matched → returned, with the time it took (a seed
/// station returns found ID cards within 10 minutes).
/// </summary>
public sealed class FoundItem : AggregateRoot
{
    private const string KindName = "found item";
    private FoundItemState _state;

    private FoundItem(FoundItemState state, long version)
        : base(version)
    {
        _state = state;
    }

    /// <summary>Gets the item's id.</summary>
    public FoundItemId Id => _state.Id;

    /// <summary>Gets the station that holds it.</summary>
    public JurisdictionCode Station => _state.Station;

    /// <summary>Gets what it is.</summary>
    public FoundItemKind Kind => _state.Kind;

    /// <summary>Gets its description.</summary>
    public string Description => _state.Description;

    /// <summary>Gets when it was found.</summary>
    public Instant FoundAt => _state.FoundAt;

    /// <summary>Gets the status.</summary>
    public FoundItemStatus Status => _state.Status;

    /// <summary>Gets the owner, once matched.</summary>
    public ServiceApplicant? Owner => _state.Owner;

    /// <summary>Gets when the owner was matched.</summary>
    public Instant? MatchedAt => _state.MatchedAt;

    /// <summary>Gets when it was returned.</summary>
    public Instant? ReturnedAt => _state.ReturnedAt;

    /// <summary>Gets the time from finding to return (归还用时); null until returned.</summary>
    public Duration? TimeToReturn => ReturnedAt - FoundAt;

    /// <summary>Records a found item (拾得登记).</summary>
    /// <param name="id">The new item's id.</param>
    /// <param name="station">The station's jurisdiction.</param>
    /// <param name="kind">What it is.</param>
    /// <param name="description">A description; ID and phone numbers in it are masked.</param>
    /// <param name="foundAt">When it was found (may be before it was recorded).</param>
    /// <param name="stamp">Who records it and when.</param>
    /// <returns>The item, not yet saved.</returns>
    public static FoundItem Record(FoundItemId id, JurisdictionCode station, FoundItemKind kind, string description, Instant foundAt, ChangeStamp stamp)
    {
        if (station.IsEmpty || station.Level < JurisdictionLevel.County)
        {
            throw ServiceMessages.Invalid(ServiceErrorCodes.LevelMismatch, nameof(station), station.ToString(), station.Level, JurisdictionLevel.Township);
        }

        if (foundAt > stamp.At)
        {
            throw ServiceMessages.Invalid(ServiceErrorCodes.OutOfOrder, nameof(foundAt), "recorded", stamp.At, foundAt);
        }

        var text = Applicants.PersonalNumbers.Mask(ServiceMessages.RequireText(description, nameof(description)));
        return new FoundItem(new FoundItemState(FoundItemState.CurrentSchemaVersion, id, station, kind, text, foundAt, FoundItemStatus.Found, null, null, null, stamp.By), 0);
    }

    /// <summary>Records who the owner is (认领核实).</summary>
    /// <param name="owner">The owner.</param>
    /// <param name="stamp">Who and when.</param>
    public void MatchOwner(ServiceApplicant owner, ChangeStamp stamp)
    {
        Guard.Against.Null(owner);
        Require(nameof(MatchOwner), FoundItemStatus.Found);
        owner.Validate(nameof(owner));
        RequireAfter(FoundAt, stamp.At);
        _state = _state with { Status = FoundItemStatus.OwnerMatched, Owner = owner, MatchedAt = stamp.At };
    }

    /// <summary>Records the return to the owner (归还).</summary>
    /// <param name="stamp">Who and when.</param>
    public void Return(ChangeStamp stamp)
    {
        Require(nameof(Return), FoundItemStatus.OwnerMatched);
        RequireAfter(MatchedAt!.Value, stamp.At);
        _state = _state with { Status = FoundItemStatus.Returned, ReturnedAt = stamp.At };
    }

    /// <summary>Captures the persisted state.</summary>
    /// <returns>The state.</returns>
    public FoundItemState ToState() => _state;

    /// <summary>Rebuilds an item from its persisted state, checking its invariants.</summary>
    /// <param name="state">The state.</param>
    /// <param name="version">The stored version.</param>
    /// <returns>The item.</returns>
    public static FoundItem FromState(FoundItemState state, long version)
    {
        Guard.Against.Null(state);
        var key = state.Id.ToString();
        StateChecks.Schema(state.SchemaVersion, FoundItemState.CurrentSchemaVersion, KindName, key);
        var consistent = state.Status switch
        {
            FoundItemStatus.Found => state.Owner is null && state.MatchedAt is null && state.ReturnedAt is null,
            FoundItemStatus.OwnerMatched => state.Owner is not null && state.MatchedAt is not null && state.ReturnedAt is null,
            FoundItemStatus.Returned => state.Owner is not null && state.MatchedAt is not null && state.ReturnedAt is not null,
            _ => false,
        };
        if (!consistent || state.Station.IsEmpty || string.IsNullOrWhiteSpace(state.Description))
        {
            throw StateChecks.Invalid(KindName, key, "status, owner and times do not agree");
        }

        return new FoundItem(state, version);
    }

    /// <summary>Describes the item by kind, status and id (no personal data).</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"{Kind} {Status} {Id}";

    private static void RequireAfter(Instant previous, Instant at)
    {
        if (at < previous)
        {
            throw ServiceMessages.Invalid(ServiceErrorCodes.OutOfOrder, "at", "step", at, previous);
        }
    }

    private void Require(string action, FoundItemStatus allowed)
    {
        if (Status != allowed)
        {
            throw ServiceMessages.Invalid(ServiceErrorCodes.TransitionNotAllowed, "status", KindName, Status, action);
        }
    }
}

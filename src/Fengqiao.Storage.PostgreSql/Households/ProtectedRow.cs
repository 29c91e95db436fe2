using Fengqiao.Households.Storage;
using Fengqiao.Privacy;

namespace Fengqiao.Storage.PostgreSql.Households;

/// <summary>
/// A households-module row: on the way in, a state with the provider's field protector (its JSON, with
/// envelopes for IDs and phones, is made when bound or copied); on the way out, the stored JSON, opened
/// by the store with the protector.
/// </summary>
/// <typeparam name="TState">The state record.</typeparam>
internal sealed class ProtectedRow<TState>
    where TState : class
{
    private readonly TState? _state;
    private readonly IFieldProtector? _protector;
    private string? _json;

    public ProtectedRow(TState state, IFieldProtector protector)
    {
        _state = state;
        _protector = protector;
    }

    private ProtectedRow(string json)
    {
        _json = json;
    }

    public TState State => _state ?? throw new InvalidOperationException("A stored row is opened with its store's protector.");

    public string Json => _json ??= HouseholdStateSerializer.Serialize(State, _protector!);

    public IFieldProtector Protector => _protector ?? throw new InvalidOperationException("A stored row carries no protector.");

    public static ProtectedRow<TState> Stored(string json) => new(json);

    public TState Open(IFieldProtector protector) => _state ?? HouseholdStateSerializer.Deserialize<TState>(_json!, protector);
}

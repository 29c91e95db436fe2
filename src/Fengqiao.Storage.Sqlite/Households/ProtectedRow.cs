using Fengqiao.Households.Storage;
using Fengqiao.Privacy;

namespace Fengqiao.Storage.Sqlite.Households;

/// <summary>
/// A state with the provider's field protector, written when the commit binds it: the JSON (with
/// envelopes for IDs and phones) is made then, so a large batch keeps no serialized copies alive.
/// </summary>
/// <typeparam name="TState">The state record.</typeparam>
/// <param name="State">The state.</param>
/// <param name="Protector">The field protector.</param>
internal sealed record ProtectedRow<TState>(TState State, IFieldProtector Protector)
    where TState : class
{
    public string Json() => HouseholdStateSerializer.Serialize(State, Protector);
}

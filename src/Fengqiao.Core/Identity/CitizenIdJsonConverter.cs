namespace Fengqiao.Identity;

/// <summary>JSON for <see cref="CitizenId"/>: read from the number, written masked.</summary>
internal sealed class CitizenIdJsonConverter : MaskedJsonConverter<CitizenId>
{
    protected override string? Parse(string? text, out CitizenId value, out int detail) =>
        CitizenId.ParseCore(text, out value, out detail);

    protected override bool IsEmpty(CitizenId value) => value.IsEmpty;
}

namespace Fengqiao.Identity;

/// <summary>JSON for <see cref="MobileNumber"/>: read from the number, written masked.</summary>
internal sealed class MobileNumberJsonConverter : MaskedJsonConverter<MobileNumber>
{
    protected override string? Parse(string? text, out MobileNumber value, out int detail) =>
        MobileNumber.ParseCore(text, out value, out detail);

    protected override bool IsEmpty(MobileNumber value) => value.IsEmpty;
}

using Fengqiao.Identity;

namespace Fengqiao.Households.Premises;

/// <summary>The person responsible for premises (负责人), with a phone that is stored encrypted and shown masked.</summary>
/// <param name="Name">The name.</param>
/// <param name="Mobile">The mobile number, if known.</param>
public sealed record PremisesContact(string Name, MobileNumber? Mobile)
{
    /// <summary>Describes the contact without personal data.</summary>
    /// <returns>A fixed text.</returns>
    public override string ToString() => "PremisesContact";
}

namespace Fengqiao.Households.Residents;

/// <summary>A floating resident's residence registration (流动人口居住登记): when it was made and the last day it is valid.</summary>
/// <param name="RegisteredOn">The day of registration.</param>
/// <param name="ExpiresOn">The last day the registration is valid; renewal is due after it.</param>
public sealed record FloatingRegistration(NodaTime.LocalDate RegisteredOn, NodaTime.LocalDate ExpiresOn)
{
    /// <summary>Gets a value indicating whether the registration is valid on a date.</summary>
    /// <param name="date">The date.</param>
    /// <returns>Whether it was made by then and has not expired.</returns>
    public bool IsValidOn(NodaTime.LocalDate date) => RegisteredOn <= date && date <= ExpiresOn;
}

using System.Globalization;
using Fengqiao.Households.Residents;
using Fengqiao.Identity;

namespace Fengqiao.Services.Applicants;

/// <summary>
/// Who asks for a service (申请人/群众): a registered resident by id, or a named person with a
/// mobile number (and, for certificates, a citizen ID number). Personal fields are kept unmasked in
/// memory for the station's own work; <see cref="ToString"/> masks them, storage backends encrypt
/// them, and published listings never carry them.
/// </summary>
/// <param name="Resident">The registered resident (实有人口), when known.</param>
/// <param name="Name">The person's name, when not identified by <paramref name="Resident"/>.</param>
/// <param name="Phone">The person's mobile number.</param>
/// <param name="CitizenId">The person's citizen ID number (公民身份号码), when the service needs it.</param>
public sealed record ServiceApplicant(ResidentId? Resident, string? Name, MobileNumber? Phone, CitizenId? CitizenId)
{
    /// <summary>Makes an applicant who is a registered resident.</summary>
    /// <param name="resident">The resident's id.</param>
    /// <param name="phone">A mobile number to reach them on, if given.</param>
    /// <returns>The applicant.</returns>
    public static ServiceApplicant ForResident(ResidentId resident, MobileNumber? phone = null) => new(resident, null, phone, null);

    /// <summary>Makes an applicant known by name and mobile number (a visitor or a caller).</summary>
    /// <param name="name">The name.</param>
    /// <param name="phone">The mobile number.</param>
    /// <param name="citizenId">The citizen ID number, when the service needs it.</param>
    /// <returns>The applicant.</returns>
    public static ServiceApplicant Named(string name, MobileNumber phone, CitizenId? citizenId = null) =>
        new(null, ServiceMessages.RequireText(name, nameof(name)), phone, citizenId);

    /// <summary>Gets a value indicating whether the applicant is a registered resident or a named person with a mobile number.</summary>
    public bool IsValid =>
        Resident is not null || (!string.IsNullOrWhiteSpace(Name) && Phone is { IsEmpty: false });

    /// <summary>Gets the applicant without name, phone and citizen ID: what a storage backend writes beside the encrypted fields.</summary>
    /// <returns>The applicant with only the resident id.</returns>
    public ServiceApplicant WithoutPersonalData() => new(Resident, null, null, null);

    /// <summary>Masks the applicant for display: the surname with asterisks, the phone as 3 + 4 asterisks + 4.</summary>
    /// <returns>The masked text.</returns>
    public override string ToString()
    {
        var parts = new List<string>();
        if (Resident is { } resident)
        {
            parts.Add("resident " + resident.Value.ToString("N", CultureInfo.InvariantCulture)[..8]);
        }

        if (!string.IsNullOrEmpty(Name))
        {
            parts.Add(MaskName(Name));
        }

        if (Phone is { } phone)
        {
            parts.Add(phone.ToString());
        }

        return string.Join(' ', parts);
    }

    /// <summary>Masks a name as its first character and an asterisk for each further character (张**).</summary>
    /// <param name="name">The name.</param>
    /// <returns>The masked name.</returns>
    internal static string MaskName(string name)
    {
        var elements = StringInfo.GetTextElementEnumerator(name.Trim());
        return elements.MoveNext() ? elements.GetTextElement() + new string('*', Math.Max(1, new StringInfo(name.Trim()).LengthInTextElements - 1)) : "*";
    }

    internal void Validate(string field)
    {
        if (!IsValid)
        {
            throw ServiceMessages.Invalid(ServiceErrorCodes.ApplicantInvalid, field);
        }
    }
}

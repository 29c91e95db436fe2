using Fengqiao.Disputes;

namespace Fengqiao.Patrols.Incidents.Referrals;

/// <summary>
/// How <see cref="DisputeReferralTarget"/> fills in what an incident does not say: the dispute category for each
/// incident category, the risk level, and the name of a party the officer did not describe.
/// </summary>
public sealed class DisputeReferralOptions
{
    /// <summary>Gets the dispute category for each incident category; a category not listed takes <see cref="DefaultCategory"/>.</summary>
    /// <remarks>Traffic incidents (a scrape settled between drivers) become <c>traffic</c> disputes by default.</remarks>
    public IDictionary<IncidentCategory, string> Categories { get; } = new Dictionary<IncidentCategory, string> { [IncidentCategory.Traffic] = "traffic" };

    /// <summary>Gets or sets the dispute category when the incident's category is not mapped; <c>other</c> unless set.</summary>
    public string DefaultCategory { get; set; } = "other";

    /// <summary>Gets or sets the risk level the dispute is reported at; mediators reassess it on acceptance.</summary>
    public RiskLevel Risk { get; set; } = RiskLevel.Low;

    /// <summary>Gets or sets the name recorded for an outside person the incident gives no description of (未具名当事人).</summary>
    public string UnnamedParty { get; set; } = "未具名当事人";

    /// <summary>Gets the dispute category for an incident category.</summary>
    /// <param name="category">The incident category.</param>
    /// <returns>The dispute category code.</returns>
    public string CategoryFor(IncidentCategory category) => Categories.TryGetValue(category, out var code) ? code : DefaultCategory;
}

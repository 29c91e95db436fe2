namespace Fengqiao.Households.Visits;

/// <summary>A need raised during a visit (群众诉求), such as help with an ID card or a quarrel with neighbours.</summary>
/// <param name="Id">The need's id within the visit.</param>
/// <param name="Category">A short category, such as <c>service</c>, <c>dispute</c>, <c>care</c>.</param>
/// <param name="Description">What is needed.</param>
/// <param name="Referral">Where it went, once referred.</param>
public sealed record VisitNeed(Guid Id, string Category, string Description, NeedReferral? Referral = null);

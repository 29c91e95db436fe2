using NodaTime;

namespace Fengqiao.Patrols.Inspections;

/// <summary>A re-inspection ("回头看"): which open orders were found rectified and which were not.</summary>
/// <param name="On">The date.</param>
/// <param name="Rectified">The items found rectified.</param>
/// <param name="StillOpen">The items still not rectified.</param>
public sealed record Reinspection(LocalDate On, IReadOnlyList<string> Rectified, IReadOnlyList<string> StillOpen);

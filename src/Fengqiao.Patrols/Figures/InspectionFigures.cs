namespace Fengqiao.Patrols.Figures;

/// <summary>Inspection figures for a period (安全检查指标).</summary>
/// <param name="Inspections">Inspections held.</param>
/// <param name="Hazards">Hazards found.</param>
/// <param name="OrdersIssued">Rectification orders issued.</param>
/// <param name="RectifiedOnTime">Orders rectified by their due date.</param>
/// <param name="RectifiedLate">Orders rectified after it.</param>
/// <param name="Open">Orders still open.</param>
/// <param name="Reinspections">Re-inspections held ("回头看").</param>
public sealed record InspectionFigures(int Inspections, int Hazards, int OrdersIssued, int RectifiedOnTime, int RectifiedLate, int Open, int Reinspections);

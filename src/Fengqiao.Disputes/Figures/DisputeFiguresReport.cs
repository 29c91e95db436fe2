using NodaTime;

namespace Fengqiao.Disputes.Figures;

/// <summary>
/// The figures of "矛盾不上交" for a period (纠纷化解统计), over the disputes reported in it, as of a day.
/// Rates are fractions between 0 and 1 rounded to four places, or null when their denominator is 0.
/// </summary>
/// <param name="From">The first day of the period.</param>
/// <param name="To">The day after the period.</param>
/// <param name="AsOf">The day open, overdue and due follow-ups are counted on.</param>
/// <param name="Reported">Disputes reported in the period, duplicates merged into another record excluded.</param>
/// <param name="Open">Of them, still open.</param>
/// <param name="OpenByGrid">Open disputes per grid (or village) code.</param>
/// <param name="OpenByLevel">Open disputes per ladder level.</param>
/// <param name="OpenByRisk">Open disputes per risk level.</param>
/// <param name="Overdue">Open disputes past their deadline (red warning).</param>
/// <param name="NearDeadline">Open disputes within the yellow-warning threshold.</param>
/// <param name="Supervised">Disputes flagged for supervision (督办).</param>
/// <param name="Settled">Disputes settled (settled, in follow-up or closed).</param>
/// <param name="Withdrawn">Disputes withdrawn.</param>
/// <param name="Referred">Disputes referred elsewhere.</param>
/// <param name="SettlementRate">Settled ÷ reported.</param>
/// <param name="MediationSuccessRate">Settled after at least one mediation session ÷ disputes with a session.</param>
/// <param name="EscalationRate">Disputes escalated at least once ÷ reported.</param>
/// <param name="SettledAtLevel">Settled disputes per level they were settled at.</param>
/// <param name="SettledLocallyRate">Settled at village or township level ÷ settled ("小事不出村、大事不出乡镇").</param>
/// <param name="MeanDaysToSettle">Mean calendar days from report to settlement.</param>
/// <param name="MedianDaysToSettle">Median calendar days from report to settlement.</param>
/// <param name="MeanWorkingDaysToSettle">Mean working days from report to settlement.</param>
/// <param name="RepeatRate">Repeats (linked to an earlier dispute, or relapsed) ÷ reported.</param>
/// <param name="FollowUpsDue">Follow-up visits due on or before the day.</param>
/// <param name="FollowUpsDone">Of them, made.</param>
/// <param name="FollowUpCompletionRate">Made ÷ due.</param>
public sealed record DisputeFiguresReport(
    LocalDate From,
    LocalDate To,
    LocalDate AsOf,
    int Reported,
    int Open,
    IReadOnlyList<FigureCount> OpenByGrid,
    IReadOnlyList<FigureCount> OpenByLevel,
    IReadOnlyList<FigureCount> OpenByRisk,
    int Overdue,
    int NearDeadline,
    int Supervised,
    int Settled,
    int Withdrawn,
    int Referred,
    double? SettlementRate,
    double? MediationSuccessRate,
    double? EscalationRate,
    IReadOnlyList<FigureCount> SettledAtLevel,
    double? SettledLocallyRate,
    double? MeanDaysToSettle,
    double? MedianDaysToSettle,
    double? MeanWorkingDaysToSettle,
    double? RepeatRate,
    int FollowUpsDue,
    int FollowUpsDone,
    double? FollowUpCompletionRate);

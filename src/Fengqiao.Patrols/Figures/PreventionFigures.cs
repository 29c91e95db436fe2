namespace Fengqiao.Patrols.Figures;

/// <summary>Prevention figures for a period (防范宣传指标).</summary>
/// <param name="PublicityEvents">Publicity events held.</param>
/// <param name="Attendees">People who attended them.</param>
/// <param name="OnlineAlerts">Alerts published online.</param>
/// <param name="OnlineConsultations">Online consultations answered.</param>
/// <param name="ByTopic">Activities by topic name.</param>
public sealed record PreventionFigures(int PublicityEvents, int Attendees, int OnlineAlerts, int OnlineConsultations, IReadOnlyDictionary<string, int> ByTopic);

namespace Fengqiao.Patrols.Prevention;

/// <summary>What a prevention activity is about (宣传主题).</summary>
public enum PreventionTopic
{
    /// <summary>Anti-fraud (反诈).</summary>
    AntiFraud = 1,

    /// <summary>Drugs (禁毒).</summary>
    Drugs = 2,

    /// <summary>Traffic safety (交通安全).</summary>
    TrafficSafety = 3,

    /// <summary>Law (普法).</summary>
    Law = 4,

    /// <summary>Fire safety (消防).</summary>
    Fire = 5,

    /// <summary>ID and registration service tips (户籍证件办理提示).</summary>
    IdService = 6,

    /// <summary>Something else.</summary>
    Other = 7,
}

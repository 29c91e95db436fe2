namespace Fengqiao.Disputes;

/// <summary>How a dispute came to notice (纠纷来源).</summary>
public enum DisputeSource
{
    /// <summary>Screening (摸排).</summary>
    Screening = 0,

    /// <summary>A door-to-door visit (走访).</summary>
    Visit = 1,

    /// <summary>A 110 call.</summary>
    Call110 = 2,

    /// <summary>The 12345 government hotline.</summary>
    Hotline12345 = 3,

    /// <summary>A walk-in at the station or mediation room (来访).</summary>
    WalkIn = 4,

    /// <summary>A grid worker's report (网格上报).</summary>
    GridReport = 5,

    /// <summary>A police liaison's report (联络员报告).</summary>
    Liaison = 6,
}

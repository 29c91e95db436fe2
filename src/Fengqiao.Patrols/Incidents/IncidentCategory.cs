namespace Fengqiao.Patrols.Incidents;

/// <summary>What an incident is about (警情类别).</summary>
public enum IncidentCategory
{
    /// <summary>A criminal case (刑事).</summary>
    Crime = 1,

    /// <summary>Public order (治安).</summary>
    PublicOrder = 2,

    /// <summary>A road-traffic matter (交通), from a scrape to a fatal crash.</summary>
    Traffic = 3,

    /// <summary>A dispute (纠纷).</summary>
    Dispute = 4,

    /// <summary>A call for help (求助), such as a drunk man asleep in a stairwell.</summary>
    Help = 5,

    /// <summary>A rescue (救援), such as a herder caught in snow.</summary>
    Rescue = 6,

    /// <summary>Lost property (失物).</summary>
    LostProperty = 7,

    /// <summary>Fire (火警).</summary>
    Fire = 8,

    /// <summary>Not a police matter (非警务), handed to the 12345 hotline.</summary>
    NonPolice = 9,
}

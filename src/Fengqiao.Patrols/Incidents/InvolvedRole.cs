namespace Fengqiao.Patrols.Incidents;

/// <summary>How a person is involved in an incident.</summary>
public enum InvolvedRole
{
    /// <summary>The caller or reporter (报警人).</summary>
    Caller = 1,

    /// <summary>A party to it (当事人).</summary>
    Party = 2,

    /// <summary>A victim (受害人).</summary>
    Victim = 3,

    /// <summary>A witness (证人).</summary>
    Witness = 4,

    /// <summary>Someone helped or rescued (被救助人).</summary>
    Helped = 5,
}

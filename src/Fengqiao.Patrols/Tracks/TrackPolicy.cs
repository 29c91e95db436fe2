namespace Fengqiao.Patrols.Tracks;

/// <summary>What to do with bad track points.</summary>
public enum TrackPolicy
{
    /// <summary>Drop them and report what was dropped (the default for device uploads).</summary>
    Clean = 0,

    /// <summary>Refuse the whole batch with a <see cref="Errors.ValidationException"/> naming the first bad point.</summary>
    Refuse = 1,
}

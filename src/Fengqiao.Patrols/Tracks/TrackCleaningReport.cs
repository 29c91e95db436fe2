using Fengqiao.Patrols.Geo;

namespace Fengqiao.Patrols.Tracks;

/// <summary>The result of cleaning a track: the points kept, in order, and what was dropped and why (轨迹清洗报告).</summary>
/// <param name="Kept">The points kept.</param>
/// <param name="Dropped">The points dropped, in input order.</param>
public sealed record TrackCleaningReport(IReadOnlyList<TrackPoint> Kept, IReadOnlyList<DroppedTrackPoint> Dropped)
{
    /// <summary>Gets a value indicating whether nothing was dropped.</summary>
    public bool IsClean => Dropped.Count == 0;

    /// <summary>Counts the dropped points of one reason.</summary>
    /// <param name="reason">The reason.</param>
    /// <returns>The count.</returns>
    public int CountOf(TrackDropReason reason) => Dropped.Count(d => d.Reason == reason);
}

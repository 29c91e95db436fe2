using Fengqiao.Patrols.Geo;

namespace Fengqiao.Patrols.PatrolLogs;

/// <summary>One straight piece of a patrol's track between two consecutive points of a leg.</summary>
/// <param name="From">Its first point.</param>
/// <param name="To">Its last point.</param>
/// <param name="Leg">The index of its leg.</param>
/// <param name="Headcount">The leg's team size.</param>
/// <param name="Counts">Whether it counts (false when it lies in a pause).</param>
public readonly record struct PatrolSegment(TrackPoint From, TrackPoint To, int Leg, int Headcount, bool Counts)
{
    /// <summary>Gets the segment's geodesic length in metres.</summary>
    public double Metres => From.Position.DistanceTo(To.Position);
}

using Fengqiao.Patrols.Geo;

namespace Fengqiao.Patrols.Tracks;

/// <summary>A point <see cref="TrackCleaner"/> dropped, with its place in the input and the reason.</summary>
/// <param name="Index">Its index in the input.</param>
/// <param name="Point">The point.</param>
/// <param name="Reason">Why it was dropped.</param>
public sealed record DroppedTrackPoint(int Index, TrackPoint Point, TrackDropReason Reason);

using System.Globalization;
using Ardalis.GuardClauses;
using Fengqiao.Patrols.Geo;
using Fengqiao.Patrols.PatrolLogs;

namespace Fengqiao.Patrols.Tracks;

/// <summary>
/// Cleans a patrol track (轨迹清洗): drops points out of range, points whose time does not move
/// forward, duplicates, and jumps faster than the patrol's kind can move — each judged against the
/// last point kept, so cleaning a cleaned track drops nothing (the operation is idempotent).
/// </summary>
public static class TrackCleaner
{
    /// <summary>Cleans points that follow an optional last accepted point.</summary>
    /// <param name="points">The points, in the order received.</param>
    /// <param name="kind">The patrol's kind, which sets the speed limit.</param>
    /// <param name="previous">The last point already on the track, if any.</param>
    /// <returns>What was kept and what was dropped.</returns>
    public static TrackCleaningReport Clean(IEnumerable<TrackPoint> points, PatrolKind kind, TrackPoint? previous = null)
    {
        Guard.Against.Null(points);
        var kept = new List<TrackPoint>();
        var dropped = new List<DroppedTrackPoint>();
        var last = previous;
        var maxMetresPerSecond = PatrolKinds.MaxSpeedKilometresPerHour(kind) / 3.6;
        var index = 0;
        foreach (var point in points)
        {
            if (Judge(point, last, maxMetresPerSecond) is { } reason)
            {
                dropped.Add(new DroppedTrackPoint(index, point, reason));
            }
            else
            {
                kept.Add(point);
                last = point;
            }

            index++;
        }

        return new TrackCleaningReport(kept, dropped);
    }

    /// <summary>Checks points and refuses the batch at the first bad one.</summary>
    /// <param name="points">The points.</param>
    /// <param name="kind">The patrol's kind.</param>
    /// <param name="previous">The last point already on the track, if any.</param>
    /// <returns>The points, all good.</returns>
    /// <exception cref="Errors.ValidationException">A point is bad; the code names why.</exception>
    public static IReadOnlyList<TrackPoint> Require(IEnumerable<TrackPoint> points, PatrolKind kind, TrackPoint? previous = null)
    {
        var report = Clean(points, kind, previous);
        if (report.Dropped.Count > 0)
        {
            throw Refusal(report.Dropped[0], kind, report.Kept.LastOrDefault(p => p.At < report.Dropped[0].Point.At, previous ?? default));
        }

        return report.Kept;
    }

    /// <summary>Judges one point against the last one kept.</summary>
    internal static TrackDropReason? Judge(TrackPoint point, TrackPoint? last, double maxMetresPerSecond)
    {
        if (!point.Position.IsInRange)
        {
            return TrackDropReason.OutOfRange;
        }

        if (last is not { } before)
        {
            return null;
        }

        if (point == before)
        {
            return TrackDropReason.Duplicate;
        }

        if (point.At <= before.At)
        {
            return TrackDropReason.TimeWentBackwards;
        }

        var metres = before.Position.DistanceTo(point.Position);
        var seconds = (point.At - before.At).TotalSeconds;
        return metres > maxMetresPerSecond * seconds ? TrackDropReason.TooFast : null;
    }

    private static Errors.ValidationException Refusal(DroppedTrackPoint bad, PatrolKind kind, TrackPoint before)
    {
        var field = string.Create(CultureInfo.InvariantCulture, $"points[{bad.Index}]");
        return bad.Reason switch
        {
            TrackDropReason.OutOfRange => PatrolMessages.Invalid(PatrolErrorCodes.PositionOutOfRange, field, bad.Point.Position),
            TrackDropReason.Duplicate => PatrolMessages.Invalid(PatrolErrorCodes.TrackDuplicatePoint, field, bad.Index),
            TrackDropReason.TimeWentBackwards => PatrolMessages.Invalid(PatrolErrorCodes.TrackTimeBackwards, field, bad.Index),
            _ => PatrolMessages.Invalid(
                PatrolErrorCodes.TrackTooFast,
                field,
                bad.Index,
                (before.Position.DistanceTo(bad.Point.Position) / Math.Max(1e-9, (bad.Point.At - before.At).TotalHours) / 1000).ToString("0", CultureInfo.InvariantCulture),
                kind),
        };
    }
}

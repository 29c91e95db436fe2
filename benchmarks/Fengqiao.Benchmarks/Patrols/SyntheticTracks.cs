using Fengqiao.Patrols.Geo;
using NodaTime;

namespace Fengqiao.Benchmarks.Patrols;

/// <summary>Random-walk patrol tracks inside a box: a fix every 30 s, 20–40 m apart, turning gently and bouncing off the edges.</summary>
internal static class SyntheticTracks
{
    public static TrackPoint[][] Make(int tracks, int points, double west, double south, double width, double height, int seed = 20251123)
    {
        var random = new Random(seed);
        var start = Instant.FromUtc(2025, 3, 1, 0, 0);
        var result = new TrackPoint[tracks][];
        for (var t = 0; t < tracks; t++)
        {
            var track = new TrackPoint[points];
            var lon = west + (random.NextDouble() * width);
            var lat = south + (random.NextDouble() * height);
            var heading = random.NextDouble() * 2 * Math.PI;
            var at = start + Duration.FromMinutes(t);
            for (var i = 0; i < points; i++)
            {
                track[i] = TrackPoint.Of(at, lon, lat);
                at += Duration.FromSeconds(30);
                heading += (random.NextDouble() - 0.5) * 0.6;
                var metres = 20 + (random.NextDouble() * 20);
                var nextLon = lon + (metres * Math.Cos(heading) / (111_320 * Math.Cos(lat * Math.PI / 180)));
                var nextLat = lat + (metres * Math.Sin(heading) / 110_850);
                if (nextLon < west || nextLon > west + width || nextLat < south || nextLat > south + height)
                {
                    heading += Math.PI;
                    continue;
                }

                (lon, lat) = (nextLon, nextLat);
            }

            result[t] = track;
        }

        return result;
    }
}

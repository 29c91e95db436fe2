namespace Fengqiao.Patrols.Geo;

/// <summary>
/// Geodesic distance on the WGS-84 ellipsoid (大地线距离). Patrol tracks are mostly steps of tens of
/// metres: for a pair less than <see cref="ShortDegrees"/> apart in both coordinates the ellipsoid is
/// taken as flat around the mid-latitude, with its meridional and normal radii of curvature there —
/// off from the true geodesic by a few parts in 10⁷ at 5 km and far less below (under a millimetre per
/// kilometre), at a tenth of the cost. Longer pairs use Vincenty's inverse formula; for the rare
/// nearly antipodal pair where it does not converge, the great-circle distance on the mean radius.
/// </summary>
public static class GeodesicDistance
{
    private const double A = 6378137.0;
    private const double F = 1 / 298.257223563;
    private const double B = A * (1 - F);
    private const double MeanRadius = 6371008.8;
    private const double DegreesToRadians = Math.PI / 180;
    private const double E2 = F * (2 - F);

    /// <summary>The largest coordinate difference, in degrees, measured on the local plane instead of by Vincenty's formula.</summary>
    internal const double ShortDegrees = 0.05;

    /// <summary>Gets the distance between two positions, in metres.</summary>
    /// <param name="longitude1">The first longitude in degrees.</param>
    /// <param name="latitude1">The first latitude in degrees.</param>
    /// <param name="longitude2">The second longitude in degrees.</param>
    /// <param name="latitude2">The second latitude in degrees.</param>
    /// <returns>The distance, zero or more (NaN when a coordinate is NaN).</returns>
    public static double Metres(double longitude1, double latitude1, double longitude2, double latitude2)
    {
        if (longitude1 == longitude2 && latitude1 == latitude2)
        {
            return 0;
        }

        var dLon = longitude2 - longitude1;
        var dLat = latitude2 - latitude1;
        if (Math.Abs(dLon) < ShortDegrees && Math.Abs(dLat) < ShortDegrees)
        {
            return Short(dLon, dLat, (latitude1 + latitude2) / 2);
        }

        return Vincenty(longitude1, latitude1, longitude2, latitude2);
    }

    /// <summary>Vincenty's inverse formula on WGS-84, falling back to the great circle when it does not converge.</summary>
    internal static double Vincenty(double longitude1, double latitude1, double longitude2, double latitude2)
    {
        var l = (longitude2 - longitude1) * DegreesToRadians;
        var u1 = Math.Atan((1 - F) * Math.Tan(latitude1 * DegreesToRadians));
        var u2 = Math.Atan((1 - F) * Math.Tan(latitude2 * DegreesToRadians));
        var (sinU1, cosU1) = Math.SinCos(u1);
        var (sinU2, cosU2) = Math.SinCos(u2);
        var lambda = l;
        for (var iteration = 0; iteration < 100; iteration++)
        {
            var (sinLambda, cosLambda) = Math.SinCos(lambda);
            var t = cosU2 * sinLambda;
            var s = (cosU1 * sinU2) - (sinU1 * cosU2 * cosLambda);
            var sinSigma = Math.Sqrt((t * t) + (s * s));
            if (sinSigma == 0)
            {
                return 0;
            }

            var cosSigma = (sinU1 * sinU2) + (cosU1 * cosU2 * cosLambda);
            var sigma = Math.Atan2(sinSigma, cosSigma);
            var sinAlpha = cosU1 * cosU2 * sinLambda / sinSigma;
            var cosSqAlpha = 1 - (sinAlpha * sinAlpha);
            var cos2SigmaM = cosSqAlpha == 0 ? 0 : cosSigma - (2 * sinU1 * sinU2 / cosSqAlpha);
            var c = F / 16 * cosSqAlpha * (4 + (F * (4 - (3 * cosSqAlpha))));
            var previous = lambda;
            lambda = l + ((1 - c) * F * sinAlpha * (sigma + (c * sinSigma * (cos2SigmaM + (c * cosSigma * (-1 + (2 * cos2SigmaM * cos2SigmaM)))))));
            if (Math.Abs(lambda - previous) < 1e-12)
            {
                var uSq = cosSqAlpha * ((A * A) - (B * B)) / (B * B);
                var bigA = 1 + (uSq / 16384 * (4096 + (uSq * (-768 + (uSq * (320 - (175 * uSq)))))));
                var bigB = uSq / 1024 * (256 + (uSq * (-128 + (uSq * (74 - (47 * uSq))))));
                var deltaSigma = bigB * sinSigma * (cos2SigmaM + (bigB / 4 * ((cosSigma * (-1 + (2 * cos2SigmaM * cos2SigmaM)))
                    - (bigB / 6 * cos2SigmaM * (-3 + (4 * sinSigma * sinSigma)) * (-3 + (4 * cos2SigmaM * cos2SigmaM))))));
                return B * bigA * (sigma - deltaSigma);
            }
        }

        return GreatCircle(longitude1, latitude1, longitude2, latitude2);
    }

    // The local plane: metres north by the meridional radius M, metres east by the normal radius N times cos φ.
    private static double Short(double dLon, double dLat, double midLatitude)
    {
        var (sin, cos) = Math.SinCos(midLatitude * DegreesToRadians);
        var w2 = 1 - (E2 * sin * sin);
        var normal = A / Math.Sqrt(w2);
        var meridional = normal * (1 - E2) / w2;
        var north = meridional * dLat * DegreesToRadians;
        var east = normal * cos * dLon * DegreesToRadians;
        return Math.Sqrt((north * north) + (east * east));
    }

    /// <summary>The spherical (haversine) distance on the mean Earth radius; the benchmarks' baseline and the fallback.</summary>
    internal static double GreatCircle(double longitude1, double latitude1, double longitude2, double latitude2)
    {
        var phi1 = latitude1 * DegreesToRadians;
        var phi2 = latitude2 * DegreesToRadians;
        var dPhi = phi2 - phi1;
        var dLambda = (longitude2 - longitude1) * DegreesToRadians;
        var h = (Math.Sin(dPhi / 2) * Math.Sin(dPhi / 2)) + (Math.Cos(phi1) * Math.Cos(phi2) * Math.Sin(dLambda / 2) * Math.Sin(dLambda / 2));
        return 2 * MeanRadius * Math.Asin(Math.Min(1, Math.Sqrt(h)));
    }
}

namespace Fengqiao.Patrols.Figures;

/// <summary>
/// Percentiles by selection (分位数): the nearest-rank value found with an in-place quickselect
/// (expected linear time) instead of sorting everything.
/// </summary>
public static class Percentiles
{
    /// <summary>Gets the nearest-rank percentile of the values; reorders <paramref name="values"/>.</summary>
    /// <param name="values">The values; reordered in place.</param>
    /// <param name="percentile">The percentile, between 0 and 1 (0.5 for the median, 0.9 for P90).</param>
    /// <returns>The value, or null when there are none.</returns>
    public static double? Select(Span<double> values, double percentile)
    {
        if (values.Length == 0)
        {
            return null;
        }

        var p = Math.Clamp(percentile, 0, 1);
        var rank = Math.Max(1, (int)Math.Ceiling(p * values.Length)) - 1;
        return QuickSelect(values, rank);
    }

    /// <summary>The k-th smallest value (0-based), by Hoare partitioning around a median-of-three pivot.</summary>
    internal static double QuickSelect(Span<double> values, int k)
    {
        var left = 0;
        var right = values.Length - 1;
        while (left < right)
        {
            var mid = left + ((right - left) / 2);
            // Median of three guards against sorted and reverse-sorted input.
            if (values[mid] < values[left])
            {
                (values[mid], values[left]) = (values[left], values[mid]);
            }

            if (values[right] < values[left])
            {
                (values[right], values[left]) = (values[left], values[right]);
            }

            if (values[right] < values[mid])
            {
                (values[right], values[mid]) = (values[mid], values[right]);
            }

            var pivot = values[mid];
            var i = left;
            var j = right;
            while (i <= j)
            {
                while (values[i] < pivot)
                {
                    i++;
                }

                while (values[j] > pivot)
                {
                    j--;
                }

                if (i <= j)
                {
                    (values[i], values[j]) = (values[j], values[i]);
                    i++;
                    j--;
                }
            }

            if (k <= j)
            {
                right = j;
            }
            else if (k >= i)
            {
                left = i;
            }
            else
            {
                return values[k];
            }
        }

        return values[k];
    }
}

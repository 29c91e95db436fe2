using Ardalis.GuardClauses;
using NodaTime;

namespace Fengqiao.Patrols.Incidents;

/// <summary>
/// Links repeat calls (重复报警): incidents with the same address (or, without one, the same grid) and
/// category, each received within a time window of the call before it, are linked to the first of the run.
/// </summary>
public static class RepeatCallLinker
{
    /// <summary>Links repeat calls among incidents.</summary>
    /// <param name="incidents">The incidents, in any order.</param>
    /// <param name="window">The longest gap between two calls of one run.</param>
    /// <returns>The incidents newly linked as repeats.</returns>
    public static IReadOnlyList<Incident> Link(IEnumerable<Incident> incidents, Duration window)
    {
        Guard.Against.Null(incidents);
        var linked = new List<Incident>();
        var runs = new Dictionary<(string Place, IncidentCategory Category), (Incident First, Instant Last)>();
        foreach (var incident in incidents.OrderBy(i => i.ReceivedAt).ThenBy(i => i.Id.Value))
        {
            var key = (PlaceKey(incident), incident.Category);
            if (runs.TryGetValue(key, out var run) && incident.ReceivedAt - run.Last <= window)
            {
                if (incident.RepeatOf != run.First.Id)
                {
                    incident.LinkRepeatOf(run.First.Id);
                    linked.Add(incident);
                }

                runs[key] = (run.First, incident.ReceivedAt);
            }
            else
            {
                runs[key] = (incident, incident.ReceivedAt);
            }
        }

        return linked;
    }

    /// <summary>Normalizes an address for comparison: whitespace and common punctuation removed, Latin letters lower-cased.</summary>
    /// <param name="incident">The incident.</param>
    /// <returns>The key.</returns>
    internal static string PlaceKey(Incident incident)
    {
        if (string.IsNullOrWhiteSpace(incident.Address))
        {
            return "grid:" + incident.Jurisdiction;
        }

        var chars = incident.Address.Where(c => !char.IsWhiteSpace(c) && !char.IsPunctuation(c)).Select(char.ToLowerInvariant).ToArray();
        return "addr:" + new string(chars);
    }
}

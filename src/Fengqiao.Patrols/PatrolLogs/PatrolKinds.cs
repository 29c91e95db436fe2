namespace Fengqiao.Patrols.PatrolLogs;

/// <summary>What each <see cref="PatrolKind"/> can do: its top speed (for track cleaning) and the width it watches (for area covered).</summary>
public static class PatrolKinds
{
    /// <summary>Gets the fastest a patrol of this kind can move, in km/h; a jump faster than this is a bad fix, not a movement.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The speed limit.</returns>
    public static double MaxSpeedKilometresPerHour(PatrolKind kind) => kind switch
    {
        PatrolKind.Foot => 15,
        PatrolKind.Bicycle => 45,
        PatrolKind.Mounted => 50,
        PatrolKind.Boat => 80,
        PatrolKind.Drone => 140,
        PatrolKind.Motorcycle => 160,
        PatrolKind.Vehicle => 180,
        _ => 180,
    };

    /// <summary>Gets how far to each side of its track a patrol of this kind watches, in metres (the buffer of the area covered).</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The half-width.</returns>
    public static double WatchRadiusMetres(PatrolKind kind) => kind switch
    {
        PatrolKind.Foot => 50,
        PatrolKind.Bicycle => 50,
        PatrolKind.Mounted => 100,
        PatrolKind.Drone => 300,
        _ => 100,
    };
}

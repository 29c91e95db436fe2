using NodaTime;

namespace Fengqiao.Services.Requests;

/// <summary>Which way a request crossed the 12345 government hotline.</summary>
public enum HotlineDirection
{
    /// <summary>It came from 12345 (a police matter pushed to the station).</summary>
    FromHotline = 1,

    /// <summary>It was handed to 12345 (a non-police matter).</summary>
    ToHotline = 2,
}

/// <summary>The link of a request to the 12345 hotline (12345 热线联动), keeping the hotline's own reference.</summary>
/// <param name="Direction">Which way it crossed.</param>
/// <param name="ExternalReference">The hotline's work-order number.</param>
/// <param name="At">When it crossed.</param>
public sealed record HotlineLink(HotlineDirection Direction, string ExternalReference, Instant At);

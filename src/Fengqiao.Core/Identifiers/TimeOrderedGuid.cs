using System.Buffers.Binary;
using System.Security.Cryptography;
using Ardalis.GuardClauses;
using NodaTime;

namespace Fengqiao.Identifiers;

/// <summary>
/// Makes UUID version 7 values (RFC 9562): 48 bits of Unix milliseconds, then random bits.
/// Their canonical text and their big-endian bytes sort by creation time, which keeps
/// SQLite and PostgreSQL primary-key inserts sequential.
/// </summary>
public static class TimeOrderedGuid
{
    /// <summary>Makes a new time-ordered value at the clock's current instant.</summary>
    /// <param name="clock">The clock.</param>
    /// <returns>A new value.</returns>
    public static Guid NewGuid(IClock clock)
    {
        Guard.Against.Null(clock);
        return NewGuid(clock.GetCurrentInstant());
    }

    /// <summary>Makes a new time-ordered value for the given instant.</summary>
    /// <param name="instant">The creation instant.</param>
    /// <returns>A new value.</returns>
    public static Guid NewGuid(Instant instant)
    {
        Span<byte> bytes = stackalloc byte[16];
        RandomNumberGenerator.Fill(bytes[6..]);
        var milliseconds = (ulong)instant.ToUnixTimeMilliseconds() & 0xFFFF_FFFF_FFFFUL;
        BinaryPrimitives.WriteUInt16BigEndian(bytes, (ushort)(milliseconds >> 32));
        BinaryPrimitives.WriteUInt32BigEndian(bytes[2..], (uint)milliseconds);
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x70); // version 7
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80); // RFC 9562 variant
        return new Guid(bytes, bigEndian: true);
    }

    /// <summary>Reads the creation instant back out of a version 7 value.</summary>
    /// <param name="value">A value made by <see cref="NewGuid(Instant)"/>.</param>
    /// <returns>The instant, to the millisecond.</returns>
    public static Instant GetInstant(Guid value)
    {
        Span<byte> bytes = stackalloc byte[16];
        value.TryWriteBytes(bytes, bigEndian: true, out _);
        var milliseconds = ((long)BinaryPrimitives.ReadUInt16BigEndian(bytes) << 32) | BinaryPrimitives.ReadUInt32BigEndian(bytes[2..]);
        return Instant.FromUnixTimeMilliseconds(milliseconds);
    }
}

using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using NodaTime;

namespace Fengqiao.Grids.Jurisdictions.Seeds;

/// <summary>
/// Derives stable ids for seeded records from their keys, so that loading the seeds twice yields
/// the same ids. The values have the UUID version 7 layout, timed at the seed's start date.
/// </summary>
internal static class SeedIds
{
    public static Guid Derive(string kind, string key, LocalDate epoch)
    {
        Span<byte> bytes = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(kind + "/" + key), bytes);
        var milliseconds = (ulong)epoch.AtStartOfDayInZone(DateTimeZone.Utc).ToInstant().ToUnixTimeMilliseconds();
        BinaryPrimitives.WriteUInt16BigEndian(bytes, (ushort)(milliseconds >> 32));
        BinaryPrimitives.WriteUInt32BigEndian(bytes[2..], (uint)milliseconds);
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x70);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes[..16], bigEndian: true);
    }
}

using NetTopologySuite;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;

namespace Fengqiao.Storage.Sqlite.Internal;

/// <summary>
/// Geometry as WKB (little-endian, ISO): compact, exact to the bit for every coordinate, and read by
/// GIS tools. Z and M ordinates are written only when a geometry has them, so 2-D boundaries stay 2-D.
/// </summary>
internal static class SqliteGeometry
{
    private const int Wgs84 = 4326;
    private static readonly GeometryFactory Factory = NtsGeometryServices.Instance.CreateGeometryFactory(Wgs84);

    public static byte[] ToWkb(Geometry geometry)
    {
        var ordinates = new OrdinateProbe();
        geometry.Apply(ordinates);
        var writer = new WKBWriter(ByteOrder.LittleEndian, handleSRID: false, emitZ: ordinates.HasZ, emitM: ordinates.HasM);
        return writer.Write(geometry);
    }

    public static Geometry FromWkb(byte[] wkb)
    {
        var geometry = new WKBReader(NtsGeometryServices.Instance).Read(wkb);
        geometry.SRID = Wgs84;
        return geometry;
    }

    /// <summary>Packs several geometries (a grid's boundary in each period) into one WKB GeometryCollection.</summary>
    public static byte[] ManyToWkb(IReadOnlyList<Geometry> geometries) =>
        ToWkb((Geometry)Factory.CreateGeometryCollection([.. geometries]));

    public static Geometry[] ManyFromWkb(byte[] wkb)
    {
        var collection = FromWkb(wkb);
        var geometries = new Geometry[collection.NumGeometries];
        for (var i = 0; i < geometries.Length; i++)
        {
            geometries[i] = collection.GetGeometryN(i);
            geometries[i].SRID = Wgs84;
        }

        return geometries;
    }

    /// <summary>Finds whether any coordinate sequence carries Z or M values.</summary>
    private sealed class OrdinateProbe : IEntireCoordinateSequenceFilter
    {
        public bool HasZ { get; private set; }

        public bool HasM { get; private set; }

        public bool Done => HasZ && HasM;

        public bool GeometryChanged => false;

        public void Filter(CoordinateSequence seq)
        {
            HasZ |= seq.HasZ && seq.Count > 0 && !double.IsNaN(seq.GetZ(0));
            HasM |= seq.HasM && seq.Count > 0 && !double.IsNaN(seq.GetM(0));
        }
    }
}

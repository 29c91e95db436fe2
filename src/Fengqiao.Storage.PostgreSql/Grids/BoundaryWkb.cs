using NetTopologySuite;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;

namespace Fengqiao.Storage.PostgreSql.Grids;

/// <summary>
/// Grid boundaries as WKB (ISO, little-endian): exact to the bit, readable by PostGIS
/// (<c>ST_GeomFromWKB(boundaries, 4326)</c>) and any GIS tool. A grid's boundaries over all its
/// periods travel as one GeometryCollection, in period order — the layout the SQLite backend uses.
/// </summary>
internal static class BoundaryWkb
{
    private const int Wgs84 = 4326;
    private static readonly GeometryFactory Factory = NtsGeometryServices.Instance.CreateGeometryFactory(Wgs84);

    public static byte[] Write(IReadOnlyList<Geometry> boundaries)
    {
        Geometry collection = Factory.CreateGeometryCollection([.. boundaries]);
        var (hasZ, hasM) = Dimensions(collection);
        return new WKBWriter(ByteOrder.LittleEndian, handleSRID: false, emitZ: hasZ, emitM: hasM).Write(collection);
    }

    public static Geometry[] Read(byte[] wkb)
    {
        var collection = new WKBReader(NtsGeometryServices.Instance).Read(wkb);
        var boundaries = new Geometry[collection.NumGeometries];
        for (var i = 0; i < boundaries.Length; i++)
        {
            boundaries[i] = collection.GetGeometryN(i);
            boundaries[i].SRID = Wgs84;
        }

        return boundaries;
    }

    // Z and M are written only when a boundary carries them, so 2-D boundaries stay 2-D.
    private static (bool HasZ, bool HasM) Dimensions(Geometry geometry)
    {
        var (hasZ, hasM) = (false, false);
        foreach (var coordinate in geometry.Coordinates)
        {
            hasZ |= !double.IsNaN(coordinate.Z);
            hasM |= !double.IsNaN(coordinate.M);
        }

        return (hasZ, hasM);
    }
}

// A walk-through of the legacy backend: Fengqiao's jurisdiction tree stored in a bureau's existing
// t_xzqh tables. Run: dotnet run --project samples/Fengqiao.Samples.LegacyBackend [database path]
using Fengqiao.Access;
using Fengqiao.Grids;
using Fengqiao.Grids.Jurisdictions;
using Fengqiao.Jurisdictions;
using Fengqiao.Samples.LegacyBackend;
using NodaTime;

var path = args.Length > 0 ? args[0] : Path.Combine(Path.GetTempPath(), "fengqiao-legacy-sample.db");
using var provider = await LegacyStorageProvider.OpenAsync($"Data Source={path}");
var stamp = ChangeStamp.Now(SystemClock.Instance, "sample");
var county = JurisdictionCode.Parse("540127");
var township = county.Child(201);

await using (var session = await provider.OpenSessionAsync(AccessScope.Unrestricted("sample")))
{
    var store = session.GetStore<IJurisdictionStore>();
    if (await store.FindAsync(county) is null)
    {
        await store.SaveAsync(Jurisdiction.Establish(county, new LocalDate(1960, 1, 1), "墨竹工卡县", DivisionKind.County, stamp, "Maizhokunggar County"));
        var zhaxigang = Jurisdiction.Establish(township, new LocalDate(2000, 1, 1), "扎西岗乡", DivisionKind.Township, stamp);
        await store.SaveAsync(zhaxigang);
        await session.CommitAsync();
        Console.WriteLine($"Saved {county} and {township} into t_xzqh (version {zhaxigang.Version}).");
    }
}

await using (var session = await provider.OpenSessionAsync(AccessScope.For("township-officer", [township])))
{
    var store = session.GetStore<IJurisdictionStore>();
    Console.WriteLine($"Township officer sees the county: {await store.FindAsync(county) is not null}");
    await foreach (var division in store.QueryAsync(new JurisdictionQuery(Within: county, AsOf: new LocalDate(2024, 1, 1))))
    {
        Console.WriteLine($"{division.Code} {division.Current.Name} (bbh {division.Version})");
    }
}

using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Fengqiao.Households.Ledgers;
using NodaTime;
using NodaTime.Testing;
using static Fengqiao.Households.Tests.Ledgers.LedgerSamples;

namespace Fengqiao.Households.Tests.Ledgers;

public sealed class LedgerImportPropertyTests
{
    private enum Fault
    {
        None,
        BadCheckCharacter,
        MissingName,
        IdOfAnotherHousehold,
        SecondHead,
    }

    /// <summary>
    /// For any ledger with faults planted in some households, a partial import writes exactly the
    /// households without faults, counts every other one as rejected, and no message holds an ID.
    /// </summary>
    [Property(MaxTest = 300)]
    public Property A_partial_import_writes_exactly_the_households_without_faults_and_never_echoes_an_id() =>
        Prop.ForAll(Ledgers().ToArbitrary(), plan =>
        {
            var (rows, ids, faulty) = Build(plan);
            var target = new FakeLedgerTarget();
            var importer = new LedgerImporter(target, new FakeClock(Instant.FromUtc(2025, 6, 1, 0, 0)));
            var result = importer.ImportAsync(Utf8(Csv(rows)), LedgerFormat.Csv, new LedgerImportOptions { Partial = true, AsOf = new LocalDate(2025, 6, 1) })
                .GetAwaiter().GetResult();

            var expected = Enumerable.Range(0, plan.Length).Where(h => !faulty.Contains(h)).Select(Number).ToList();
            return result.Imported == expected.Count
                && result.Rejected == faulty.Count
                && target.Written.Select(h => h.Number).SequenceEqual(expected)
                && (faulty.Count == 0) == result.IsClean
                && result.Errors.All(e => ids.All(id => !e.Message.Contains(id, StringComparison.Ordinal)));
        });

    /// <summary>Without partial, any fault anywhere writes nothing.</summary>
    [Property(MaxTest = 100)]
    public Property Without_partial_a_fault_anywhere_writes_nothing() =>
        Prop.ForAll(Ledgers().ToArbitrary(), plan =>
        {
            var (rows, _, faulty) = Build(plan);
            var target = new FakeLedgerTarget();
            var result = new LedgerImporter(target, new FakeClock(Instant.FromUtc(2025, 6, 1, 0, 0)))
                .ImportAsync(Utf8(Csv(rows)), LedgerFormat.Csv, new LedgerImportOptions { AsOf = new LocalDate(2025, 6, 1) })
                .GetAwaiter().GetResult();
            return faulty.Count == 0
                ? result.Imported == plan.Length && target.Written.Count == plan.Length
                : result.Imported == 0 && target.Writes == 0;
        });

    /// <summary>Households of one to four members, each with at most one planted fault.</summary>
    private static Gen<(int Members, Fault Fault)[]> Ledgers() =>
        Gen.Zip(Gen.Choose(1, 4), Gen.Frequency((6, Gen.Constant(Fault.None)), (1, Gen.Elements(Fault.BadCheckCharacter, Fault.MissingName, Fault.IdOfAnotherHousehold, Fault.SecondHead))))
            .ArrayOf()
            .Where(a => a.Length is > 0 and <= 8);

    private static string Number(int household) => "H" + household.ToString("D2", System.Globalization.CultureInfo.InvariantCulture);

    private static (string[] Rows, List<string> Ids, HashSet<int> Faulty) Build((int Members, Fault Fault)[] plan)
    {
        var rows = new List<string>();
        var ids = new List<string>();
        var faulty = new HashSet<int>();
        var validHeads = new List<(int Household, string Id)>();
        for (var h = 0; h < plan.Length; h++)
        {
            var (members, fault) = plan[h];
            var donor = validHeads.Count > 0 ? validHeads[0] : (Household: -1, Id: string.Empty);
            if (fault == Fault.IdOfAnotherHousehold && donor.Household < 0)
            {
                fault = Fault.None; // no earlier household with a valid head ID to take it from
            }

            if (fault == Fault.SecondHead && members == 1)
            {
                fault = Fault.MissingName;
            }

            for (var m = 0; m < members; m++)
            {
                var id = Id((h * 10) + m + 1);
                var name = "某" + m.ToString(System.Globalization.CultureInfo.InvariantCulture);
                var relation = m == 0 ? "户主" : "子";
                var last = m == members - 1;
                if (last && fault == Fault.BadCheckCharacter)
                {
                    id = id[..17] + (id[17] == '1' ? '2' : '1');
                }
                else if (last && fault == Fault.MissingName)
                {
                    name = string.Empty;
                }
                else if (last && fault == Fault.IdOfAnotherHousehold)
                {
                    id = donor.Id; // an earlier household's head: both households are refused
                    faulty.Add(donor.Household);
                }
                else if (last && fault == Fault.SecondHead)
                {
                    relation = "本人";
                }

                if (m == 0 && !(last && fault == Fault.BadCheckCharacter))
                {
                    validHeads.Add((h, id));
                }

                ids.Add(id);
                rows.Add(Row(Number(h), relation, name, id, grid: m == 0 ? Grid1 : string.Empty, address: m == 0 ? "1号" : string.Empty));
            }

            if (fault != Fault.None)
            {
                faulty.Add(h);
            }
        }

        return ([.. rows], ids, faulty);
    }
}

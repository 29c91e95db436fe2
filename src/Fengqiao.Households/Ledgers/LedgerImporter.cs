using Ardalis.GuardClauses;
using NodaTime;

namespace Fengqiao.Households.Ledgers;

/// <summary>
/// Imports household ledgers (户籍台账导入) from CSV or XLSX: one row per person, grouped into households
/// by household number (see <see cref="LedgerLayout"/> and docs/ledgers.md).
/// </summary>
/// <remarks>
/// <para>
/// Every row is checked and every problem reported as a <see cref="LedgerError"/> (row, column, code,
/// message) — a bad citizen ID, one person twice or in two households at once, a household in two blocks,
/// an unknown grid, a person or household already on record. Nothing is ever merged into what is held.
/// A household with any error is refused whole. Unless <see cref="LedgerImportOptions.Partial"/> is set,
/// one error anywhere means nothing is imported; with it, the valid households are imported.
/// </para>
/// <para>
/// A problem with the file itself — not UTF-8 or GBK text, no rows, an unreadable workbook, a missing
/// required column — is thrown as a <see cref="Errors.ValidationException"/> with a code from
/// <see cref="LedgerErrorCodes"/>. No message or error holds an ID number or phone number.
/// </para>
/// </remarks>
public sealed class LedgerImporter
{
    private const int CancellationCheckInterval = 1_000;
    private const int HeaderMinimumColumns = 3;
    private const int MaximumRowsBeforeHeader = 10;

    private readonly ILedgerTarget _target;
    private readonly IClock _clock;
    private readonly DateTimeZone _zone;

    /// <summary>Creates an importer.</summary>
    /// <param name="target">Where households are checked against the records held and written.</param>
    /// <param name="clock">The clock giving today's date when <see cref="LedgerImportOptions.AsOf"/> is not set.</param>
    /// <param name="zone">The time zone of "today"; Asia/Shanghai by default.</param>
    public LedgerImporter(ILedgerTarget target, IClock clock, DateTimeZone? zone = null)
    {
        _target = Guard.Against.Null(target);
        _clock = Guard.Against.Null(clock);
        _zone = zone ?? DateTimeZoneProviders.Tzdb["Asia/Shanghai"];
    }

    /// <summary>Gets the format a file name's extension names (.csv or .xlsx).</summary>
    /// <param name="path">The file name or path.</param>
    /// <param name="format">The format.</param>
    /// <returns>Whether the extension is one of a ledger.</returns>
    public static bool TryGetFormat(string path, out LedgerFormat format)
    {
        Guard.Against.Null(path);
        var extension = Path.GetExtension(path);
        format = extension.Equals(".xlsx", StringComparison.OrdinalIgnoreCase) ? LedgerFormat.Xlsx : LedgerFormat.Csv;
        return extension.Equals(".xlsx", StringComparison.OrdinalIgnoreCase) || extension.Equals(".csv", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Imports a ledger from a stream.</summary>
    /// <param name="stream">The file's content, read to its end.</param>
    /// <param name="format">The file format.</param>
    /// <param name="options">The options; all-or-nothing by default.</param>
    /// <param name="cancellationToken">Cancels the import; nothing is written once it is cancelled.</param>
    /// <returns>What was imported and every problem found.</returns>
    /// <exception cref="Errors.ValidationException">The file itself cannot be used; see <see cref="LedgerErrorCodes"/>.</exception>
    public async Task<LedgerImportResult> ImportAsync(Stream stream, LedgerFormat format, LedgerImportOptions? options = null, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(stream);
        options ??= new LedgerImportOptions();
        var asOf = options.AsOf ?? _clock.GetCurrentInstant().InZone(_zone).Date;
        var progress = options.Progress;
        var interval = Math.Max(1, options.ProgressInterval);

        string? encoding = null;
        IEnumerable<LedgerRecord> records;
        if (format == LedgerFormat.Csv)
        {
            var bytes = await ReadAllAsync(stream, cancellationToken).ConfigureAwait(false);
            var text = LedgerTextDecoder.Decode(bytes, out var detected);
            encoding = detected;
            records = CsvParser.Parse(text);
        }
        else
        {
            // MiniExcel needs to seek in the zip; a network stream is buffered first.
            var seekable = stream.CanSeek ? stream : new MemoryStream(await ReadAllAsync(stream, cancellationToken).ConfigureAwait(false));
            records = XlsxLedgerReader.Read(seekable);
        }

        var check = Read(records, progress, interval, cancellationToken);
        progress?.Report(new LedgerProgress(LedgerPhase.Checking, check.RowsRead, 0, 0));
        await check.CheckAgainstRecordsAsync(_target, asOf, cancellationToken).ConfigureAwait(false);
        var valid = check.Valid(out var rejected, out var errors);
        var residents = 0;
        if (errors.Count == 0 || options.Partial)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var total = valid.Count;
            residents = valid.Sum(h => h.Members.Count);
            progress?.Report(new LedgerProgress(LedgerPhase.Writing, check.RowsRead, 0, total));
            var written = progress is null ? null : new WriteProgress(progress, check.RowsRead, total);
            if (total > 0)
            {
                await _target.WriteAsync(valid, asOf, written, cancellationToken).ConfigureAwait(false);
            }
        }
        else
        {
            valid = [];
        }

        progress?.Report(new LedgerProgress(LedgerPhase.Done, check.RowsRead, valid.Count, valid.Count));
        return new LedgerImportResult(valid.Count, residents, rejected, errors, encoding);
    }

    /// <summary>Reads and checks a ledger without writing anything: the result tells what an import would do.</summary>
    /// <param name="stream">The file's content.</param>
    /// <param name="format">The file format.</param>
    /// <param name="asOf">The date grids must exist on; today by default.</param>
    /// <param name="cancellationToken">Cancels the check.</param>
    /// <returns>The households that would be imported (as <see cref="LedgerImportResult.Imported"/>) and every problem.</returns>
    public async Task<(LedgerImportResult Result, IReadOnlyList<LedgerHousehold> Households)> CheckAsync(Stream stream, LedgerFormat format, LocalDate? asOf = null, CancellationToken cancellationToken = default)
    {
        var collector = new CollectingTarget(_target);
        var importer = new LedgerImporter(collector, _clock, _zone);
        var result = await importer.ImportAsync(stream, format, new LedgerImportOptions { Partial = true, AsOf = asOf }, cancellationToken).ConfigureAwait(false);
        return (result, collector.Households);
    }

    private static LedgerCheck Read(IEnumerable<LedgerRecord> records, IProgress<LedgerProgress>? progress, int interval, CancellationToken cancellationToken)
    {
        LedgerCheck? check = null;
        LedgerRecord? firstRow = null;
        var rowsBeforeHeader = 0;
        foreach (var record in records)
        {
            if (check is null)
            {
                if (record.Problem is not null || record.Cells.All(string.IsNullOrWhiteSpace))
                {
                    continue; // leading blank lines before the header
                }

                // Ledgers often open with a title row (扎西岗乡户籍台账) or a note above the header:
                // the header is the first row naming at least three ledger columns.
                firstRow ??= record;
                if (record.Cells.Count(c => LedgerLayout.TryFind(c, out _)) >= HeaderMinimumColumns)
                {
                    check = new LedgerCheck(record.Cells);
                }
                else if (++rowsBeforeHeader >= MaximumRowsBeforeHeader)
                {
                    check = new LedgerCheck(firstRow.Value.Cells); // throws for the missing columns
                }

                continue;
            }

            check.Add(record);
            if (check.RowsRead % CancellationCheckInterval == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (check.RowsRead % interval == 0)
            {
                progress?.Report(new LedgerProgress(LedgerPhase.Reading, check.RowsRead, 0, 0));
                cancellationToken.ThrowIfCancellationRequested();
            }
        }

        if (check is null && firstRow is { } onlyRows)
        {
            _ = new LedgerCheck(onlyRows.Cells); // no header found: name the missing columns
        }

        if (check is null || check.RowsRead == 0)
        {
            var reason = LedgerMessages.Format(check is null ? "Ledger.EmptyFile.NoHeader" : "Ledger.EmptyFile.NoRows");
            throw LedgerMessages.FileError(LedgerErrorCodes.EmptyFile, "file", LedgerErrorCodes.EmptyFile, reason);
        }

        check.Complete();
        return check;
    }

    private static async Task<byte[]> ReadAllAsync(Stream stream, CancellationToken cancellationToken)
    {
        if (stream is MemoryStream memory && memory.Position == 0)
        {
            return memory.ToArray();
        }

        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
        return buffer.ToArray();
    }

    private sealed class WriteProgress(IProgress<LedgerProgress> progress, int rows, int total) : IProgress<int>
    {
        public void Report(int value) => progress.Report(new LedgerProgress(LedgerPhase.Writing, rows, value, total));
    }

    /// <summary>Checks against the real target but keeps the households instead of writing them.</summary>
    private sealed class CollectingTarget(ILedgerTarget inner) : ILedgerTarget
    {
        public IReadOnlyList<LedgerHousehold> Households { get; private set; } = [];

        public Task<IReadOnlySet<Jurisdictions.JurisdictionCode>> FindGridsAsync(IReadOnlyCollection<Jurisdictions.JurisdictionCode> grids, LocalDate asOf, CancellationToken cancellationToken) =>
            inner.FindGridsAsync(grids, asOf, cancellationToken);

        public Task<IReadOnlySet<string>> FindHouseholdsAsync(IReadOnlyCollection<string> numbers, CancellationToken cancellationToken) =>
            inner.FindHouseholdsAsync(numbers, cancellationToken);

        public Task<IReadOnlyDictionary<Identity.CitizenId, string>> FindResidentsAsync(IReadOnlyCollection<Identity.CitizenId> ids, LocalDate asOf, CancellationToken cancellationToken) =>
            inner.FindResidentsAsync(ids, asOf, cancellationToken);

        public Task<IReadOnlySet<string>> FindCareTagsAsync(IReadOnlyCollection<string> tags, CancellationToken cancellationToken) =>
            inner.FindCareTagsAsync(tags, cancellationToken);

        public Task WriteAsync(IReadOnlyList<LedgerHousehold> households, LocalDate asOf, IProgress<int>? written, CancellationToken cancellationToken)
        {
            Households = households;
            return Task.CompletedTask;
        }
    }
}

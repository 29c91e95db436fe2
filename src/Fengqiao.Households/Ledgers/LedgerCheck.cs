using System.Globalization;
using Fengqiao.Identity;
using Fengqiao.Jurisdictions;
using NodaTime;

namespace Fengqiao.Households.Ledgers;

/// <summary>
/// Checks ledger rows in one pass and groups them into households: each cell is parsed, each household
/// must stand in one block of rows with one head and one grid and address, and every citizen ID is
/// tracked so that a person twice in the file is found. A household with any error is refused whole.
/// The checks against the records held come after (<see cref="CheckAgainstRecordsAsync"/>).
/// </summary>
internal sealed class LedgerCheck
{
    private readonly List<LedgerError> _errors = [];
    private readonly List<Block> _blocks = [];
    private readonly Dictionary<string, Block> _blocksByNumber = new(StringComparer.Ordinal);
    private readonly Dictionary<CitizenId, (int Row, Block Block)> _firstSeen = [];
    private readonly int[] _positions;
    private readonly int _headerWidth;
    private int _orphanRows;
    private Block? _current;

    public LedgerCheck(IReadOnlyList<string> header)
    {
        _positions = LedgerLayout.Map(header);
        _headerWidth = header.Count;
    }

    public int RowsRead { get; private set; }

    public IReadOnlyList<LedgerError> Errors => _errors;

    public void Add(LedgerRecord record)
    {
        if (record.Problem is not null)
        {
            RowsRead++;
            RowError(record.Row, string.Empty, LedgerErrorCodes.MalformedRow, LedgerErrorCodes.MalformedRow, record.Row, LedgerMessages.Format(record.Problem));
            _orphanRows++;
            _current = null;
            return;
        }

        var cells = record.Cells;
        if (cells.All(c => c.Length == 0 || string.IsNullOrWhiteSpace(c)))
        {
            return; // blank rows (Excel writes ",,,," for them) are skipped, not counted
        }

        RowsRead++;
        if (cells.Length > _headerWidth && cells.Skip(_headerWidth).Any(c => !string.IsNullOrWhiteSpace(c)))
        {
            var reason = LedgerMessages.Format("Ledger.MalformedRow.TooManyCells", cells.Length, _headerWidth);
            RowError(record.Row, string.Empty, LedgerErrorCodes.MalformedRow, LedgerErrorCodes.MalformedRow, record.Row, reason);
            _orphanRows++;
            _current = null;
            return;
        }

        var number = Cell(cells, LedgerColumn.HouseholdNumber);
        if (number.Length == 0)
        {
            Missing(record.Row, LedgerColumn.HouseholdNumber, null);
            _orphanRows++;
            _current = null;
            return;
        }

        var block = BlockFor(number, record.Row);
        ReadRow(record.Row, cells, block);
    }

    /// <summary>Finishes the in-file checks: heads, and people found twice.</summary>
    public void Complete()
    {
        foreach (var block in _blocks)
        {
            var heads = block.Rows.Where(r => r.IsHead).ToList();
            if (heads.Count == 0 && block.Rows.Count > 0 && !block.HasRowWithoutRelation)
            {
                Error(block, block.FirstRow, string.Empty, LedgerErrorCodes.HeadOfHousehold, "Ledger.HeadOfHousehold.None", block.Number);
            }

            for (var i = 1; i < heads.Count; i++)
            {
                Error(block, heads[i].Row, LedgerLayout.HeaderOf(LedgerColumn.RelationToHead), LedgerErrorCodes.HeadOfHousehold, "Ledger.HeadOfHousehold.Several", block.Number, heads[0].Row);
            }

            if (heads.Count == 1 && block.HeadNames.Count > 0)
            {
                foreach (var (row, name) in block.HeadNames)
                {
                    if (!string.Equals(name, heads[0].Name, StringComparison.Ordinal))
                    {
                        Error(block, row, LedgerLayout.HeaderOf(LedgerColumn.HeadName), LedgerErrorCodes.InconsistentHousehold, "Ledger.InconsistentHousehold.HeadName", LedgerLayout.HeaderOf(LedgerColumn.HeadName));
                    }
                }
            }
        }
    }

    /// <summary>Checks grids, household numbers and people against what the target already holds.</summary>
    public async Task CheckAgainstRecordsAsync(ILedgerTarget target, LocalDate asOf, CancellationToken cancellationToken)
    {
        var grids = _blocks.Where(b => b.Grid is not null).Select(b => b.Grid!.Value).Distinct().ToList();
        var existingGrids = grids.Count == 0 ? new HashSet<JurisdictionCode>() : await target.FindGridsAsync(grids, asOf, cancellationToken).ConfigureAwait(false);
        var date = asOf.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
        foreach (var block in _blocks)
        {
            if (block.Grid is { } grid && !existingGrids.Contains(grid))
            {
                Error(block, block.GridRow, LedgerLayout.HeaderOf(LedgerColumn.Grid), LedgerErrorCodes.UnknownGrid, LedgerErrorCodes.UnknownGrid, grid, date);
            }
        }

        var tags = _blocks.SelectMany(b => b.Rows).SelectMany(r => r.CareTags).Distinct(StringComparer.Ordinal).ToList();
        var knownTags = tags.Count == 0 ? new HashSet<string>() : await target.FindCareTagsAsync(tags, cancellationToken).ConfigureAwait(false);
        var tagColumn = LedgerLayout.HeaderOf(LedgerColumn.CareTags);
        foreach (var block in _blocks)
        {
            foreach (var row in block.Rows)
            {
                foreach (var tag in row.CareTags.Where(t => !knownTags.Contains(t)))
                {
                    Error(block, row.Row, tagColumn, LedgerErrorCodes.UnknownCareTag, LedgerErrorCodes.UnknownCareTag, tag, tagColumn);
                }
            }
        }

        var numbers = _blocks.Select(b => b.Number).Distinct(StringComparer.Ordinal).ToList();
        var existingHouseholds = numbers.Count == 0 ? new HashSet<string>() : await target.FindHouseholdsAsync(numbers, cancellationToken).ConfigureAwait(false);
        foreach (var block in _blocks.Where(b => existingHouseholds.Contains(b.Number)))
        {
            Error(block, block.FirstRow, LedgerLayout.HeaderOf(LedgerColumn.HouseholdNumber), LedgerErrorCodes.DuplicateHousehold, "Ledger.DuplicateHousehold.OnRecord", block.Number);
        }

        var ids = _firstSeen.Keys.ToList();
        var existingPeople = ids.Count == 0 ? new Dictionary<CitizenId, string>() : await target.FindResidentsAsync(ids, asOf, cancellationToken).ConfigureAwait(false);
        if (existingPeople.Count == 0)
        {
            return;
        }

        var idColumn = LedgerLayout.HeaderOf(LedgerColumn.CitizenId);
        foreach (var block in _blocks)
        {
            foreach (var row in block.Rows)
            {
                if (row.Id is { } id && existingPeople.TryGetValue(id, out var household))
                {
                    if (household.Length == 0)
                    {
                        Error(block, row.Row, idColumn, LedgerErrorCodes.DuplicateId, "Ledger.DuplicateId.OnRecord");
                    }
                    else if (!string.Equals(household, block.Number, StringComparison.Ordinal) || !existingHouseholds.Contains(block.Number))
                    {
                        Error(block, row.Row, idColumn, LedgerErrorCodes.MemberInTwoHouseholds, "Ledger.MemberInTwoHouseholds.OnRecord", household);
                    }

                    // A member of this very household on record is covered by the household's own duplicate error.
                }
            }
        }
    }

    /// <summary>Gets the households without errors, and how many were refused.</summary>
    public IReadOnlyList<LedgerHousehold> Valid(out int rejected, out IReadOnlyList<LedgerError> errors)
    {
        var valid = new List<LedgerHousehold>(_blocks.Count);
        rejected = _orphanRows;
        foreach (var block in _blocks)
        {
            if (block.Failed)
            {
                rejected++;
                continue;
            }

            valid.Add(new LedgerHousehold(
                block.Number,
                block.Grid!.Value,
                block.Address!,
                block.FirstRow,
                block.Rows.Select(r => r.ToMember()).ToList()));
        }

        errors = [.. _errors.OrderBy(e => e.Row).ThenBy(e => LedgerLayout.PositionOf(e.Column))];
        return valid;
    }

    private Block BlockFor(string number, int row)
    {
        if (_current is not null && string.Equals(_current.Number, number, StringComparison.Ordinal))
        {
            _current.LastRow = row;
            return _current;
        }

        var block = new Block(number, row);
        if (_blocksByNumber.TryGetValue(number, out var earlier))
        {
            // The same number in a second block is never merged: both blocks are refused.
            Error(earlier, earlier.FirstRow, LedgerLayout.HeaderOf(LedgerColumn.HouseholdNumber), LedgerErrorCodes.DuplicateHousehold, LedgerErrorCodes.DuplicateHousehold, number, row);
            Error(block, row, LedgerLayout.HeaderOf(LedgerColumn.HouseholdNumber), LedgerErrorCodes.DuplicateHousehold, LedgerErrorCodes.DuplicateHousehold, number, earlier.FirstRow);
        }
        else
        {
            _blocksByNumber.Add(number, block);
        }

        _blocks.Add(block);
        _current = block;
        return block;
    }

    private void ReadRow(int row, string[] cells, Block block)
    {
        var name = Cell(cells, LedgerColumn.Name);
        if (name.Length == 0)
        {
            Missing(row, LedgerColumn.Name, block);
        }

        var relation = Cell(cells, LedgerColumn.RelationToHead);
        var isHead = false;
        if (relation.Length == 0)
        {
            Missing(row, LedgerColumn.RelationToHead, block);
            block.HasRowWithoutRelation = true;
        }
        else if (!LedgerRelations.TryParse(relation, out var kind))
        {
            var column = LedgerLayout.HeaderOf(LedgerColumn.RelationToHead);
            Error(block, row, column, LedgerErrorCodes.InvalidRelation, LedgerErrorCodes.InvalidRelation, column);
            block.HasRowWithoutRelation = true;
        }
        else
        {
            isHead = kind == Households.RelationToHead.Head;
        }

        var id = ReadId(row, Cell(cells, LedgerColumn.CitizenId), block);
        var phone = ReadPhone(row, Cell(cells, LedgerColumn.Phone), block);
        ReadGridAndAddress(row, cells, block);

        var typeText = Cell(cells, LedgerColumn.PopulationType);
        if (!LedgerValues.TryParsePopulationType(typeText, out var type))
        {
            Error(block, row, LedgerLayout.HeaderOf(LedgerColumn.PopulationType), LedgerErrorCodes.InvalidPopulationType, LedgerErrorCodes.InvalidPopulationType, LedgerLayout.HeaderOf(LedgerColumn.PopulationType));
        }

        var floating = type == LedgerPopulationType.Floating;
        var registeredOn = ReadDate(row, LedgerColumn.RegisteredOn, cells, floating, block);
        var validUntil = ReadDate(row, LedgerColumn.ValidUntil, cells, floating, block);
        if (registeredOn is { } from && validUntil is { } until && until <= from)
        {
            Error(block, row, LedgerLayout.HeaderOf(LedgerColumn.ValidUntil), LedgerErrorCodes.InvalidDate, "Ledger.InvalidDate.ExpiryBeforeRegistration", LedgerLayout.HeaderOf(LedgerColumn.ValidUntil));
        }

        var headName = Cell(cells, LedgerColumn.HeadName);
        if (headName.Length > 0)
        {
            block.HeadNames.Add((row, headName));
        }

        block.Rows.Add(new RowValues(
            row, name, id, relation, isHead, phone, type, registeredOn, validUntil,
            LedgerValues.CareTags(Cell(cells, LedgerColumn.CareTags))));
    }

    private CitizenId? ReadId(int row, string text, Block block)
    {
        var column = LedgerLayout.HeaderOf(LedgerColumn.CitizenId);
        if (text.Length == 0)
        {
            Missing(row, LedgerColumn.CitizenId, block);
            return null;
        }

        if (!CitizenId.TryParse(text, out var id, out var reason))
        {
            // The reason is the kernel's stable code (CitizenId.CheckCharacter…): the number itself is never echoed.
            Error(block, row, column, LedgerErrorCodes.InvalidId, LedgerErrorCodes.InvalidId, column, reason);
            return null;
        }

        if (_firstSeen.TryGetValue(id, out var first))
        {
            var sameHousehold = ReferenceEquals(first.Block, block);
            var code = sameHousehold ? LedgerErrorCodes.DuplicateId : LedgerErrorCodes.MemberInTwoHouseholds;
            if (sameHousehold)
            {
                Error(block, row, column, code, code, first.Row);
            }
            else
            {
                Error(block, row, column, code, code, first.Block.Number, first.Row);
                Error(first.Block, first.Row, column, code, code, block.Number, row);
            }
        }
        else
        {
            _firstSeen.Add(id, (row, block));
        }

        return id;
    }

    private MobileNumber? ReadPhone(int row, string text, Block block)
    {
        if (text.Length == 0)
        {
            return null;
        }

        if (MobileNumber.TryParse(text, out var phone, out var reason))
        {
            return phone;
        }

        var column = LedgerLayout.HeaderOf(LedgerColumn.Phone);
        Error(block, row, column, LedgerErrorCodes.InvalidPhone, LedgerErrorCodes.InvalidPhone, column, reason);
        return null;
    }

    private void ReadGridAndAddress(int row, string[] cells, Block block)
    {
        var gridText = Cell(cells, LedgerColumn.Grid);
        var gridColumn = LedgerLayout.HeaderOf(LedgerColumn.Grid);
        if (gridText.Length > 0)
        {
            if (!LedgerValues.TryParseGrid(gridText, out var grid))
            {
                Error(block, row, gridColumn, LedgerErrorCodes.InvalidGrid, LedgerErrorCodes.InvalidGrid, gridColumn);
            }
            else if (block.Grid is null && !block.GridSeen)
            {
                block.Grid = grid;
                block.GridRow = row;
            }
            else if (block.Grid != grid)
            {
                Error(block, row, gridColumn, LedgerErrorCodes.InconsistentHousehold, LedgerErrorCodes.InconsistentHousehold, gridColumn, block.GridRow);
            }

            block.GridSeen = true;
        }
        else if (row == block.FirstRow)
        {
            Missing(row, LedgerColumn.Grid, block);
        }

        // Merged cells in a workbook leave the address on the household's first row only.
        var address = Cell(cells, LedgerColumn.Address);
        if (address.Length > 0)
        {
            if (block.Address is null)
            {
                block.Address = address;
                block.AddressRow = row;
            }
            else if (!string.Equals(block.Address, address, StringComparison.Ordinal))
            {
                var column = LedgerLayout.HeaderOf(LedgerColumn.Address);
                Error(block, row, column, LedgerErrorCodes.InconsistentHousehold, LedgerErrorCodes.InconsistentHousehold, column, block.AddressRow);
            }
        }
        else if (row == block.FirstRow)
        {
            Missing(row, LedgerColumn.Address, block);
        }
    }

    private LocalDate? ReadDate(int row, LedgerColumn column, string[] cells, bool required, Block block)
    {
        var text = Cell(cells, column);
        if (text.Length == 0)
        {
            if (required)
            {
                Missing(row, column, block);
            }

            return null;
        }

        if (LedgerValues.TryParseDate(text, out var date))
        {
            return date;
        }

        var header = LedgerLayout.HeaderOf(column);
        Error(block, row, header, LedgerErrorCodes.InvalidDate, LedgerErrorCodes.InvalidDate, header);
        return null;
    }

    private string Cell(string[] cells, LedgerColumn column)
    {
        var position = _positions[(int)column];
        return position >= 0 && position < cells.Length ? LedgerValues.Clean(cells[position]) : string.Empty;
    }

    private void Missing(int row, LedgerColumn column, Block? block)
    {
        var header = LedgerLayout.HeaderOf(column);
        if (block is null)
        {
            RowError(row, header, LedgerErrorCodes.MissingValue, LedgerErrorCodes.MissingValue, header);
        }
        else
        {
            Error(block, row, header, LedgerErrorCodes.MissingValue, LedgerErrorCodes.MissingValue, header);
        }
    }

    private void Error(Block block, int row, string column, string code, string key, params object?[] args)
    {
        block.Failed = true;
        RowError(row, column, code, key, args);
    }

    private void RowError(int row, string column, string code, string key, params object?[] args) =>
        _errors.Add(new LedgerError(row, column, code, LedgerMessages.Format(key, args)));

    private sealed class Block(string number, int firstRow)
    {
        public string Number { get; } = number;

        public int FirstRow { get; } = firstRow;

        public int LastRow { get; set; } = firstRow;

        public JurisdictionCode? Grid { get; set; }

        public int GridRow { get; set; }

        public bool GridSeen { get; set; }

        public string? Address { get; set; }

        public int AddressRow { get; set; }

        public bool Failed { get; set; }

        public bool HasRowWithoutRelation { get; set; }

        public List<RowValues> Rows { get; } = [];

        public List<(int Row, string Name)> HeadNames { get; } = [];
    }

    private sealed record RowValues(
        int Row, string Name, CitizenId? Id, string Relation, bool IsHead, MobileNumber? Phone,
        LedgerPopulationType Type, LocalDate? RegisteredOn, LocalDate? ValidUntil, IReadOnlyList<string> CareTags)
    {
        public LedgerMember ToMember() =>
            new(Row, Name, Id!.Value, Relation, IsHead, Phone, Type, RegisteredOn, ValidUntil, CareTags);

        public override string ToString() => $"ledger row {Row}";
    }
}

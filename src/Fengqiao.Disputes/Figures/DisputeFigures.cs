using Ardalis.GuardClauses;
using Fengqiao.Disputes.Configuration;
using Fengqiao.Disputes.Escalation;
using Fengqiao.Disputes.TimeLimits;
using Fengqiao.Disputes.Workflow;
using NodaTime;

namespace Fengqiao.Disputes.Figures;

/// <summary>
/// Computes the figures of a period (纠纷化解统计) in one pass over the disputes, for the evaluation
/// module and the <c>fengqiao disputes report</c> tool. Give it the disputes reported in the period
/// (for example from <see cref="IDisputeStore.QueryAsync"/> with <see cref="DisputeQuery.ReportedFrom"/> and
/// <see cref="DisputeQuery.ReportedTo"/>); disputes reported outside it are skipped.
/// </summary>
public sealed class DisputeFigures
{
    private const int Levels = 3;
    private const int Risks = 3;
    private readonly DisputePolicy _policy;
    private readonly LocalDate _from;
    private readonly LocalDate _to;
    private readonly LocalDate _asOf;
    private readonly SortedDictionary<string, int> _openByGrid = new(StringComparer.Ordinal);
    private readonly int[] _openByLevel = new int[Levels];
    private readonly int[] _openByRisk = new int[Risks];
    private readonly int[] _settledAt = new int[Levels];
    private readonly List<int> _daysToSettle = [];
    private long _workingDaysToSettle;
    private int _reported, _open, _overdue, _near, _supervised, _settled, _withdrawn, _referred;
    private int _mediated, _mediatedSettled, _escalated, _repeats, _followUpsDue, _followUpsDone;

    /// <summary>Starts a calculation for a period.</summary>
    /// <param name="policy">The rules (calendars and warning threshold).</param>
    /// <param name="from">The first day of the period.</param>
    /// <param name="to">The day after the period.</param>
    /// <param name="asOf">The day open and overdue disputes are counted on.</param>
    public DisputeFigures(DisputePolicy policy, LocalDate from, LocalDate to, LocalDate asOf)
    {
        _policy = Guard.Against.Null(policy);
        if (to <= from)
        {
            throw DisputeMessages.Invalid(DisputeErrorCodes.DateInvalid, nameof(to), nameof(to), to, from);
        }

        _from = from;
        _to = to;
        _asOf = asOf;
    }

    /// <summary>Computes the figures of a set of disputes.</summary>
    /// <param name="disputes">The disputes.</param>
    /// <param name="policy">The rules.</param>
    /// <param name="from">The first day of the period.</param>
    /// <param name="to">The day after the period.</param>
    /// <param name="asOf">The day open and overdue disputes are counted on.</param>
    /// <returns>The report.</returns>
    public static DisputeFiguresReport Compute(IEnumerable<Dispute> disputes, DisputePolicy policy, LocalDate from, LocalDate to, LocalDate asOf)
    {
        Guard.Against.Null(disputes);
        var figures = new DisputeFigures(policy, from, to, asOf);
        foreach (var dispute in disputes)
        {
            figures.Add(dispute);
        }

        return figures.ToReport();
    }

    /// <summary>Computes the figures of a stream of disputes, such as a store query.</summary>
    /// <param name="disputes">The disputes.</param>
    /// <param name="policy">The rules.</param>
    /// <param name="from">The first day of the period.</param>
    /// <param name="to">The day after the period.</param>
    /// <param name="asOf">The day open and overdue disputes are counted on.</param>
    /// <param name="cancellationToken">Cancels the calculation.</param>
    /// <returns>The report.</returns>
    public static async Task<DisputeFiguresReport> ComputeAsync(
        IAsyncEnumerable<Dispute> disputes, DisputePolicy policy, LocalDate from, LocalDate to, LocalDate asOf, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(disputes);
        var figures = new DisputeFigures(policy, from, to, asOf);
        await foreach (var dispute in disputes.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            figures.Add(dispute);
        }

        return figures.ToReport();
    }

    /// <summary>Adds one dispute; one reported outside the period or merged into another record is skipped.</summary>
    /// <param name="dispute">The dispute.</param>
    public void Add(Dispute dispute)
    {
        Guard.Against.Null(dispute);
        if (dispute.ReportedOn < _from || dispute.ReportedOn >= _to || dispute.Status == DisputeStatus.Merged)
        {
            return;
        }

        _reported++;
        var current = dispute.Current;
        if (dispute.IsOpen)
        {
            _open++;
            var grid = dispute.Location.Area.ToString();
            _openByGrid[grid] = _openByGrid.GetValueOrDefault(grid) + 1;
            _openByLevel[(int)dispute.Level]++;
            _openByRisk[(int)current.Risk]++;
            var limit = _policy.Evaluate(dispute, _asOf);
            if (limit.Status == TimeLimitStatus.Red)
            {
                _overdue++;
            }
            else if (limit.Status == TimeLimitStatus.Yellow)
            {
                _near++;
            }
        }

        _supervised += dispute.Supervision is null ? 0 : 1;
        _withdrawn += dispute.Status == DisputeStatus.Withdrawn ? 1 : 0;
        _referred += dispute.Status == DisputeStatus.Referred ? 1 : 0;
        _escalated += dispute.Escalations.Count > 0 ? 1 : 0;
        _repeats += dispute.IsRepeat ? 1 : 0;
        var settled = dispute.SettledOn is not null;
        if (dispute.Sessions.Count > 0)
        {
            _mediated++;
            _mediatedSettled += settled ? 1 : 0;
        }

        if (settled)
        {
            _settled++;
            _settledAt[(int)dispute.SettledAt!.Value]++;
            _daysToSettle.Add(Period.Between(dispute.ReportedOn, dispute.SettledOn!.Value, PeriodUnits.Days).Days);
            _workingDaysToSettle += dispute.WorkingDaysToSettle(_policy)!.Value;
        }

        foreach (var visit in dispute.FollowUps)
        {
            if (visit.Due <= _asOf)
            {
                _followUpsDue++;
                _followUpsDone += visit.IsDone ? 1 : 0;
            }
        }
    }

    /// <summary>Builds the report of what was added.</summary>
    /// <returns>The report.</returns>
    public DisputeFiguresReport ToReport()
    {
        _daysToSettle.Sort();
        double? median = _daysToSettle.Count == 0
            ? null
            : _daysToSettle.Count % 2 == 1
                ? _daysToSettle[_daysToSettle.Count / 2]
                : (_daysToSettle[(_daysToSettle.Count / 2) - 1] + _daysToSettle[_daysToSettle.Count / 2]) / 2.0;
        var local = _settledAt[(int)EscalationLevel.Village] + _settledAt[(int)EscalationLevel.Township];
        return new DisputeFiguresReport(
            _from,
            _to,
            _asOf,
            _reported,
            _open,
            [.. _openByGrid.Select(g => new FigureCount(g.Key, g.Value))],
            Counts<EscalationLevel>(_openByLevel),
            Counts<RiskLevel>(_openByRisk),
            _overdue,
            _near,
            _supervised,
            _settled,
            _withdrawn,
            _referred,
            Rate(_settled, _reported),
            Rate(_mediatedSettled, _mediated),
            Rate(_escalated, _reported),
            Counts<EscalationLevel>(_settledAt),
            Rate(local, _settled),
            _settled == 0 ? null : Math.Round(_daysToSettle.Average(), 2),
            median,
            _settled == 0 ? null : Math.Round((double)_workingDaysToSettle / _settled, 2),
            Rate(_repeats, _reported),
            _followUpsDue,
            _followUpsDone,
            Rate(_followUpsDone, _followUpsDue));
    }

    private static double? Rate(int part, int whole) => whole == 0 ? null : Math.Round((double)part / whole, 4);

    private static FigureCount[] Counts<TEnum>(int[] counts)
        where TEnum : struct, Enum =>
        [.. Enum.GetValues<TEnum>().Select(v => new FigureCount(v.ToString(), counts[Convert.ToInt32(v, System.Globalization.CultureInfo.InvariantCulture)]))];
}

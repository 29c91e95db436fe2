using BenchmarkDotNet.Attributes;
using Fengqiao.Disputes;
using Fengqiao.Disputes.Configuration;
using Fengqiao.Disputes.Parties;
using Fengqiao.Disputes.Workflow;
using Fengqiao.Grids;
using Fengqiao.Households.Residents;
using Fengqiao.Jurisdictions;
using NodaTime;
using Stateless;

namespace Fengqiao.Benchmarks.Disputes;

/// <summary>
/// 1,000,000 workflow transitions over 100,000 disputes (ten each: accept, first response, mediation,
/// then three rounds of failed and resumed mediation, then withdrawal), recording who, when and why:
/// the <see cref="Dispute"/> aggregate on its table-driven <see cref="DisputeWorkflow"/> against the same
/// workflow built on the Stateless library, one machine per dispute recording each transition from its
/// <c>OnTransitioned</c> callback. Fresh disputes and machines are made before every iteration, outside the
/// measurement; figures are per transition.
/// </summary>
[MemoryDiagnoser]
[InvocationCount(1)]
public class DisputeTransitionBenchmarks
{
    private const int Disputes = 100_000;
    private const int Transitions = Disputes * 10;

    private static readonly DisputeTrigger[] Steps =
    [
        DisputeTrigger.Accept, DisputeTrigger.RespondFirst, DisputeTrigger.StartMediation,
        DisputeTrigger.Fail, DisputeTrigger.StartMediation, DisputeTrigger.Fail, DisputeTrigger.StartMediation,
        DisputeTrigger.Fail, DisputeTrigger.StartMediation, DisputeTrigger.Withdraw,
    ];

    private readonly DisputePolicy _policy = DisputePolicy.LoadEmbedded();
    private readonly ChangeStamp _stamp = new(Instant.FromUtc(2025, 3, 3, 2, 0), "officer-1");
    private Dispute[] _disputes = [];
    private StatelessDispute[] _machines = [];

    [IterationSetup(Target = nameof(Library))]
    public void SetupLibrary()
    {
        var area = JurisdictionCode.Parse("140829101201001");
        var record = new DisputeRecord("neighbour", RiskLevel.Low, "邻里纠纷", [new DisputeParty(1, PartyRole.Applicant, ResidentId.From(Guid.CreateVersion7()))], []);
        _disputes = new Dispute[Disputes];
        for (var i = 0; i < Disputes; i++)
        {
            _disputes[i] = Dispute.Report(DisputeId.New(_stamp.At), new DisputeLocation(area, "一组"), new LocalDate(2025, 3, 3), DisputeSource.Visit, record, _policy, _stamp);
            _disputes[i].DequeuePendingEvents();
        }
    }

    [IterationSetup(Target = nameof(Stateless))]
    public void SetupStateless()
    {
        _machines = new StatelessDispute[Disputes];
        for (var i = 0; i < Disputes; i++)
        {
            _machines[i] = new StatelessDispute(DisputeId.New(_stamp.At));
        }
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Transitions)]
    public int Stateless()
    {
        var moved = 0;
        foreach (var machine in _machines)
        {
            foreach (var step in Steps)
            {
                machine.Fire(step, _stamp, step == DisputeTrigger.Fail ? "未果" : null);
                moved++;
            }
        }

        return moved;
    }

    [Benchmark(OperationsPerInvoke = Transitions)]
    public int Library()
    {
        var moved = 0;
        foreach (var dispute in _disputes)
        {
            dispute.Accept(_stamp);
            dispute.RespondFirst(_stamp);
            dispute.StartMediation(_stamp);
            for (var round = 0; round < 3; round++)
            {
                dispute.Fail(_stamp, "未果");
                dispute.StartMediation(_stamp);
            }

            dispute.Withdraw(_stamp, "撤回");
            moved += 10;
        }

        return moved;
    }

    /// <summary>The workflow on Stateless: the same transitions, each recorded with who, when and why.</summary>
    private sealed class StatelessDispute
    {
        private readonly StateMachine<DisputeStatus, DisputeTrigger> _machine;
        private readonly List<DisputeTransition> _history = new(12);
        private readonly DisputeId _id;
        private ChangeStamp _stamp;
        private string? _reason;

        public StatelessDispute(DisputeId id)
        {
            _id = id;
            _machine = new StateMachine<DisputeStatus, DisputeTrigger>(DisputeStatus.Reported);
            foreach (var group in DisputeWorkflow.Transitions.GroupBy(t => t.From))
            {
                var state = _machine.Configure(group.Key);
                foreach (var (from, trigger, to) in group)
                {
                    if (from == to)
                    {
                        state.PermitReentry(trigger);
                    }
                    else
                    {
                        state.Permit(trigger, to);
                    }
                }
            }

            _machine.OnTransitioned(t => _history.Add(new DisputeTransition(_id, t.Source, t.Trigger, t.Destination, _stamp.By, _reason, _stamp.At)));
        }

        public void Fire(DisputeTrigger trigger, ChangeStamp stamp, string? reason)
        {
            _stamp = stamp;
            _reason = reason;
            _machine.Fire(trigger);
        }
    }
}

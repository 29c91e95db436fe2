using Fengqiao.Grids.Staffing;
using Fengqiao.Households.Premises;
using Fengqiao.Households.Residents;
using Fengqiao.Identity;
using Fengqiao.Jurisdictions;
using Fengqiao.Patrols.Geo;
using Fengqiao.Patrols.Incidents;
using Fengqiao.Patrols.Inspections;
using Fengqiao.Patrols.PatrolLogs;
using Fengqiao.Patrols.Prevention;
using Fengqiao.Patrols.Storage;
using Fengqiao.Time;
using NodaTime;
using Xunit;

namespace Fengqiao.Storage.Testing;

/// <summary>
/// The base of the patrols module's store suites: sample patrols, inspections, incidents and
/// prevention activities with every field filled, compared through the module's JSON form.
/// </summary>
public abstract class PatrolsConformanceTests : GridsConformanceTests
{
    /// <summary>Gets the Asia/Shanghai zone local dates are taken in.</summary>
    protected static DateTimeZone Shanghai { get; } = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];

    /// <summary>Gets the national working calendar (rectification due dates).</summary>
    protected static WorkingCalendar Calendar { get; } = WorkingCalendarSet.Embedded.National;

    /// <summary>Gets the courier-site checklist.</summary>
    protected static InspectionChecklist Courier { get; } = InspectionChecklists.Get("courier-site");

    /// <summary>Makes an instant in Asia/Shanghai local time.</summary>
    /// <param name="year">The year.</param>
    /// <param name="month">The month.</param>
    /// <param name="day">The day.</param>
    /// <param name="hour">The hour.</param>
    /// <param name="minute">The minute.</param>
    /// <returns>The instant.</returns>
    protected static Instant Local(int year, int month, int day, int hour, int minute) =>
        new LocalDateTime(year, month, day, hour, minute).InZoneStrictly(Shanghai).ToInstant();

    /// <summary>Makes an ended foot patrol with a pause, two legs, an observation and (for drones) a sortie.</summary>
    /// <param name="where">Where it is filed.</param>
    /// <param name="start">When it starts.</param>
    /// <param name="drone">Whether the second leg is a drone sortie.</param>
    /// <returns>The patrol.</returns>
    protected Patrol SamplePatrol(JurisdictionCode where, Instant start, bool drone = false)
    {
        // Ids made later sort later, so records of one day come back in the order they were made.
        Clock.Advance(Duration.FromMilliseconds(1));
        var team = new[] { new PatrolMember(PatrolRole.Officer, StaffMemberId.New(Clock)), new PatrolMember(PatrolRole.Volunteer, null, "老兵警长义务服务队") };
        var patrol = Patrol.Start(PatrolId.New(Clock), where, PatrolKind.Foot, PatrolObjective.Routine, team, TrackPoint.Of(start, 91.1, 29.6), Shanghai, Stamp());
        patrol.RecordTrack([TrackPoint.Of(start + Duration.FromMinutes(10), 91.105, 29.6), TrackPoint.Of(start + Duration.FromMinutes(20), 91.11, 29.6001234567891)]);
        patrol.Pause(TrackPoint.Of(start + Duration.FromMinutes(25), 91.111, 29.6));
        patrol.Resume(TrackPoint.Of(start + Duration.FromMinutes(40), 91.112, 29.6));
        patrol.Observe(new PatrolObservation(ObservationKind.Hazard, start + Duration.FromMinutes(41), new GeoPosition(91.112, 29.6), "电线老化 " + ConformanceValues.MixedScriptText, [new EvidenceReference(EvidenceKind.Photo, "IMG-1"), new EvidenceReference(EvidenceKind.BodyCameraClip, "BWC-7")]));
        patrol.ChangeLeg(TrackPoint.Of(start + Duration.FromMinutes(50), 91.115, 29.6), drone ? PatrolKind.Drone : PatrolKind.Vehicle, PatrolObjective.KeyPlaces);
        if (drone)
        {
            patrol.RecordSortie(new DroneSortie(DroneMission.SearchAndRescue, 4.36, 12.5, start + Duration.FromMinutes(51)));
        }

        patrol.End(TrackPoint.Of(start + Duration.FromMinutes(60), 91.13, 29.61), Stamp());
        return patrol;
    }

    /// <summary>Makes a completed courier-site inspection with one hazard re-inspected.</summary>
    /// <param name="where">Where the premises lie.</param>
    /// <param name="on">The date.</param>
    /// <param name="premises">The premises; new when null.</param>
    /// <returns>The inspection.</returns>
    protected Inspection SampleInspection(JurisdictionCode where, LocalDate on, PremisesId? premises = null)
    {
        // Ids made later sort later, so records of one day come back in the order they were made.
        Clock.Advance(Duration.FromMilliseconds(1));
        var inspection = Inspection.Open(InspectionId.New(Clock), where, premises ?? PremisesId.New(Clock), Courier, on, [StaffMemberId.New(Clock)], Stamp());
        inspection.RecordResult(Courier, "real-name-registration", ItemOutcome.Passed);
        inspection.RecordResult(Courier, "x-ray-screening", ItemOutcome.Hazard, "X 光机故障", [new EvidenceReference(EvidenceKind.Photo, "P-2")]);
        inspection.RecordResult(Courier, "fire-equipment", ItemOutcome.NotApplicable);
        inspection.Complete(Courier, Calendar);
        return inspection;
    }

    /// <summary>Makes an incident taken from receipt to closure, with a caller phone when asked.</summary>
    /// <param name="where">Where it happened.</param>
    /// <param name="received">When it was received.</param>
    /// <param name="phone">The caller's phone, if any.</param>
    /// <returns>The incident.</returns>
    protected Incident SampleIncident(JurisdictionCode where, Instant received, MobileNumber? phone = null)
    {
        // Ids made later sort later, so records of one day come back in the order they were made.
        Clock.Advance(Duration.FromMilliseconds(1));
        var incident = Incident.Receive(
            IncidentId.New(Clock),
            new IncidentReport(where, IncidentChannel.Transfer12345, IncidentCategory.LostProperty, IncidentPriority.Urgent, received, "手机遗落在出租车上 " + ConformanceValues.MixedScriptText)
            {
                Position = new GeoPosition(91.1, 29.6),
                Address = "荣乡 318 国道旁",
                CallerPhone = phone,
                Involved = [new InvolvedPerson(InvolvedRole.Caller, ResidentId.New(Clock), null), new InvolvedPerson(InvolvedRole.Witness, null, "出租车司机")],
                HotlineReference = "12345-2024-0001",
            },
            Shanghai,
            Stamp());
        incident.Dispatch(StaffMemberId.New(Clock), received + Duration.FromMinutes(1));
        incident.AddLinkedAction(new LinkedAction(LinkedActionKind.ResidentsAlerted, received + Duration.FromMinutes(2), "群内通报车牌"));
        incident.Arrive(received + Duration.FromMinutes(4));
        incident.Resolve(IncidentOutcome.Unharmed("手机找回"), received + Duration.FromMinutes(20));
        incident.RecordReferral(new ReferralReference("lost-and-found", "LF-1", received + Duration.FromMinutes(21)));
        incident.Close(received + Duration.FromMinutes(30), Stamp());
        return incident;
    }

    /// <summary>Asserts two state records are equal through the module's JSON form.</summary>
    /// <typeparam name="TState">The state record.</typeparam>
    /// <param name="expected">The state written.</param>
    /// <param name="actual">The state read back.</param>
    protected static void AssertSamePatrolState<TState>(TState expected, TState actual)
        where TState : class =>
        Assert.Equal(PatrolStateSerializer.Serialize(expected), PatrolStateSerializer.Serialize(actual));
}

using Fengqiao.Grids;
using Fengqiao.Grids.GeoJson;
using Fengqiao.Grids.Staffing;
using Fengqiao.Households.Premises;
using Fengqiao.Patrols.Geo;
using Fengqiao.Patrols.Incidents;
using Fengqiao.Patrols.Inspections;
using Fengqiao.Patrols.PatrolLogs;
using Fengqiao.Patrols.Prevention;
using Fengqiao.Time;
using NetTopologySuite.Geometries;
using NodaTime;

namespace Fengqiao.Cli.Demo;

/// <summary>
/// Makes a plausible year of patrols, inspections, incidents and prevention activity over a county's
/// grids, from a fixed seed so every run makes the same year. Full scale is about a Zhaxigang-sized
/// station's year: 1,500 patrols, 350 inspections, 3,000 incidents, 50 publicity events, 200 alerts
/// and 77 consultations.
/// </summary>
internal sealed class YearGenerator(DemoContext context, IClock clock, DateTimeZone zone, IReadOnlyList<GridFeature> grids, IReadOnlyList<OnDutyOfficer> roster, LocalDate from, LocalDate to)
{
    private static readonly string[] Places = ["村委会广场", "乡中心小学", "集市", "寺庙广场", "牧民定居点", "快递网点"];
#pragma warning disable CA5394 // Demo data, not security: a fixed seed makes every run the same.
    private readonly Random _random = new(2025);
    private readonly int _days = Period.Between(from, to, PeriodUnits.Days).Days;
    private (GridFeature Grid, string Address, IncidentCategory Category, Instant Received)? _last;
    private readonly Grids.Locating.GridLocator _locator = Grids.Locating.GridLocator.Build(grids);

    public IEnumerable<Patrol> Patrols(ChangeStamp stamp)
    {
        for (var n = 0; n < context.Scaled(1500); n++)
        {
            yield return MakePatrol(stamp);
        }
    }

    public IEnumerable<Inspection> Inspections(ChangeStamp stamp)
    {
        string[] checklists = ["courier-site", "courier-site", "courier-site", "hotel", "key-item-seller"];
        for (var n = 0; n < context.Scaled(350); n++)
        {
            var checklist = InspectionChecklists.Get(checklists[_random.Next(checklists.Length)]);
            var grid = grids[_random.Next(grids.Count)];
            var date = Day();
            var inspection = Inspection.Open(InspectionId.New(clock), grid.Code, PremisesId.New(clock), checklist, date, [Officer()], stamp);
            foreach (var item in checklist.Items)
            {
                inspection.RecordResult(checklist, item.Code, _random.Next(100) < 12 ? ItemOutcome.Hazard : ItemOutcome.Passed);
            }

            var calendar = context.Calendars.GetCalendar(grid.Code);
            var orders = Complete(inspection, checklist, calendar);
            if (orders.Count > 0 && _random.Next(100) < 85)
            {
                // Most premises rectify in time; about one in seven is late.
                var revisit = orders.Max(o => o.DueOn).PlusDays(_random.Next(7) == 0 ? _random.Next(1, 6) : -_random.Next(0, 3));
                if (revisit > date && revisit < to)
                {
                    inspection.Reinspect(revisit, orders.Select(o => o.ItemCode));
                }
            }

            yield return inspection;
        }
    }

    public IEnumerable<Incident> Incidents(ChangeStamp stamp)
    {
        var incidents = new List<Incident>();
        for (var n = 0; n < context.Scaled(3000); n++)
        {
            incidents.Add(MakeIncident(stamp));
        }

        RepeatCallLinker.Link(incidents, Duration.FromHours(2));
        return incidents;
    }

    public IEnumerable<PreventionActivity> Prevention(ChangeStamp stamp)
    {
        PreventionTopic[] eventTopics = [PreventionTopic.AntiFraud, PreventionTopic.AntiFraud, PreventionTopic.Drugs, PreventionTopic.TrafficSafety, PreventionTopic.Law];
        PreventionTopic[] alertTopics = [PreventionTopic.AntiFraud, PreventionTopic.AntiFraud, PreventionTopic.Fire, PreventionTopic.IdService];
        for (var n = 0; n < context.Scaled(50); n++)
        {
            yield return PreventionActivity.Record(PreventionActivityId.New(clock), Grid().Code, PreventionKind.PublicityEvent, eventTopics[_random.Next(eventTopics.Length)], Day(), "法治宣传进村", stamp, Places[_random.Next(Places.Length)], _random.Next(20, 300));
        }

        for (var n = 0; n < context.Scaled(200); n++)
        {
            yield return PreventionActivity.Record(PreventionActivityId.New(clock), Grid().Code, PreventionKind.OnlineAlert, alertTopics[_random.Next(alertTopics.Length)], Day(), "警情预警提示", stamp, "微信群");
        }

        for (var n = 0; n < context.Scaled(77); n++)
        {
            yield return PreventionActivity.Record(PreventionActivityId.New(clock), Grid().Code, PreventionKind.OnlineConsultation, PreventionTopic.IdService, Day(), "网上咨询答复", stamp, attendees: 1);
        }
    }

    private Patrol MakePatrol(ChangeStamp stamp)
    {
        var roll = _random.Next(100);
        var kind = roll switch { < 60 => PatrolKind.Foot, < 78 => PatrolKind.Vehicle, < 88 => PatrolKind.Drone, < 94 => PatrolKind.Mounted, _ => PatrolKind.Motorcycle };
        var objective = kind is PatrolKind.Vehicle or PatrolKind.Mounted && _random.Next(3) == 0 ? PatrolObjective.PastureVisit
            : _random.Next(4) == 0 ? PatrolObjective.KeyPlaces : PatrolObjective.Routine;
        var team = new List<PatrolMember> { new(PatrolRole.Officer, Officer()) };
        team.AddRange(Enumerable.Range(0, _random.Next(3)).Select(_ => new PatrolMember(PatrolRole.Auxiliary)));
        if (kind == PatrolKind.Foot && _random.Next(4) == 0)
        {
            team.AddRange(Enumerable.Range(0, _random.Next(1, 4)).Select(_ => new PatrolMember(PatrolRole.Volunteer, null, "老兵警长义务服务队")));
        }

        var grid = Grid();
        var here = PointIn(grid.Boundary);
        var at = Moment(8, 21);
        var patrol = Patrol.Start(PatrolId.New(clock), grid.Code.Parent ?? grid.Code, kind, objective, team, new TrackPoint(at, here), zone, stamp);
        var speed = kind switch { PatrolKind.Foot => 1.2, PatrolKind.Mounted => 2.5, PatrolKind.Drone => 9, _ => 8 };
        var heading = _random.NextDouble() * 2 * Math.PI;
        var points = _random.Next(12, 40);
        var pauseAt = _random.Next(100) < 20 ? points / 2 : -1;
        var changeAt = _random.Next(100) < 10 ? points / 3 : -1;
        for (var i = 0; i < points; i++)
        {
            var seconds = _random.Next(60, 300);
            at += Duration.FromSeconds(seconds);
            heading += (_random.NextDouble() - 0.5) * 0.8;
            var next = Move(here, heading, speed * seconds);
            if (!_locator.TryLocate(next.Longitude, next.Latitude, out _))
            {
                // At the county's edge the patrol turns back.
                heading += Math.PI;
                next = Move(here, heading, speed * seconds);
            }

            here = next;
            var fix = new TrackPoint(at, here);
            if (_random.Next(100) < 3)
            {
                // Now and then a device reports a wild fix; cleaning drops it.
                patrol.RecordTrack([fix with { Position = Move(here, heading, 50_000) }, fix]);
            }
            else
            {
                patrol.RecordTrack([fix]);
            }

            if (i == pauseAt)
            {
                patrol.Pause(new TrackPoint(at + Duration.FromMinutes(1), here));
                at += Duration.FromMinutes(_random.Next(10, 30));
                patrol.Resume(new TrackPoint(at, here));
            }

            if (i == changeAt)
            {
                at += Duration.FromSeconds(30);
                patrol.ChangeLeg(new TrackPoint(at, here), objective: PatrolObjective.Publicity);
            }
        }

        if (_random.Next(100) < 30)
        {
            var kinds = new[] { ObservationKind.Hazard, ObservationKind.HelpGiven, ObservationKind.SuspiciousSituation, ObservationKind.PublicityDone };
            patrol.Observe(new PatrolObservation(kinds[_random.Next(kinds.Length)], at, here, "巡逻发现", [new EvidenceReference(EvidenceKind.Photo, $"IMG-{_random.Next(100_000):D5}")]));
        }

        if (kind == PatrolKind.Drone)
        {
            for (var s = _random.Next(1, 4); s > 0; s--)
            {
                patrol.RecordSortie(new DroneSortie(DroneMission.Patrol + _random.Next(6), Math.Round(2 + (_random.NextDouble() * 6), 2), _random.Next(8, 25), at));
            }
        }

        patrol.End(new TrackPoint(at + Duration.FromMinutes(1), here), stamp);
        return patrol;
    }

    private Incident MakeIncident(ChangeStamp stamp)
    {
        var roll = _random.Next(100);
        var category = roll switch
        {
            < 10 => IncidentCategory.Crime,
            < 25 => IncidentCategory.PublicOrder,
            < 37 => IncidentCategory.Traffic,
            < 52 => IncidentCategory.Dispute,
            < 70 => IncidentCategory.Help,
            < 76 => IncidentCategory.Rescue,
            < 86 => IncidentCategory.LostProperty,
            < 88 => IncidentCategory.Fire,
            _ => IncidentCategory.NonPolice,
        };
        var channelRoll = _random.Next(100);
        var channel = category == IncidentCategory.NonPolice ? IncidentChannel.Call110 : channelRoll switch
        {
            < 55 => IncidentChannel.Call110,
            < 62 => IncidentChannel.Transfer12345,
            < 72 => IncidentChannel.WalkIn,
            < 82 => IncidentChannel.Phone,
            < 87 => IncidentChannel.Online,
            < 93 => IncidentChannel.GridReport,
            _ => IncidentChannel.Liaison,
        };
        var priority = category is IncidentCategory.Crime or IncidentCategory.Rescue or IncidentCategory.Fire || (category == IncidentCategory.Traffic && _random.Next(2) == 0)
            ? IncidentPriority.Urgent
            : category is IncidentCategory.LostProperty or IncidentCategory.NonPolice ? IncidentPriority.Low : IncidentPriority.Normal;
        var grid = Grid();
        var received = Moment(0, 24);
        var address = $"{grid.Name}{_random.Next(1, 15)}号";
        if (_last is { } last && _random.Next(100) < 4)
        {
            // A caller rings again about the same thing: a repeat call.
            (grid, address, category, received) = (last.Grid, last.Address, last.Category, last.Received + Duration.FromMinutes(_random.Next(10, 60)));
            channel = IncidentChannel.Call110;
        }

        _last = (grid, address, category, received);
        var incident = Incident.Receive(
            IncidentId.New(clock),
            new IncidentReport(grid.Code, channel, category, priority, received, "群众报警")
            {
                Position = PointIn(grid.Boundary),
                Address = address,
                HotlineReference = channel == IncidentChannel.Transfer12345 ? $"12345-{_random.Next(1_000_000):D6}" : null,
            },
            zone,
            stamp);
        if (category == IncidentCategory.NonPolice)
        {
            incident.DivertTo12345($"12345-{_random.Next(1_000_000):D6}", received + Duration.FromMinutes(_random.Next(1, 4)));
            return incident;
        }

        var dispatched = received + Duration.FromSeconds(_random.Next(20, 120));
        incident.Dispatch(DispatchPlanner.Choose(incident, roster) ?? Officer(), dispatched);
        if (category == IncidentCategory.LostProperty)
        {
            incident.AddLinkedAction(new LinkedAction(LinkedActionKind.ResidentsAlerted, dispatched + Duration.FromMinutes(2), "群内发布协查信息"));
        }

        var resolvedBeforeArrival = false;
        if (channel == IncidentChannel.Liaison)
        {
            incident.AddLinkedAction(new LinkedAction(LinkedActionKind.LiaisonFirstResponse, received + Duration.FromMinutes(_random.Next(3, 10)), "联络员先期处置"));
            resolvedBeforeArrival = _random.Next(2) == 0;
        }

        var arrived = dispatched + Duration.FromSeconds(priority switch
        {
            IncidentPriority.Urgent => 60 + (int)(180 * -Math.Log(1 - (_random.NextDouble() * 0.98))),
            IncidentPriority.Normal => _random.Next(300, 1500),
            _ => _random.Next(600, 3600),
        });
        if (!resolvedBeforeArrival)
        {
            incident.Arrive(arrived);
        }

        var injured = category is IncidentCategory.Traffic or IncidentCategory.Rescue && _random.Next(100) < 20 ? _random.Next(1, 3) : 0;
        var resolved = arrived + Duration.FromMinutes(_random.Next(10, 90));
        incident.Resolve(new IncidentOutcome(injured, 0, "处置完毕"), resolved);
        incident.Close(resolved + Duration.FromMinutes(_random.Next(5, 30)), stamp);
        return incident;
    }

    // Due dates are never guessed: without calendar data for the year the inspection stays open.
    private static IReadOnlyList<RectificationOrder> Complete(Inspection inspection, InspectionChecklist checklist, WorkingCalendar calendar)
    {
        try
        {
            return inspection.Complete(checklist, calendar);
        }
        catch (Errors.ValidationException error) when (error.Code == Errors.ErrorCodes.CalendarYearNotCovered)
        {
            return [];
        }
    }

    private GridFeature Grid() => grids[_random.Next(grids.Count)];

    private StaffMemberId Officer() => roster.Count > 0 ? roster[_random.Next(roster.Count)].Officer : StaffMemberId.New(clock);

    private LocalDate Day() => from.PlusDays(_random.Next(_days));

    private Instant Moment(int firstHour, int lastHour)
    {
        var local = Day().At(new LocalTime(_random.Next(firstHour, lastHour), _random.Next(60), _random.Next(60)));
        return local.InZoneLeniently(zone).ToInstant();
    }

    private GeoPosition PointIn(Geometry boundary)
    {
        var envelope = boundary.EnvelopeInternal;
        for (var attempt = 0; attempt < 20; attempt++)
        {
            var x = envelope.MinX + (_random.NextDouble() * envelope.Width);
            var y = envelope.MinY + (_random.NextDouble() * envelope.Height);
            if (boundary.Contains(boundary.Factory.CreatePoint(new Coordinate(x, y))))
            {
                return new GeoPosition(x, y);
            }
        }

        var inside = boundary.InteriorPoint;
        return new GeoPosition(inside.X, inside.Y);
    }

    private static GeoPosition Move(GeoPosition from, double heading, double metres)
    {
        var lat = Math.Clamp(from.Latitude + (metres * Math.Sin(heading) / 110_850), -89.9, 89.9);
        var lon = from.Longitude + (metres * Math.Cos(heading) / (111_320 * Math.Cos(from.Latitude * Math.PI / 180)));
        return new GeoPosition(Math.Clamp(lon, -179.9, 179.9), lat);
    }
#pragma warning restore CA5394
}

using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Fengqiao.Time;
using NodaTime;
using static Fengqiao.Core.Tests.Time.CalendarTestData;

namespace Fengqiao.Core.Tests.Time;

public class WorkingCalendarPropertyTests
{
    private static readonly LocalDate First = new(2025, 1, 1);
    private static readonly LocalDate Last = new(2026, 12, 31);

    // Both shipped calendars: the national one and the one with the Tibet overlay.
    private static readonly WorkingCalendar[] Calendars =
        [WorkingCalendarSet.Embedded.National, WorkingCalendarSet.Embedded.GetCalendar(Maizhokunggar)];

    // Dates far enough from the ends of the data that ±40 working days stay inside it.
    private static readonly Arbitrary<(WorkingCalendar Calendar, LocalDate Date, int N)> Steps =
        (from calendar in Gen.Elements(Calendars)
         from offset in Gen.Choose(90, Period.DaysBetween(First, Last) - 90)
         from n in Gen.Choose(-40, 40)
         select (calendar, First.PlusDays(offset), n)).ToArbitrary();

    private static readonly Arbitrary<(WorkingCalendar Calendar, LocalDate A, LocalDate B, LocalDate C)> Triples =
        (from calendar in Gen.Elements(Calendars)
         from a in Gen.Choose(0, Period.DaysBetween(First, Last))
         from b in Gen.Choose(0, Period.DaysBetween(First, Last))
         from c in Gen.Choose(0, Period.DaysBetween(First, Last))
         select (calendar, First.PlusDays(a), First.PlusDays(b), First.PlusDays(c))).ToArbitrary();

    [Property]
    public Property AddWorkingDays_lands_on_a_working_day_unless_n_is_zero() =>
        Prop.ForAll(Steps, s =>
        {
            var due = s.Calendar.AddWorkingDays(s.Date, s.N);
            return s.N == 0 ? due == s.Date : s.Calendar.IsWorkingDay(due);
        });

    [Property]
    public Property WorkingDaysBetween_undoes_AddWorkingDays() =>
        Prop.ForAll(Steps, s =>
        {
            var due = s.Calendar.AddWorkingDays(s.Date, s.N);

            // For negative n the identity needs a working day to start from; see AddWorkingDays' remarks.
            return s.N < 0 && !s.Calendar.IsWorkingDay(s.Date)
                ? s.Calendar.WorkingDaysBetween(s.Date, due) == s.N + 1
                : s.Calendar.WorkingDaysBetween(s.Date, due) == s.N;
        });

    [Property]
    public Property AddWorkingDays_is_strictly_increasing_in_n() =>
        Prop.ForAll(Steps, s => s.Calendar.AddWorkingDays(s.Date, s.N) < s.Calendar.AddWorkingDays(s.Date, s.N + 1));

    [Property]
    public Property AddWorkingDays_agrees_with_stepping_day_by_day() =>
        Prop.ForAll(Steps, s => s.Calendar.AddWorkingDays(s.Date, s.N) == StepByDays(s.Calendar, s.Date, s.N));

    [Property]
    public Property WorkingDaysBetween_adds_up_over_consecutive_spans() =>
        Prop.ForAll(Triples, t =>
            t.Calendar.WorkingDaysBetween(t.A, t.B) + t.Calendar.WorkingDaysBetween(t.B, t.C) == t.Calendar.WorkingDaysBetween(t.A, t.C));

    [Property]
    public Property WorkingDaysBetween_counts_the_working_days_after_from_up_to_to() =>
        Prop.ForAll(Triples, t =>
        {
            var (from, to) = t.A <= t.B ? (t.A, t.B) : (t.B, t.A);
            var counted = 0;
            for (var d = from.PlusDays(1); d <= to; d = d.PlusDays(1))
            {
                counted += t.Calendar.IsWorkingDay(d) ? 1 : 0;
            }

            return t.Calendar.WorkingDaysBetween(from, to) == counted && t.Calendar.WorkingDaysBetween(to, from) == -counted;
        });

    // The obvious loop the precomputed tables must agree with.
    private static LocalDate StepByDays(WorkingCalendar calendar, LocalDate from, int n)
    {
        var step = Math.Sign(n);
        var date = from;
        for (var left = Math.Abs(n); left > 0;)
        {
            date = date.PlusDays(step);
            left -= calendar.IsWorkingDay(date) ? 1 : 0;
        }

        return date;
    }
}

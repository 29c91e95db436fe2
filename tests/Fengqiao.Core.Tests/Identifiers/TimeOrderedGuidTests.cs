using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Fengqiao.Identifiers;
using NodaTime;
using NodaTime.Testing;

namespace Fengqiao.Core.Tests.Identifiers;

public class TimeOrderedGuidTests
{
    private static readonly Instant Start = Instant.FromUtc(2025, 1, 28, 8, 30);

    [Fact]
    public void Values_made_at_later_instants_sort_later_as_text_and_as_big_endian_bytes()
    {
        var guids = Enumerable.Range(0, 200)
            .Select(i => TimeOrderedGuid.NewGuid(Start + Duration.FromMilliseconds(i * 7L)))
            .ToList();

        for (var i = 1; i < guids.Count; i++)
        {
            Assert.True(string.CompareOrdinal(guids[i - 1].ToString(), guids[i].ToString()) < 0);
            Assert.True(guids[i - 1].ToByteArray(bigEndian: true).AsSpan().SequenceCompareTo(guids[i].ToByteArray(bigEndian: true)) < 0);
            Assert.True(guids[i - 1].CompareTo(guids[i]) < 0);
        }
    }

    [Property(MaxTest = 300)]
    public bool The_instant_comes_back_to_the_millisecond(PositiveInt seconds, NonNegativeInt extraMilliseconds)
    {
        // Any instant from 1970 on that fits the 48-bit millisecond field.
        var instant = Instant.FromUnixTimeMilliseconds((seconds.Get * 1000L) + (extraMilliseconds.Get % 1000))
            + Duration.FromTicks(extraMilliseconds.Get % 10_000); // sub-millisecond ticks are dropped
        var expected = Instant.FromUnixTimeMilliseconds(instant.ToUnixTimeMilliseconds());
        return TimeOrderedGuid.GetInstant(TimeOrderedGuid.NewGuid(instant)) == expected;
    }

    [Fact]
    public void Values_carry_version_7_and_the_rfc_9562_variant()
    {
        for (var i = 0; i < 100; i++)
        {
            var text = TimeOrderedGuid.NewGuid(Start).ToString();
            Assert.Equal('7', text[14]);
            Assert.Contains(text[19], "89ab");
        }
    }

    [Fact]
    public void Values_made_at_the_same_instant_differ()
    {
        var values = Enumerable.Range(0, 1000).Select(_ => TimeOrderedGuid.NewGuid(Start)).ToHashSet();
        Assert.Equal(1000, values.Count);
        Assert.All(values, v => Assert.Equal(Start, TimeOrderedGuid.GetInstant(v)));
    }

    [Fact]
    public void The_clock_overload_takes_the_clocks_instant()
    {
        var clock = new FakeClock(Start);
        Assert.Equal(Start, TimeOrderedGuid.GetInstant(TimeOrderedGuid.NewGuid(clock)));
        clock.Advance(Duration.FromDays(1));
        Assert.Equal(Start + Duration.FromDays(1), TimeOrderedGuid.GetInstant(TimeOrderedGuid.NewGuid(clock)));
        Assert.Throws<ArgumentNullException>(() => TimeOrderedGuid.NewGuid((IClock)null!));
    }
}

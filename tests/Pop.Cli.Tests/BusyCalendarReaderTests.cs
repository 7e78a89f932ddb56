namespace Pop.Cli.Tests;

using System;
using System.IO;
using System.Linq;
using NodaTime;
using NodaTime.Text;
using Pop.Cli;
using Xunit;

/// <summary>pop's reader of existing appointments (<c>pop schedule --busy</c>), in process.</summary>
public sealed class BusyCalendarReaderTests
{
    private static readonly DateTimeZone Amsterdam = DateTimeZoneProviders.Tzdb["Europe/Amsterdam"];

    private static Contacts People()
    {
        var contacts = new Contacts();
        contacts.Add("a", "Anna", "anna@example.nl");
        contacts.Add("m1", "Mieke", "Mieke.Manager@example.nl");
        contacts.Add("c", "Cem", null);
        return contacts;
    }

    private static string File(string ics)
    {
        string path = Path.Combine(Path.GetTempPath(), "pop-busy-" + Guid.NewGuid().ToString("N") + ".ics");
        System.IO.File.WriteAllText(path, ics.Replace("\n", "\r\n", StringComparison.Ordinal));
        return path;
    }

    private static BusyCalendar Read(string ics) =>
        BusyCalendarReader.Read(File(ics), People(), new DateInterval(new LocalDate(2027, 3, 15), new LocalDate(2027, 4, 9)), Amsterdam);

    private static string[] Of(BusyCalendar busy, string person) =>
        busy.BusyTimes.Where(b => b.PersonId == person).Select(b => InstantPattern.General.Format(b.Interval.Start) + "/" + InstantPattern.General.Format(b.Interval.End)).OrderBy(s => s, StringComparer.Ordinal).ToArray();

    private const string Weekly = """
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//test//busy//EN
        BEGIN:VEVENT
        UID:weekly-1
        DTSTAMP:20270101T000000Z
        DTSTART;TZID=Europe/Amsterdam:20270310T090000
        DTEND;TZID=Europe/Amsterdam:20270310T100000
        RRULE:FREQ=WEEKLY
        SUMMARY:Teamoverleg
        ORGANIZER;CN=Mieke:MAILTO:MIEKE.manager@example.nl
        ATTENDEE;CN=Anna;PARTSTAT=ACCEPTED:mailto:anna@example.nl
        ATTENDEE;CN=Stranger:mailto:stranger@elsewhere.org
        END:VEVENT
        BEGIN:VEVENT
        UID:ny-1
        DTSTAMP:20270101T000000Z
        DTSTART;TZID=America/New_York:20270316T090000
        DTEND;TZID=America/New_York:20270316T103000
        ATTENDEE:mailto:anna@example.nl
        ATTENDEE:mailto:stranger@elsewhere.org
        END:VEVENT
        BEGIN:VEVENT
        UID:free-1
        DTSTAMP:20270101T000000Z
        DTSTART:20270318T120000Z
        DTEND:20270318T130000Z
        TRANSP:TRANSPARENT
        ATTENDEE:mailto:anna@example.nl
        END:VEVENT
        BEGIN:VEVENT
        UID:cancelled-1
        DTSTAMP:20270101T000000Z
        DTSTART:20270319T120000Z
        DTEND:20270319T130000Z
        STATUS:CANCELLED
        ATTENDEE:mailto:anna@example.nl
        END:VEVENT
        BEGIN:VEVENT
        UID:declined-1
        DTSTAMP:20270101T000000Z
        DTSTART:20270322T120000Z
        DTEND:20270322T130000Z
        ORGANIZER:mailto:nobody@elsewhere.org
        ATTENDEE;PARTSTAT=DECLINED:mailto:anna@example.nl
        END:VEVENT
        BEGIN:VFREEBUSY
        UID:fb-1
        DTSTAMP:20270101T000000Z
        ATTENDEE:mailto:Anna@Example.NL
        FREEBUSY:20270323T080000Z/20270323T090000Z,20270324T130000Z/PT1H30M
        FREEBUSY;FBTYPE=FREE:20270325T080000Z/20270325T170000Z
        FREEBUSY;FBTYPE=BUSY-TENTATIVE:20270326T080000Z/PT1H
        END:VFREEBUSY
        END:VCALENDAR

        """;

    [Fact]
    public void A_weekly_appointment_keeps_its_local_time_across_the_clock_change_and_only_in_the_window()
    {
        var busy = Read(Weekly);
        // 09:00 in Amsterdam is 08:00 UTC before 28 March 2027 and 07:00 UTC after; 10 March is before the window.
        var weekly = new[] { "2027-03-17T08:00:00Z/2027-03-17T09:00:00Z", "2027-03-24T08:00:00Z/2027-03-24T09:00:00Z", "2027-03-31T07:00:00Z/2027-03-31T08:00:00Z", "2027-04-07T07:00:00Z/2027-04-07T08:00:00Z" };
        Assert.Equal(weekly, Of(busy, "m1")); // the organiser, matched without regard to case
        Assert.All(weekly, w => Assert.Contains(w, Of(busy, "a")));
    }

    [Fact]
    public void Tzid_local_times_free_busy_periods_and_what_is_skipped()
    {
        var anna = Of(Read(Weekly), "a");
        Assert.Equal(
            new[]
            {
                "2027-03-16T13:00:00Z/2027-03-16T14:30:00Z", // 09:00 in New York (EDT, UTC-4)
                "2027-03-17T08:00:00Z/2027-03-17T09:00:00Z",
                "2027-03-23T08:00:00Z/2027-03-23T09:00:00Z", // VFREEBUSY, start/end
                "2027-03-24T08:00:00Z/2027-03-24T09:00:00Z",
                "2027-03-24T13:00:00Z/2027-03-24T14:30:00Z", // VFREEBUSY, start/duration
                "2027-03-26T08:00:00Z/2027-03-26T09:00:00Z", // tentative is busy; FBTYPE=FREE is not
                "2027-03-31T07:00:00Z/2027-03-31T08:00:00Z",
                "2027-04-07T07:00:00Z/2027-04-07T08:00:00Z",
            },
            anna); // transparent, cancelled and declined appointments are not busy time
    }

    [Fact]
    public void Addresses_that_match_nobody_are_listed_once()
    {
        var busy = Read(Weekly);
        Assert.Equal(new[] { "stranger@elsewhere.org", "nobody@elsewhere.org" }, busy.UnknownAddresses);
        Assert.DoesNotContain(busy.BusyTimes, b => b.PersonId == "c");
    }

    [Fact]
    public void A_moved_occurrence_is_busy_at_its_new_time_and_a_cancelled_one_not_at_all()
    {
        var busy = Read("""
            BEGIN:VCALENDAR
            VERSION:2.0
            PRODID:-//test//busy//EN
            BEGIN:VEVENT
            UID:series
            DTSTAMP:20270101T000000Z
            DTSTART;TZID=Europe/Amsterdam:20270317T090000
            DTEND;TZID=Europe/Amsterdam:20270317T100000
            RRULE:FREQ=WEEKLY;COUNT=3
            ATTENDEE:mailto:anna@example.nl
            END:VEVENT
            BEGIN:VEVENT
            UID:series
            DTSTAMP:20270101T000000Z
            RECURRENCE-ID;TZID=Europe/Amsterdam:20270324T090000
            DTSTART;TZID=Europe/Amsterdam:20270324T140000
            DTEND;TZID=Europe/Amsterdam:20270324T150000
            ATTENDEE:mailto:anna@example.nl
            END:VEVENT
            BEGIN:VEVENT
            UID:series
            DTSTAMP:20270101T000000Z
            RECURRENCE-ID;TZID=Europe/Amsterdam:20270331T090000
            DTSTART;TZID=Europe/Amsterdam:20270331T090000
            DTEND;TZID=Europe/Amsterdam:20270331T100000
            STATUS:CANCELLED
            ATTENDEE:mailto:anna@example.nl
            END:VEVENT
            END:VCALENDAR

            """);
        Assert.Equal(new[] { "2027-03-17T08:00:00Z/2027-03-17T09:00:00Z", "2027-03-24T13:00:00Z/2027-03-24T14:00:00Z" }, Of(busy, "a"));
    }

    [Theory]
    [InlineData("hello\n", "is not an iCalendar file")]
    [InlineData("BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:x\n", "cannot be read as iCalendar")]
    [InlineData("BEGIN:VCALENDAR\nBEGIN:VFREEBUSY\nATTENDEE:mailto:anna@example.nl\nFREEBUSY:soon\nEND:VFREEBUSY\nEND:VCALENDAR\n", "FREEBUSY period 'soon'")]
    [InlineData("BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:x\nDTSTART;TZID=Mars/Base:20270316T090000\nDTEND;TZID=Mars/Base:20270316T100000\nATTENDEE:mailto:anna@example.nl\nEND:VEVENT\nEND:VCALENDAR\n", "Mars/Base")]
    public void A_file_that_cannot_be_read_is_an_input_error_in_one_line(string ics, string message)
    {
        var e = Assert.Throws<CliException>(() => Read(ics));
        Assert.Equal(3, e.ExitCode);
        Assert.Contains(message, e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', e.Message);
    }

    private static string Event(string rule, string start = "20270316T090000Z") =>
        "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//t//t//EN\nBEGIN:VEVENT\nUID:flood\nDTSTAMP:20270101T000000Z\nDTSTART:" + start +
        "\nDURATION:PT30S\n" + rule + "\nATTENDEE:mailto:anna@example.nl\nEND:VEVENT\nEND:VCALENDAR\n";

    // A rule that repeats every second, minute or hour, or within a day (BYHOUR, BYMINUTE,
    // BYSECOND), gives millions of occurrences over a two-year window: minutes and gigabytes.
    [Theory]
    [InlineData("RRULE:FREQ=SECONDLY;COUNT=5", "FREQ=SECONDLY")]
    [InlineData("RRULE:FREQ=MINUTELY", "FREQ=MINUTELY")]
    [InlineData("RRULE:FREQ=HOURLY;INTERVAL=2", "FREQ=HOURLY")]
    [InlineData("RRULE:FREQ=DAILY;BYHOUR=9,10,11", "BYHOUR")]
    [InlineData("RRULE:FREQ=WEEKLY;BYMINUTE=0,30", "BYMINUTE")]
    [InlineData("RRULE:FREQ=DAILY;BYSECOND=1,2", "BYSECOND")]
    public void A_rule_that_repeats_more_than_once_a_day_is_refused_in_one_line(string rule, string named)
    {
        var e = Assert.Throws<CliException>(() => Read(Event(rule)));
        Assert.Equal(3, e.ExitCode);
        Assert.Contains("'flood'", e.Message, StringComparison.Ordinal);
        Assert.Contains(named, e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', e.Message);
    }

    // A daily series that starts in year 1 is walked day by day up to the window: a file of such
    // series takes minutes. No real series starts before 1900.
    [Fact]
    public void A_series_that_starts_before_1900_is_refused_in_one_line()
    {
        var e = Assert.Throws<CliException>(() => Read(Event("RRULE:FREQ=DAILY", "00010101T090000Z")));
        Assert.Equal(3, e.ExitCode);
        Assert.Contains("'flood'", e.Message, StringComparison.Ordinal);
        Assert.Contains("1900", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_series_that_starts_long_ago_in_a_real_year_is_read()
    {
        var busy = Read(Event("RRULE:FREQ=WEEKLY", "19950314T090000Z"));
        Assert.Equal(4, Of(busy, "a").Length);
    }

    // Found: a FREEBUSY period that ends past 9999 overflowed Instant and exited 70 with a stack trace.
    [Theory]
    [InlineData("99991231T230000Z/P1D")]
    [InlineData("99991231T230000Z/PT2H")]
    [InlineData("00010101T000000Z/-PT1H")]
    public void A_free_busy_period_beyond_the_calendar_is_an_input_error(string period)
    {
        var e = Assert.Throws<CliException>(() => Read("BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//t//t//EN\nBEGIN:VFREEBUSY\nUID:fb\nDTSTAMP:20270101T000000Z\nATTENDEE:mailto:anna@example.nl\nFREEBUSY:" + period + "\nEND:VFREEBUSY\nEND:VCALENDAR\n"));
        Assert.Equal(3, e.ExitCode);
        Assert.DoesNotContain('\n', e.Message);
    }

    [Fact]
    public void More_busy_stretches_than_the_limit_is_refused_in_one_line()
    {
        string path = File(Event("RRULE:FREQ=DAILY", "20270301T090000Z"));
        var e = Assert.Throws<CliException>(() => BusyCalendarReader.Read(path, People(), new DateInterval(new LocalDate(2027, 3, 15), new LocalDate(2027, 4, 9)), Amsterdam, maxBusyTimes: 10));
        Assert.Equal(3, e.ExitCode);
        Assert.Contains("more than 10 ", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_larger_than_the_limit_is_refused_before_it_is_read()
    {
        string path = File(Event("RRULE:FREQ=DAILY"));
        using (var f = new FileStream(path, FileMode.Append))
        {
            f.SetLength(BusyCalendarReader.MaxFileBytes + 1);
        }

        var e = Assert.Throws<CliException>(() => BusyCalendarReader.Read(path, People(), new DateInterval(new LocalDate(2027, 3, 15), new LocalDate(2027, 4, 9)), Amsterdam));
        Assert.Equal(3, e.ExitCode);
        Assert.Contains("32 MB", e.Message, StringComparison.Ordinal);
    }

    // Text from the file reaches the terminal: an escape sequence in it could rewrite the screen.
    [Fact]
    public void Unknown_addresses_and_error_text_from_the_file_are_shown_without_control_characters()
    {
        var busy = Read(Event("RRULE:FREQ=WEEKLY").Replace("END:VEVENT", "ATTENDEE:mailto:%1B%5D0%3Bowned%07x@evil.example\nATTENDEE:mailto:" + new string('y', 5000) + "@evil.example\nEND:VEVENT", StringComparison.Ordinal));
        Assert.All(busy.UnknownAddresses, a => Assert.DoesNotContain(a, c => char.IsControl(c)));
        Assert.All(busy.UnknownAddresses, a => Assert.True(a.Length <= 200, a.Length.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var e = Assert.Throws<CliException>(() => Read(Event("RRULE:FREQ=WEEKLY").Replace("DTSTART:20270316T090000Z", "DTSTART;TZID=\u001b[2J:20270316T090000", StringComparison.Ordinal)));
        Assert.DoesNotContain(e.Message, c => char.IsControl(c));
    }

    private static string Dates(int count, int offset = 0) =>
        string.Join(",", Enumerable.Range(0, count).Select(i => new LocalDateTime(2027, 1, 1, 0, 0).PlusMinutes((i * 7) + offset).ToString("uuuuMMdd'T'HHmmss'Z'", System.Globalization.CultureInfo.InvariantCulture)));

    // Ical.Net's cost grows with the square of an event's RDATE and EXDATE lists: 10,000 dates took
    // 6 s, 50,000 took 44 s, 1.7 million (29 MB) did not finish in three minutes.
    [Theory]
    [InlineData("RDATE")]
    [InlineData("EXDATE")]
    public void An_event_with_more_dates_than_the_limit_is_refused_in_one_line(string property)
    {
        var e = Assert.Throws<CliException>(() => Read(Event("RRULE:FREQ=DAILY\n" + property + ":" + Dates(600) + "\n " + "," + Dates(401, 3))));
        Assert.Equal(3, e.ExitCode);
        Assert.Contains("'flood'", e.Message, StringComparison.Ordinal);
        Assert.Contains("1,000", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_with_more_dates_than_the_limit_is_refused_in_one_line()
    {
        string events = string.Concat(Enumerable.Range(0, 21).Select(n =>
            "BEGIN:VEVENT\nUID:e" + n + "\nDTSTAMP:20270101T000000Z\nDTSTART:20270316T090000Z\nDURATION:PT30S\nRRULE:FREQ=DAILY\nEXDATE:" + Dates(1000, n) + "\nATTENDEE:mailto:anna@example.nl\nEND:VEVENT\n"));
        var e = Assert.Throws<CliException>(() => Read("BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//t//t//EN\n" + events + "END:VCALENDAR\n"));
        Assert.Equal(3, e.ExitCode);
        Assert.Contains("20,000", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_event_with_a_thousand_dates_is_read()
    {
        var busy = Read(Event("RRULE:FREQ=DAILY\nEXDATE:" + Dates(999)));
        Assert.NotEmpty(Of(busy, "a"));
    }
}

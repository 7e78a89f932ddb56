namespace Pop.Cli.Tests;

using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using NodaTime;
using Pop.Cli;
using Xunit;

/// <summary><c>pop schedule --busy FILE.ics</c>: conversations around existing appointments.</summary>
public sealed class ScheduleBusyTests
{
    private const string Org = "employee_id,manager_id,name,email\n" +
        "m1,dir,Mieke,mieke@example.nl\n" +
        "a,m1,Anna,anna@example.nl\n" +
        "b,m1,Bas,bas@example.nl\n" +
        "c,m1,Cem,\n" +
        "d,m1,Dewi,dewi@example.nl\n";

    // Mieke is in meetings every working morning and early afternoon; Anna has a weekly course and a
    // free/busy answer; the window holds the clock change of 28 March 2027.
    private const string Busy = """
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//test//busy//EN
        BEGIN:VEVENT
        UID:mieke-mornings
        DTSTAMP:20270101T000000Z
        DTSTART;TZID=Europe/Amsterdam:20270301T083000
        DTEND;TZID=Europe/Amsterdam:20270301T113000
        RRULE:FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR
        ORGANIZER:mailto:MIEKE@example.nl
        END:VEVENT
        BEGIN:VEVENT
        UID:mieke-afternoons
        DTSTAMP:20270101T000000Z
        DTSTART;TZID=Europe/Amsterdam:20270301T130000
        DTEND;TZID=Europe/Amsterdam:20270301T150000
        RRULE:FREQ=WEEKLY;BYDAY=MO,TU,WE,TH
        ORGANIZER:mailto:mieke@example.nl
        ATTENDEE:mailto:outsider@elsewhere.org
        END:VEVENT
        BEGIN:VEVENT
        UID:anna-course
        DTSTAMP:20270101T000000Z
        DTSTART;TZID=Europe/Amsterdam:20270302T150000
        DTEND;TZID=Europe/Amsterdam:20270302T170000
        RRULE:FREQ=WEEKLY
        ATTENDEE:mailto:anna@example.nl
        ATTENDEE:mailto:outsider@elsewhere.org
        END:VEVENT
        BEGIN:VFREEBUSY
        UID:dewi-fb
        DTSTAMP:20270101T000000Z
        ATTENDEE:mailto:dewi@example.nl
        FREEBUSY:20270315T000000Z/20270319T230000Z
        END:VFREEBUSY
        END:VCALENDAR

        """;

    private static string Temp(string extension, string content)
    {
        string path = Path.Combine(Path.GetTempPath(), "pop-" + Guid.NewGuid().ToString("N") + extension);
        File.WriteAllText(path, content.Replace("\n", "\r\n", StringComparison.Ordinal));
        return path;
    }

    private static readonly string[] Window = { "--cycle-start", "2027-03-15", "--cycle-end", "2027-04-09", "--today", "2027-01-04" };

    [Fact]
    public void No_conversation_overlaps_an_appointment_of_the_employee_or_the_manager()
    {
        string csv = Temp(".csv", Org), ics = Temp(".ics", Busy);
        var (code, stdout, stderr) = PopProcess.Run(null, new[] { "schedule", "--employees", csv, "--busy", ics, "--format", "json" }.Concat(Window).ToArray());
        Assert.True(code == 0, stderr);

        var contacts = new Contacts();
        contacts.Add("m1", "Mieke", "mieke@example.nl");
        contacts.Add("a", "Anna", "anna@example.nl");
        contacts.Add("b", "Bas", "bas@example.nl");
        contacts.Add("d", "Dewi", "dewi@example.nl");
        var busy = BusyCalendarReader.Read(ics, contacts, new DateInterval(new LocalDate(2027, 3, 15), new LocalDate(2027, 4, 9)), DateTimeZoneProviders.Tzdb["Europe/Amsterdam"]).BusyTimes;
        Assert.NotEmpty(busy);

        var conversations = JsonDocument.Parse(stdout).RootElement.GetProperty("conversations").EnumerateArray().ToArray();
        Assert.Equal(5, conversations.Length);
        foreach (var c in conversations)
        {
            var start = Instant.FromDateTimeOffset(DateTimeOffset.Parse(c.GetProperty("conversationStart").GetString()!));
            var end = Instant.FromDateTimeOffset(DateTimeOffset.Parse(c.GetProperty("conversationEnd").GetString()!));
            var people = new[] { c.GetProperty("employeeId").GetString(), c.GetProperty("managerId").GetString() };
            foreach (var b in busy.Where(b => people.Contains(b.PersonId)))
            {
                Assert.False(start < b.Interval.End && b.Interval.Start < end, $"{people[0]}'s conversation {start}..{end} overlaps {b}");
            }
        }

        // The address that matches nobody is named once, on one line, and is no error.
        Assert.Single(stderr.Split('\n'), l => l.Contains("outsider@elsewhere.org", StringComparison.Ordinal));
        Assert.Contains("1 address", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_busy_a_conversation_does_fall_in_those_appointments()
    {
        // The witness that the test above can fail: planned blind, Mieke's mornings are used.
        string csv = Temp(".csv", Org);
        var (code, stdout, stderr) = PopProcess.Run(null, new[] { "schedule", "--employees", csv, "--format", "json" }.Concat(Window).ToArray());
        Assert.True(code == 0, stderr);
        var starts = JsonDocument.Parse(stdout).RootElement.GetProperty("conversations").EnumerateArray().Select(c => DateTimeOffset.Parse(c.GetProperty("conversationStart").GetString()!)).ToArray();
        Assert.Contains(starts, s => s.Hour is >= 8 and < 12 && s.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday));
    }

    [Theory]
    [InlineData("hello\n", "is not an iCalendar file")]
    [InlineData("BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:x\n", "cannot be read as iCalendar")]
    public void An_unreadable_busy_file_exits_3_in_one_line(string content, string message)
    {
        string csv = Temp(".csv", Org), ics = Temp(".ics", content);
        var (code, stdout, stderr) = PopProcess.Run(null, new[] { "schedule", "--employees", csv, "--busy", ics }.Concat(Window).ToArray());
        Assert.Equal(3, code);
        Assert.Equal(string.Empty, stdout);
        Assert.Contains(message, stderr, StringComparison.Ordinal);
        Assert.Single(stderr.TrimEnd('\n').Split('\n'));
    }
}

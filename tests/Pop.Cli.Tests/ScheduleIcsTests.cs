namespace Pop.Cli.Tests;

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Xunit;

/// <summary><c>pop schedule --format ics</c> as a calendar client reads it.</summary>
public sealed class ScheduleIcsTests
{
    // m1 has a row (and an address); m2 has none: the top of the tree. Cem has no address.
    private const string Org = "employee_id,manager_id,name,time_zone,email\n" +
        "m1,dir,Mieke Manager,,Mieke.Manager@example.nl\n" +
        "a,m1,Anna,,anna@example.nl\n" +
        "b,m1,\"Bakker, Bas\",Europe/London,bas.bakker@example.co.uk\n" +
        "c,m1,Cem,,\n" +
        "d,m2,Dewi,America/New_York,dewi@example.nl\n" +
        "e,m2,,Asia/Kolkata,e@example.nl\n";

    private static string Csv(string content)
    {
        string path = Path.Combine(Path.GetTempPath(), "pop-org-" + Guid.NewGuid().ToString("N") + ".csv");
        File.WriteAllText(path, content);
        return path;
    }

    private static string[] Args(string csv, params string[] extra) =>
        new[] { "schedule", "--employees", csv, "--cycle-start", "2027-03-15", "--cycle-end", "2027-04-16", "--today", "2027-01-04" }.Concat(extra).ToArray();

    private static Calendar Ics(string csv, out byte[] bytes)
    {
        string file = Path.Combine(Path.GetTempPath(), "pop-" + Guid.NewGuid().ToString("N") + ".ics");
        var (code, _, stderr) = PopProcess.Run(null, Args(csv, "--format", "ics", "--out", file));
        Assert.True(code == 0, stderr);
        bytes = File.ReadAllBytes(file);
        return Calendar.Load(Encoding.UTF8.GetString(bytes)) ?? throw new InvalidDataException("not a calendar");
    }

    private static CalendarEvent Conversation(Calendar calendar, string employeeId) =>
        calendar.Events.Single(e => e.Uid!.StartsWith("pop-conversation-", StringComparison.Ordinal) && e.Uid.EndsWith("-" + employeeId + "@pop.core", StringComparison.Ordinal));

    private static string[] Attendees(CalendarEvent e) =>
        e.Attendees.Select(a => a.CommonName + " <" + a.Value + ">").OrderBy(s => s, StringComparer.Ordinal).ToArray();

    [Fact]
    public void Attendees_are_mailto_addresses_named_by_the_name_column_or_else_the_id()
    {
        var calendar = Ics(Csv(Org), out _);
        Assert.Equal(new[] { "Anna <mailto:anna@example.nl>", "Mieke Manager <mailto:Mieke.Manager@example.nl>" }, Attendees(Conversation(calendar, "a")));
        Assert.Equal(new[] { "Bakker, Bas <mailto:bas.bakker@example.co.uk>", "Mieke Manager <mailto:Mieke.Manager@example.nl>" }, Attendees(Conversation(calendar, "b")));
        Assert.Equal(new[] { "e <mailto:e@example.nl>" }, Attendees(Conversation(calendar, "e")));
        Assert.Equal("mailto:Mieke.Manager@example.nl", Conversation(calendar, "a").Organizer?.Value?.ToString());
        Assert.Equal("Mieke Manager", Conversation(calendar, "a").Organizer?.CommonName);
    }

    [Fact]
    public void People_without_an_address_are_left_out_and_no_address_is_invented()
    {
        var calendar = Ics(Csv(Org), out var bytes);
        // Cem has no address: only the manager attends. m2 has no row: Dewi alone, and nobody organises.
        Assert.Equal(new[] { "Mieke Manager <mailto:Mieke.Manager@example.nl>" }, Attendees(Conversation(calendar, "c")));
        Assert.Equal(new[] { "Dewi <mailto:dewi@example.nl>" }, Attendees(Conversation(calendar, "d")));
        Assert.Null(Conversation(calendar, "d").Organizer);
        // m1's own conversation is with dir, who has no row.
        Assert.Equal(new[] { "Mieke Manager <mailto:Mieke.Manager@example.nl>" }, Attendees(Conversation(calendar, "m1")));
        string text = Encoding.UTF8.GetString(bytes);
        Assert.DoesNotContain("urn:", text, StringComparison.Ordinal);
        Assert.All(calendar.Events.SelectMany(e => e.Attendees), a => Assert.Equal("mailto", a.Value!.Scheme));
        Assert.DoesNotContain(calendar.Events.SelectMany(e => e.Attendees), a => a.CommonName is "Cem" or "m2" or "dir");
    }

    [Fact]
    public void Every_conversation_read_back_has_the_instants_zone_and_people_of_the_plan()
    {
        string csv = Csv(Org);
        var (code, stdout, stderr) = PopProcess.Run(null, Args(csv, "--format", "json"));
        Assert.True(code == 0, stderr);
        var plan = JsonDocument.Parse(stdout).RootElement.GetProperty("conversations").EnumerateArray().ToArray();
        var calendar = Ics(csv, out _);
        Assert.Equal(plan.Length, calendar.Events.Count(e => e.Uid!.StartsWith("pop-conversation-", StringComparison.Ordinal)));
        var emails = new Dictionary<string, string> { ["m1"] = "Mieke.Manager@example.nl", ["a"] = "anna@example.nl", ["b"] = "bas.bakker@example.co.uk", ["d"] = "dewi@example.nl", ["e"] = "e@example.nl" };
        foreach (var c in plan)
        {
            string id = c.GetProperty("employeeId").GetString()!;
            var e = Conversation(calendar, id);
            Assert.Equal(DateTimeOffset.Parse(c.GetProperty("conversationStart").GetString()!).UtcDateTime, e.DtStart!.AsUtc);
            Assert.Equal(DateTimeOffset.Parse(c.GetProperty("conversationEnd").GetString()!).UtcDateTime, e.DtEnd!.AsUtc);
            Assert.Equal(c.GetProperty("timeZone").GetString(), e.DtStart.TzId);
            Assert.Equal(c.GetProperty("timeZone").GetString(), e.DtEnd.TzId);
            var expected = new[] { id, c.GetProperty("managerId").GetString()! }.Where(emails.ContainsKey).Select(p => "mailto:" + emails[p]).OrderBy(s => s, StringComparer.Ordinal);
            Assert.Equal(expected, e.Attendees.Select(a => a.Value!.ToString()).OrderBy(s => s, StringComparer.Ordinal));
        }

        // A VTIMEZONE for each zone a conversation is in, and none other.
        Assert.Equal(
            plan.Select(c => c.GetProperty("timeZone").GetString()).Distinct().OrderBy(z => z, StringComparer.Ordinal),
            calendar.TimeZones.Select(z => z.TzId).OrderBy(z => z, StringComparer.Ordinal));
        Assert.All(calendar.Events.Where(e => !e.Uid!.StartsWith("pop-conversation-", StringComparison.Ordinal)), e => Assert.False(e.DtStart!.HasTime));
    }

    [Fact]
    public void A_long_name_with_accents_and_emoji_is_folded_at_75_octets_without_splitting_a_character()
    {
        string name = "Zoë Ångström-Øverlië van der Ĳsselmeer — Ægir Çelik-Šťastný 山田太郎 🎉 née Ñúñez-Łukasiewicz";
        var calendar = Ics(Csv($"employee_id,manager_id,name,email\nz,m,{name},zoe@example.nl\n"), out var bytes);
        var strict = new UTF8Encoding(false, throwOnInvalidBytes: true);
        int start = 0, folded = 0;
        for (int i = 0; i + 1 < bytes.Length; i++)
        {
            if (bytes[i] == '\r' && bytes[i + 1] == '\n')
            {
                Assert.True(i - start <= 75, $"a line of {i - start} octets");
                strict.GetString(bytes, start, i - start); // throws when a character is split
                folded += bytes[i + 2 < bytes.Length ? i + 2 : i] == ' ' ? 1 : 0;
                start = i + 2;
            }
        }

        Assert.Equal(bytes.Length, start); // every line ends in CRLF, the last one too
        Assert.DoesNotContain(bytes.Select((b, i) => (b, i)), x => x.b == '\n' && (x.i == 0 || bytes[x.i - 1] != '\r'));
        Assert.True(folded > 0, "the long lines are folded");
        var e = Conversation(calendar, "z");
        Assert.Equal("POP-gesprek " + name, e.Summary);
        Assert.Equal(name, e.Attendees.Single().CommonName);
    }

    [Fact]
    public void Text_values_are_escaped()
    {
        var calendar = Ics(Csv("employee_id,manager_id,name,email\nz,m,\"Back\\slash; semi, comma\",zoe@example.nl\n"), out var bytes);
        Assert.Contains("SUMMARY:POP-gesprek Back\\\\slash\\; semi\\, comma\r\n", Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
        Assert.Equal("POP-gesprek Back\\slash; semi, comma", Conversation(calendar, "z").Summary);
    }

    // CR and LF were already escaped; NEL (U+0085), LINE SEPARATOR and PARAGRAPH SEPARATOR were
    // written as they are, and a reader that splits lines on them (Python's splitlines, some
    // editors and mail filters) then saw "ATTENDEE:mailto:evil@x.example" as a line of its own.
    [Theory]
    [InlineData("\u0085")]
    [InlineData("\u2028")]
    [InlineData("\u2029")]
    [InlineData("\u000b")]
    public void A_name_cannot_start_a_line_of_its_own_in_any_reader(string breaker)
    {
        string name = "Eve" + breaker + "ATTENDEE:mailto:evil@x.example";
        Assert.DoesNotContain(breaker, Pop.Cli.IcsWriter.EscapeText(name), StringComparison.Ordinal);
        Assert.DoesNotContain(breaker, Pop.Cli.IcsWriter.QuoteParameter(name), StringComparison.Ordinal);
        Assert.DoesNotContain("\u0085", Pop.Cli.IcsWriter.EscapeText("a\u0080\u0085\u009fb"), StringComparison.Ordinal);
    }

    // The refused value was echoed as it was: a quoted line break split the "one line", an escape
    // sequence reached the terminal, and a 100,000-character value became a 100 KB line.
    [Theory]
    [InlineData("\"anna@example.nl\r\nBEGIN:VEVENT\"")]
    [InlineData("anna\u001b[2J@example.nl")]
    [InlineData("anna\u202e@example.nl")]
    public void A_refused_email_is_named_in_one_short_line_without_control_characters(string email)
    {
        var (code, _, stderr) = PopProcess.Run(null, Args(Csv("employee_id,manager_id,name,email\na,m,Anna," + email + "\n"), "--format", "ics"));
        Assert.Equal(3, code);
        Assert.Contains("email 'anna", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain(stderr.TrimEnd(), c => char.IsControl(c) || c == '\u202e');
    }

    [Fact]
    public void A_very_long_refused_email_is_cut_in_the_message()
    {
        var (code, _, stderr) = PopProcess.Run(null, Args(Csv("employee_id,manager_id,name,email\na,m,Anna," + new string('x', 100_000) + "@example.nl\n"), "--format", "ics"));
        Assert.Equal(3, code);
        Assert.InRange(stderr.Length, 1, 400);
    }
}

namespace Pop.Cli;

using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using NodaTime;
using NodaTime.Text;
using Pop.Core.Cycles;

/// <summary>
/// Writes a cycle plan as an RFC 5545 calendar, event by event, straight to a stream: nothing but
/// the current line is held in memory. Content lines end in CRLF and are folded at 75 octets
/// without splitting a UTF-8 sequence; TEXT values are escaped; parameter values are quoted with
/// RFC 6868 escapes. Each conversation is written in the zone the plan gives it (<c>TZID</c>), with
/// one <c>VTIMEZONE</c> per zone built from the time zone database for the years of the plan.
/// </summary>
internal sealed class IcsWriter
{
    private const int MaxOctets = 75;

    private static readonly LocalDatePattern Iso = LocalDatePattern.Iso;
    private static readonly LocalDateTimePattern Local = LocalDateTimePattern.CreateWithInvariantCulture("uuuuMMdd'T'HHmmss");

    private readonly Contacts contacts;
    private readonly string stamp;

    // The organiser and attendees of one conversation, folded once and written into each of its events.
    private readonly StringWriter people = new(CultureInfo.InvariantCulture);
    private readonly TextWriter output;
    private TextWriter w;

    public IcsWriter(TextWriter writer, Contacts contacts, Instant stamp)
    {
        w = output = writer;
        this.contacts = contacts;
        this.stamp = Local.Format(stamp.InUtc().LocalDateTime) + "Z";
    }

    /// <summary>Writes the whole calendar; <paramref name="progress"/> hears after each conversation how many are written.</summary>
    public void Write(CyclePlan plan, Action<int>? progress)
    {
        Line("BEGIN:VCALENDAR");
        Line("VERSION:2.0");
        Line("PRODID:-//Pop.Core//pop schedule//NL");
        Line("CALSCALE:GREGORIAN");
        WriteTimeZones(plan.Conversations);
        string cycle = Iso.Format(plan.Window.Start);
        int n = 0;
        foreach (var c in plan.Conversations)
        {
            string who = contacts.Name(c.EmployeeId);
            string id = Uri.EscapeDataString(c.EmployeeId);
            string invited = People(c);
            Begin($"pop-conversation-{cycle}-{id}@pop.core");
            Timed("DTSTART", c.Start);
            Timed("DTEND", c.End);
            Text("SUMMARY", $"POP-gesprek {who}");
            Text("DESCRIPTION", $"Aankondiging {Iso.Format(c.AnnounceOn)}; gesprekspunten uitwisselen uiterlijk {Iso.Format(c.TalkingPointsDue)}.");
            w.Write(invited);
            Line("END:VEVENT");

            Begin($"pop-followup-{cycle}-{id}@pop.core");
            AllDay(c.FollowUpOn);
            Text("SUMMARY", $"Vervolgafspraak POP {who}: afspraken vastleggen");
            w.Write(invited);
            Line("END:VEVENT");

            for (int i = 0; i < c.InterimChecksOn.Count; i++)
            {
                Begin($"pop-interim-{(i + 1).ToString(CultureInfo.InvariantCulture)}-{cycle}-{id}@pop.core");
                AllDay(c.InterimChecksOn[i]);
                Text("SUMMARY", $"Tussentijdse check POP {who}");
                w.Write(invited);
                Line("END:VEVENT");
            }

            progress?.Invoke(++n);
        }

        Line("END:VCALENDAR");
    }

    /// <summary>Escapes a TEXT value (RFC 5545 3.3.11): backslash, semicolon, comma and line breaks; other control characters (C0, DEL, C1 such as NEL) and the Unicode line and paragraph separators become spaces.</summary>
    public static string EscapeText(string value)
    {
        var s = new StringBuilder(value.Length + 8);
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            switch (c)
            {
                case '\\': s.Append("\\\\"); break;
                case ';': s.Append("\\;"); break;
                case ',': s.Append("\\,"); break;
                case '\r':
                    s.Append("\\n");
                    if (i + 1 < value.Length && value[i + 1] == '\n')
                    {
                        i++;
                    }

                    break;
                case '\n': s.Append("\\n"); break;
                default: s.Append(Breaks(c) ? ' ' : c); break;
            }
        }

        return s.ToString();
    }

    /// <summary>A parameter value in double quotes, with the RFC 6868 escapes for caret, quote and line break; other control characters (C0, DEL, C1 such as NEL) and the Unicode line and paragraph separators become spaces.</summary>
    public static string QuoteParameter(string value)
    {
        var s = new StringBuilder(value.Length + 2).Append('"');
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            switch (c)
            {
                case '^': s.Append("^^"); break;
                case '"': s.Append("^'"); break;
                case '\r':
                    s.Append("^n");
                    if (i + 1 < value.Length && value[i + 1] == '\n')
                    {
                        i++;
                    }

                    break;
                case '\n': s.Append("^n"); break;
                default: s.Append(Breaks(c) ? ' ' : c); break;
            }
        }

        return s.Append('"').ToString();
    }

    /// <summary>
    /// Whether a character could end a line for some reader: a control character other than tab
    /// (RFC 5545 forbids C0 and DEL; C1's NEL and U+2028/U+2029 are line breaks to Python's
    /// splitlines and others), so that a name or address cannot start a property of its own.
    /// </summary>
    private static bool Breaks(char c) => (char.IsControl(c) && c != '\t') || c is '\u2028' or '\u2029';

    /// <summary>The manager organises when they have an address; both people attend when they have one; nobody is invented.</summary>
    private string People(PlannedConversation c)
    {
        people.GetStringBuilder().Clear();
        w = people;
        string? manager = contacts.Email(c.ManagerId);
        if (manager is not null)
        {
            Line($"ORGANIZER;CN={QuoteParameter(contacts.Name(c.ManagerId))}:{Contacts.MailTo(manager)}");
        }

        Attendee(c.EmployeeId);
        Attendee(c.ManagerId);
        w = output;
        return people.ToString();
    }

    private void Attendee(string id)
    {
        if (contacts.Email(id) is { } email)
        {
            Line($"ATTENDEE;CN={QuoteParameter(contacts.Name(id))};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION:{Contacts.MailTo(email)}");
        }
    }

    private void Begin(string uid)
    {
        Line("BEGIN:VEVENT");
        Line("UID:" + EscapeText(uid));
        Line("DTSTAMP:" + stamp);
    }

    private void Text(string name, string value) => Line(name + ":" + EscapeText(value));

    /// <summary>Local time with TZID; a local time the zone skips or repeats (a clock change) is written in UTC, which is never ambiguous.</summary>
    private void Timed(string name, ZonedDateTime at)
    {
        if (at.Zone.MapLocal(at.LocalDateTime).Count == 1)
        {
            Line($"{name};TZID={TzId(at.Zone)}:{Basic(at.LocalDateTime)}");
        }
        else
        {
            Line($"{name}:{Local.Format(at.ToInstant().InUtc().LocalDateTime)}Z");
        }
    }

    /// <summary>A one-day all-day event that does not make the day busy in anyone's calendar.</summary>
    private void AllDay(LocalDate date)
    {
        Line("DTSTART;VALUE=DATE:" + Basic(date));
        Line("DTEND;VALUE=DATE:" + Basic(date.PlusDays(1)));
        Line("TRANSP:TRANSPARENT");
    }

    /// <summary>YYYYMMDD, as <c>uuuuMMdd</c> would write it for years 1 to 9999, without a pattern's cost (it runs a million times for a large plan).</summary>
    private static string Basic(LocalDate date)
    {
        Span<char> s = stackalloc char[8];
        Digits(s, date.Year, 4);
        Digits(s.Slice(4), date.Month, 2);
        Digits(s.Slice(6), date.Day, 2);
        return new string(s);
    }

    /// <summary>YYYYMMDDTHHMMSS, as <c>uuuuMMdd'T'HHmmss</c> would write it.</summary>
    private static string Basic(LocalDateTime at)
    {
        Span<char> s = stackalloc char[15];
        Digits(s, at.Year, 4);
        Digits(s.Slice(4), at.Month, 2);
        Digits(s.Slice(6), at.Day, 2);
        s[8] = 'T';
        Digits(s.Slice(9), at.Hour, 2);
        Digits(s.Slice(11), at.Minute, 2);
        Digits(s.Slice(13), at.Second, 2);
        return new string(s);
    }

    private static void Digits(Span<char> into, int value, int count)
    {
        for (int i = count - 1; i >= 0; i--)
        {
            into[i] = (char)('0' + (value % 10));
            value /= 10;
        }
    }

    private static string TzId(DateTimeZone zone) =>
        zone.Id.IndexOfAny(new[] { ':', ';', ',' }) < 0 ? zone.Id : QuoteParameter(zone.Id);

    /// <summary>
    /// One VTIMEZONE per zone of the conversations, with every offset change from a year before the
    /// first conversation to a year after the last, each as its own observance (no RRULE to misread).
    /// </summary>
    private void WriteTimeZones(IReadOnlyList<PlannedConversation> conversations)
    {
        var zones = new Dictionary<string, DateTimeZone>(StringComparer.Ordinal);
        int first = int.MaxValue, last = int.MinValue;
        foreach (var c in conversations)
        {
            if (!zones.ContainsKey(c.Start.Zone.Id))
            {
                zones.Add(c.Start.Zone.Id, c.Start.Zone);
            }

            first = Math.Min(first, c.Start.Year);
            last = Math.Max(last, c.End.Year);
        }

        if (zones.Count == 0)
        {
            return;
        }

        var from = new LocalDate(first - 1, 1, 1).AtMidnight().InUtc().ToInstant();
        var to = new LocalDate(last + 1, 12, 31).AtMidnight().InUtc().ToInstant();
        foreach (var zone in zones.Values.OrderBy(z => z.Id, StringComparer.Ordinal))
        {
            Line("BEGIN:VTIMEZONE");
            Line("TZID:" + EscapeText(zone.Id));
            foreach (var interval in zone.GetZoneIntervals(from, to))
            {
                Offset before;
                string onset;
                if (interval.HasStart)
                {
                    before = zone.GetZoneInterval(interval.Start - Duration.Epsilon).WallOffset;
                    onset = Local.Format(interval.Start.WithOffset(before).LocalDateTime);
                }
                else
                {
                    before = interval.WallOffset;
                    onset = "16010101T000000";
                }

                string kind = interval.Savings == Offset.Zero ? "STANDARD" : "DAYLIGHT";
                Line("BEGIN:" + kind);
                Line("DTSTART:" + onset);
                Line("TZOFFSETFROM:" + UtcOffset(before));
                Line("TZOFFSETTO:" + UtcOffset(interval.WallOffset));
                Line("TZNAME:" + EscapeText(interval.Name));
                Line("END:" + kind);
            }

            Line("END:VTIMEZONE");
        }
    }

    private static string UtcOffset(Offset offset)
    {
        int seconds = offset.Seconds;
        char sign = seconds < 0 ? '-' : '+';
        seconds = Math.Abs(seconds);
        string hhmm = (seconds / 3600).ToString("00", CultureInfo.InvariantCulture) + (seconds / 60 % 60).ToString("00", CultureInfo.InvariantCulture);
        return sign + hhmm + (seconds % 60 == 0 ? string.Empty : (seconds % 60).ToString("00", CultureInfo.InvariantCulture));
    }

    /// <summary>Writes one content line, folded at 75 octets of UTF-8 (a continuation starts with a space, which counts), never inside a character.</summary>
    private void Line(string content)
    {
        int octets = 0, from = 0;
        for (int i = 0; i < content.Length;)
        {
            char c = content[i];
            int units = 1, size;
            if (c < 0x80)
            {
                size = 1;
            }
            else if (c < 0x800)
            {
                size = 2;
            }
            else if (char.IsHighSurrogate(c) && i + 1 < content.Length && char.IsLowSurrogate(content[i + 1]))
            {
                size = 4;
                units = 2;
            }
            else
            {
                size = 3;
            }

            if (octets + size > MaxOctets)
            {
                w.Write(content.AsSpan(from, i - from));
                w.Write("\r\n ");
                octets = 1;
                from = i;
            }

            octets += size;
            i += units;
        }

        w.Write(content.AsSpan(from));
        w.Write("\r\n");
    }
}

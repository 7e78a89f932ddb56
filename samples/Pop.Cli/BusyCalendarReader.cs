namespace Pop.Cli;

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using NodaTime;
using NodaTime.Text;
using Pop.Core.Cycles;

/// <summary>What an iCalendar file of existing appointments says about the people in the employees CSV.</summary>
/// <param name="BusyTimes">Each busy stretch once per person it belongs to.</param>
/// <param name="UnknownAddresses">The addresses in the file that match nobody's email, each once, in the order met.</param>
internal sealed record BusyCalendar(IReadOnlyList<BusyTime> BusyTimes, IReadOnlyList<string> UnknownAddresses);

/// <summary>
/// Reads existing appointments from an iCalendar file (RFC 5545) for <c>pop schedule --busy</c>.
/// VEVENTs go through Ical.Net: recurrences are expanded (only within the plan's window and a day
/// either side; a RECURRENCE-ID moves or cancels one occurrence), TZID is honoured so clock changes fall right, date-only and floating times are
/// taken in the plan's zone, and transparent or cancelled events are skipped, as is an attendee who
/// declined. VFREEBUSY components give their FREEBUSY periods (FBTYPE=FREE ignored); Ical.Net 5.2
/// does not hand those periods out, so they are read from the file's lines here. A stretch belongs
/// to every ATTENDEE and the ORGANIZER whose <c>mailto:</c> address is an email in the CSV (case
/// ignored).
/// </summary>
internal static class BusyCalendarReader
{
    /// <summary>The largest file read: 32 MB (a real export of a team's two years is a few MB; Ical.Net needs about 50 bytes of memory per byte of file).</summary>
    public const long MaxFileBytes = 32L << 20;

    /// <summary>The most busy stretches read from one file, counted once per person they belong to.</summary>
    public const int MaxBusyTimes = 1_000_000;

    /// <summary>The most RDATE and EXDATE values of one event: Ical.Net's cost grows with the square of them (10,000 took 6 s).</summary>
    public const int MaxDatesPerEvent = 1_000;

    /// <summary>The most RDATE and EXDATE values in one file.</summary>
    public const int MaxDatesPerFile = 20_000;

    private static readonly PeriodPattern IsoPeriod = PeriodPattern.NormalizingIso;
    private static readonly LocalDateTimePattern Basic = LocalDateTimePattern.CreateWithInvariantCulture("uuuuMMdd'T'HHmmss");
    private static readonly LocalDatePattern BasicDate = LocalDatePattern.CreateWithInvariantCulture("uuuuMMdd");

    /// <exception cref="CliException">The file is missing or is not an iCalendar file that can be read (exit code 3).</exception>
    public static BusyCalendar Read(string path, Contacts contacts, DateInterval window, DateTimeZone zone, int maxBusyTimes = MaxBusyTimes)
    {
        if (!File.Exists(path))
        {
            throw new CliException($"The busy-time file '{path}' does not exist.", ExitCodes.Input);
        }

        long size = new FileInfo(path).Length;
        if (size > MaxFileBytes)
        {
            throw new CliException($"{path} is {size / (1 << 20):N0} MB; pop reads a busy-time file of at most {MaxFileBytes >> 20} MB (export the people and the months of the plan only).", ExitCodes.Input);
        }

        string text = File.ReadAllText(path);
        if (!text.TrimStart('\uFEFF', ' ', '\r', '\n', '\t').StartsWith("BEGIN:VCALENDAR", StringComparison.OrdinalIgnoreCase))
        {
            throw new CliException($"{path} is not an iCalendar file: it does not start with BEGIN:VCALENDAR.", ExitCodes.Input);
        }

        string unfolded = Unfold(text);
        CountDates(unfolded, path);

        // The window in instants, wide enough for every zone (UTC-12 to UTC+14) and a day either side.
        var from = window.Start.PlusDays(-1).AtMidnight().InUtc().ToInstant() - NodaTime.Duration.FromHours(14);
        var to = window.End.PlusDays(2).AtMidnight().InUtc().ToInstant() + NodaTime.Duration.FromHours(12);
        var busy = new List<BusyTime>();
        var unknown = new List<string>();
        var seenUnknown = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

        List<string> Owners(IEnumerable<Uri?> addresses)
        {
            var ids = new List<string>(2);
            foreach (var uri in addresses)
            {
                if (uri is null)
                {
                    continue;
                }

                string raw = uri.OriginalString;
                string? address = Contacts.FromMailTo(raw);
                if (address is not null && contacts.ByEmail(address) is { } id)
                {
                    if (!ids.Contains(id))
                    {
                        ids.Add(id);
                    }
                }
                else if (seenUnknown.Add(address ?? raw))
                {
                    unknown.Add(Shown(address ?? raw));
                }
            }

            return ids;
        }

        void Add(List<string> owners, Instant start, Instant end)
        {
            if (end > start && end > from && start < to)
            {
                if (busy.Count + owners.Count > maxBusyTimes)
                {
                    throw new CliException($"{path} gives more than {maxBusyTimes:N0} busy stretches (each counted once per person) in the plan's window; no real calendar does: export the people and the months of the plan only.", ExitCodes.Input);
                }

                foreach (var id in owners)
                {
                    busy.Add(new BusyTime(id, new Interval(start, end)));
                }
            }
        }

        try
        {
            var calendar = Calendar.Load(text) ?? throw new CliException($"{path} holds no calendar.", ExitCodes.Input);
            var first = Utc(from);
            var last = Utc(to);
            var ownersOf = new Dictionary<CalendarEvent, List<string>>(ReferenceEqualityComparer.Instance);
            foreach (var e in calendar.Events)
            {
                if (e.DtStart is null)
                {
                    throw new CliException($"{path}: the event '{Shown(e.Uid)}' has no DTSTART that can be read.", ExitCodes.Input);
                }

                OnceADayAtMost(e, path);

                if (!string.Equals(e.Transparency, "TRANSPARENT", StringComparison.OrdinalIgnoreCase) && !string.Equals(e.Status, "CANCELLED", StringComparison.OrdinalIgnoreCase))
                {
                    ownersOf.Add(e, Owners(
                        e.Attendees.Where(a => !string.Equals(a.ParticipationStatus, "DECLINED", StringComparison.OrdinalIgnoreCase)).Select(a => a.Value)
                            .Append(e.Organizer?.Value)));
                }
            }

            // A series with an occurrence moved or cancelled on its own (events that share its UID and
            // have a RECURRENCE-ID) goes through a calendar of its own, which puts the override in place
            // of the occurrence the rule gives; every other event is expanded by itself. (Expanding the
            // whole calendar at once merges all series in time order: minutes for thousands of them.)
            foreach (var series in calendar.Events.GroupBy(e => e.Uid ?? string.Empty, StringComparer.Ordinal))
            {
                IEnumerable<Occurrence> occurrences;
                if (series.Skip(1).Any() && series.Any(e => e.RecurrenceIdentifier is not null))
                {
                    var own = new Calendar();
                    foreach (var e in series.ToList())
                    {
                        own.Events.Add(e);
                    }

                    occurrences = own.GetOccurrences<CalendarEvent>(first).TakeWhileBefore(last);
                }
                else
                {
                    occurrences = series.SelectMany(e => e.GetOccurrences(first).TakeWhileBefore(last));
                }

                foreach (var occurrence in occurrences)
                {
                    if (occurrence.Source is not CalendarEvent e || !ownersOf.TryGetValue(e, out var owners) || owners.Count == 0)
                    {
                        continue; // transparent, cancelled, or nobody's we know
                    }

                    var start = ToInstant(occurrence.Period.StartTime, zone, path);
                    var endTime = occurrence.Period.EffectiveEndTime;
                    var end = endTime is not null ? ToInstant(endTime, zone, path)
                        : occurrence.Period.StartTime.HasTime ? start
                        : ToInstant(occurrence.Period.StartTime.AddDays(1), zone, path);
                    Add(owners, start, end);
                }
            }
        }
        catch (Exception ex) when (ex is not CliException)
        {
            throw new CliException($"{path} cannot be read as iCalendar: {Shown(ex.Message)}", ExitCodes.Input);
        }

        ReadFreeBusy(unfolded, path, zone, Owners, Add);
        return new BusyCalendar(busy, unknown);
    }

    private static CalDateTime Utc(Instant instant)
    {
        var u = instant.InUtc();
        return new CalDateTime(u.Year, u.Month, u.Day, u.Hour, u.Minute, u.Second, "UTC");
    }

    /// <summary>
    /// Text from the file as it may be shown on a terminal: on one line, control and format
    /// characters (an escape sequence, a bidi override) as '?', at most 100 characters.
    /// </summary>
    internal static string Shown(string? text) => Terminal.OneLine(text, 100);

    /// <summary>
    /// A series repeats at most once a day (FREQ of DAILY or longer, no BYHOUR, BYMINUTE or
    /// BYSECOND) and starts in 1900 or later: at most about 735 occurrences in a two-year window, and
    /// a bounded walk up to it. Calendar programs write nothing else; the rest are millions of
    /// occurrences (minutes and gigabytes).
    /// </summary>
    private static void OnceADayAtMost(CalendarEvent e, string path)
    {
#pragma warning disable CS0618 // several RRULEs and EXRULE are deprecated, but Ical.Net still expands them, so they are checked too
        var rules = e.RecurrenceRules.Concat(e.ExceptionRules).ToList();
#pragma warning restore CS0618
        foreach (var rule in rules)
        {
            string? why = rule.Frequency is FrequencyType.Secondly or FrequencyType.Minutely or FrequencyType.Hourly ? "FREQ=" + rule.Frequency.ToString().ToUpperInvariant()
                : rule.ByHour.Count > 0 ? "BYHOUR"
                : rule.ByMinute.Count > 0 ? "BYMINUTE"
                : rule.BySecond.Count > 0 ? "BYSECOND"
                : null;
            if (why is not null)
            {
                throw new CliException($"{path}: the event '{Shown(e.Uid)}' repeats more than once a day ({why}); pop reads series that repeat at most daily.", ExitCodes.Input);
            }
        }

        if (rules.Count > 0 && e.DtStart!.Year < 1900)
        {
            throw new CliException($"{path}: the series '{Shown(e.Uid)}' starts in the year {e.DtStart.Year}; pop reads series that start in 1900 or later.", ExitCodes.Input);
        }
    }

    private static Instant ToInstant(CalDateTime t, DateTimeZone zone, string path)
    {
        if (!t.HasTime)
        {
            return new LocalDate(t.Year, t.Month, t.Day).AtStartOfDayInZone(zone).ToInstant();
        }

        var local = new LocalDateTime(t.Year, t.Month, t.Day, t.Hour, t.Minute, t.Second);
        if (t.IsUtc)
        {
            return local.InUtc().ToInstant();
        }

        if (t.TzId is null)
        {
            return local.InZoneLeniently(zone).ToInstant(); // floating: the plan's zone
        }

        if (DateTimeZoneProviders.Tzdb.GetZoneOrNull(t.TzId) is { } tz)
        {
            return local.InZoneLeniently(tz).ToInstant();
        }

        try
        {
            return Instant.FromDateTimeUtc(DateTime.SpecifyKind(t.AsUtc, DateTimeKind.Utc)); // Ical.Net knows more names (Windows ones)
        }
        catch (ArgumentException)
        {
            throw new CliException($"{path}: TZID '{Shown(t.TzId)}' is not a time zone pop knows (an IANA name such as Europe/Amsterdam).", ExitCodes.Input);
        }
    }

    /// <summary>The FREEBUSY periods of each VFREEBUSY, read from the unfolded content lines.</summary>
    private static void ReadFreeBusy(string unfolded, string path, DateTimeZone zone, Func<IEnumerable<Uri?>, List<string>> owners, Action<List<string>, Instant, Instant> add)
    {
        bool inside = false;
        var addresses = new List<Uri?>();
        var periods = new List<(Instant Start, Instant End)>();
        foreach (var raw in unfolded.Split('\n'))
        {
            string line = raw.TrimEnd('\r');
            if (line.Equals("BEGIN:VFREEBUSY", StringComparison.OrdinalIgnoreCase))
            {
                inside = true;
                addresses.Clear();
                periods.Clear();
                continue;
            }

            if (!inside)
            {
                continue;
            }

            if (line.Equals("END:VFREEBUSY", StringComparison.OrdinalIgnoreCase))
            {
                inside = false;
                var ids = owners(addresses);
                foreach (var (start, end) in periods)
                {
                    add(ids, start, end);
                }

                continue;
            }

            int colon = ValueStart(line);
            if (colon < 0)
            {
                continue;
            }

            string head = line.Substring(0, colon), value = line.Substring(colon + 1);
            string name = head.Split(';')[0].ToUpperInvariant();
            if (name is "ATTENDEE" or "ORGANIZER")
            {
                addresses.Add(Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri) ? uri : new Uri("x-unknown:" + Uri.EscapeDataString(value.Trim())));
            }
            else if (name == "FREEBUSY" && !head.ToUpperInvariant().Contains(";FBTYPE=FREE", StringComparison.Ordinal))
            {
                foreach (var period in value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    periods.Add(Period(period, zone, path));
                }
            }
        }
    }

    private static string Unfold(string text) =>
        text.Replace("\r\n ", string.Empty).Replace("\r\n\t", string.Empty).Replace("\n ", string.Empty).Replace("\n\t", string.Empty);

    /// <summary>Refuses an event with more than <see cref="MaxDatesPerEvent"/> RDATE and EXDATE values, or a file with more than <see cref="MaxDatesPerFile"/>, before Ical.Net sees them.</summary>
    private static void CountDates(string unfolded, string path)
    {
        int inEvent = 0, inFile = 0;
        string uid = string.Empty;
        foreach (var raw in unfolded.Split('\n'))
        {
            string line = raw.TrimEnd('\r');
            if (line.StartsWith("BEGIN:VEVENT", StringComparison.OrdinalIgnoreCase))
            {
                inEvent = 0;
                uid = string.Empty;
                continue;
            }

            if (line.StartsWith("UID:", StringComparison.OrdinalIgnoreCase))
            {
                uid = line.Substring(4);
                continue;
            }

            bool dates = line.StartsWith("RDATE", StringComparison.OrdinalIgnoreCase) || line.StartsWith("EXDATE", StringComparison.OrdinalIgnoreCase);
            int colon = dates ? ValueStart(line) : -1;
            if (colon < 0 || line.Substring(0, colon).Split(';')[0].ToUpperInvariant() is not ("RDATE" or "EXDATE"))
            {
                if (line.StartsWith("END:VEVENT", StringComparison.OrdinalIgnoreCase) && inEvent > MaxDatesPerEvent)
                {
                    throw new CliException($"{path}: the event '{Shown(uid)}' lists {inEvent:N0} RDATE and EXDATE dates; pop reads at most {MaxDatesPerEvent:N0} per event.", ExitCodes.Input);
                }

                continue;
            }

            int values = 1;
            for (int i = colon + 1; i < line.Length; i++)
            {
                values += line[i] == ',' ? 1 : 0;
            }

            inEvent += values;
            inFile += values;
            if (inFile > MaxDatesPerFile)
            {
                throw new CliException($"{path} lists more than {MaxDatesPerFile:N0} RDATE and EXDATE dates; pop reads at most {MaxDatesPerFile:N0} per file and {MaxDatesPerEvent:N0} per event.", ExitCodes.Input);
            }
        }
    }

    /// <summary>Where the value of a content line starts: the first colon outside a quoted parameter value.</summary>
    private static int ValueStart(string line)
    {
        bool quoted = false;
        for (int i = 0; i < line.Length; i++)
        {
            if (line[i] == '"')
            {
                quoted = !quoted;
            }
            else if (line[i] == ':' && !quoted)
            {
                return i;
            }
        }

        return -1;
    }

    private static (Instant Start, Instant End) Period(string text, DateTimeZone zone, string path)
    {
        int slash = text.IndexOf('/');
        if (slash > 0 && Moment(text.Substring(0, slash), zone) is { } start)
        {
            string rest = text.Substring(slash + 1);
            if (rest.StartsWith('P') && IsoPeriod.Parse(rest) is { Success: true } length && length.Value.Months == 0 && length.Value.Years == 0)
            {
                try
                {
                    var until = start + length.Value.ToDuration();
                    if (until.InUtc().Year <= 9999)
                    {
                        return (start, until);
                    }
                }
                catch (OverflowException)
                {
                }

                throw new CliException($"{path}: FREEBUSY period '{Shown(text)}' ends after the year 9999.", ExitCodes.Input);
            }

            if (Moment(rest, zone) is { } end)
            {
                return (start, end);
            }
        }

        throw new CliException($"{path}: FREEBUSY period '{Shown(text)}' is not start/end or start/duration (e.g. 20270315T080000Z/PT1H).", ExitCodes.Input);
    }

    private static Instant? Moment(string text, DateTimeZone zone)
    {
        bool utc = text.EndsWith('Z');
        var parsed = Basic.Parse(utc ? text.Substring(0, text.Length - 1) : text);
        if (!parsed.Success)
        {
            return BasicDate.Parse(text) is { Success: true } day ? day.Value.AtStartOfDayInZone(zone).ToInstant() : null;
        }

        return utc ? parsed.Value.InUtc().ToInstant() : parsed.Value.InZoneLeniently(zone).ToInstant();
    }
}

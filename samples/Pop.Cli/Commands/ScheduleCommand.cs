namespace Pop.Cli.Commands;

using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using Pop.Core.Cycles;

/// <summary><c>pop schedule</c>: plans the conversation cycle for an organisation from a CSV of employees.</summary>
internal static class ScheduleCommand
{
    public const string Help = """
        pop schedule --employees FILE.csv --cycle-start YYYY-MM-DD --cycle-end YYYY-MM-DD
                     [--zone Europe/Amsterdam] [--capacity 4] [--spreading even|early]
                     [--today YYYY-MM-DD] [--format csv|json|ics] [--out FILE] [--busy FILE.ics]
                     [--report FILE|- [--culture nl|en]]

        Plans one conversation per employee in the window: no manager double-booked or over
        capacity, announced at least 14 days and talking points exchanged at least 7 days ahead,
        on Dutch working days, with follow-up, interim check and next conversation.

          --cycle-start, --cycle-end  the window, both days included: dates from 1900-01-01 to
                    2999-12-31, at most 731 days (two years) long
          --today   the day lead times count from (default: today in --zone); 1900 to 2999
          --busy    an iCalendar file of existing appointments: no conversation is put in them.
                    VEVENTs (recurring ones expanded, TZID honoured; transparent, cancelled and
                    declined ones skipped) and VFREEBUSY busy periods count for each ATTENDEE and
                    the ORGANIZER whose mailto: address is an email in the CSV (case ignored);
                    other addresses are named in one line on standard error. Times without a zone
                    and all-day events are taken in --zone. A file that cannot be read: exit code 3,
                    as is one past limits no real calendar reaches: more than 32 MB, more than
                    1,000,000 busy stretches (one per person per appointment) in the window, more
                    than 1,000 RDATE and EXDATE dates in an event or 20,000 in the file, or a
                    series that repeats more than once a day (FREQ=HOURLY, MINUTELY or SECONDLY,
                    BYHOUR, BYMINUTE, BYSECOND) or starts before 1900. Text from the file shown on
                    standard error has control characters as '?' and is cut at 100 characters.
          --report  also write the plan report per manager (days, load, excused, shortfalls): JSON
                    for FILE.json, text otherwise (in --culture, default nl); - for standard error

        Input CSV (header row): employee_id,manager_id and optionally name,time_zone,hire_date,
        unavailable (leave as YYYY-MM-DD..YYYY-MM-DD ranges separated by ';'), excused (a reason),
        email (a plain address as name@example.nl, each person their own; anything else is an
        input error naming file, line and value, the value cut at 100 characters and its control
        characters shown as '?').
        """ + "\n" + CsvTable.Contract + "\n" + """

        Output: csv (default) with the columns employee_id,manager_id,announce_on,
        talking_points_due,conversation_start,conversation_end,follow_up_on,interim_check_on,
        next_conversation_on (the same with or without email); json; or ics, an RFC 5545 calendar
        written event by event: each conversation at its time in the zone the plan gives it (TZID,
        with a VTIMEZONE per zone), follow-up and interim checks as all-day events that leave the
        day free. Attendees are the employee and the manager as mailto: addresses named by the
        name column (else the id); whoever has no email, a manager without a row too, is left out,
        never given an address. The manager is the organiser when they have an email.

        With --out, a run of 20,000 people or more shows on the terminal (standard error, only when
        it is a terminal) that it is planning and how far the writing is.
        """ + "\n" + CsvTable.OutputContract + "\n" + """

        Exit codes: 0 planned; 1 the window cannot hold some team (each manager and the shortfall
        on standard error); 2 wrong options (a window outside the limits too); 3 unreadable input;
        70 internal error.

        Example:
          pop schedule --employees samples/Pop.Cli/employees.csv --cycle-start 2027-01-11 --cycle-end 2027-02-26 --today 2026-12-01
          pop schedule --employees samples/Pop.Cli/employees.csv --busy samples/Pop.Cli/busy.ics --cycle-start 2027-01-11 --cycle-end 2027-02-26 --today 2026-12-01 --format ics --out pop.ics
        """;

    private static readonly LocalDatePattern Date = LocalDatePattern.Iso;
    private static readonly OffsetDateTimePattern Stamp = OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'sso<+HH:mm>");

    public static int Run(CliArguments args, IClock clock)
    {
        string file = args.Text("--employees") ?? throw new CliException("--employees is required: a CSV with employee_id,manager_id.");
        var zone = CommonOptions.Zone(args);
        var start = Required(args, "--cycle-start");
        var end = Required(args, "--cycle-end");
        int capacity = args.Integer("--capacity", 4, 1, 48);
        string spreading = args.Choice("--spreading", "even", "even", "early");
        var today = CommonOptions.Date(args, "--today", CommonOptions.Today(clock, zone));
        string format = args.Choice("--format", "csv", "csv", "json", "ics");
        string? outPath = args.Text("--out");
        string? busyPath = args.Text("--busy");
        var report = ScheduleReport.From(args);
        args.RejectUnknown();
        InSupportedYears(start, "--cycle-start");
        InSupportedYears(end, "--cycle-end");
        if (end < start)
        {
            throw new CliException($"--cycle-end ({Date.Format(end)}) lies before --cycle-start ({Date.Format(start)}).");
        }

        int days = NodaTime.Period.DaysBetween(start, end) + 1;
        if (days > CyclePlanner.MaxWindowDays)
        {
            throw new CliException($"--cycle-end must be at most {CyclePlanner.MaxWindowDays} days (two years) from --cycle-start, both days counted; got {Date.Format(start)}..{Date.Format(end)}, {days} days.");
        }

        InSupportedYears(today, "--today");

        var contacts = new Contacts();
        var people = ReadEmployees(file, contacts);
        var busy = busyPath is null ? null : ReadBusy(busyPath, file, contacts, new DateInterval(start, end), zone);
        var policy = new CyclePolicy
        {
            Zone = zone,
            ManagerCapacityPerDay = capacity,
            Spreading = spreading == "early" ? SpreadingMode.AsEarlyAsPossible : SpreadingMode.Even,
        };
        var todayClock = new FixedClock(today.At(new LocalTime(12, 0)).InZoneLeniently(zone).ToInstant());
        bool progress = outPath is not null && !Console.IsErrorRedirected && people.Count >= 20_000;
        if (progress)
        {
            Console.Error.Write($"Planning {people.Count:N0} conversations…");
        }

        CyclePlan plan;
        try
        {
            var planner = busy is null ? new CyclePlanner(policy, todayClock) : new CyclePlanner(policy, todayClock, busy);
            plan = planner.Plan(people, new DateInterval(start, end));
        }
        catch (ArgumentOutOfRangeException e) when (e.ParamName == "window")
        {
            // The options are checked against the planner's limits above; should the planner refuse
            // a window for a reason of its own, it is still the options' fault, said in one line.
            throw new CliException("--cycle-start/--cycle-end: " + e.Message.Split(new[] { " (Parameter" }, StringSplitOptions.None)[0]);
        }
        catch (InfeasibleCycleException e)
        {
            if (progress)
            {
                Console.Error.WriteLine();
            }

            Console.Error.WriteLine($"pop: the window {Date.Format(start)}..{Date.Format(end)} cannot hold {e.Shortfalls.Count} team(s); nothing was planned:");
            foreach (var s in e.Shortfalls)
            {
                Console.Error.WriteLine($"pop:   manager {s.ManagerId}: {s.TeamSize} conversations, room for {s.Placeable} ({s.WorkingDays} working days × {s.CapacityPerDay}); {s.Shortfall} short{(s.Unplaced.Count > 0 ? ": " + Unplaced(s.Unplaced) : string.Empty)}");
            }

            report?.Write(e, new DateInterval(start, end));
            return ExitCodes.NotPassed;
        }

        if (progress && format == "ics")
        {
            Console.Error.WriteLine(" planned.");
        }

        using (var output = outPath is null ? Console.OpenStandardOutput() : File.Create(outPath))
        {
            var writer = new StreamWriter(output, new UTF8Encoding(false), 1 << 16);
            switch (format)
            {
                case "json":
                    WriteJson(output, writer, plan);
                    break;
                case "ics":
                    WriteIcs(writer, plan, contacts, clock.GetCurrentInstant(), progress);
                    break;
                default:
                    WriteCsv(writer, plan, progress);
                    break;
            }

            writer.Flush();
        }

        if (progress)
        {
            Console.Error.WriteLine(" done.");
        }

        report?.Write(plan);

        if (plan.Excused.Count > 0)
        {
            Console.Error.WriteLine($"pop: {plan.Excused.Count} excused: " + string.Join("; ", plan.Excused.Take(5).Select(e => $"{e.EmployeeId} ({e.Reason})")) + (plan.Excused.Count > 5 ? "; …" : string.Empty));
        }

        return ExitCodes.Success;
    }

    private static void InSupportedYears(LocalDate date, string option)
    {
        if (date.Year < CyclePlanner.EarliestYear || date.Year > CyclePlanner.LatestYear)
        {
            throw new CliException($"{option} must be a date from {CyclePlanner.EarliestYear}-01-01 to {CyclePlanner.LatestYear}-12-31; got '{Date.Format(date)}'.");
        }
    }

    private static LocalDate Required(CliArguments args, string name) =>
        args.Text(name) is null ? throw new CliException($"{name} is required: a date as YYYY-MM-DD.") : CommonOptions.Date(args, name, default);

    private static List<CycleParticipant> ReadEmployees(string path, Contacts contacts)
    {
        var table = CsvTable.Read(path, new[] { "employee_id", "manager_id" });
        var people = new List<CycleParticipant>(table.Rows.Count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (line, fields) in table.Rows)
        {
            string id = table.Required(fields, "employee_id", line);
            string manager = table.Required(fields, "manager_id", line);
            if (!seen.Add(id))
            {
                throw new CliException($"{path} line {line}: employee_id '{id}' occurs twice.", ExitCodes.Input);
            }

            if (id == manager)
            {
                throw new CliException($"{path} line {line}: employee '{id}' cannot be their own manager.", ExitCodes.Input);
            }

            DateTimeZone? zone = null;
            if (table.Get(fields, "time_zone") is { } zoneId)
            {
                zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(zoneId) ?? throw new CliException($"{path} line {line}: '{zoneId}' is not an IANA time zone.", ExitCodes.Input);
            }

            LocalDate? hired = null;
            if (table.Get(fields, "hire_date") is { } hire)
            {
                var parsed = Date.Parse(hire);
                hired = parsed.Success ? parsed.Value : throw new CliException($"{path} line {line}: hire_date '{hire}' is not a date as YYYY-MM-DD.", ExitCodes.Input);
            }

            var leave = new List<DateInterval>();
            if (table.Get(fields, "unavailable") is { } ranges)
            {
                foreach (var range in ranges.Split(new[] { ';' }, StringSplitOptions.RemoveEmptyEntries))
                {
                    leave.Add(Range(range.Trim(), path, line));
                }
            }

            string? email = table.Get(fields, "email");
            if (email is not null && !Contacts.IsAddress(email))
            {
                throw new CliException($"{path} line {line}: email '{BusyCalendarReader.Shown(email)}' is not an e-mail address as name@example.nl.", ExitCodes.Input);
            }

            string? name = table.Get(fields, "name");
            if (contacts.Add(id, name, email) is { } other)
            {
                throw new CliException($"{path} line {line}: email '{email}' is already the address of '{other}'; each person needs their own.", ExitCodes.Input);
            }

            people.Add(new CycleParticipant(id, manager)
            {
                Name = name,
                TimeZone = zone,
                HireDate = hired,
                Unavailable = leave,
                ExcusedReason = table.Get(fields, "excused"),
            });
        }

        return people;
    }

    /// <summary>The appointments in the --busy file of the people in the CSV; addresses that match nobody are named in one line.</summary>
    private static BusyTimeTable ReadBusy(string path, string employees, Contacts contacts, DateInterval window, DateTimeZone zone)
    {
        var read = BusyCalendarReader.Read(path, contacts, window, zone);
        int n = read.UnknownAddresses.Count;
        if (n > 0)
        {
            Console.Error.WriteLine(
                $"pop: {path}: {n} address{(n == 1 ? string.Empty : "es")} match{(n == 1 ? "es" : string.Empty)} no email in {employees}; their busy time is not used: " +
                string.Join(", ", read.UnknownAddresses.Take(5)) + (n > 5 ? $" and {n - 5} more" : string.Empty));
        }

        return new BusyTimeTable(read.BusyTimes);
    }

    private static DateInterval Range(string text, string path, int line)
    {
        int dots = text.IndexOf("..", StringComparison.Ordinal);
        var from = dots > 0 ? Date.Parse(text.Substring(0, dots)) : null;
        var to = dots > 0 ? Date.Parse(text.Substring(dots + 2)) : null;
        if (from is null || to is null || !from.Success || !to.Success)
        {
            throw new CliException($"{path} line {line}: unavailable '{text}' is not a range as YYYY-MM-DD..YYYY-MM-DD.", ExitCodes.Input);
        }

        if (to.Value < from.Value)
        {
            throw new CliException($"{path} line {line}: unavailable '{text}' ends before it starts.", ExitCodes.Input);
        }

        return new DateInterval(from.Value, to.Value);
    }

    private static void WriteCsv(StreamWriter w, CyclePlan plan, bool progress)
    {
        w.Write("employee_id,manager_id,announce_on,talking_points_due,conversation_start,conversation_end,follow_up_on,interim_check_on,next_conversation_on\n");
        int n = 0;
        foreach (var c in plan.Conversations)
        {
            w.Write(CsvTable.Cell(c.EmployeeId));
            w.Write(',');
            w.Write(CsvTable.Cell(c.ManagerId));
            w.Write(',');
            w.Write(Date.Format(c.AnnounceOn));
            w.Write(',');
            w.Write(Date.Format(c.TalkingPointsDue));
            w.Write(',');
            w.Write(Stamp.Format(c.Start.ToOffsetDateTime()));
            w.Write(',');
            w.Write(Stamp.Format(c.End.ToOffsetDateTime()));
            w.Write(',');
            w.Write(Date.Format(c.FollowUpOn));
            w.Write(',');
            w.Write(string.Join(";", c.InterimChecksOn.Select(Date.Format)));
            w.Write(',');
            w.Write(Date.Format(c.NextConversationOn));
            w.Write('\n');
            if (progress && ++n % 20_000 == 0)
            {
                Console.Error.Write('.');
            }
        }
    }

    private static void WriteJson(Stream output, StreamWriter writer, CyclePlan plan)
    {
        writer.Flush();
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartObject();
        json.WriteString("windowStart", Date.Format(plan.Window.Start));
        json.WriteString("windowEnd", Date.Format(plan.Window.End));
        json.WriteString("usableFrom", Date.Format(plan.UsableWindow.Start));
        json.WriteStartArray("conversations");
        foreach (var c in plan.Conversations)
        {
            json.WriteStartObject();
            json.WriteString("employeeId", c.EmployeeId);
            json.WriteString("managerId", c.ManagerId);
            json.WriteString("announceOn", Date.Format(c.AnnounceOn));
            json.WriteString("talkingPointsDue", Date.Format(c.TalkingPointsDue));
            json.WriteString("conversationStart", Stamp.Format(c.Start.ToOffsetDateTime()));
            json.WriteString("conversationEnd", Stamp.Format(c.End.ToOffsetDateTime()));
            json.WriteString("timeZone", c.Start.Zone.Id);
            json.WriteString("followUpOn", Date.Format(c.FollowUpOn));
            json.WriteStartArray("interimChecksOn");
            foreach (var d in c.InterimChecksOn)
            {
                json.WriteStringValue(Date.Format(d));
            }

            json.WriteEndArray();
            json.WriteString("nextConversationOn", Date.Format(c.NextConversationOn));
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("excused");
        foreach (var e in plan.Excused)
        {
            json.WriteStartObject();
            json.WriteString("employeeId", e.EmployeeId);
            json.WriteString("managerId", e.ManagerId);
            json.WriteString("reason", e.Reason);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
        output.WriteByte((byte)'\n');
    }

    private static void WriteIcs(StreamWriter w, CyclePlan plan, Contacts contacts, Instant stamp, bool progress)
    {
        int total = plan.Conversations.Count, shown = -1;
        new IcsWriter(w, contacts, stamp).Write(plan, progress ? written =>
        {
            int percent = (int)(written * 100L / total);
            if (percent != shown)
            {
                shown = percent;
                Console.Error.Write($"\rWriting {total:N0} conversations… {percent}%");
            }
        }
        : null);
    }

    /// <summary>A clock stopped at the --today date: the host decides what "today" is for this run.</summary>
    private sealed class FixedClock : IClock
    {
        private readonly Instant instant;

        public FixedClock(Instant instant) => this.instant = instant;

        public Instant GetCurrentInstant() => instant;
    }

    /// <summary>Names the people left out, at most ten, so one line stays readable for a large team.</summary>
    private static string Unplaced(IReadOnlyList<string> ids) =>
        ids.Count <= 10 ? string.Join(", ", ids) : string.Join(", ", ids.Take(10)) + $" and {ids.Count - 10} more";
}

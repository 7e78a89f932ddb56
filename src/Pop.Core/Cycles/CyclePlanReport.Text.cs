namespace Pop.Core.Cycles;

using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using Ardalis.GuardClauses;
using NodaTime;
using Pop.Core.Texts;

/// <summary>The text form of the report.</summary>
public sealed partial class CyclePlanReport
{
    /// <summary>How many people a shortfall line names before it only counts the rest.</summary>
    private const int NamedUnplaced = 10;

    /// <summary>
    /// Writes the report for people: the window and the totals, then one line per manager (ordered by
    /// id) with their days indented below it, the load of each day against the capacity, and the
    /// excused of their team; or, when the window cannot hold every team, one line per short team.
    /// The usable window is named only where lead times cut it shorter than the window.
    /// Every text comes from the catalogue by a code starting with <c>CYCLE-REPORT.</c>; counts pick
    /// the <c>.one</c> or <c>.other</c> form of their text, dates read as people write them
    /// (<c>13 januari 2027</c>, <c>13 January 2027</c>).
    /// </summary>
    /// <param name="writer">Where the text goes.</param>
    /// <param name="culture">The culture (nl, en, or one the host added to <paramref name="texts"/>).</param>
    /// <param name="texts">The catalogue; null for <see cref="TextCatalog.Default"/>.</param>
    /// <param name="maxDayLines">The most day lines per manager (the rest is counted in one line); 0 writes none.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> or <paramref name="culture"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="maxDayLines"/> is negative.</exception>
    /// <exception cref="KeyNotFoundException"><paramref name="texts"/> lacks a <c>CYCLE-REPORT.</c> text in every culture.</exception>
    public void WriteText(TextWriter writer, CultureInfo culture, TextCatalog? texts = null, int maxDayLines = int.MaxValue)
    {
        Guard.Against.Null(writer, nameof(writer));
        Guard.Against.Null(culture, nameof(culture));
        Guard.Against.Negative(maxDayLines, nameof(maxDayLines));
        new Renderer(writer, culture, texts ?? TextCatalog.Default, maxDayLines).Write(this);
    }

    /// <summary>Renders the report for people, as <see cref="WriteText"/> writes it.</summary>
    /// <param name="culture">The culture (nl, en, or one the host added to <paramref name="texts"/>).</param>
    /// <param name="texts">The catalogue; null for <see cref="TextCatalog.Default"/>.</param>
    /// <param name="maxDayLines">The most day lines per manager (the rest is counted in one line); 0 writes none.</param>
    /// <returns>The text, one line per manager and per day, ending in a line break.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="culture"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="maxDayLines"/> is negative.</exception>
    /// <exception cref="KeyNotFoundException"><paramref name="texts"/> lacks a <c>CYCLE-REPORT.</c> text in every culture.</exception>
    public string ToText(CultureInfo culture, TextCatalog? texts = null, int maxDayLines = int.MaxValue)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        WriteText(writer, culture, texts, maxDayLines);
        return writer.ToString();
    }

    /// <summary>Writes one report in one culture.</summary>
    private sealed class Renderer
    {
        private const string Indent = "    ";
        private readonly TextWriter writer;
        private readonly CultureInfo culture;
        private readonly TextCatalog texts;
        private readonly int maxDayLines;
        private readonly string[] months;
        private readonly Dictionary<string, string[]> templates = new(StringComparer.Ordinal);
        private readonly Dictionary<LocalDate, string> dates = new();
        private readonly Dictionary<string, Dictionary<int, string>> plurals = new(StringComparer.Ordinal);
        private readonly StringBuilder list = new();
        private readonly StringBuilder text = new();

        public Renderer(TextWriter writer, CultureInfo culture, TextCatalog texts, int maxDayLines)
        {
            this.writer = writer;
            this.culture = culture;
            this.texts = texts;
            this.maxDayLines = maxDayLines;
            months = texts.Template("CYCLE-REPORT.months", culture).Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
        }

        public void Write(CyclePlanReport report)
        {
            if (report.Window is { } window)
            {
                string line = Text("CYCLE-REPORT.window", ("Start", Date(window.Start)), ("End", Date(window.End)));
                if (report.UsableWindow is { } usable && !usable.Equals(window))
                {
                    line += " " + Text("CYCLE-REPORT.usable", ("Start", Date(usable.Start)), ("End", Date(usable.End)));
                }

                writer.WriteLine(line);
            }

            if (report.IsFeasible)
            {
                Line(
                    "CYCLE-REPORT.totals",
                    ("Conversations", Plural("CYCLE-REPORT.conversations", report.PlannedCount)),
                    ("Excused", Plural("CYCLE-REPORT.employees", report.ExcusedCount)),
                    ("Managers", Plural("CYCLE-REPORT.managers", report.ManagerCount)));
            }
            else
            {
                writer.WriteLine(Plural("CYCLE-REPORT.infeasible", report.Shortfalls.Count, ("Managers", Plural("CYCLE-REPORT.managers", report.Shortfalls.Count))));
            }

            writer.WriteLine();
            foreach (var manager in report.Managers)
            {
                Write(manager);
            }
        }

        private void Write(CycleManagerReport manager)
        {
            if (manager.Shortfall is { } s)
            {
                list.Clear();
                for (int i = 0; i < s.Unplaced.Count && i < NamedUnplaced; i++)
                {
                    list.Append(i == 0 ? string.Empty : ", ").Append(s.Unplaced[i]);
                }

                if (s.Unplaced.Count > NamedUnplaced)
                {
                    list.Append(' ').Append(Text("CYCLE-REPORT.more", ("Count", Number(s.Unplaced.Count - NamedUnplaced))));
                }

                Line(
                    "CYCLE-REPORT.shortfall",
                    ("Manager", s.ManagerId),
                    ("TeamSize", Number(s.TeamSize)),
                    ("Room", Plural("CYCLE-REPORT.conversations", s.Placeable)),
                    ("WorkingDays", Plural("CYCLE-REPORT.working-days", s.WorkingDays)),
                    ("Capacity", Number(s.CapacityPerDay)),
                    ("Unfit", Plural("CYCLE-REPORT.unfit", s.Shortfall)),
                    ("Unplaced", list.ToString()));
            }
            else if (manager.BusiestDay is { } busiest)
            {
                Line(
                    "CYCLE-REPORT.manager",
                    ("Manager", manager.ManagerId),
                    ("Conversations", Plural("CYCLE-REPORT.conversations", manager.Conversations.Count)),
                    ("Days", Plural("CYCLE-REPORT.days", manager.Days.Count)),
                    ("First", Date(manager.FirstDay!.Value)),
                    ("Last", Date(manager.LastDay!.Value)),
                    ("Busiest", Date(busiest.Date)),
                    ("Load", Number(busiest.Load)),
                    ("Capacity", Number(manager.Capacity)));
            }
            else
            {
                Line("CYCLE-REPORT.manager.none", ("Manager", manager.ManagerId));
            }

            int shown = Math.Min(maxDayLines, manager.Days.Count);
            for (int d = 0; d < shown; d++)
            {
                WriteDay(manager, manager.Days[d]);
            }

            if (shown < manager.Days.Count)
            {
                writer.Write(Indent);
                writer.WriteLine(Plural("CYCLE-REPORT.more-days", manager.Days.Count - shown));
            }

            foreach (var excusal in manager.Excused)
            {
                writer.Write(Indent);
                Line("CYCLE-REPORT.excused", ("Employee", excusal.EmployeeId), ("Reason", excusal.Describe(culture, texts)));
            }
        }

        private void WriteDay(CycleManagerReport manager, CycleDayLoad day)
        {
            list.Clear();
            for (int i = day.FirstIndex; i < day.FirstIndex + day.Held; i++)
            {
                list.Append(i == day.FirstIndex ? string.Empty : ", ").Append(manager.Conversations[i].EmployeeId);
            }

            if (day.IncludesOwnConversation)
            {
                list.Append("; ").Append(Text("CYCLE-REPORT.own", ("Manager", manager.OwnConversation!.ManagerId)));
            }

            writer.Write(Indent);
            Line(
                "CYCLE-REPORT.day",
                ("Date", Date(day.Date)),
                ("Conversations", Plural("CYCLE-REPORT.conversations", day.Held)),
                ("Load", Number(day.Load)),
                ("Capacity", Number(day.Capacity)),
                ("Employees", list.ToString()));
        }

        private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

        private string Date(LocalDate date)
        {
            // A cycle spans at most two years: each day is formatted once.
            if (!dates.TryGetValue(date, out var formatted))
            {
                formatted = Text(
                    "CYCLE-REPORT.date",
                    ("Day", Number(date.Day)),
                    ("Month", date.Month <= months.Length ? months[date.Month - 1] : Number(date.Month)),
                    ("Year", Number(date.Year)));
                dates.Add(date, formatted);
            }

            return formatted;
        }

        /// <summary>The <c>.one</c> form for exactly one, the <c>.other</c> form otherwise (so in Dutch and English).</summary>
        private string Plural(string code, int count)
        {
            if (!plurals.TryGetValue(code, out var byCount))
            {
                byCount = new Dictionary<int, string>();
                plurals.Add(code, byCount);
            }

            if (!byCount.TryGetValue(count, out var formatted))
            {
                formatted = Plural(code, count, Array.Empty<(string, string)>());
                byCount.Add(count, formatted);
            }

            return formatted;
        }

        private string Plural(string code, int count, params (string Name, string Value)[] more)
        {
            var all = new (string, string)[more.Length + 1];
            all[0] = ("Count", Number(count));
            Array.Copy(more, 0, all, 1, more.Length);
            return Text(code + (count == 1 ? ".one" : ".other"), all);
        }

        private string Text(string code, params (string Name, string Value)[] values)
        {
            text.Clear();
            foreach (var part in Parts(code))
            {
                text.Append(Value(part, values));
            }

            return text.ToString();
        }

        /// <summary>Writes one line straight to the writer: a long report builds no string per line.</summary>
        private void Line(string code, params (string Name, string Value)[] values)
        {
            foreach (var part in Parts(code))
            {
                writer.Write(Value(part, values));
            }

            writer.WriteLine();
        }

        /// <summary>A part is literal text, or a placeholder written as its name between braces.</summary>
        private static string Value(string part, (string Name, string Value)[] values)
        {
            if (part.Length > 2 && part[0] == '{' && part[part.Length - 1] == '}')
            {
                foreach (var (name, value) in values)
                {
                    if (string.CompareOrdinal(part, 1, name, 0, part.Length - 2) == 0 && name.Length == part.Length - 2)
                    {
                        return value;
                    }
                }
            }

            return part;
        }

        /// <summary>The template of <paramref name="code"/> cut into literal text and placeholders, once per report.</summary>
        private string[] Parts(string code)
        {
            if (templates.TryGetValue(code, out var parts))
            {
                return parts;
            }

            string template = texts.Template(code, culture);
            var list = new List<string>();
            int i = 0;
            while (i < template.Length)
            {
                int open = template.IndexOf('{', i);
                int close = open < 0 ? -1 : template.IndexOf('}', open + 1);
                if (open < 0 || close < 0)
                {
                    list.Add(template.Substring(i));
                    break;
                }

                if (open > i)
                {
                    list.Add(template.Substring(i, open - i));
                }

                list.Add(template.Substring(open, close - open + 1));
                i = close + 1;
            }

            parts = list.ToArray();
            templates.Add(code, parts);
            return parts;
        }
    }
}

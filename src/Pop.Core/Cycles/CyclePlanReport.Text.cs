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
        private readonly Dictionary<string, string> arguments = new(StringComparer.Ordinal);
        private readonly StringBuilder list = new();

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
                writer.WriteLine(Text(
                    "CYCLE-REPORT.totals",
                    ("Conversations", Plural("CYCLE-REPORT.conversations", report.PlannedCount)),
                    ("Excused", Plural("CYCLE-REPORT.employees", report.ExcusedCount)),
                    ("Managers", Plural("CYCLE-REPORT.managers", report.ManagerCount))));
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

                writer.WriteLine(Text(
                    "CYCLE-REPORT.shortfall",
                    ("Manager", s.ManagerId),
                    ("TeamSize", Number(s.TeamSize)),
                    ("Room", Plural("CYCLE-REPORT.conversations", s.Placeable)),
                    ("WorkingDays", Plural("CYCLE-REPORT.working-days", s.WorkingDays)),
                    ("Capacity", Number(s.CapacityPerDay)),
                    ("Unfit", Plural("CYCLE-REPORT.unfit", s.Shortfall)),
                    ("Unplaced", list.ToString())));
            }
            else if (manager.BusiestDay is { } busiest)
            {
                writer.WriteLine(Text(
                    "CYCLE-REPORT.manager",
                    ("Manager", manager.ManagerId),
                    ("Conversations", Plural("CYCLE-REPORT.conversations", manager.Conversations.Count)),
                    ("Days", Plural("CYCLE-REPORT.days", manager.Days.Count)),
                    ("First", Date(manager.FirstDay!.Value)),
                    ("Last", Date(manager.LastDay!.Value)),
                    ("Busiest", Date(busiest.Date)),
                    ("Load", Number(busiest.Load)),
                    ("Capacity", Number(manager.Capacity))));
            }
            else
            {
                writer.WriteLine(Text("CYCLE-REPORT.manager.none", ("Manager", manager.ManagerId)));
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
                writer.WriteLine(Text("CYCLE-REPORT.excused", ("Employee", excusal.EmployeeId), ("Reason", excusal.Describe(culture, texts))));
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
            writer.WriteLine(Text(
                "CYCLE-REPORT.day",
                ("Date", Date(day.Date)),
                ("Conversations", Plural("CYCLE-REPORT.conversations", day.Held)),
                ("Load", Number(day.Load)),
                ("Capacity", Number(day.Capacity)),
                ("Employees", list.ToString())));
        }

        private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

        private string Date(LocalDate date) => Text(
            "CYCLE-REPORT.date",
            ("Day", Number(date.Day)),
            ("Month", date.Month <= months.Length ? months[date.Month - 1] : Number(date.Month)),
            ("Year", Number(date.Year)));

        /// <summary>The <c>.one</c> form for exactly one, the <c>.other</c> form otherwise (so in Dutch and English).</summary>
        private string Plural(string code, int count, params (string Name, string Value)[] more)
        {
            var all = new (string, string)[more.Length + 1];
            all[0] = ("Count", Number(count));
            Array.Copy(more, 0, all, 1, more.Length);
            return Text(code + (count == 1 ? ".one" : ".other"), all);
        }

        private string Text(string code, params (string Name, string Value)[] values)
        {
            arguments.Clear();
            foreach (var (name, value) in values)
            {
                arguments[name] = value;
            }

            return texts.Format(code, culture, arguments);
        }
    }
}

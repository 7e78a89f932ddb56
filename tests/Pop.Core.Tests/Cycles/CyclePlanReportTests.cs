namespace Pop.Core.Tests.Cycles;

using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using NodaTime;
using NodaTime.Testing;
using Pop.Core.Cycles;
using Pop.Core.Texts;
using Xunit;

public sealed class CyclePlanReportTests
{
    private static readonly CultureInfo Nl = CultureInfo.GetCultureInfo("nl");
    private static readonly CultureInfo En = CultureInfo.GetCultureInfo("en");

    // Monday 11 January 2027 to Friday 22 January 2027.
    private static readonly DateInterval Window = new(new LocalDate(2027, 1, 11), new LocalDate(2027, 1, 22));

    private static FakeClock Clock() => new(Instant.FromUtc(2026, 12, 1, 9, 0));

    /// <summary>d holds m1's conversation; m1 holds e1's and e2's; x1 is excused by the host.</summary>
    private static CyclePlan SmallTree() =>
        new CyclePlanner(new CyclePolicy { Spreading = SpreadingMode.AsEarlyAsPossible }, Clock()).Plan(
            new[]
            {
                new CycleParticipant("m1", "d"),
                new CycleParticipant("e1", "m1"),
                new CycleParticipant("e2", "m1"),
                new CycleParticipant("x1", "m1") { ExcusedReason = "Ouderschapsverlof" },
            },
            Window);

    [Fact]
    public void A_managers_own_conversation_counts_in_the_load_of_its_day()
    {
        var plan = SmallTree();
        var report = CyclePlanReport.For(plan);

        Assert.True(report.IsFeasible);
        Assert.Equal(Window, report.Window);
        Assert.Equal(plan.UsableWindow, report.UsableWindow);
        Assert.Equal(3, report.PlannedCount);
        Assert.Equal(1, report.ExcusedCount);
        Assert.Equal(new[] { "d", "m1" }, report.Managers.Select(m => m.ManagerId));
        Assert.Empty(report.Shortfalls);

        var m1 = report.Managers[1];
        Assert.Equal(4, m1.Capacity);
        Assert.Equal(new[] { "e1", "e2" }, m1.Conversations.Select(c => c.EmployeeId).OrderBy(x => x, StringComparer.Ordinal));
        Assert.Same(plan.For("m1"), m1.OwnConversation);
        var day = Assert.Single(m1.Days);
        Assert.Equal(plan.For("e1").Date, day.Date);
        Assert.Equal(2, day.Held);
        Assert.Equal(plan.For("m1").Date == day.Date, day.IncludesOwnConversation);
        Assert.True(day.IncludesOwnConversation, "the early spreading puts m1's own conversation on the day of the team's");
        Assert.Equal(3, day.Load);
        Assert.Same(day, m1.BusiestDay);
        Assert.Equal(day.Date, m1.FirstDay);
        Assert.Equal(day.Date, m1.LastDay);
        var excused = Assert.Single(m1.Excused);
        Assert.Equal("x1", excused.EmployeeId);
        Assert.Null(excused.Code);
        Assert.Null(m1.Shortfall);

        var d = report.Managers[0];
        Assert.Null(d.OwnConversation);
        Assert.Equal(1, Assert.Single(d.Days).Load);
        Assert.Empty(d.Excused);
    }

    [Fact]
    public void Days_are_counted_per_manager_and_the_busiest_is_the_first_of_the_heaviest()
    {
        var people = Enumerable.Range(1, 7).Select(i => new CycleParticipant($"e{i}", "m")).ToList();
        var plan = new CyclePlanner(new CyclePolicy { Spreading = SpreadingMode.AsEarlyAsPossible, ManagerCapacityPerDay = 3 }, Clock()).Plan(people, Window);
        var m = Assert.Single(CyclePlanReport.For(plan).Managers);

        Assert.Equal(new[] { 3, 3, 1 }, m.Days.Select(x => x.Held));
        Assert.Equal(new[] { new LocalDate(2027, 1, 11), new LocalDate(2027, 1, 12), new LocalDate(2027, 1, 13) }, m.Days.Select(x => x.Date));
        Assert.Equal(new LocalDate(2027, 1, 11), m.BusiestDay!.Date);
        Assert.Equal(3, m.Capacity);
        Assert.Equal(new LocalDate(2027, 1, 13), m.LastDay);
        Assert.Equal(7, m.Conversations.Count);
        Assert.Equal(m.Conversations.OrderBy(c => c.Start.ToInstant()).Select(c => c.EmployeeId), m.Conversations.Select(c => c.EmployeeId));
    }

    [Fact]
    public void The_capacity_is_the_smaller_of_the_managers_capacity_and_the_slots_of_a_day()
    {
        var policy = new CyclePolicy { ManagerCapacityPerDay = 6, WorkdayStart = new LocalTime(9, 0), WorkdayEnd = new LocalTime(12, 0) };
        var plan = new CyclePlanner(policy, Clock()).Plan(new[] { new CycleParticipant("e1", "m") }, Window);
        Assert.Equal(3, CyclePlanReport.For(plan).Managers[0].Capacity);
    }

    [Fact]
    public void A_coded_excusal_keeps_its_code_and_is_rendered_in_the_culture()
    {
        var people = new[]
        {
            new CycleParticipant("a", "m") { HireDate = new LocalDate(2019, 3, 10) },
            new CycleParticipant("d", "m"),
        };
        var plan = new CyclePlanner(CyclePolicy.Default, new FakeClock(Instant.FromUtc(2027, 1, 15, 9, 0)))
            .PlanAnniversaries(people, new DateInterval(new LocalDate(2027, 3, 1), new LocalDate(2027, 3, 31)), HireAnniversaryPolicy.Default);
        var report = CyclePlanReport.For(plan);
        var excused = Assert.Single(report.Managers.Single().Excused);
        Assert.Equal("CYCLE-X01", excused.Code);

        Assert.Contains("d: " + excused.Describe(Nl), report.ToText(Nl), StringComparison.Ordinal);
        Assert.Contains("d: " + excused.Describe(En), report.ToText(En), StringComparison.Ordinal);
        Assert.Contains("Geen datum van indiensttreding bekend", report.ToText(Nl), StringComparison.Ordinal);
    }

    [Fact]
    public void An_infeasible_window_reports_each_short_team_and_who_is_left_out()
    {
        var people = Enumerable.Range(1, 12).Select(i => new CycleParticipant($"e{i:D2}", "m1"))
            .Append(new CycleParticipant("f1", "m2")).ToList();
        var week = new DateInterval(new LocalDate(2027, 1, 11), new LocalDate(2027, 1, 12));
        var error = Assert.Throws<InfeasibleCycleException>(() => new CyclePlanner(new CyclePolicy { ManagerCapacityPerDay = 5 }, Clock()).Plan(people, week));

        var report = CyclePlanReport.For(error, week);
        Assert.False(report.IsFeasible);
        Assert.Equal(week, report.Window);
        Assert.Null(report.UsableWindow);
        Assert.Equal(0, report.PlannedCount);
        var shortfall = Assert.Single(report.Shortfalls);
        Assert.Same(error.Shortfalls[0], shortfall);
        var m1 = Assert.Single(report.Managers);
        Assert.Equal("m1", m1.ManagerId);
        Assert.Same(shortfall, m1.Shortfall);
        Assert.Equal(5, m1.Capacity);
        Assert.Empty(m1.Days);
        Assert.Null(m1.BusiestDay);
        Assert.Null(m1.FirstDay);

        Assert.Equal(12, shortfall.TeamSize);
        Assert.Equal(10, shortfall.Placeable);
        Assert.Equal(2, shortfall.Shortfall);
        string nl = report.ToText(Nl);
        Assert.Contains("m1: team van 12, ruimte voor 10 gesprekken (2 werkdagen × 5); 2 gesprekken passen niet: " + string.Join(", ", shortfall.Unplaced), nl, StringComparison.Ordinal);
        Assert.Contains("de periode is te krap voor het team van 1 leidinggevende", nl, StringComparison.Ordinal);
        string en = report.ToText(En);
        Assert.Contains("m1: team of 12, room for 10 conversations (2 working days × 5); 2 conversations do not fit: ", en, StringComparison.Ordinal);
        Assert.Contains("the window is too short for the team of 1 manager", en, StringComparison.Ordinal);
        Assert.Contains("11 January 2027 to 12 January 2027", en, StringComparison.Ordinal);
    }

    [Fact]
    public void Dutch_text_writes_dates_as_people_do_and_agrees_in_number()
    {
        var plan = SmallTree();
        string text = CyclePlanReport.For(plan).ToText(Nl);
        var day = plan.For("e1").Date;
        Assert.Equal(new LocalDate(2027, 1, 11), day);
        Assert.StartsWith("Gesprekkencyclus van 11 januari 2027 tot en met 22 januari 2027", text, StringComparison.Ordinal);
        Assert.Contains("3 gesprekken gepland, 1 medewerker vrijgesteld, 2 leidinggevenden.", text, StringComparison.Ordinal);
        Assert.Contains("d: 1 gesprek op 1 dag, van 11 januari 2027 tot en met 11 januari 2027; drukste dag 11 januari 2027 met 1 van 4.", text, StringComparison.Ordinal);
        Assert.Contains("m1: 2 gesprekken op 1 dag,", text, StringComparison.Ordinal);
        Assert.Contains("drukste dag 11 januari 2027 met 3 van 4.", text, StringComparison.Ordinal);
        Assert.Contains("\n    11 januari 2027: 2 gesprekken, bezetting 3 van 4 (e1, e2; eigen gesprek met d)", text.Replace("\r\n", "\n", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("\n    11 januari 2027: 1 gesprek, bezetting 1 van 4 (m1)", text.Replace("\r\n", "\n", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("    vrijgesteld: x1: Ouderschapsverlof", text, StringComparison.Ordinal);
    }

    [Fact]
    public void English_text_agrees_in_number()
    {
        string text = CyclePlanReport.For(SmallTree()).ToText(En);
        Assert.StartsWith("Conversation cycle from 11 January 2027 to 22 January 2027", text, StringComparison.Ordinal);
        Assert.Contains("3 conversations planned, 1 employee excused, 2 managers.", text, StringComparison.Ordinal);
        Assert.Contains("d: 1 conversation on 1 day, from 11 January 2027 to 11 January 2027; busiest day 11 January 2027 with 1 of 4.", text, StringComparison.Ordinal);
        Assert.Contains("11 January 2027: 2 conversations, load 3 of 4 (e1, e2; own conversation with d)", text, StringComparison.Ordinal);
        Assert.Contains("    excused: x1: Ouderschapsverlof", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Day_lines_can_be_limited_and_say_how_many_were_left_out()
    {
        var people = Enumerable.Range(1, 7).Select(i => new CycleParticipant($"e{i}", "m")).ToList();
        var plan = new CyclePlanner(new CyclePolicy { Spreading = SpreadingMode.AsEarlyAsPossible, ManagerCapacityPerDay = 1 }, Clock()).Plan(people, Window);
        var report = CyclePlanReport.For(plan);
        string nl = report.ToText(Nl, maxDayLines: 2);
        Assert.Equal(2, nl.Split('\n').Count(l => l.StartsWith("    1", StringComparison.Ordinal)));
        Assert.Contains("    … en nog 5 dagen", nl, StringComparison.Ordinal);
        Assert.Contains("    … en nog 1 dag", report.ToText(Nl, maxDayLines: 6), StringComparison.Ordinal);
        Assert.Contains("    … and 1 more day", report.ToText(En, maxDayLines: 6), StringComparison.Ordinal);
        Assert.DoesNotContain("januari 2027:", report.ToText(Nl, maxDayLines: 0), StringComparison.Ordinal);
        Assert.Equal(7, report.ToText(Nl).Split('\n').Count(l => l.StartsWith("    1", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_host_can_replace_a_text()
    {
        var texts = TextCatalog.Default.WithText(Nl, "CYCLE-REPORT.conversations.other", "{Count} POP-gesprekken");
        Assert.Contains("3 POP-gesprekken gepland", CyclePlanReport.For(SmallTree()).ToText(Nl, texts), StringComparison.Ordinal);
    }

    [Fact]
    public void Json_has_the_schema_camel_case_names_and_iso_dates()
    {
        var plan = SmallTree();
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            CyclePlanReport.For(plan).WriteJson(writer);
        }

        using var json = JsonDocument.Parse(stream.ToArray());
        var root = json.RootElement;
        Assert.Equal("pop.cycle-report/1", root.GetProperty("schema").GetString());
        Assert.Equal(CyclePlanReport.Schema, root.GetProperty("schema").GetString());
        Assert.True(root.GetProperty("feasible").GetBoolean());
        Assert.Equal("2027-01-11", root.GetProperty("window").GetProperty("start").GetString());
        Assert.Equal("2027-01-22", root.GetProperty("window").GetProperty("end").GetString());
        Assert.Equal(3, root.GetProperty("totals").GetProperty("planned").GetInt32());
        Assert.Equal(1, root.GetProperty("totals").GetProperty("excused").GetInt32());
        Assert.Equal(2, root.GetProperty("totals").GetProperty("managers").GetInt32());
        Assert.Equal(0, root.GetProperty("shortfalls").GetArrayLength());

        var m1 = root.GetProperty("managers")[1];
        Assert.Equal("m1", m1.GetProperty("managerId").GetString());
        Assert.Equal(4, m1.GetProperty("capacity").GetInt32());
        Assert.Equal("2027-01-11", m1.GetProperty("firstDay").GetString());
        Assert.Equal("2027-01-11", m1.GetProperty("busiestDay").GetProperty("date").GetString());
        Assert.Equal(3, m1.GetProperty("busiestDay").GetProperty("load").GetInt32());
        var day = m1.GetProperty("days")[0];
        Assert.Equal(2, day.GetProperty("held").GetInt32());
        Assert.True(day.GetProperty("includesOwnConversation").GetBoolean());
        Assert.Equal(3, day.GetProperty("load").GetInt32());
        Assert.Equal("e1", m1.GetProperty("conversations")[0].GetProperty("employeeId").GetString());
        Assert.Matches(@"^2027-01-11T\d\d:00:00\+01:00$", m1.GetProperty("conversations")[0].GetProperty("start").GetString());
        Assert.Equal("2027-01-11", m1.GetProperty("ownConversation").GetProperty("date").GetString());
        var excused = m1.GetProperty("excused")[0];
        Assert.Equal("x1", excused.GetProperty("employeeId").GetString());
        Assert.Equal(JsonValueKind.Null, excused.GetProperty("code").ValueKind);
        Assert.Equal("Ouderschapsverlof", excused.GetProperty("reason").GetString());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("managers")[0].GetProperty("ownConversation").ValueKind);
    }

    [Fact]
    public void Json_of_an_infeasible_window_holds_the_shortfalls()
    {
        var people = Enumerable.Range(1, 6).Select(i => new CycleParticipant($"e{i}", "m1")).ToList();
        var day = new DateInterval(new LocalDate(2027, 1, 11), new LocalDate(2027, 1, 11));
        var error = Assert.Throws<InfeasibleCycleException>(() => new CyclePlanner(CyclePolicy.Default, Clock()).Plan(people, day));
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            CyclePlanReport.For(error).WriteJson(writer);
        }

        var root = JsonDocument.Parse(stream.ToArray()).RootElement;
        Assert.False(root.GetProperty("feasible").GetBoolean());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("window").ValueKind);
        var s = root.GetProperty("shortfalls")[0];
        Assert.Equal("m1", s.GetProperty("managerId").GetString());
        Assert.Equal(6, s.GetProperty("teamSize").GetInt32());
        Assert.Equal(4, s.GetProperty("room").GetInt32());
        Assert.Equal(2, s.GetProperty("shortBy").GetInt32());
        Assert.Equal(2, s.GetProperty("unplaced").GetArrayLength());
    }

    [Fact]
    public void Arguments_are_checked()
    {
        var report = CyclePlanReport.For(SmallTree());
        Assert.Equal("plan", Assert.Throws<ArgumentNullException>(() => CyclePlanReport.For((CyclePlan)null!)).ParamName);
        Assert.Equal("error", Assert.Throws<ArgumentNullException>(() => CyclePlanReport.For((InfeasibleCycleException)null!)).ParamName);
        Assert.Equal("writer", Assert.Throws<ArgumentNullException>(() => report.WriteText(null!, Nl)).ParamName);
        Assert.Equal("culture", Assert.Throws<ArgumentNullException>(() => report.WriteText(TextWriter.Null, null!)).ParamName);
        Assert.Equal("maxDayLines", Assert.Throws<ArgumentException>(() => report.ToText(Nl, maxDayLines: -1)).ParamName);
        Assert.Equal("writer", Assert.Throws<ArgumentNullException>(() => report.WriteJson(null!)).ParamName);
    }
}

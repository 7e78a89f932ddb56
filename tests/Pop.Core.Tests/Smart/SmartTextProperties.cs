namespace Pop.Core.Tests.Smart;

using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Pop.Core.Smart;

public static class SmartArbitraries
{
    private static readonly string[] Fragments =
    {
        "Uiterlijk", "vóór", "binnen", "drie", "maanden", "1 juni 2027", "Q3", "eind", "week 11", "ik", "rond",
        "de", "cursus", "Excel", "af", "elke", "maand", "beter", "meer", "verhogen", "van", "naar", "5%", "teamleider",
        "worden", "by", "the", "end", "of", "April", "within", "two", "weeks", "complete", "course", "next", "year",
        "15/03/2027", "2027-05-31", ",", ".", "(", "😀", "\u0000", "\ud800", "ß", "日本", "-", "/", "99999999999",
    };

    /// <summary>Goal-like texts: fragments of real goals mixed with noise.</summary>
    public static Arbitrary<string> GoalLike() =>
        Gen.Elements(Fragments).ArrayOf().Select(parts => string.Join(" ", parts)).ToArbitrary();

    /// <summary>Reference dates across leap years and month ends.</summary>
    public static Arbitrary<LocalDate> Dates() =>
        Gen.Choose(0, 365 * 40).Select(d => new LocalDate(2000, 1, 1).PlusDays(d)).ToArbitrary();
}

[Properties(Arbitrary = new[] { typeof(SmartArbitraries) }, MaxTest = 300)]
public sealed class SmartTextProperties
{
    private static readonly SmartTextAnalyzer Analyzer = SmartTextAnalyzer.Default;

    [Property]
    public bool Any_string_gives_a_result(string? text, LocalDate reference) =>
        Analyzer.Analyze(text ?? string.Empty, reference) is not null;

    [Property]
    public bool Goal_like_text_gives_a_result_with_spans_inside_the_text(string text, LocalDate reference)
    {
        var a = Analyzer.Analyze(text, reference);
        return a.Findings.All(f => f.Span is null || f.Span.Value.End <= text.Length)
            && (a.Deadline is null || a.Deadline.Span.End <= text.Length);
    }

    [Property]
    public bool Analysis_is_deterministic(string text, LocalDate reference)
    {
        var a = Analyzer.Analyze(text, reference);
        var b = Analyzer.Analyze(text, reference);
        return a.IsSpecific == b.IsSpecific && a.IsMeasurable == b.IsMeasurable && a.IsTimeBound == b.IsTimeBound
            && a.Deadline?.Date == b.Deadline?.Date && a.Findings.Select(f => f.Code).SequenceEqual(b.Findings.Select(f => f.Code));
    }

    [Property]
    public bool Relative_deadlines_never_fall_before_the_reference(string text, LocalDate reference)
    {
        var d = Analyzer.Analyze(text, reference).Deadline;
        return d is null || !d.IsRelative || d.Date >= reference;
    }

    [Property]
    public bool Binnen_n_maanden_is_the_reference_plus_n_months(PositiveInt n, LocalDate reference)
    {
        int months = (n.Get % 48) + 1;
        var d = Analyzer.Analyze($"Binnen {months} maanden rond ik de cursus Excel Gevorderd af.", reference).Deadline;
        return d is not null && d.Date == reference.PlusMonths(months);
    }

    [Property]
    public bool Within_n_weeks_is_the_reference_plus_n_weeks(PositiveInt n, LocalDate reference)
    {
        int weeks = (n.Get % 52) + 1;
        var d = Analyzer.Analyze($"Within {weeks} weeks, complete the Advanced Excel course.", reference).Deadline;
        return d is not null && d.Date == reference.PlusWeeks(weeks);
    }

    [Property]
    public Property Adding_a_vague_word_never_makes_a_goal_more_specific()
    {
        var goals = Gen.Elements(
            "Binnen drie maanden rond ik de cursus Excel Gevorderd af.",
            "Ik wil beter worden in mijn werk.",
            "Eind april presenteer ik het nieuwe roosterproces aan het team.",
            "Within two months, shadow three shifts in the emergency department.",
            "Be more positive.");
        var vague = Gen.Elements(" en ik wil beter worden", " en meer groeien", " and improve", " and work on my skills", " verbeteren");
        return Prop.ForAll(Arb.From(goals), Arb.From(vague), (goal, extra) =>
        {
            bool before = Analyzer.Analyze(goal, new LocalDate(2027, 1, 15)).IsSpecific;
            bool after = Analyzer.Analyze(goal.TrimEnd('.') + extra + ".", new LocalDate(2027, 1, 15)).IsSpecific;
            return !after || before;
        });
    }
}

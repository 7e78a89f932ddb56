namespace Pop.Core.Tests.Smart;

using System;
using System.Linq;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Pop.Core.Smart;
using Pop.Core.Smart.Text;

/// <summary>A generated text that may be huge; prints as its length, head and tail.</summary>
public sealed class HostileText
{
    public HostileText(string value)
    {
        Value = value;
    }

    public string Value { get; }

    public override string ToString() =>
        Value.Length <= 240 ? Escape(Value) : $"{Value.Length} chars: \"{Escape(Value.Substring(0, 120))}\" … \"{Escape(Value.Substring(Value.Length - 80))}\"";

    private static string Escape(string s)
    {
        var b = new StringBuilder(s.Length);
        foreach (char c in s)
        {
            b.Append(c < ' ' || char.IsSurrogate(c) || (c >= 0x300 && c < 0x370) ? $"\\u{(int)c:x4}" : c.ToString());
        }

        return b.ToString();
    }
}

/// <summary>The states of a text that once made the engine slow or fragile; a generator must reach each.</summary>
[Flags]
public enum HardState
{
    None = 0,

    /// <summary>A word longer than 10,000 characters: a letter, then letters, digits, inner hyphens and apostrophes.</summary>
    LongWord = 1,

    /// <summary>At least ten letters joined by hyphens or apostrophes ("a-a-a-…", "a'a'a'…").</summary>
    Chain = 2,

    /// <summary>A UTF-16 surrogate pair (an emoji, a mathematical letter).</summary>
    SurrogatePair = 4,

    /// <summary>A surrogate without its partner.</summary>
    LoneSurrogate = 8,

    /// <summary>A run of more than 1,000 digits.</summary>
    LongDigits = 16,

    /// <summary>A combining mark.</summary>
    CombiningMark = 32,
}

public static class SmartArbitraries
{
    private static readonly string[] Fragments =
    {
        "Uiterlijk", "vóór", "binnen", "drie", "maanden", "1 juni 2027", "Q3", "eind", "week 11", "ik", "rond",
        "de", "cursus", "Excel", "af", "elke", "maand", "beter", "meer", "verhogen", "van", "naar", "5%", "teamleider",
        "worden", "by", "the", "end", "of", "April", "within", "two", "weeks", "complete", "course", "next", "year",
        "15/03/2027", "2027-05-31", ",", ".", "(", "😀", "\u0000", "\ud800", "ß", "日本", "-", "/", "99999999999",
    };

    private const string Letters = "abcdefghijklmnopqrstuvwxyzéëïöABCDEFGHIJKLMNOPQRSTUVWXYZÉ";

    /// <summary>Goal-like texts: fragments of real goals mixed with noise.</summary>
    public static Arbitrary<string> GoalLike() =>
        Gen.Elements(Fragments).ArrayOf().Select(parts => string.Join(" ", parts)).ToArbitrary();

    /// <summary>Reference dates across leap years and month ends.</summary>
    public static Arbitrary<LocalDate> Dates() =>
        Gen.Choose(0, 365 * 40).Select(d => new LocalDate(2000, 1, 1).PlusDays(d)).ToArbitrary();

    /// <summary>
    /// Texts that reach the hard states: goal fragments joined with long words (up to 100,000
    /// characters), hyphen and apostrophe chains, digit, punctuation and white-space runs,
    /// combining marks, surrogate pairs, lone surrogates and random UTF-16.
    /// </summary>
    public static Arbitrary<HostileText> Hostile() => HostileGen.ToArbitrary();

    public static Gen<HostileText> HostileGen { get; } =
        Gen.Choose(1, 6)
            .SelectMany(n => Gen.ArrayOf(Gen.Zip(Piece, Gen.Elements(" ", "", "\n", ", ", ". ")), n))
            .Select(parts => new HostileText(string.Concat(parts.Select(p => p.Item1 + p.Item2))));

    private static Gen<string> Piece { get; } = Gen.Frequency(
        (6, Gen.Elements(Fragments)),
        (1, Seeded(Gen.Choose(10_001, 100_000), LongWord)),
        (1, Seeded(Gen.Choose(10, 20_000), Chain)),
        (1, Seeded(Gen.Choose(1, 30_000), (r, n) => Run(r, n, "0123456789"))),
        (1, Seeded(Gen.Choose(1, 20_000), (r, n) => Run(r, n, ".,;:!?/-()%€'’"))),
        (1, Seeded(Gen.Choose(1, 5_000), (r, n) => Run(r, n, " \t\r\n\u00a0\u2003\u200b"))),
        (1, Seeded(Gen.Choose(1, 5_000), (r, n) => "e" + Run(r, n, "\u0301\u0308\u0327"))),
        (1, Seeded(Gen.Choose(1, 5_000), Surrogates)),
        (1, Seeded(Gen.Choose(1, 2_000), (r, n) => new string(Enumerable.Range(0, n).Select(_ => (char)r.Next(0, 0x10000)).ToArray()))),
        (1, Seeded(Gen.Choose(GoalTextEngine.MaxWordLength - 10, GoalTextEngine.MaxWordLength + 10), (r, n) => Run(r, n, Letters) + r.Next(3) switch { 0 => "team", 1 => "verbeteren", _ => "ing" })));

    /// <summary>Which hard states <paramref name="text"/> reaches, decided from the text alone.</summary>
    public static HardState StatesOf(string text)
    {
        var states = HardState.None;
        int word = 0, digits = 0, links = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            bool joiner = (c == '-' || c == '\'' || c == '’') && i > 0 && i + 1 < text.Length && char.IsLetter(text[i - 1]) && char.IsLetter(text[i + 1]);
            word = char.IsLetter(c) || (word > 0 && (char.IsDigit(c) || joiner)) ? word + 1 : 0; // as the tokenizer: a word starts with a letter
            digits = char.IsDigit(c) ? digits + 1 : 0;
            links = joiner ? links + 1 : char.IsLetter(c) ? links : 0;
            states |= word > 10_000 ? HardState.LongWord : 0;
            states |= digits > 1_000 ? HardState.LongDigits : 0;
            states |= links >= 10 ? HardState.Chain : 0;
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                states |= HardState.SurrogatePair;
                i++;
                word = digits = links = 0;
            }
            else if (char.IsSurrogate(c))
            {
                states |= HardState.LoneSurrogate;
            }
            else if (char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                states |= HardState.CombiningMark;
            }
        }

        return states;
    }

    private static Gen<string> Seeded(Gen<int> length, Func<Random, int, string> build) =>
        Gen.Zip(length, Gen.Choose(0, int.MaxValue)).Select(p => build(new Random(p.Item2), p.Item1));

    private static string Run(Random r, int n, string alphabet)
    {
        var chars = new char[n];
        for (int i = 0; i < n; i++)
        {
            chars[i] = alphabet[r.Next(alphabet.Length)];
        }

        return new string(chars);
    }

    private static string LongWord(Random r, int n) => r.Next(4) switch
    {
        0 => new string('a', n),
        1 => Run(r, n, Letters),
        2 => "Q" + Run(r, n - 1, "abc123XYZ"),
        _ => new string('x', n - 4) + "team",
    };

    private static string Chain(Random r, int links)
    {
        string joiners = r.Next(4) switch { 0 => "-", 1 => "'", 2 => "’", _ => "-'’" };
        var b = new StringBuilder(links * 2 + 1);
        for (int i = 0; i < links; i++)
        {
            b.Append(Letters[r.Next(Letters.Length)]).Append(joiners[r.Next(joiners.Length)]);
        }

        return b.Append('a').ToString();
    }

    private static string Surrogates(Random r, int n)
    {
        string[] pairs = { "😀", "🎯", "𝐀", "🇳🇱", "👩‍💻" };
        var b = new StringBuilder(n * 2);
        for (int i = 0; i < n; i++)
        {
            b.Append(pairs[r.Next(pairs.Length)]);
        }

        return b.ToString();
    }
}

[Properties(Arbitrary = new[] { typeof(SmartArbitraries) }, MaxTest = 300)]
public sealed class SmartTextProperties
{
    private static readonly SmartTextAnalyzer Analyzer = SmartTextAnalyzer.Default;

    /// <summary>Lexicon characters allowed per text character (see SmartLinearityTests).</summary>
    private const int WorkPerCharacter = 64;

    private static readonly string[] WholeTextCodes = { "SMART-S01", "SMART-S04", "SMART-M01", "SMART-T01" };

    [Property(MaxTest = 200)]
    public Property Any_string_gives_a_result_whose_spans_lie_inside_it(HostileText hostile, LocalDate reference)
    {
        string text = hostile.Value;
        var a = Analyzer.Analyze(text, reference);
        bool spans = a.Text == text
            && a.Findings.All(f => f.Span is { } s && s.Start >= 0 && s.Length >= 0 && s.End <= text.Length)
            && a.Findings.Where(f => WholeTextCodes.Contains(f.Code)).All(f => f.Span!.Value.Start == 0 && f.Span.Value.Length == text.Length);
        bool deadline = a.Deadline is not { } d
            || (d.Span.Start >= 0 && d.Span.Length > 0 && d.Span.End <= text.Length
                && d.Text == text.Substring(d.Span.Start, d.Span.Length)
                && !char.IsWhiteSpace(d.Text[0]) && !char.IsWhiteSpace(d.Text[d.Text.Length - 1])
                && (!d.IsRelative || d.Date >= reference)
                && a.IsTimeBound);
        HardState states = SmartArbitraries.StatesOf(text);
        return (spans && deadline).ToProperty()
            .Classify(states.HasFlag(HardState.LongWord), "long word")
            .Classify(states.HasFlag(HardState.Chain), "chain")
            .Classify(states.HasFlag(HardState.SurrogatePair), "surrogate pair")
            .Classify(states.HasFlag(HardState.LoneSurrogate), "lone surrogate");
    }

    [Property(MaxTest = 200)]
    public bool The_verdict_is_deterministic_even_after_other_texts(HostileText first, HostileText other, LocalDate reference)
    {
        string before = Describe(Analyzer.Analyze(first.Value, reference), first.Value.Length);
        Analyzer.Analyze(other.Value, reference);
        string after = Describe(Analyzer.Analyze(first.Value, reference), first.Value.Length);
        return before == after;
    }

    [Property(MaxTest = 200)]
    public bool Trailing_white_space_does_not_change_the_verdict(HostileText hostile, LocalDate reference, PositiveInt spaces)
    {
        string text = hostile.Value;
        string padded = text + new string(' ', (spaces.Get % 5) + 1);
        return Describe(Analyzer.Analyze(text, reference), text.Length) == Describe(Analyzer.Analyze(padded, reference), padded.Length);
    }

    [Property(MaxTest = 200)]
    public bool Leading_white_space_shifts_every_span_and_changes_nothing_else(HostileText hostile, LocalDate reference, PositiveInt spaces)
    {
        string text = hostile.Value;
        int k = (spaces.Get % 5) + 1;
        string padded = new string(' ', k) + text;
        return Describe(Analyzer.Analyze(text, reference), text.Length, shift: k) == Describe(Analyzer.Analyze(padded, reference), padded.Length);
    }

    [Property(MaxTest = 200)]
    public bool Lexicon_work_is_linear_in_the_text(HostileText hostile, bool english)
    {
        Lexicon lexicon = GoalTextEngine.DefaultLexicon.WithWorkCounter();
        GoalTextEngine.Analyze(hostile.Value, new CalendarDay(2027, 1, 15), english ? TextLanguage.English : TextLanguage.Dutch, false, lexicon);
        return lexicon.HashedCharacters <= (long)WorkPerCharacter * (hostile.Value.Length + 1);
    }

    [Property(MaxTest = 200)]
    public bool The_thread_keeps_only_small_scratch_buffers(HostileText hostile, LocalDate reference)
    {
        Analyzer.Analyze(hostile.Value, reference);
        return GoalTextEngine.RetainedTextLength <= GoalTextEngine.RetainedTextCapacity
            && GoalTextEngine.RetainedTokenLength <= GoalTextEngine.RetainedTokenCapacity;
    }

    /// <summary>Everything a host sees of an analysis; whole-text spans as "whole", other spans shifted back by <paramref name="shift"/>.</summary>
    private static string Describe(GoalTextAnalysis a, int length, int shift = 0)
    {
        var b = new StringBuilder();
        b.Append(a.Language).Append(a.MessageCulture.Name).Append(a.IsSpecific).Append(a.IsMeasurable).Append(a.IsTimeBound).Append('|');
        if (a.Deadline is { } d)
        {
            b.Append(d.Date).Append(d.Text).Append(d.Span.Start + shift).Append(',').Append(d.Span.Length).Append(d.Grain).Append(d.Modifier).Append(d.IsRelative);
        }

        foreach (var f in a.Findings)
        {
            b.Append('|').Append(f.Code).Append(f.Message).Append(f.Suggestion);
            if (WholeTextCodes.Contains(f.Code) && f.Span is { Start: 0 } s && s.Length == length)
            {
                b.Append("whole");
            }
            else if (f.Span is { } span)
            {
                b.Append(span.Start + shift).Append(',').Append(span.Length);
            }
        }

        return b.ToString();
    }

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

/// <summary>The hostile generator must reach every hard state often enough to matter.</summary>
public sealed class HostileGeneratorCoverageTests
{
    private const double Floor = 0.05;

    private readonly Xunit.Abstractions.ITestOutputHelper output;

    public HostileGeneratorCoverageTests(Xunit.Abstractions.ITestOutputHelper output)
    {
        this.output = output;
    }

    [Xunit.Fact]
    public void Every_hard_state_is_reached_in_at_least_five_percent_of_the_cases()
    {
        HostileText[] sample = Gen.Sample(SmartArbitraries.HostileGen, 400, 400);
        HardState[] states = sample.Select(t => SmartArbitraries.StatesOf(t.Value)).ToArray();
        foreach (HardState state in Enum.GetValues(typeof(HardState)).Cast<HardState>().Where(s => s != HardState.None))
        {
            double share = states.Count(s => s.HasFlag(state)) / (double)states.Length;
            output.WriteLine($"{state}: {share:P1} of {states.Length}");
            Xunit.Assert.True(share >= Floor, $"{state} reached in {share:P1} of the generated texts (floor {Floor:P0}).");
        }

        output.WriteLine($"longest text: {sample.Max(t => t.Value.Length)} characters; mean {sample.Average(t => t.Value.Length):F0}");
    }

    [Xunit.Fact]
    public void The_classifier_of_hard_states_recognises_each_state()
    {
        Xunit.Assert.Equal(HardState.LongWord, SmartArbitraries.StatesOf(new string('a', 10_001)));
        Xunit.Assert.Equal(HardState.None, SmartArbitraries.StatesOf(new string('a', 10_000)));
        Xunit.Assert.Equal(HardState.Chain, SmartArbitraries.StatesOf(string.Concat(Enumerable.Repeat("a-", 10)) + "a"));
        Xunit.Assert.Equal(HardState.None, SmartArbitraries.StatesOf(string.Concat(Enumerable.Repeat("a-", 9)) + "a"));
        Xunit.Assert.Equal(HardState.SurrogatePair, SmartArbitraries.StatesOf("x😀x"));
        Xunit.Assert.Equal(HardState.LoneSurrogate, SmartArbitraries.StatesOf("x\ud800x"));
        Xunit.Assert.Equal(HardState.LoneSurrogate, SmartArbitraries.StatesOf("\udc00"));
        Xunit.Assert.Equal(HardState.LongDigits, SmartArbitraries.StatesOf(" " + new string('7', 1001)));
        Xunit.Assert.Equal(HardState.CombiningMark, SmartArbitraries.StatesOf("e\u0301"));
    }
}

namespace Pop.Core.Tests.Smart;

using System;
using System.ComponentModel;
using System.Globalization;
using System.Linq;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using NodaTime.Testing;
using Pop.Core.Smart;
using Pop.Core.Texts;
using Xunit;

/// <summary>
/// The language a goal's text is read in and the culture of the messages about it are two separate
/// choices (issue #14): the first can change a verdict, the second only the wording.
/// </summary>
public sealed class TextLanguageTests
{
    private static readonly LocalDate Reference = new(2027, 1, 15);

    // The demo's Dutch agreement that "pop plan --culture en" once judged not Specific.
    private const string DutchAgreement = "Vóór 1 mei 2027 rond ik de e-learning Planningssysteem voor superusers af en geef ik twee collega's een instructie van een uur.";

    private static readonly CultureInfo Nl = CultureInfo.GetCultureInfo("nl");
    private static readonly CultureInfo En = CultureInfo.GetCultureInfo("en");

    private static readonly SmartValidator Validator = new(new FakeClock(Instant.FromUtc(2027, 1, 15, 9, 0)), DateTimeZone.Utc);

    [Fact]
    public void English_messages_leave_a_Dutch_agreement_read_as_Dutch()
    {
        var subject = new SmartSubject(DutchAgreement) { Kind = SmartSubjectKind.Agreement, Who = "Sanne", AcceptedByEmployee = true, AcceptedByManager = true };
        var report = Validator.ValidateAsOf(subject, Reference, messageCulture: En);
        Assert.True(report.IsSmart);
        Assert.Equal(GoalLanguage.Dutch, report.Language);
        Assert.Same(En, report.MessageCulture);
        Assert.Equal(new LocalDate(2027, 5, 1), report.Deadline);
    }

    [Fact]
    public void Message_culture_changes_the_wording_only()
    {
        const string vague = "Ik wil beter worden in overleggen.";
        var dutch = SmartTextAnalyzer.Default.Analyze(vague, Reference);
        var english = SmartTextAnalyzer.Default.Analyze(vague, Reference, messageCulture: En);
        Assert.Equal(GoalLanguage.Dutch, english.Language);
        Assert.Equal(dutch.Findings.Select(f => (f.Code, f.Span)), english.Findings.Select(f => (f.Code, f.Span)));
        Assert.StartsWith("Er staat geen termijn", dutch.Findings.Single(f => f.Code == "SMART-T01").Message, StringComparison.Ordinal);
        Assert.StartsWith("No deadline", english.Findings.Single(f => f.Code == "SMART-T01").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_Dutch_text_read_as_English_is_read_as_English_and_nothing_else_changes()
    {
        // The caller asked for an English reading: "mei" is then no month, so no deadline. The messages
        // follow the reading's language unless the caller names a culture for them as well.
        var asEnglish = SmartTextAnalyzer.Default.Analyze(DutchAgreement, Reference, new GoalTextReading(GoalLanguage.English));
        Assert.Equal(GoalLanguage.English, asEnglish.Language);
        Assert.Equal("en", asEnglish.MessageCulture.Name);
        Assert.False(asEnglish.IsTimeBound);
        Assert.Null(asEnglish.Deadline);

        var asEnglishDutchMessages = SmartTextAnalyzer.Default.Analyze(DutchAgreement, Reference, new GoalTextReading(GoalLanguage.English), Nl);
        Assert.Equal(GoalLanguage.English, asEnglishDutchMessages.Language);
        Assert.Same(Nl, asEnglishDutchMessages.MessageCulture);
        Assert.Equal(Verdict(asEnglish), Verdict(asEnglishDutchMessages));
        Assert.StartsWith("Er staat geen termijn", asEnglishDutchMessages.Findings.Single(f => f.Code == "SMART-T01").Message, StringComparison.Ordinal);

        var detected = SmartTextAnalyzer.Default.Analyze(DutchAgreement, Reference);
        var givenDutch = SmartTextAnalyzer.Default.Analyze(DutchAgreement, Reference, new GoalTextReading(GoalLanguage.Dutch));
        Assert.Equal(Verdict(detected), Verdict(givenDutch));
        Assert.Equal(Messages(detected), Messages(givenDutch));
    }

    [Fact]
    public void An_English_text_read_as_Dutch_is_read_as_Dutch()
    {
        const string goal = "By 1 May 2027, complete the Safe Lifting course.";
        Assert.Equal(new LocalDate(2027, 5, 1), SmartTextAnalyzer.Default.Analyze(goal, Reference).Deadline?.Date);
        var asDutch = SmartTextAnalyzer.Default.Analyze(goal, Reference, new GoalTextReading(GoalLanguage.Dutch), En);
        Assert.Equal(GoalLanguage.Dutch, asDutch.Language);
        Assert.Same(En, asDutch.MessageCulture);
        Assert.Null(asDutch.Deadline);
    }

    [Theory]
    [InlineData("de")]
    [InlineData("fr-FR")]
    [InlineData("")]
    public void A_culture_without_texts_gets_English_messages_and_the_same_verdict(string name)
    {
        var culture = CultureInfo.GetCultureInfo(name);
        const string vague = "Ik wil beter worden in overleggen.";
        var a = SmartTextAnalyzer.Default.Analyze(vague, Reference, messageCulture: culture);
        Assert.Same(culture, a.MessageCulture);
        Assert.Equal(GoalLanguage.Dutch, a.Language);
        Assert.Equal(Verdict(SmartTextAnalyzer.Default.Analyze(vague, Reference)), Verdict(a));
        Assert.Equal(Messages(SmartTextAnalyzer.Default.Analyze(vague, Reference, messageCulture: En)), Messages(a));
    }

    [Fact]
    public void A_host_s_own_texts_for_a_culture_are_used_for_its_messages()
    {
        var de = CultureInfo.GetCultureInfo("de");
        var analyzer = new SmartTextAnalyzer(texts: TextCatalog.Default.WithText(de, "SMART-T01", "Keine Frist genannt."));
        var a = analyzer.Analyze("Ik rond de cursus Veilig Heffen af.", Reference, messageCulture: de);
        Assert.Equal("Keine Frist genannt.", a.Findings.Single(f => f.Code == "SMART-T01").Message);
        Assert.Equal(GoalLanguage.Dutch, a.Language);
    }

    [Fact]
    public void The_validator_s_own_findings_follow_the_message_culture_too()
    {
        var subject = new SmartSubject("Ik rond de cursus Veilig Heffen af.") { Kind = SmartSubjectKind.Agreement };
        var dutch = Validator.ValidateAsOf(subject, Reference);
        var english = Validator.ValidateAsOf(subject, Reference, messageCulture: En);
        Assert.Equal(dutch.Criteria.Select(c => c.Verdict), english.Criteria.Select(c => c.Verdict));
        Assert.Equal(dutch.Findings.Select(f => f.Code), english.Findings.Select(f => f.Code));
        Assert.NotEqual(dutch.Findings.Single(f => f.Code == "SMART-A00").Message, english.Findings.Single(f => f.Code == "SMART-A00").Message);
        Assert.Equal(GoalLanguage.Dutch, english.Language);
    }

    [Theory]
    [InlineData("Submit the plan by 04/03/2027.", NumericDateOrder.DayFirst, 2027, 3, 4)]
    [InlineData("Submit the plan by 04/03/2027.", NumericDateOrder.MonthFirst, 2027, 4, 3)]
    [InlineData("Submit the plan by 2027-04-03.", NumericDateOrder.MonthFirst, 2027, 4, 3)]
    [InlineData("Submit the plan by 2027-04-03.", NumericDateOrder.DayFirst, 2027, 4, 3)]
    [InlineData("Lever het plan in voor 04/03/2027.", NumericDateOrder.DayFirst, 2027, 3, 4)]
    [InlineData("Lever het plan in voor 04/03/2027.", NumericDateOrder.MonthFirst, 2027, 3, 4)]
    public void The_date_order_reads_English_numeric_dates(string text, NumericDateOrder order, int year, int month, int day) =>
        Assert.Equal(new LocalDate(year, month, day), SmartTextAnalyzer.Default.Analyze(text, Reference, new GoalTextReading(null, order)).Deadline?.Date);

    [Fact]
    public void A_date_that_is_no_date_in_the_order_asked_for_is_no_deadline()
    {
        const string text = "Submit the plan by 15/03/2027.";
        Assert.Equal(new LocalDate(2027, 3, 15), SmartTextAnalyzer.Default.Analyze(text, Reference).Deadline?.Date);
        Assert.Null(SmartTextAnalyzer.Default.Analyze(text, Reference, new GoalTextReading(null, NumericDateOrder.MonthFirst)).Deadline);
    }

    [Fact]
    public void No_message_culture_reads_dates_month_first()
    {
        var us = CultureInfo.GetCultureInfo("en-US");
        var a = SmartTextAnalyzer.Default.Analyze("Submit the plan by 04/03/2027.", Reference, messageCulture: us);
        Assert.Equal(new LocalDate(2027, 3, 4), a.Deadline?.Date);
        Assert.Same(us, a.MessageCulture);
    }

    [Fact]
    public void The_default_reading_detects_the_language_and_reads_day_first()
    {
        Assert.Equal(default, GoalTextReading.Detect);
        Assert.Null(GoalTextReading.Detect.Language);
        Assert.Equal(NumericDateOrder.DayFirst, GoalTextReading.Detect.DateOrder);
        Assert.Equal(GoalTextReading.Detect, new GoalTextReading(null));
        Assert.Equal(GoalLanguage.English, new GoalTextReading(GoalLanguage.English).Language);
        Assert.NotEqual(new GoalTextReading(GoalLanguage.Dutch), new GoalTextReading(null));
        Assert.True(new GoalTextReading(GoalLanguage.English, NumericDateOrder.MonthFirst) == new GoalTextReading(GoalLanguage.English, NumericDateOrder.MonthFirst));
        Assert.Equal("detect, DayFirst", GoalTextReading.Detect.ToString());
    }

    [Fact]
    public void Undefined_enum_values_are_refused_with_the_parameter_named()
    {
        Assert.Equal("language", Assert.Throws<InvalidEnumArgumentException>(() => new GoalTextReading((GoalLanguage)7)).ParamName);
        Assert.Equal("dateOrder", Assert.Throws<InvalidEnumArgumentException>(() => new GoalTextReading(null, (NumericDateOrder)(-1))).ParamName);
    }

    /// <summary>Everything of an analysis that is not wording: the verdict, the deadline, the codes and spans.</summary>
    internal static string Verdict(GoalTextAnalysis a)
    {
        var b = new StringBuilder();
        b.Append(a.Language).Append(a.IsSpecific).Append(a.IsMeasurable).Append(a.IsTimeBound).Append('|');
        if (a.Deadline is { } d)
        {
            b.Append(d.Date).Append(d.Text).Append(d.Span).Append(d.Grain).Append(d.Modifier).Append(d.IsRelative).Append(d.IsInclusive);
        }

        foreach (var f in a.Findings)
        {
            b.Append('|').Append(f.Code).Append(f.Criterion).Append(f.Severity).Append(f.Span);
        }

        return b.ToString();
    }

    internal static string Messages(GoalTextAnalysis a) => string.Join("|", a.Findings.Select(f => f.Message + "→" + f.Suggestion));
}

/// <summary>Generators for the message-culture property: own goal sentences in both languages, readings and cultures.</summary>
public static class TextLanguageArbitraries
{
    private static readonly string[] DutchDeadlines =
    {
        "Vóór 1 mei 2027", "Uiterlijk eind Q3", "Binnen vier maanden", "In week 30", "Daarna", "Elke maand", "Voor 04/03/2027", "Per 12-11-2027", "Voor de zomer",
    };

    private static readonly string[] DutchActions =
    {
        "rond ik de cursus Veilig Heffen af", "schrijf ik een werkinstructie voor de nieuwe etiketteerlijn", "wil ik beter worden in overleggen",
        "verhoog ik mijn omzet", "loop ik twee diensten mee met het nachtteam", "word ik teamleider van de afdeling Expeditie", "voel ik me zekerder",
        "verlaag ik de uitval van 6% naar 3%",
    };

    private static readonly string[] EnglishDeadlines =
    {
        "By 1 May 2027,", "By the end of Q3,", "Within four months,", "In week 30,", "Afterwards,", "Every month,", "By 04/03/2027,", "Before 11/12/2027,", "Before summer,",
    };

    private static readonly string[] EnglishActions =
    {
        "complete the Safe Lifting course", "write a work instruction for the new labelling line", "I want to get better at meetings",
        "increase my sales", "shadow two shifts with the night team", "become team lead of the Shipping department", "feel more confident",
        "cut rejects from 6% to 3%",
    };

    /// <summary>The cultures a host might show messages in: with built-in texts, specific ones, and ones without texts.</summary>
    public static readonly CultureInfo[] Cultures =
        new[] { "nl", "nl-NL", "nl-BE", "en", "en-GB", "en-US", "de", "fr-FR", "ja-JP", string.Empty }.Select(CultureInfo.GetCultureInfo).ToArray();

    /// <summary>Goal sentences of our own, Dutch or English, with and without deadlines, specific or vague.</summary>
    public static Arbitrary<GoalSentence> Sentences() =>
        Gen.OneOf(
            Gen.Zip(Gen.Elements(DutchDeadlines), Gen.Elements(DutchActions)).Select(p => new GoalSentence(p.Item1 + " " + p.Item2 + ".")),
            Gen.Zip(Gen.Elements(EnglishDeadlines), Gen.Elements(EnglishActions)).Select(p => new GoalSentence(p.Item1 + " " + p.Item2 + ".")))
        .ToArbitrary();

    /// <summary>Every reading: the language detected or given, either date order.</summary>
    public static Arbitrary<GoalTextReading> Readings() =>
        Gen.Zip(Gen.Elements<GoalLanguage?>(null, GoalLanguage.Dutch, GoalLanguage.English), Gen.Elements(NumericDateOrder.DayFirst, NumericDateOrder.MonthFirst))
            .Select(p => new GoalTextReading(p.Item1, p.Item2))
            .ToArbitrary();

    /// <summary>A message culture from <see cref="Cultures"/>.</summary>
    public static Arbitrary<CultureInfo> MessageCultures() => Gen.Elements(Cultures).ToArbitrary();
}

/// <summary>A goal sentence written for these tests.</summary>
public sealed class GoalSentence
{
    public GoalSentence(string value)
    {
        Value = value;
    }

    public string Value { get; }

    public override string ToString() => Value;
}

[Properties(Arbitrary = new[] { typeof(SmartArbitraries), typeof(TextLanguageArbitraries) }, MaxTest = 300)]
public sealed class MessageCultureProperties
{
    private static readonly LocalDate Reference = new(2027, 1, 15);
    private static readonly CultureInfo Nl = CultureInfo.GetCultureInfo("nl");
    private static readonly CultureInfo En = CultureInfo.GetCultureInfo("en");
    private static readonly SmartValidator Validator = new(new FakeClock(Instant.FromUtc(2027, 1, 15, 9, 0)), DateTimeZone.Utc);

    [Property]
    public Property The_message_culture_changes_no_verdict_of_a_goal_sentence(GoalSentence sentence, GoalTextReading reading, CultureInfo culture) =>
        Same(sentence.Value, reading, culture).Classify(sentence.Value.Contains("ik", StringComparison.Ordinal), "Dutch sentence");

    [Property]
    public Property The_message_culture_changes_no_verdict_of_goal_like_text(string text, GoalTextReading reading, CultureInfo culture) =>
        Same(text ?? string.Empty, reading, culture).ToProperty();

    [Property(MaxTest = 100)]
    public bool The_message_culture_changes_no_verdict_of_hostile_text(HostileText text, GoalTextReading reading, CultureInfo culture) =>
        Same(text.Value, reading, culture);

    [Property]
    public bool The_messages_do_change_with_the_message_culture(GoalSentence sentence, GoalTextReading reading)
    {
        var dutch = SmartTextAnalyzer.Default.Analyze(sentence.Value, Reference, reading, Nl);
        var english = SmartTextAnalyzer.Default.Analyze(sentence.Value, Reference, reading, En);
        var flemish = SmartTextAnalyzer.Default.Analyze(sentence.Value, Reference, reading, CultureInfo.GetCultureInfo("nl-BE"));
        var german = SmartTextAnalyzer.Default.Analyze(sentence.Value, Reference, reading, CultureInfo.GetCultureInfo("de"));
        return dutch.Findings.Zip(english.Findings, (d, e) => d.Message != e.Message && d.Suggestion != e.Suggestion).All(x => x)
            && TextLanguageTests.Messages(flemish) == TextLanguageTests.Messages(dutch)
            && TextLanguageTests.Messages(german) == TextLanguageTests.Messages(english);
    }

    private static bool Same(string text, GoalTextReading reading, CultureInfo culture)
    {
        var baseline = SmartTextAnalyzer.Default.Analyze(text, Reference, reading, Nl);
        var other = SmartTextAnalyzer.Default.Analyze(text, Reference, reading, culture);
        var baseReport = Validator.ValidateAsOf(new SmartSubject(text), Reference, reading, Nl);
        var otherReport = Validator.ValidateAsOf(new SmartSubject(text), Reference, reading, culture);
        return TextLanguageTests.Verdict(baseline) == TextLanguageTests.Verdict(other)
            && ReferenceEquals(other.MessageCulture, culture)
            && (reading.Language is not { } given || other.Language == given)
            && baseReport.Deadline == otherReport.Deadline
            && baseReport.Criteria.Select(c => c.Verdict).SequenceEqual(otherReport.Criteria.Select(c => c.Verdict))
            && baseReport.Findings.Select(f => (f.Code, f.Criterion, f.Severity, f.Span)).SequenceEqual(otherReport.Findings.Select(f => (f.Code, f.Criterion, f.Severity, f.Span)));
    }
}

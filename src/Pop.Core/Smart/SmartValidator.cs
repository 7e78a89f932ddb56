namespace Pop.Core.Smart;

using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using Ardalis.GuardClauses;
using NodaTime;
using NodaTime.Text;
using Pop.Core.Texts;

/// <summary>
/// Validates goals and agreements on all five SMART criteria: Specific, Measurable and Time-bound
/// from the text (and structured deadline), Acceptable from both parties' acceptance, Realistic
/// from the deadline, the cycle, the person's workload and the quadrant's ambition check.
/// </summary>
/// <threadsafety>This type is immutable and thread-safe; share one instance.</threadsafety>
public sealed class SmartValidator
{
    private static readonly LocalDatePattern IsoDate = LocalDatePattern.Iso;
    private readonly IClock clock;
    private readonly DateTimeZone zone;

    // Immutable findings without placeholders, memoised; a cache, not state: thread-safe and bounded by codes × cultures.
    private readonly ConcurrentDictionary<(string Code, string Culture), SmartFinding> fixedFindings = new();

    /// <summary>Initializes a new instance of the <see cref="SmartValidator"/> class.</summary>
    /// <param name="clock">Where "today" comes from.</param>
    /// <param name="zone">The zone in which "today" is read.</param>
    /// <param name="analyzer">The free-text analyzer; <see cref="SmartTextAnalyzer.Default"/> when null.</param>
    /// <param name="policy">The Realistic limits; <see cref="SmartPolicy.Default"/> when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="clock"/> or <paramref name="zone"/> is null.</exception>
    public SmartValidator(IClock clock, DateTimeZone zone, SmartTextAnalyzer? analyzer = null, SmartPolicy? policy = null)
    {
        this.clock = Guard.Against.Null(clock, nameof(clock));
        this.zone = Guard.Against.Null(zone, nameof(zone));
        Analyzer = analyzer ?? SmartTextAnalyzer.Default;
        Policy = policy ?? SmartPolicy.Default;
    }

    /// <summary>Gets the free-text analyzer.</summary>
    public SmartTextAnalyzer Analyzer { get; }

    /// <summary>Gets the Realistic limits.</summary>
    public SmartPolicy Policy { get; }

    private TextCatalog Texts => Analyzer.Texts;

    /// <summary>Validates <paramref name="subject"/> against today's date in the validator's zone.</summary>
    /// <param name="subject">The goal or agreement.</param>
    /// <param name="reading">How the text is read: its language (default: detected) and the order of numeric dates (default: day first).</param>
    /// <param name="messageCulture">The culture of the findings' messages; null for that of the language the text was read in. It changes no verdict.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="subject"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The clock's date lies outside the years 1900 to 2999.</exception>
    public SmartReport Validate(SmartSubject subject, GoalTextReading reading = default, CultureInfo? messageCulture = null) =>
        ValidateAsOf(subject, clock.GetCurrentInstant().InZone(zone).Date, reading, messageCulture);

    /// <summary>Validates <paramref name="subject"/> against a given reference date.</summary>
    /// <param name="subject">The goal or agreement.</param>
    /// <param name="referenceDate">The date deadlines are judged from.</param>
    /// <param name="reading">How the text is read: its language (default: detected) and the order of numeric dates (default: day first).</param>
    /// <param name="messageCulture">
    /// The culture of the findings' messages; null for that of the language the text was read in. Any
    /// culture is allowed (one without texts falls back to English); it changes no verdict.
    /// </param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="subject"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="referenceDate"/> lies outside the years 1900 to 2999.</exception>
    public SmartReport ValidateAsOf(SmartSubject subject, LocalDate referenceDate, GoalTextReading reading = default, CultureInfo? messageCulture = null)
    {
        Guard.Against.Null(subject, nameof(subject));
        GoalTextAnalysis text = Analyzer.Analyze(subject.Text, referenceDate, reading, messageCulture);
        CultureInfo used = text.MessageCulture;
        LocalDate? deadline = subject.Deadline ?? text.Deadline?.Date;

        var criteria = new CriterionResult[5];
        criteria[0] = FromText(SmartCriterion.Specific, text.IsSpecific, text);
        criteria[1] = FromText(SmartCriterion.Measurable, text.IsMeasurable, text);
        criteria[2] = Acceptable(subject, used);
        criteria[3] = Realistic(subject, referenceDate, deadline, used);
        criteria[4] = subject.Deadline is not null
            ? new CriterionResult(SmartCriterion.TimeBound, CriterionVerdict.Met, Array.Empty<SmartFinding>())
            : FromText(SmartCriterion.TimeBound, text.IsTimeBound, text);
        return new SmartReport(subject, referenceDate, text, deadline, criteria);
    }

    private static CriterionResult FromText(SmartCriterion criterion, bool met, GoalTextAnalysis text)
    {
        List<SmartFinding>? findings = null;
        foreach (var f in text.Findings)
        {
            if (f.Criterion == criterion)
            {
                (findings ??= new List<SmartFinding>(2)).Add(f);
            }
        }

        return new CriterionResult(criterion, met ? CriterionVerdict.Met : CriterionVerdict.NotMet, (IReadOnlyList<SmartFinding>?)findings ?? Array.Empty<SmartFinding>());
    }

    private CriterionResult Acceptable(SmartSubject subject, CultureInfo culture)
    {
        if (subject.AcceptedByEmployee is null && subject.AcceptedByManager is null)
        {
            return new CriterionResult(SmartCriterion.Acceptable, CriterionVerdict.CannotTell, new[] { Finding("SMART-A00", SmartCriterion.Acceptable, FindingSeverity.Info, culture) });
        }

        var findings = new List<SmartFinding>();
        if (subject.AcceptedByEmployee != true)
        {
            findings.Add(Finding("SMART-A01", SmartCriterion.Acceptable, FindingSeverity.Warning, culture));
        }

        if (subject.AcceptedByManager != true)
        {
            findings.Add(Finding("SMART-A02", SmartCriterion.Acceptable, FindingSeverity.Warning, culture));
        }

        return new CriterionResult(SmartCriterion.Acceptable, findings.Count == 0 ? CriterionVerdict.Met : CriterionVerdict.NotMet, findings);
    }

    private CriterionResult Realistic(SmartSubject subject, LocalDate reference, LocalDate? deadline, CultureInfo culture)
    {
        var findings = new List<SmartFinding>();
        if (deadline is { } d)
        {
            LocalDate horizon = subject.CycleEnd ?? reference.Plus(Policy.Horizon);
            if (d < reference)
            {
                findings.Add(Finding("SMART-R01", SmartCriterion.Realistic, FindingSeverity.Warning, culture, ("Deadline", IsoDate.Format(d)), ("Reference", IsoDate.Format(reference))));
            }
            else if (d > horizon)
            {
                findings.Add(Finding("SMART-R02", SmartCriterion.Realistic, FindingSeverity.Warning, culture, ("Deadline", IsoDate.Format(d)), ("Horizon", IsoDate.Format(horizon))));
            }
        }

        if (subject.OtherActiveGoals >= Policy.MaxActiveGoals)
        {
            findings.Add(Finding("SMART-R03", SmartCriterion.Realistic, FindingSeverity.Warning, culture, ("Count", subject.OtherActiveGoals.ToString(CultureInfo.InvariantCulture)), ("Maximum", Policy.MaxActiveGoals.ToString(CultureInfo.InvariantCulture))));
        }

        if (subject.Kind == SmartSubjectKind.Agreement)
        {
            var missing = new List<string>(3);
            if (subject.Who is null)
            {
                missing.Add(Texts.Format("word.who", culture));
            }

            if (subject.Text.Trim().Length == 0)
            {
                missing.Add(Texts.Format("word.what", culture));
            }

            if (deadline is null)
            {
                missing.Add(Texts.Format("word.when", culture));
            }

            if (missing.Count > 0)
            {
                findings.Add(Finding("SMART-R04", SmartCriterion.Realistic, FindingSeverity.Warning, culture, ("Missing", string.Join(", ", missing))));
            }
        }

        if (subject.AmbitionConcern is { Length: > 0 } concern)
        {
            findings.Add(Finding("SMART-R05", SmartCriterion.Realistic, FindingSeverity.Warning, culture, ("Reason", concern)));
        }

        if (findings.Count > 0)
        {
            return new CriterionResult(SmartCriterion.Realistic, CriterionVerdict.NotMet, findings);
        }

        if (deadline is null)
        {
            return new CriterionResult(SmartCriterion.Realistic, CriterionVerdict.CannotTell, new[] { Finding("SMART-R00", SmartCriterion.Realistic, FindingSeverity.Info, culture) });
        }

        return new CriterionResult(SmartCriterion.Realistic, CriterionVerdict.Met, Array.Empty<SmartFinding>());
    }

    private SmartFinding Finding(string code, SmartCriterion criterion, FindingSeverity severity, CultureInfo culture, params (string Name, string Value)[] arguments)
    {
        if (arguments.Length == 0)
        {
            // Argument-less findings are the same every time: build each once per culture.
            return fixedFindings.GetOrAdd(
                (code, culture.Name),
                key => new SmartFinding(key.Code, criterion, severity, Texts.Format(key.Code, culture), Texts.Format(key.Code + ".suggestion", culture), null));
        }

        var map = new Dictionary<string, string>(arguments.Length, StringComparer.Ordinal);
        foreach (var (name, value) in arguments)
        {
            map[name] = value;
        }

        return new SmartFinding(code, criterion, severity, Texts.Format(code, culture, map), Texts.Format(code + ".suggestion", culture), null);
    }
}

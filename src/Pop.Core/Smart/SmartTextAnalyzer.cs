namespace Pop.Core.Smart;

using System;
using System.Collections.Generic;
using System.Globalization;
using Ardalis.GuardClauses;
using NodaTime;
using Pop.Core.Smart.Text;
using Pop.Core.Texts;

/// <summary>
/// Reads a development goal written as free text, in Dutch or English, and judges the criteria
/// text alone can decide — Specific, Measurable, Time-bound — resolving its deadline to a date.
/// </summary>
/// <remarks>
/// A token and lexicon scanner: one linear pass, no regular expressions, no backtracking. Any
/// string gives a result; none throws.
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe; share one instance.</threadsafety>
public sealed class SmartTextAnalyzer
{
    /// <summary>Initializes a new instance of the <see cref="SmartTextAnalyzer"/> class.</summary>
    /// <param name="lexicon">The word lists; <see cref="SmartLexicon.Default"/> when null.</param>
    /// <param name="texts">The texts of the findings; <see cref="TextCatalog.Default"/> when null.</param>
    public SmartTextAnalyzer(SmartLexicon? lexicon = null, TextCatalog? texts = null)
    {
        Lexicon = lexicon ?? SmartLexicon.Default;
        Texts = texts ?? TextCatalog.Default;
    }

    /// <summary>Gets an analyzer with the built-in lexicon and texts.</summary>
    public static SmartTextAnalyzer Default { get; } = new();

    /// <summary>Gets the word lists in use.</summary>
    public SmartLexicon Lexicon { get; }

    /// <summary>Gets the texts in use.</summary>
    public TextCatalog Texts { get; }

    /// <summary>Analyses one goal text.</summary>
    /// <param name="text">The goal text; empty and odd strings are allowed and simply fail the criteria.</param>
    /// <param name="referenceDate">The date relative deadlines ("binnen drie maanden") count from.</param>
    /// <param name="reading">
    /// How the text is read: its language (default: detected from the text) and the order of numeric
    /// dates (default: day first). Only the reading and the reference date decide the verdict.
    /// </param>
    /// <param name="messageCulture">
    /// The culture of the findings' messages; null for the culture of the language the text was read
    /// in (<c>nl</c> or <c>en</c>). It selects texts from <see cref="Texts"/> and nothing else: any
    /// culture is allowed, and one without texts of its own falls back through its parent culture to
    /// English (see <see cref="TextCatalog"/>). It never changes a verdict, a deadline or a span.
    /// </param>
    /// <returns>The analysis.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="referenceDate"/> lies outside the years 1900 to 2999, where every deadline the text can name is a valid date.</exception>
    public GoalTextAnalysis Analyze(string text, LocalDate referenceDate, GoalTextReading reading = default, CultureInfo? messageCulture = null)
    {
        Guard.Against.Null(text, nameof(text));
        if (referenceDate.Year is < 1900 or > 2999)
        {
            throw new ArgumentOutOfRangeException(nameof(referenceDate), referenceDate, "The reference date must lie in the years 1900 to 2999.");
        }

        TextLanguage? language = reading.Language is { } given ? SmartCultures.ToText(given) : null;
        var reference = new CalendarDay(referenceDate.Year, referenceDate.Month, referenceDate.Day);
        TextVerdict verdict = GoalTextEngine.Analyze(text, reference, language, reading.DateOrder == NumericDateOrder.MonthFirst, Lexicon.Table);

        GoalLanguage read = SmartCultures.FromText(verdict.Language);
        CultureInfo messages = messageCulture ?? SmartCultures.For(read);
        DeadlineExpression? deadline = null;
        if (verdict.Deadline is { } d)
        {
            deadline = new DeadlineExpression(
                new LocalDate(d.Date.Year, d.Date.Month, d.Date.Day),
                text.Substring(d.Start, d.Length),
                new TextRange(d.Start, d.Length),
                (DeadlineGrain)d.Grain,
                (DeadlineModifier)d.Modifier,
                d.Relative);
        }

        IReadOnlyList<SmartFinding> findings = verdict.Findings.Length == 0
            ? Array.Empty<SmartFinding>()
            : Localise(text, verdict.Findings, messages);
        return new GoalTextAnalysis(text, read, messages, verdict.Specific, verdict.Measurable, verdict.TimeBound, deadline, findings);
    }

    private static readonly Dictionary<string, string> SuggestionKeys = BuildSuggestionKeys();

    private static Dictionary<string, string> BuildSuggestionKeys()
    {
        var keys = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var field in typeof(TextFindingCodes).GetFields())
        {
            if (field.GetValue(null) is string code)
            {
                keys[code] = code + ".suggestion";
            }
        }

        return keys;
    }

    private static string SuggestionKey(string code) => SuggestionKeys.TryGetValue(code, out var key) ? key : code + ".suggestion";

    private SmartFinding[] Localise(string text, TextFinding[] raw, CultureInfo culture)
    {
        var result = new SmartFinding[raw.Length];
        for (int i = 0; i < raw.Length; i++)
        {
            TextFinding f = raw[i];
            string template = Texts.Template(f.Code, culture);
            string message = template;
            if (template.IndexOf('{') >= 0)
            {
                string part = text.Substring(f.Start, f.Length);
                message = Texts.Format(f.Code, culture, new Dictionary<string, string>(2, StringComparer.Ordinal) { ["Word"] = part, ["Phrase"] = part });
            }

            result[i] = new SmartFinding(
                f.Code,
                CriterionOf(f.Code),
                FindingSeverity.Warning,
                message,
                Texts.Template(SuggestionKey(f.Code), culture),
                new TextRange(f.Start, f.Length));
        }

        return result;
    }

    internal static SmartCriterion CriterionOf(string code) => code[6] switch
    {
        'S' => SmartCriterion.Specific,
        'M' => SmartCriterion.Measurable,
        'A' => SmartCriterion.Acceptable,
        'R' => SmartCriterion.Realistic,
        _ => SmartCriterion.TimeBound,
    };
}

// Compiled into Pop.Core and Pop.Core.Analyzers: keep self-contained.
namespace Pop.Core.Smart.Text;

using System;

/// <summary>Codes of the findings the text engine can raise. They are stable: hosts key texts on them.</summary>
internal static class TextFindingCodes
{
    public const string NoConcreteAction = "SMART-S01";
    public const string VagueVerb = "SMART-S02";
    public const string ChangeWithoutFigure = "SMART-S03";
    public const string NoConcreteObject = "SMART-S04";
    public const string FeelingIsNotAGoal = "SMART-S05";
    public const string OpenChoice = "SMART-S06";
    public const string CountOfGenericThings = "SMART-S07";
    public const string NoCheckableResult = "SMART-M01";
    public const string ComparativeWithoutFigure = "SMART-M02";
    public const string NoDeadline = "SMART-T01";
    public const string FrequencyIsNoDeadline = "SMART-T02";
    public const string DurationIsNoDeadline = "SMART-T03";
}

/// <summary>One problem the text engine found: a code and the span of text it is about.</summary>
internal readonly struct TextFinding
{
    public TextFinding(string code, int start, int length)
    {
        Code = code;
        Start = start;
        Length = length;
    }

    public string Code { get; }

    public int Start { get; }

    public int Length { get; }
}

/// <summary>What the engine decided about one text.</summary>
internal sealed class TextVerdict
{
    public TextVerdict(TextLanguage language, bool specific, bool measurable, bool timeBound, TimeExpression? deadline, TextFinding[] findings)
    {
        Language = language;
        Specific = specific;
        Measurable = measurable;
        TimeBound = timeBound;
        Deadline = deadline;
        Findings = findings;
    }

    public TextLanguage Language { get; }

    public bool Specific { get; }

    public bool Measurable { get; }

    public bool TimeBound { get; }

    public TimeExpression? Deadline { get; }

    public TextFinding[] Findings { get; }
}

/// <summary>
/// The free-text SMART engine: tokenises a goal, finds and resolves its deadline, and judges
/// Specific, Measurable and Time-bound by the conventions. Stateless and safe to call from any
/// thread; per-thread scratch buffers keep a call on a goal-sized text from allocating more than
/// its result; buffers for a larger text are held only weakly, so they do not outlive a full
/// garbage collection.
/// </summary>
/// <remarks>
/// Every step is linear in the text: one tokenising pass; per word at most one whole-word lookup
/// and, for a Dutch compound, at most <see cref="Lexicon.LongestWord"/> lookups of its tails; words
/// longer than <see cref="MaxWordLength"/> are not looked up at all; the time scanner looks at a
/// bounded number of neighbours per token.
/// </remarks>
internal static class GoalTextEngine
{
    private const int MaxFindings = 10;

    [ThreadStatic]
    private static char[]? scratchText;

    [ThreadStatic]
    private static Token[]? scratchTokens;

    [ThreadStatic]
    private static WeakReference<char[]>? largeText;

    [ThreadStatic]
    private static WeakReference<Token[]>? largeTokens;

    private static readonly Lazy<Lexicon> BuiltIn = new(Lexicon.BuiltIn);

    /// <summary>
    /// The longest word the engine looks up. A longer letter run (a pasted hash, a run of one key, a
    /// hyphen chain) is an opaque token: no lexicon word, no compound head, no stem. No real word
    /// comes near it; the longest Dutch compounds in use have about 40 letters.
    /// </summary>
    public const int MaxWordLength = 100;

    /// <summary>Characters of the per-thread folded-text buffer that outlive a call (64 KiB); a larger buffer is let go.</summary>
    public const int RetainedTextCapacity = 32 * 1024;

    /// <summary>Tokens of the per-thread token buffer that outlive a call (about 64 KiB); a larger buffer is let go.</summary>
    public const int RetainedTokenCapacity = 1024;

    /// <summary>Gets the length of the folded-text buffer this thread keeps between calls (0 when none).</summary>
    internal static int RetainedTextLength => scratchText?.Length ?? 0;

    /// <summary>Gets the length of the token buffer this thread keeps between calls (0 when none).</summary>
    internal static int RetainedTokenLength => scratchTokens?.Length ?? 0;

    /// <summary>Gets whether a buffer larger than the retained capacities is still alive for this thread (it is held weakly).</summary>
    internal static bool LargeScratchAlive =>
        (largeText is { } text && text.TryGetTarget(out _)) || (largeTokens is { } tokens && tokens.TryGetTarget(out _));

    /// <summary>The lexicon that ships with the engine.</summary>
    public static Lexicon DefaultLexicon => BuiltIn.Value;

    /// <summary>Analyses <paramref name="text"/>.</summary>
    /// <param name="text">The goal text; any string, including null.</param>
    /// <param name="reference">The date relative deadlines count from.</param>
    /// <param name="language">The language, or null to detect it.</param>
    /// <param name="monthFirst">Whether numeric dates are month first (en-US).</param>
    /// <param name="lexicon">The word lists to use.</param>
    public static TextVerdict Analyze(string? text, CalendarDay reference, TextLanguage? language, bool monthFirst, Lexicon lexicon)
    {
        text ??= string.Empty;

        // Scratch buffers: reused between calls on one thread, but held firmly only while small, so
        // that a huge text does not pin its buffers to the thread for ever (see Release).
        char[] folded = TakeText(text.Length);
        Token[] tokens = TakeTokens(text.Length);
        int count = Tokenizer.Tokenize(text, folded, ref tokens);

        // 1. Look every word up once; count language evidence.
        int dutch = 0, english = 0;
        for (int i = 0; i < count; i++)
        {
            ref Token t = ref tokens[i];
            if (t.Kind != TokenKind.Word || t.Length > MaxWordLength)
            {
                continue; // a longer run is an opaque token
            }

            var entry = lexicon.Find(folded, t.Start, t.Length);
            t.Entry = entry;
            if (entry is not null)
            {
                dutch += Weight(entry.Dutch);
                english += Weight(entry.English);
            }
        }

        TextLanguage lang = language ?? (english > dutch ? TextLanguage.English : TextLanguage.Dutch);

        // 2. Classes in that language. A word the lexicon does not hold is judged by its shape (a
        //    Dutch compound by its head, a participle, a suffix) and then by its place in the sentence.
        for (int i = 0; i < count; i++)
        {
            ref Token t = ref tokens[i];
            if (t.Kind != TokenKind.Word || t.Length > MaxWordLength)
            {
                continue;
            }

            WordClass known = t.Entry?.For(lang) ?? WordClass.None;
            if ((known & ~(WordClass.Marker | WordClass.Cue)) != WordClass.None)
            {
                t.Classes = known;
                t.Value = t.Entry!.ValueFor(lang);
            }
            else if (t.Entry is null || (t.Entry.For(lang == TextLanguage.Dutch ? TextLanguage.English : TextLanguage.Dutch) & WordClass.FunctionWord) == 0)
            {
                // (a function word of the other language — "the" in a Dutch text — is no content word)
                t.Classes = WordShapes.Classify(lexicon, folded, t, lang) | known;
            }
            else
            {
                t.Classes = known;
            }
        }

        if (lang == TextLanguage.Dutch)
        {
            ResolveSeparableVerbs(folded, tokens, count);
        }

        // 3. Time expressions.
        var scanner = new TimeScanner(text, folded, tokens, count, reference, lang, monthFirst && lang == TextLanguage.English);
        bool timeBound = scanner.Scan(out TimeExpression deadline, out _);

        // 4. Unknown words by their place, now that the time expressions are known.
        bool knownInfinitive = lang == TextLanguage.Dutch && WordShapes.HasKnownInfinitive(folded, tokens, count);
        for (int i = 0; i < count; i++)
        {
            if (tokens[i].Kind == TokenKind.Word && (tokens[i].Classes & WordShapes.Refinable) != 0 && tokens[i].Length <= MaxWordLength)
            {
                tokens[i].Classes = WordShapes.Refine(folded, tokens, i, count, lang, knownInfinitive);
            }
        }

        // 5. Content: what makes the goal specific and measurable.
        ContentFeatures features = ContentJudge.Read(text, folded, tokens, count, lang);
        var findings = new TextFinding[MaxFindings];
        int n = 0;
        ContentJudge.Judge(features, scanner.FrequencyStart >= 0, text.Length, out bool specific, out bool measurable, ref findings, ref n);

        if (!timeBound)
        {
            if (scanner.FrequencyStart >= 0)
            {
                findings[n++] = new TextFinding(TextFindingCodes.FrequencyIsNoDeadline, scanner.FrequencyStart, scanner.FrequencyLength);
            }
            else if (scanner.DurationStart >= 0)
            {
                findings[n++] = new TextFinding(TextFindingCodes.DurationIsNoDeadline, scanner.DurationStart, scanner.DurationLength);
            }
            else
            {
                findings[n++] = new TextFinding(TextFindingCodes.NoDeadline, 0, text.Length);
            }
        }

        if (n == 0)
        {
            findings = Array.Empty<TextFinding>();
        }
        else if (n < MaxFindings)
        {
            Array.Resize(ref findings, n);
        }

        Release(folded, tokens, count);

        return new TextVerdict(lang, specific, measurable, timeBound, timeBound ? deadline : null, findings);
    }

    private static char[] TakeText(int length)
    {
        if (length <= RetainedTextCapacity)
        {
            return scratchText is { } small && small.Length >= length ? small : new char[Math.Max(256, length)];
        }

        return largeText is { } weak && weak.TryGetTarget(out char[]? large) && large.Length >= length ? large : new char[length];
    }

    private static Token[] TakeTokens(int textLength)
    {
        if (textLength > RetainedTokenCapacity && largeTokens is { } weak && weak.TryGetTarget(out Token[]? large))
        {
            return large; // the tokenizer grows it when it is too small
        }

        return scratchTokens ?? new Token[64];
    }

    /// <summary>
    /// Keeps the scratch buffers of this call for the next one on this thread: firmly when they are
    /// within the retained capacities, weakly when larger, so a run of huge texts reuses them but the
    /// next full garbage collection takes them back.
    /// </summary>
    private static void Release(char[] folded, Token[] tokens, int count)
    {
        if (folded.Length <= RetainedTextCapacity)
        {
            scratchText = folded;
        }
        else
        {
            Hold(ref largeText, folded);
        }

        // Clear references into the lexicon so the scratch array does not pin a replaced lexicon.
        Array.Clear(tokens, 0, count);
        if (tokens.Length <= RetainedTokenCapacity)
        {
            scratchTokens = tokens;
        }
        else
        {
            Hold(ref largeTokens, tokens);
        }
    }

    private static void Hold<T>(ref WeakReference<T>? holder, T target)
        where T : class
    {
        if (holder is null)
        {
            holder = new WeakReference<T>(target);
        }
        else
        {
            holder.SetTarget(target);
        }
    }

    private static int Weight(WordClass classes) =>
        classes == WordClass.None ? 0 : (classes & WordClass.FunctionWord) != 0 ? 2 : 1;

    private static void ResolveSeparableVerbs(char[] folded, Token[] tokens, int count)
    {
        for (int i = 0; i < count; i++)
        {
            ref Token head = ref tokens[i];
            if ((head.Classes & WordClass.SeparableHead) == 0 || head.Entry?.Separable is not { } particles)
            {
                continue;
            }

            // The particle stands later in the clause ("rond … af") or just before "te" ("af te ronden").
            int from = Math.Max(0, i - 3);
            int to = Math.Min(count, i + 14);
            for (int k = from; k < to; k++)
            {
                if (k == i || tokens[k].Kind != TokenKind.Word)
                {
                    continue;
                }

                foreach (var pair in particles)
                {
                    // A particle closes its clause or stands before "te" ("werk … in.", "in te werken");
                    // followed by an article or a noun it is a preposition ("werken … in de bovenbouw").
                    // Prepositional vague verbs ("werken aan mijn rol") take their word anywhere.
                    if (Matches(folded, tokens[k], pair.Key) && ((pair.Value & WordClass.VagueVerb) != 0 || IsParticlePosition(folded, tokens, k, count)))
                    {
                        head.Classes |= pair.Value;
                    }
                }
            }
        }
    }

    private static bool IsParticlePosition(char[] folded, Token[] tokens, int k, int count)
    {
        if (k + 1 >= count)
        {
            return true;
        }

        ref Token next = ref tokens[k + 1];
        if (next.Kind != TokenKind.Word || next.Claimed || (next.Capitalised && next.SentenceStart))
        {
            return true;
        }

        const WordClass NounGroupStart = WordClass.Article | WordClass.Every | WordClass.NumberWord | WordClass.ConcreteNoun | WordClass.ContextNoun
            | WordClass.GenericNoun | WordClass.CourseNoun | WordClass.UnknownNoun | WordClass.Modifier;
        return (next.Classes & NounGroupStart) == 0
            && !WordShapes.IsAny(folded, next, "mijn", "onze", "ons", "zijn", "haar", "hun", "deze") && !WordShapes.IsAny(folded, next, "dit", "je", "jouw");
    }

    private static bool Matches(char[] folded, in Token t, string word)
    {
        if (t.Length != word.Length)
        {
            return false;
        }

        for (int k = 0; k < word.Length; k++)
        {
            if (folded[t.Start + k] != word[k])
            {
                return false;
            }
        }

        return true;
    }
}

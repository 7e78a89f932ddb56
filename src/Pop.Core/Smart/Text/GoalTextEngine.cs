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
    private const int MaxFindings = 8;

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

        // 2. Classes in that language; Dutch compounds take the class of their head noun.
        for (int i = 0; i < count; i++)
        {
            ref Token t = ref tokens[i];
            if (t.Kind != TokenKind.Word || t.Length > MaxWordLength)
            {
                continue;
            }

            if (t.Entry is { } entry && entry.For(lang) != WordClass.None)
            {
                t.Classes = entry.For(lang);
                t.Value = entry.ValueFor(lang);
            }
            else if (lang == TextLanguage.Dutch && t.Length >= 7)
            {
                t.Classes = CompoundHead(lexicon, folded, t.Start, t.Length);
            }
            else if (lang == TextLanguage.English && t.Length >= 5)
            {
                t.Classes = EnglishStem(lexicon, folded, t.Start, t.Length);
            }
        }

        if (lang == TextLanguage.Dutch)
        {
            ResolveSeparableVerbs(folded, tokens, count);
        }

        // 3. Time expressions.
        var scanner = new TimeScanner(text, folded, tokens, count, reference, lang, monthFirst && lang == TextLanguage.English);
        bool timeBound = scanner.Scan(out TimeExpression deadline, out _);

        // 4. Content.
        var f = default(Features);
        for (int i = 0; i < count; i++)
        {
            ref Token t = ref tokens[i];
            if (t.Claimed)
            {
                continue;
            }

            if (t.Kind == TokenKind.Number)
            {
                f.Figure = true;
                continue;
            }

            if (t.Kind == TokenKind.Symbol)
            {
                char c = text[t.Start];
                if (c == '%' || c == '€' || c == '$' || c == '£')
                {
                    f.Figure = true;
                }

                continue;
            }

            WordClass cls = t.Classes;
            if ((cls & WordClass.ActionVerb) != 0 && (cls & (WordClass.ConcreteNoun | WordClass.CourseNoun)) != 0)
            {
                // "plannen", "plan", "test", "close": after an article, a preposition, a possessive
                // or a number it is the noun. Elsewhere it may be either, but not both at once.
                if (IsNounPosition(tokens, i, folded))
                {
                    cls &= ~WordClass.ActionVerb;
                }
                else
                {
                    f.Ambiguous++;
                    cls &= ~WordClass.ActionVerb;
                }
            }

            if ((cls & WordClass.NumberWord) != 0 && IsCountingNumber(ref t, lang, tokens, i, count))
            {
                f.Figure = true;
            }

            if ((cls & WordClass.Every) != 0 && i + 1 < count && tokens[i + 1].Kind == TokenKind.Word && !tokens[i + 1].Claimed)
            {
                f.Figure = true; // "met elke collega": a countable whole
            }

            if ((cls & WordClass.Percent) != 0)
            {
                f.Figure = true;
            }

            if ((cls & WordClass.ActionVerb) != 0)
            {
                f.Action = true;
            }

            if ((cls & WordClass.VagueVerb) != 0 && (cls & WordClass.ActionVerb) == 0)
            {
                f.Vague = true;
                Features.Mark(ref f.VagueStart, ref f.VagueLength, t);
            }

            if ((cls & WordClass.Comparative) != 0)
            {
                f.Comparative = true;
                Features.Mark(ref f.ComparativeStart, ref f.ComparativeLength, t);
            }

            if ((cls & WordClass.ChangeVerb) != 0)
            {
                f.Change = true;
                Features.Mark(ref f.ChangeStart, ref f.ChangeLength, t);
            }

            if ((cls & WordClass.BecomeVerb) != 0 || ((cls & WordClass.VagueVerb) != 0 && IsGrowVerb(folded, t)))
            {
                f.Become = true;
            }

            if ((cls & WordClass.ObtainVerb) != 0)
            {
                f.Obtain = true;
            }

            bool generic = (cls & WordClass.GenericNoun) != 0;
            if ((t.Classes & WordClass.ActionVerb) == 0 && (cls & (WordClass.ConcreteNoun | WordClass.CourseNoun)) != 0 && !generic)
            {
                f.NounsBesideAmbiguous++;
            }

            if ((cls & WordClass.RoleNoun) != 0)
            {
                f.Role = true;
            }

            if ((cls & WordClass.Certificate) != 0)
            {
                f.Certificate = true;
            }

            if ((cls & WordClass.Deliverable) != 0 && !generic)
            {
                f.Deliverable = true;
            }

            if ((cls & WordClass.EventNoun) != 0)
            {
                f.Event = true;
            }

            if ((cls & (WordClass.ContextNoun | WordClass.RoleNoun)) != 0 && !generic)
            {
                f.Context = true;
            }

            if ((cls & WordClass.Observable) != 0)
            {
                f.Observable = true;
            }

            if ((cls & WordClass.CourseNoun) != 0)
            {
                f.Course = true;
            }

            if (IsName(ref t, lang, cls))
            {
                f.Named = true;
            }
        }

        // A verb-or-noun word fills the action when no other verb does, and then cannot also be
        // the object unless another one stands beside it.
        if (f.Ambiguous > 0 && !f.Action)
        {
            f.Action = true;
            if (f.Ambiguous == 1 && f.NounsBesideAmbiguous == 0)
            {
                f.Deliverable = false;
                f.Event = false;
                f.Context = false;
                f.Role = false;
                f.Certificate = false;
                f.Course = false;
            }
        }

        bool namedCourse = f.Course && f.Named;
        bool roleTarget = f.Role && f.Become;
        bool strongAnchor = f.Named || f.Deliverable || f.Certificate || f.Figure || roleTarget;
        bool concreteObject = f.Named || f.Figure || f.Deliverable || f.Certificate || f.Event || f.Context || f.Role;
        bool blurred = (f.Comparative || (f.Change && !f.Figure)) && !f.Figure;

        bool specific =
            (f.Action && concreteObject && (!blurred || strongAnchor && (f.Named || f.Deliverable || f.Certificate)))
            || (roleTarget && !f.Comparative)
            || (f.Change && f.Figure)
            || (f.Obtain && f.Certificate);

        bool measurable =
            (specific && !blurred)
            || (specific && (namedCourse || f.Certificate || f.Deliverable))
            || (f.Figure && !f.Comparative)
            || (f.Figure && f.Change)
            || scanner.FrequencyStart >= 0
            || (f.Obtain && f.Certificate);

        // 5. Findings, most useful first.
        var findings = new TextFinding[MaxFindings];
        int n = 0;
        if (!specific)
        {
            if (f.Vague)
            {
                findings[n++] = new TextFinding(TextFindingCodes.VagueVerb, f.VagueStart, f.VagueLength);
            }

            if (f.Change && !f.Figure)
            {
                findings[n++] = new TextFinding(TextFindingCodes.ChangeWithoutFigure, f.ChangeStart, f.ChangeLength);
            }

            if (!f.Action && !roleTarget && !f.Vague)
            {
                findings[n++] = new TextFinding(TextFindingCodes.NoConcreteAction, 0, text.Length);
            }

            if (!concreteObject)
            {
                findings[n++] = new TextFinding(TextFindingCodes.NoConcreteObject, 0, text.Length);
            }
        }

        if (!measurable)
        {
            findings[n++] = f.Comparative
                ? new TextFinding(TextFindingCodes.ComparativeWithoutFigure, f.ComparativeStart, f.ComparativeLength)
                : new TextFinding(TextFindingCodes.NoCheckableResult, 0, text.Length);
        }

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

    private static readonly string[] NounMarkers =
    {
        "in", "op", "voor", "van", "met", "aan", "naar", "over", "mijn", "zijn", "haar", "ons", "onze", "hun", "je", "jouw", "deze", "die", "dit", "elk", "elke",
        "to", "for", "with", "on", "at", "about", "of", "my", "his", "her", "our", "their", "your", "this", "that", "these", "each", "every", "new", "nieuwe",
    };

    private static bool IsNounPosition(Token[] tokens, int i, char[] folded)
    {
        if (i == 0)
        {
            return false;
        }

        ref Token previous = ref tokens[i - 1];
        if (previous.Kind == TokenKind.Number || (previous.Classes & (WordClass.Article | WordClass.NumberWord)) != 0)
        {
            return true;
        }

        if (previous.Kind != TokenKind.Word)
        {
            return false;
        }

        foreach (var marker in NounMarkers)
        {
            if (Matches(folded, previous, marker))
            {
                return true;
            }
        }

        return Matches(folded, previous, "a") || Matches(folded, previous, "an") || Matches(folded, previous, "een") || Matches(folded, previous, "the");
    }

    private static int Weight(WordClass classes) =>
        classes == WordClass.None ? 0 : (classes & WordClass.FunctionWord) != 0 ? 2 : 1;

    private static bool IsCountingNumber(ref Token t, TextLanguage lang, Token[] tokens, int i, int count)
    {
        if (t.Value <= 0)
        {
            return false;
        }

        // Dutch "een" is the article unless written "één"; "half" and the like are not counts.
        if (lang == TextLanguage.Dutch && t.Value == 1 && t.Length == 3 && !t.Accented)
        {
            return false;
        }

        return true;
    }

    private static bool IsName(ref Token t, TextLanguage lang, WordClass cls)
    {
        if (t.Kind != TokenKind.Word)
        {
            return false;
        }

        if (t.Acronym)
        {
            return true;
        }

        if (!t.Capitalised || t.SentenceStart || t.Length < 2)
        {
            return false;
        }

        // Capitalised English months, days and the like are not names of things.
        return (cls & (WordClass.Month | WordClass.FunctionWord | WordClass.Copula)) == 0;
    }

    private static bool IsGrowVerb(char[] folded, in Token t)
    {
        // "doorgroeien (naar)", "grow (into)": a growth verb that can name a target role.
        return t.Length >= 4 && ((folded[t.Start] == 'g' && folded[t.Start + 1] == 'r') || (folded[t.Start] == 'd' && folded[t.Start + 1] == 'o'));
    }

    private static WordClass CompoundHead(Lexicon lexicon, char[] folded, int start, int length)
    {
        // Longest head first: "verbetervoorstellen" → "voorstellen", "magazijnteam" → "team".
        // Only tails no longer than the longest lexicon word can match, so the search starts there:
        // at most LongestWord lookups of at most LongestWord characters, whatever the word's length.
        for (int offset = Math.Max(3, length - lexicon.LongestWord); offset <= length - 3; offset++)
        {
            var entry = lexicon.Find(folded, start + offset, length - offset);
            if (entry is not null)
            {
                WordClass head = entry.Dutch & WordClass.CompoundHead;
                if (head != WordClass.None)
                {
                    return head;
                }

                if ((entry.Dutch & (WordClass.GenericNoun | WordClass.VagueVerb)) != 0)
                {
                    return entry.Dutch & (WordClass.GenericNoun | WordClass.VagueVerb);
                }
            }
        }

        return WordClass.None;
    }

    /// <summary>"shadowing" → "shadow", "drafting" → "draft", "planning" → "plan", "organising" → "organise".</summary>
    private static WordClass EnglishStem(Lexicon lexicon, char[] folded, int start, int length)
    {
        const WordClass Verbs = WordClass.ActionVerb | WordClass.VagueVerb | WordClass.ChangeVerb | WordClass.ObtainVerb | WordClass.BecomeVerb;
        if (folded[start + length - 3] != 'i' || folded[start + length - 2] != 'n' || folded[start + length - 1] != 'g')
        {
            return WordClass.None;
        }

        int stem = length - 3;
        var entry = lexicon.Find(folded, start, stem);
        if (entry is null && stem >= 3 && folded[start + stem - 1] == folded[start + stem - 2])
        {
            entry = lexicon.Find(folded, start, stem - 1); // planning → plan
        }

        if (entry is null)
        {
            entry = lexicon.Find(folded, start, stem, 'e'); // organising → organise
        }

        return entry is null ? WordClass.None : entry.English & Verbs;
    }

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
                    if (Matches(folded, tokens[k], pair.Key))
                    {
                        head.Classes |= pair.Value;
                    }
                }
            }
        }
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

    private struct Features
    {
        public bool Figure;
        public bool Action;
        public bool Vague;
        public bool Comparative;
        public bool Change;
        public bool Become;
        public bool Obtain;
        public bool Role;
        public bool Certificate;
        public bool Deliverable;
        public bool Event;
        public bool Context;
        public bool Observable;
        public bool Course;
        public bool Named;
        public int Ambiguous;
        public int NounsBesideAmbiguous;
        public int VagueStart;
        public int VagueLength;
        public int ComparativeStart;
        public int ComparativeLength;
        public int ChangeStart;
        public int ChangeLength;

        public static void Mark(ref int start, ref int length, in Token t)
        {
            if (length == 0)
            {
                start = t.Start;
                length = t.Length;
            }
        }
    }
}

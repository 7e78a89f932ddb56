// Compiled into Pop.Core and Pop.Core.Analyzers: keep self-contained.
namespace Pop.Core.Smart.Text;

/// <summary>
/// Finds time expressions in a token stream and resolves them against a reference date, as
/// <c>smart/CONVENTIONS.md</c> describes. Every parser starts at one token and looks at a bounded
/// number of neighbours, so a scan is linear in the number of tokens.
/// </summary>
internal ref partial struct TimeScanner
{
    private readonly string text;
    private readonly char[] folded;
    private readonly Token[] tokens;
    private readonly int count;
    private readonly CalendarDay reference;
    private readonly TextLanguage language;
    private readonly bool monthFirst;

    public TimeScanner(string text, char[] folded, Token[] tokens, int count, CalendarDay reference, TextLanguage language, bool monthFirst)
    {
        this.text = text;
        this.folded = folded;
        this.tokens = tokens;
        this.count = count;
        this.reference = reference;
        this.language = language;
        this.monthFirst = monthFirst;
        FrequencyStart = -1;
        FrequencyLength = 0;
        DurationStart = -1;
        DurationLength = 0;
    }

    /// <summary>Offset of the first frequency expression ("elke week"), or -1.</summary>
    public int FrequencyStart { get; private set; }

    public int FrequencyLength { get; private set; }

    /// <summary>Offset of a duration that reads as "for N months" rather than a deadline, or -1.</summary>
    public int DurationStart { get; private set; }

    public int DurationLength { get; private set; }

    /// <summary>Scans the tokens; returns the latest deadline found (or false when there is none).</summary>
    public bool Scan(out TimeExpression latest, out int found)
    {
        latest = default;
        found = 0;
        for (int i = 0; i < count; i++)
        {
            if (tokens[i].Claimed)
            {
                continue;
            }

            if (TryFrequency(i, out int fEnd))
            {
                Claim(i, fEnd);
                if (FrequencyStart < 0)
                {
                    FrequencyStart = tokens[i].Start;
                    FrequencyLength = tokens[fEnd - 1].Start + tokens[fEnd - 1].Length - tokens[i].Start;
                }

                i = fEnd - 1;
                continue;
            }

            if (TryCore(i, out var expression, out int end))
            {
                int start = ApplyModifiers(i, ref expression);
                expression.Start = tokens[start].Start;
                expression.Length = tokens[end - 1].Start + tokens[end - 1].Length - expression.Start;
                Claim(start, end);
                if (expression.Date < reference && LooksBack(start))
                {
                    // "na mijn hernia in 2025", "since March 2024": a past moment the goal starts
                    // from, not a deadline for it.
                    if (DurationStart < 0)
                    {
                        DurationStart = expression.Start;
                        DurationLength = expression.Length;
                    }

                    i = end - 1;
                    continue;
                }

                found++;
                if (found == 1 || expression.Date > latest.Date)
                {
                    latest = expression;
                }

                i = end - 1;
            }
        }

        return found > 0;
    }

    /// <summary>True when a look-back word ("na", "sinds", "after", "since") opens the phrase that ends at <paramref name="start"/>.</summary>
    private bool LooksBack(int start)
    {
        for (int k = start - 1; k >= 0 && k >= start - 5; k--)
        {
            if (tokens[k].Kind == TokenKind.Symbol || tokens[k].Claimed)
            {
                return false;
            }

            if (tokens[k].Is(WordClass.LookBack))
            {
                return true;
            }
        }

        return false;
    }

    private void Claim(int start, int end)
    {
        for (int k = start; k < end; k++)
        {
            tokens[k].Claimed = true;
        }
    }

    private bool Is(int i, WordClass cls) => i >= 0 && i < count && tokens[i].Is(cls);

    private bool IsNumber(int i) => i >= 0 && i < count && tokens[i].Kind == TokenKind.Number && tokens[i].Number >= 0;

    private bool IsSymbol(int i, char c) => i >= 0 && i < count && tokens[i].Kind == TokenKind.Symbol && text[tokens[i].Start] == c;

    private bool IsWord(int i, string word)
    {
        if (i < 0 || i >= count || tokens[i].Kind != TokenKind.Word || tokens[i].Length != word.Length)
        {
            return false;
        }

        int s = tokens[i].Start;
        for (int k = 0; k < word.Length; k++)
        {
            if (folded[s + k] != word[k])
            {
                return false;
            }
        }

        return true;
    }

    private bool IsYear(int i) => IsNumber(i) && tokens[i].Digits == 4 && tokens[i].Number >= 1900 && tokens[i].Number <= 2199;

    private bool Adjacent(int i) => i < count && !tokens[i].SpaceBefore;

    private static bool IsUnit(in Token t) =>
        t.Is(WordClass.UnitDay | WordClass.UnitWeek | WordClass.UnitMonth | WordClass.UnitYear | WordClass.UnitWorkday | WordClass.UnitQuarter);

    // ---- frequency: "elke week", "every quarter", "wekelijks", "twee keer per maand" -----------------

    private bool TryFrequency(int i, out int end)
    {
        end = i;
        ref Token t = ref tokens[i];
        if (t.Is(WordClass.FrequencyAdverb))
        {
            end = i + 1;
            return true;
        }

        if (t.Is(WordClass.Every))
        {
            int j = i + 1;
            if (IsNumber(j) || Is(j, WordClass.NumberWord | WordClass.Ordinal))
            {
                j++;
            }

            if (j < count && (IsUnit(tokens[j]) || tokens[j].Is(WordClass.DayName)))
            {
                end = j + 1; // "elke week", "every quarter", "elke vrijdag", "every morning"
                return true;
            }

            return false;
        }

        // "per week", "a week" after "keer/times": "twee keer per maand", "twice a month"
        if ((IsWord(i, "per") || IsWord(i, "a") || IsWord(i, "in")) && i > 0 && (Is(i - 1, WordClass.Times) || IsWord(i - 1, "twice") || IsWord(i - 1, "once")))
        {
            int j = i + 1;
            if (Is(j, WordClass.Article))
            {
                j++;
            }

            if (j < count && IsUnit(tokens[j]))
            {
                end = j + 1;
                return true;
            }
        }

        return false;
    }

    // ---- the core of an expression, starting at token i ----------------------------------------------

    private bool TryCore(int i, out TimeExpression e, out int end)
    {
        e = default;
        end = i;
        ref Token t = ref tokens[i];
        if (t.Kind == TokenKind.Number)
        {
            return TryNumericDate(i, ref e, ref end)
                || TryDayMonth(i, ref e, ref end)
                || TryRelative(i, ref e, ref end)
                || TryBareYear(i, ref e, ref end);
        }

        if (t.Kind != TokenKind.Word)
        {
            return false;
        }

        if (t.Is(WordClass.Month) && (TryMonthDay(i, ref e, ref end) || TryMonth(i, ref e, ref end)))
        {
            return true;
        }

        if (t.Is(WordClass.QuarterCode | WordClass.UnitQuarter | WordClass.Ordinal | WordClass.This | WordClass.Next) && TryQuarter(i, ref e, ref end))
        {
            return true;
        }

        if (t.Is(WordClass.HalfCode | WordClass.Ordinal) && TryHalf(i, ref e, ref end))
        {
            return true;
        }

        if (t.Is(WordClass.UnitWeek) && TryIsoWeek(i, ref e, ref end))
        {
            return true;
        }

        if (t.Is(WordClass.This | WordClass.Next | WordClass.UnitYear) && TryNamedYear(i, ref e, ref end))
        {
            return true;
        }

        if ((t.Is(WordClass.NumberWord | WordClass.Half | WordClass.Article | WordClass.Next) || IsWord(i, "a") || IsWord(i, "an") || IsWord(i, "anderhalf")) && TryRelative(i, ref e, ref end))
        {
            return true;
        }

        if (t.Is(WordClass.Summer | WordClass.Christmas) && TrySeason(i, ref e, ref end))
        {
            return true;
        }

        return false;
    }

    // ---- modifiers before the core: "vóór", "uiterlijk", "by the end of", "no later than" ----------

    private int ApplyModifiers(int i, ref TimeExpression e)
    {
        bool before = false, by = false, endOf = false, on = false, inside = false, within = e.Relative;
        int start = i;
        int k = i - 1;
        int steps = 0;
        while (k >= 0 && steps < 6 && !tokens[k].Claimed && tokens[k].Kind == TokenKind.Word)
        {
            ref Token t = ref tokens[k];
            bool modifier = true;
            if (t.Is(WordClass.Before) || IsWord(k, "prior"))
            {
                before = true;
            }
            else if (t.Is(WordClass.By) || IsWord(k, "later") || IsWord(k, "than") || IsWord(k, "no") || IsWord(k, "not"))
            {
                by = true;
            }
            else if (t.Is(WordClass.End))
            {
                endOf = true;
            }
            else if (t.Is(WordClass.Within | WordClass.After))
            {
                within = true;
            }
            else if (t.Is(WordClass.On))
            {
                on = true;
            }
            else if (t.Is(WordClass.In))
            {
                inside = true;
            }
            else if (!(t.Is(WordClass.Article | WordClass.Of | WordClass.Next) || IsWord(k, "at") || IsWord(k, "aan") || IsWord(k, "to") || IsWord(k, "the")))
            {
                modifier = false;
            }

            if (!modifier)
            {
                break;
            }

            if (!t.Is(WordClass.Article | WordClass.Of) && !IsWord(k, "the") && !IsWord(k, "at") && !IsWord(k, "aan") && !IsWord(k, "to"))
            {
                start = k;
            }

            k--;
            steps++;
        }

        // "vóór eind maart" — the end wins over "before"'s first day
        if (e.Grain == TimeGrain.Month && before && !endOf && !e.Relative)
        {
            e.Date = new CalendarDay(e.Date.Year, e.Date.Month, 1);
        }

        e.Modifier = before ? TimeModifier.Before
            : by ? TimeModifier.By
            : endOf ? TimeModifier.EndOf
            : within ? TimeModifier.Within
            : on ? TimeModifier.On
            : inside ? TimeModifier.In
            : TimeModifier.None;
        return start;
    }
}

// Compiled into Pop.Core and Pop.Core.Analyzers: keep self-contained.
namespace Pop.Core.Smart.Text;

/// <summary>
/// Finds time expressions in a token stream and resolves them against a reference date, as
/// <c>smart/CONVENTIONS.md</c> describes. Every parser starts at one token and looks at a bounded
/// number of neighbours, so a scan is linear in the number of tokens.
/// </summary>
internal ref struct TimeScanner
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

            if (j < count && IsUnit(tokens[j]))
            {
                end = j + 1;
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

    private bool TryNumericDate(int i, ref TimeExpression e, ref int end)
    {
        if (i + 4 >= count || !IsNumber(i + 2) || !IsNumber(i + 4) || !Adjacent(i + 1) || !Adjacent(i + 2) || !Adjacent(i + 3) || !Adjacent(i + 4))
        {
            return false;
        }

        char sep = text[tokens[i + 1].Start];
        if (!(sep == '-' || sep == '/' || sep == '.') || !IsSymbol(i + 3, sep))
        {
            return false;
        }

        int a = tokens[i].Number, b = tokens[i + 2].Number, c = tokens[i + 4].Number;
        int year, month, day;
        if (tokens[i].Digits == 4)
        {
            year = a; month = b; day = c;
        }
        else if (tokens[i + 4].Digits == 4 && tokens[i].Digits <= 2 && tokens[i + 2].Digits <= 2)
        {
            year = c;
            if (monthFirst)
            {
                month = a; day = b;
            }
            else
            {
                day = a; month = b;
            }
        }
        else
        {
            return false;
        }

        if (!CalendarDay.IsValid(year, month, day))
        {
            return false;
        }

        e.Date = new CalendarDay(year, month, day);
        e.Grain = TimeGrain.Day;
        end = i + 5;
        return true;
    }

    private int SkipOrdinalSuffix(int j)
    {
        return j < count && Adjacent(j) && tokens[j].Is(WordClass.OrdinalSuffix) ? j + 1
            : IsSymbol(j, '.') && Adjacent(j) && language == TextLanguage.Dutch ? j : j;
    }

    private bool TryDayMonth(int i, ref TimeExpression e, ref int end)
    {
        if (tokens[i].Digits > 2)
        {
            return false;
        }

        int day = tokens[i].Number;
        int j = SkipOrdinalSuffix(i + 1);
        if (IsWord(j, "of"))
        {
            j++;
        }

        if (!Is(j, WordClass.Month) || day < 1 || day > 31)
        {
            return false;
        }

        int month = tokens[j].Value;
        j++;
        if (IsSymbol(j, '.') && Adjacent(j) && tokens[j - 1].Length <= 4)
        {
            j++; // "1 jan. 2027"
        }

        int year;
        if (IsSymbol(j, ',') && IsYear(j + 1))
        {
            j++;
        }

        if (IsYear(j))
        {
            year = tokens[j].Number;
            j++;
            if (!CalendarDay.IsValid(year, month, day))
            {
                return false;
            }
        }
        else
        {
            year = reference.Year;
            if (!CalendarDay.IsValid(year, month, day) || new CalendarDay(year, month, day) < reference)
            {
                year++;
            }

            if (!CalendarDay.IsValid(year, month, day))
            {
                return false;
            }
        }

        e.Date = new CalendarDay(year, month, day);
        e.Grain = TimeGrain.Day;
        end = j;
        return true;
    }

    private bool TryMonthDay(int i, ref TimeExpression e, ref int end)
    {
        // English "June 1, 2027" / "June 1st"; Dutch writes the day first.
        int j = i + 1;
        if (IsSymbol(j, '.') && Adjacent(j))
        {
            j++;
        }

        if (language != TextLanguage.English || !IsNumber(j) || tokens[j].Digits > 2)
        {
            return false;
        }

        int day = tokens[j].Number;
        int month = tokens[i].Value;
        j = SkipOrdinalSuffix(j + 1);
        int year;
        if (IsSymbol(j, ',') && IsYear(j + 1))
        {
            j++;
        }

        if (IsYear(j))
        {
            year = tokens[j].Number;
            j++;
        }
        else
        {
            // A bare "May 3" could be "may 3 …": only a following year or a comma makes it a date
            // when the month name is also an ordinary word.
            if (tokens[i].Is(WordClass.AmbiguousMonth) && !HasTimePreposition(i))
            {
                return false;
            }

            year = reference.Year;
            if (!CalendarDay.IsValid(year, month, day) || new CalendarDay(year, month, day) < reference)
            {
                year++;
            }
        }

        if (day < 1 || !CalendarDay.IsValid(year, month, day))
        {
            return false;
        }

        e.Date = new CalendarDay(year, month, day);
        e.Grain = TimeGrain.Day;
        end = j;
        return true;
    }

    private bool HasTimePreposition(int i)
    {
        int j = i - 1;
        if (Is(j, WordClass.Article))
        {
            j--;
        }

        if (Is(j, WordClass.Of))
        {
            j--;
            if (Is(j, WordClass.Article))
            {
                j--;
            }
        }

        return Is(j, WordClass.Before | WordClass.By | WordClass.In | WordClass.On | WordClass.End);
    }

    private bool TryMonth(int i, ref TimeExpression e, ref int end)
    {
        int month = tokens[i].Value;
        int j = i + 1;
        if (IsSymbol(j, '.') && Adjacent(j))
        {
            j++;
        }

        int year;
        if (IsYear(j))
        {
            year = tokens[j].Number;
            j++;
        }
        else
        {
            if (tokens[i].Is(WordClass.AmbiguousMonth) && !HasTimePreposition(i))
            {
                return false;
            }

            if (language == TextLanguage.Dutch && !HasTimePreposition(i) && tokens[i].Length <= 3)
            {
                return false; // "dec" or "jan" alone is more likely a name or an abbreviation
            }

            year = month >= reference.Month ? reference.Year : reference.Year + 1;
        }

        e.Date = CalendarDay.EndOfMonth(year, month);
        e.Grain = TimeGrain.Month;
        end = j;
        return true;
    }

    private int OptionalYear(ref int j)
    {
        int k = j;
        if (Is(k, WordClass.Of))
        {
            k++;
        }

        if (IsYear(k))
        {
            j = k + 1;
            return tokens[k].Number;
        }

        // "van dit jaar", "of next year"
        if (Is(k, WordClass.Of) || k != j)
        {
            int m = k;
            if (Is(m, WordClass.Article))
            {
                m++;
            }

            if (Is(m, WordClass.This) && Is(m + 1, WordClass.UnitYear))
            {
                j = m + 2;
                return reference.Year;
            }

            if (Is(m, WordClass.Next) && Is(m + 1, WordClass.UnitYear))
            {
                j = m + 2;
                return reference.Year + 1;
            }
        }

        return 0;
    }

    private bool TryQuarter(int i, ref TimeExpression e, ref int end)
    {
        int quarter;
        int j;
        bool hasYearRule = true;
        if (tokens[i].Is(WordClass.QuarterCode))
        {
            quarter = tokens[i].Value;
            j = i + 1;
        }
        else if (tokens[i].Is(WordClass.Ordinal) && Is(i + 1, WordClass.UnitQuarter))
        {
            quarter = tokens[i].Value;
            j = i + 2;
        }
        else if (tokens[i].Is(WordClass.UnitQuarter) && IsNumber(i + 1) && tokens[i + 1].Number >= 1 && tokens[i + 1].Number <= 4 && tokens[i + 1].Digits == 1)
        {
            quarter = tokens[i + 1].Number;
            j = i + 2;
        }
        else if (tokens[i].Is(WordClass.This) && Is(i + 1, WordClass.UnitQuarter))
        {
            quarter = ((reference.Month - 1) / 3) + 1;
            j = i + 2;
            hasYearRule = false;
            SetQuarter(ref e, reference.Year, quarter);
        }
        else if (tokens[i].Is(WordClass.Next) && Is(i + 1, WordClass.UnitQuarter) && !IsSymbol(i + 2, '-'))
        {
            int q = ((reference.Month - 1) / 3) + 2;
            int y = reference.Year;
            if (q == 5)
            {
                q = 1;
                y++;
            }

            quarter = q;
            j = i + 2;
            hasYearRule = false;
            SetQuarter(ref e, y, quarter);
        }
        else
        {
            return false;
        }

        if (quarter < 1 || quarter > 4)
        {
            return false;
        }

        if (hasYearRule)
        {
            int year = OptionalYear(ref j);
            if (year == 0)
            {
                year = quarter >= ((reference.Month - 1) / 3) + 1 ? reference.Year : reference.Year + 1;
            }

            SetQuarter(ref e, year, quarter);
        }

        end = j;
        return true;
    }

    private static void SetQuarter(ref TimeExpression e, int year, int quarter)
    {
        e.Date = CalendarDay.EndOfMonth(year, quarter * 3);
        e.Grain = TimeGrain.Quarter;
    }

    private bool TryHalf(int i, ref TimeExpression e, ref int end)
    {
        int half;
        int j;
        if (tokens[i].Is(WordClass.HalfCode))
        {
            half = tokens[i].Value;
            j = i + 1;
        }
        else if (tokens[i].Is(WordClass.Ordinal) && (tokens[i].Value == 1 || tokens[i].Value == 2) && Is(i + 1, WordClass.Half) && !IsUnit(tokens[Min(i + 2, count - 1)]))
        {
            half = tokens[i].Value;
            j = i + 2;
        }
        else
        {
            return false;
        }

        int year = OptionalYear(ref j);
        if (year == 0 && Is(j, WordClass.Of) && Is(j + 1, WordClass.Article) && Is(j + 2, WordClass.UnitYear))
        {
            year = reference.Year; // "of the year"
            j += 3;
        }

        if (year == 0)
        {
            year = half == 2 || reference.Month <= 6 ? reference.Year : reference.Year + 1;
        }

        e.Date = half == 1 ? new CalendarDay(year, 6, 30) : new CalendarDay(year, 12, 31);
        e.Grain = TimeGrain.HalfYear;
        end = j;
        return true;
    }

    private static int Min(int a, int b) => a < b ? a : b;

    private bool TryIsoWeek(int i, ref TimeExpression e, ref int end)
    {
        int j = i + 1;
        if (!IsNumber(j) || tokens[j].Digits > 2 || tokens[j].Number < 1 || tokens[j].Number > 53)
        {
            return false;
        }

        int week = tokens[j].Number;
        j++;
        int year = OptionalYear(ref j);
        CalendarDay sunday;
        if (year == 0)
        {
            year = reference.Year;
            sunday = IsoWeekSunday(year, week);
            if (week > CalendarDay.IsoWeeksInYear(year) || sunday < reference)
            {
                year++;
                sunday = IsoWeekSunday(year, week);
            }
        }
        else
        {
            sunday = IsoWeekSunday(year, week);
        }

        if (week > CalendarDay.IsoWeeksInYear(year))
        {
            return false;
        }

        e.Date = sunday;
        e.Grain = TimeGrain.Week;
        end = j;
        return true;
    }

    private static CalendarDay IsoWeekSunday(int weekYear, int week) =>
        CalendarDay.IsoWeekOneMonday(weekYear).PlusDays(((week - 1) * 7) + 6);

    private bool TryNamedYear(int i, ref TimeExpression e, ref int end)
    {
        int year;
        int j;
        if (tokens[i].Is(WordClass.This) && Is(i + 1, WordClass.UnitYear))
        {
            year = reference.Year;
            j = i + 2;
        }
        else if (tokens[i].Is(WordClass.Next) && Is(i + 1, WordClass.UnitYear))
        {
            // "het komende jaar" / "the coming year": read as next calendar year like "volgend jaar"
            year = reference.Year + 1;
            j = i + 2;
        }
        else if (tokens[i].Is(WordClass.UnitYear) && Is(i - 1, WordClass.Article) && (Is(i - 2, WordClass.Of) || Is(i - 2, WordClass.End)))
        {
            year = reference.Year; // "eind van het jaar", "end of the year"
            j = i + 1;
        }
        else
        {
            return false;
        }

        e.Date = new CalendarDay(year, 12, 31);
        e.Grain = TimeGrain.Year;
        end = j;
        return true;
    }

    private bool TryBareYear(int i, ref TimeExpression e, ref int end)
    {
        if (!IsYear(i) || PartOfNumericDate(i))
        {
            return false;
        }

        int j = i - 1;
        if (Is(j, WordClass.Of) || Is(j, WordClass.Article))
        {
            j--;
        }

        // "voor 2028" is usually "for 2028" (a budget for 2028); the conventions know no before-a-year form.
        if (!(Is(j, WordClass.In | WordClass.End | WordClass.By | WordClass.On | WordClass.Of | WordClass.Within)
            || IsWord(i - 1, "of") || IsWord(i - 1, "van") || IsWord(i - 1, "tot") || IsWord(i - 1, "until")))
        {
            return false;
        }

        e.Date = new CalendarDay(tokens[i].Number, 12, 31);
        e.Grain = TimeGrain.Year;
        end = i + 1;
        return true;
    }

    /// <summary>True when the number at <paramref name="i"/> is glued to a date separator ("2027-13-01" that did not parse).</summary>
    private bool PartOfNumericDate(int i)
    {
        return (SeparatorAt(i + 1) && Adjacent(i + 1) && IsNumber(i + 2) && Adjacent(i + 2))
            || (SeparatorAt(i - 1) && Adjacent(i) && IsNumber(i - 2) && Adjacent(i - 1));
    }

    private bool SeparatorAt(int k) => k >= 0 && k < count && tokens[k].Kind == TokenKind.Symbol && text[tokens[k].Start] is '-' or '/' or '.';

    private bool TryRelative(int i, ref TimeExpression e, ref int end)
    {
        // quantity
        int j = i;
        int months = 0;
        int amount;
        if (Is(j, WordClass.Next) && (Is(j + 1, WordClass.NumberWord) || IsNumber(j + 1)))
        {
            j++; // "de komende drie maanden" — the quantity starts after "komende"
        }

        if (IsNumber(j) && tokens[j].Digits <= 3)
        {
            amount = tokens[j].Number;
            j++;
        }
        else if (IsWord(j, "anderhalf") || (IsWord(j, "one") && IsWord(j + 1, "and") && IsWord(j + 2, "a") && IsWord(j + 3, "half")))
        {
            j += IsWord(j, "anderhalf") ? 1 : 4;
            if (!Is(j, WordClass.UnitYear))
            {
                return false;
            }

            months = 18;
            amount = 0;
        }
        else if ((IsWord(j, "een") || IsWord(j, "a") || IsWord(j, "an") || IsWord(j, "half")) && (Is(j + 1, WordClass.Half) || Is(j, WordClass.Half)))
        {
            // "een half jaar", "half a year", "a half year"
            int k = Is(j, WordClass.Half) ? j + 1 : j + 2;
            if (IsWord(k, "a") || IsWord(k, "an"))
            {
                k++;
            }

            if (!Is(k, WordClass.UnitYear))
            {
                return false;
            }

            months = 6;
            amount = 0;
            j = k;
        }
        else if (Is(j, WordClass.NumberWord) || IsWord(j, "a") || IsWord(j, "an"))
        {
            amount = tokens[j].Is(WordClass.NumberWord) ? tokens[j].Value : 1;
            j++;
        }
        else if (Is(j, WordClass.Next) && j + 1 < count && IsUnit(tokens[j + 1]) && !tokens[j + 1].Is(WordClass.UnitQuarter | WordClass.UnitYear))
        {
            amount = 1; // "binnen de komende maand", "within the next week"
            j++;
        }
        else
        {
            return false;
        }

        bool workingDays = false;
        if ((IsWord(j, "working") || IsWord(j, "business")) && Is(j + 1, WordClass.UnitDay))
        {
            workingDays = true; // "within five working days"
            j++;
        }

        if (j >= count || !IsUnit(tokens[j]))
        {
            return false;
        }

        // "a year and a half"
        if (months == 0 && amount == 1 && tokens[j].Is(WordClass.UnitYear) && IsWord(j + 1, "and") && IsWord(j + 2, "a") && IsWord(j + 3, "half"))
        {
            months = 18;
            j += 3;
        }

        // context: within / over / in / the next
        int k2 = i - 1;
        bool next = Is(i, WordClass.Next);
        while (k2 >= 0 && (tokens[k2].Is(WordClass.Article | WordClass.Next) || IsWord(k2, "the")))
        {
            next |= tokens[k2].Is(WordClass.Next);
            k2--;
        }

        bool within = Is(k2, WordClass.Within | WordClass.After) || (Is(k2, WordClass.In) && !IsWord(k2, "tijdens") && !IsWord(k2, "during") && !IsWord(k2, "gedurende"));
        if (!within && !next)
        {
            if (Is(k2, WordClass.Before) || IsWord(k2, "for") || IsWord(k2, "gedurende") || IsWord(k2, "during"))
            {
                if (DurationStart < 0)
                {
                    DurationStart = tokens[k2].Start;
                    DurationLength = tokens[j].Start + tokens[j].Length - DurationStart;
                }
            }

            return false;
        }

        ref Token unit = ref tokens[j];
        CalendarDay date;
        TimeGrain grain;
        if (months != 0)
        {
            date = reference.PlusMonths(months);
            grain = TimeGrain.Month;
        }
        else if (workingDays || unit.Is(WordClass.UnitWorkday))
        {
            date = reference.PlusWeekdays(amount);
            grain = TimeGrain.Day;
        }
        else if (unit.Is(WordClass.UnitDay))
        {
            date = reference.PlusDays(amount);
            grain = TimeGrain.Day;
        }
        else if (unit.Is(WordClass.UnitWeek))
        {
            date = reference.PlusDays(amount * 7);
            grain = TimeGrain.Week;
        }
        else if (unit.Is(WordClass.UnitMonth))
        {
            date = reference.PlusMonths(amount);
            grain = TimeGrain.Month;
        }
        else if (unit.Is(WordClass.UnitQuarter))
        {
            date = reference.PlusMonths(amount * 3);
            grain = TimeGrain.Quarter;
        }
        else
        {
            date = reference.PlusYears(amount);
            grain = TimeGrain.Year;
        }

        if (amount > 1200 || date.Year > 9999)
        {
            return false;
        }

        e.Date = date;
        e.Grain = grain;
        e.Relative = true;
        e.Modifier = TimeModifier.Within;
        end = j + 1;
        return true;
    }

    private bool TrySeason(int i, ref TimeExpression e, ref int end)
    {
        int k = i - 1;
        if (Is(k, WordClass.Article))
        {
            k--;
        }

        bool summer = tokens[i].Is(WordClass.Summer);
        if (!(Is(k, WordClass.Before) || (!summer && (IsWord(k, "met") || Is(k, WordClass.By)))))
        {
            return false;
        }

        int month = summer ? 6 : 12;
        int day = summer ? 21 : 25;
        int j = i + 1;
        int year = OptionalYear(ref j);
        if (year == 0)
        {
            year = new CalendarDay(reference.Year, month, day) >= reference ? reference.Year : reference.Year + 1;
        }

        e.Date = new CalendarDay(year, month, day);
        e.Grain = TimeGrain.Day;
        end = j;
        return true;
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

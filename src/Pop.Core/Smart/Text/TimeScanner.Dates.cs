// Compiled into Pop.Core and Pop.Core.Analyzers: keep self-contained.
namespace Pop.Core.Smart.Text;

/// <summary>
/// Calendar dates: numeric dates ("01-07-2027", "2027-05-31"), a day and a month ("1 juni 2027",
/// "June 1st"), a month ("eind maart"), and a bare year ("in 2027").
/// </summary>
internal ref partial struct TimeScanner
{
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
}

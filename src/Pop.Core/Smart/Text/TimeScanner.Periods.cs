// Compiled into Pop.Core and Pop.Core.Analyzers: keep self-contained.
namespace Pop.Core.Smart.Text;

/// <summary>
/// Named periods: quarters ("Q3 2027", "het derde kwartaal"), half years ("H1", "tweede helft"),
/// ISO weeks ("week 20"), named years ("volgend jaar", "this year") and seasons ("voor de zomer").
/// </summary>
internal ref partial struct TimeScanner
{
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
}

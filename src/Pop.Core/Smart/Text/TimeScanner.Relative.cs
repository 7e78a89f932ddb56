// Compiled into Pop.Core and Pop.Core.Analyzers: keep self-contained.
namespace Pop.Core.Smart.Text;

/// <summary>
/// Periods counted from the reference date: "binnen drie maanden", "over twee weken",
/// "within the next six weeks", "een half jaar", "anderhalf jaar".
/// </summary>
internal ref partial struct TimeScanner
{
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
        if (Is(k2, WordClass.LookBack) || (within && AnchoredToEvent(j + 1)))
        {
            // "na twaalf jaar", "after nine years": time served, not a deadline. "binnen vijf dagen na
            // elke kwartaalafsluiting", "within five days of each quarter end": counted from an event
            // the text does not date, so no date follows from it.
            MarkDuration(k2 >= 0 ? k2 : i, j);
            if (Is(k2, WordClass.LookBack))
            {
                Claim(k2, j + 1); // time served is no figure of the goal either
            }

            return false;
        }

        if (!within && next && (Is(k2, WordClass.Before) || IsWord(k2, "for")))
        {
            // "voor de komende week", "for the next three months": how long, not by when
            MarkDuration(k2, j);
            return false;
        }

        if (!within && !next)
        {
            if (Is(k2, WordClass.Before) || IsWord(k2, "for") || IsWord(k2, "gedurende") || IsWord(k2, "during"))
            {
                MarkDuration(k2, j);
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

    /// <summary>
    /// True when the period ending before <paramref name="k"/> is counted from an event rather than
    /// from now: "na de audit", "van elke kwartaalafsluiting", "of each quarter end", "after the
    /// course" — unless a time expression follows ("na 1 maart").
    /// </summary>
    private bool AnchoredToEvent(int k)
    {
        if (!(IsWord(k, "na") || IsWord(k, "nadat") || IsWord(k, "of") || IsWord(k, "after") || IsWord(k, "from") || (IsWord(k, "van") && Is(k + 1, WordClass.Every | WordClass.Article))))
        {
            return false;
        }

        return !(IsNumber(k + 1) || Is(k + 1, WordClass.Month | WordClass.This | WordClass.Next | WordClass.QuarterCode));
    }

    private void MarkDuration(int from, int to)
    {
        if (DurationStart < 0)
        {
            DurationStart = tokens[from].Start;
            DurationLength = tokens[to].Start + tokens[to].Length - DurationStart;
        }
    }
}

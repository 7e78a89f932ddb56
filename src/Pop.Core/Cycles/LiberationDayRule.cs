namespace Pop.Core.Cycles;

/// <summary>Whether Bevrijdingsdag (5 May) is a day off: by law it is a holiday, but most collective agreements give it off only every fifth year.</summary>
public enum LiberationDayRule
{
    /// <summary>A day off in lustrum years only (2025, 2030, …): the most common rule in collective agreements.</summary>
    LustrumYearsOnly = 0,

    /// <summary>A day off every year.</summary>
    EveryYear = 1,

    /// <summary>Never a day off.</summary>
    Never = 2,
}

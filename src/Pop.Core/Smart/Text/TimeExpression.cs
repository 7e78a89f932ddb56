// Compiled into Pop.Core and Pop.Core.Analyzers: keep self-contained.
namespace Pop.Core.Smart.Text;

/// <summary>How fine the stated deadline is.</summary>
internal enum TimeGrain : byte
{
    Day,
    Week,
    Month,
    Quarter,
    HalfYear,
    Year,
}

/// <summary>The word that ties the goal to its deadline.</summary>
internal enum TimeModifier : byte
{
    None,
    On,
    By,
    Before,
    In,
    Within,
    EndOf,
}

/// <summary>One time expression found in a goal and the date it resolves to.</summary>
internal struct TimeExpression
{
    public CalendarDay Date;
    public int Start;
    public int Length;
    public TimeGrain Grain;
    public TimeModifier Modifier;
    public bool Relative;

    public bool Inclusive => Modifier != TimeModifier.Before;
}

namespace Pop.Core.Smart;

/// <summary>The word that ties a goal to its deadline; it decides whether the deadline day itself still counts.</summary>
public enum DeadlineModifier
{
    /// <summary>No tying word: "maart 2027".</summary>
    None = 0,

    /// <summary>On that day: "op 15 oktober", "on 1 June".</summary>
    On = 1,

    /// <summary>By, at the latest (inclusive): "uiterlijk 1 juni", "by 1 June", "no later than".</summary>
    By = 2,

    /// <summary>Before (exclusive): "vóór 1 juni", "before 1 June".</summary>
    Before = 3,

    /// <summary>Some time in the period: "in 2027", "in Q3".</summary>
    In = 4,

    /// <summary>Within a period from the reference date: "binnen drie maanden", "within six weeks".</summary>
    Within = 5,

    /// <summary>At the end of the period: "eind april", "by the end of the year".</summary>
    EndOf = 6,
}

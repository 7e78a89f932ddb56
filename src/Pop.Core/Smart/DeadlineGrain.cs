namespace Pop.Core.Smart;

/// <summary>How fine the deadline in a goal text is stated.</summary>
public enum DeadlineGrain
{
    /// <summary>A day: "1 juni 2027", "binnen 10 dagen".</summary>
    Day = 0,

    /// <summary>A week: "week 20", "binnen zes weken".</summary>
    Week = 1,

    /// <summary>A month: "eind april", "binnen drie maanden".</summary>
    Month = 2,

    /// <summary>A quarter: "Q3 2027", "het derde kwartaal".</summary>
    Quarter = 3,

    /// <summary>A half year: "H1 2027", "de tweede helft van 2027".</summary>
    HalfYear = 4,

    /// <summary>A year: "in 2027", "volgend jaar".</summary>
    Year = 5,
}

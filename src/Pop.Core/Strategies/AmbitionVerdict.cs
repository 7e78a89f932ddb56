namespace Pop.Core.Strategies;

/// <summary>Whether a plan's ambition fits the quadrant.</summary>
public enum AmbitionVerdict
{
    /// <summary>The plan fits.</summary>
    Fitting = 0,

    /// <summary>The plan asks too little of this person.</summary>
    TooThin = 1,

    /// <summary>The plan asks too much of this person.</summary>
    TooAmbitious = 2,
}

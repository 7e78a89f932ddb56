namespace Pop.Core.Cycles;

/// <summary>How a manager's conversations are spread over the window.</summary>
public enum SpreadingMode
{
    /// <summary>Evenly over the window's working days.</summary>
    Even = 0,

    /// <summary>As early in the window as capacity allows.</summary>
    AsEarlyAsPossible = 1,
}

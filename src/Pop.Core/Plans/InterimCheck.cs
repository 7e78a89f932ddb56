namespace Pop.Core.Plans;

using System.Collections.Generic;
using NodaTime;
using Pop.Core.Internal;

/// <summary>An interim check (tussentijdse check): the progress of agreements on one date.</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class InterimCheck
{
    internal InterimCheck(LocalDate on, IReadOnlyList<AgreementProgress> progress, string? note)
    {
        On = on;
        Progress = ReadOnly.Of(progress);
        Note = note;
    }

    /// <summary>Gets the date of the check.</summary>
    public LocalDate On { get; }

    /// <summary>Gets the progress recorded per agreement.</summary>
    public IReadOnlyList<AgreementProgress> Progress { get; }

    /// <summary>Gets a note on the check as a whole, or null.</summary>
    public string? Note { get; }
}

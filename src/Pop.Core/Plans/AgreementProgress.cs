namespace Pop.Core.Plans;

using System;
using Ardalis.GuardClauses;

/// <summary>How far one agreement had come at an interim check.</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class AgreementProgress
{
    /// <summary>Initializes a new instance of the <see cref="AgreementProgress"/> class.</summary>
    /// <param name="agreementId">The agreement.</param>
    /// <param name="percentComplete">How far it is done, 0 to 100; 100 means done.</param>
    /// <param name="note">What was said about it, or null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="agreementId"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="agreementId"/> is empty, or <paramref name="note"/> is given but blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="percentComplete"/> is outside 0–100.</exception>
    public AgreementProgress(string agreementId, int percentComplete, string? note)
    {
        AgreementId = Guard.Against.NullOrWhiteSpace(agreementId, nameof(agreementId));
        PercentComplete = Guard.Against.OutOfRange(percentComplete, nameof(percentComplete), 0, 100);
        Note = note is null ? null : Guard.Against.NullOrWhiteSpace(note, nameof(note));
    }

    /// <summary>Gets the agreement's id.</summary>
    public string AgreementId { get; }

    /// <summary>Gets how far it is done, 0 to 100.</summary>
    public int PercentComplete { get; }

    /// <summary>Gets a value indicating whether the agreement is done.</summary>
    public bool IsDone => PercentComplete == 100;

    /// <summary>Gets what was said about it, or null.</summary>
    public string? Note { get; }
}

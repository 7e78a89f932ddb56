namespace Pop.Core.Smart;

/// <summary>One reason a criterion is not met (or cannot be judged), with what to do about it.</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class SmartFinding
{
    internal SmartFinding(string code, SmartCriterion criterion, FindingSeverity severity, string message, string suggestion, TextRange? span)
    {
        Code = code;
        Criterion = criterion;
        Severity = severity;
        Message = message;
        Suggestion = suggestion;
        Span = span;
    }

    /// <summary>Gets the stable code (<c>SMART-M01</c>), which is also the key of its texts.</summary>
    public string Code { get; }

    /// <summary>Gets the criterion the finding is about.</summary>
    public SmartCriterion Criterion { get; }

    /// <summary>Gets how much the finding matters.</summary>
    public FindingSeverity Severity { get; }

    /// <summary>Gets the localised message.</summary>
    public string Message { get; }

    /// <summary>Gets a concrete, localised suggestion.</summary>
    public string Suggestion { get; }

    /// <summary>Gets the part of the text the finding is about, or null when it is about structured data.</summary>
    public TextRange? Span { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Code} {Criterion}: {Message}";
}

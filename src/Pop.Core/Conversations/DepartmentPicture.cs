namespace Pop.Core.Conversations;

/// <summary>The manager's picture of the department, prepared for the conversation: staffing, SWOT, and a view two years out.</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class DepartmentPicture
{
    /// <summary>Gets the staffing (bezetting).</summary>
    public string? Staffing { get; init; }

    /// <summary>Gets the strengths.</summary>
    public string? Strengths { get; init; }

    /// <summary>Gets the weaknesses.</summary>
    public string? Weaknesses { get; init; }

    /// <summary>Gets the opportunities.</summary>
    public string? Opportunities { get; init; }

    /// <summary>Gets the threats.</summary>
    public string? Threats { get; init; }

    /// <summary>Gets the view two years out.</summary>
    public string? TwoYearView { get; init; }
}

namespace Pop.Core.Conversations;

/// <summary>What one development stage means and asks of the plan and of the manager, in one language.</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class StageGuidance
{
    internal StageGuidance(DevelopmentStage stage, string name, string meaning, string forPlan, string fromManager)
    {
        Stage = stage;
        Name = name;
        Meaning = meaning;
        ForPlan = forPlan;
        FromManager = fromManager;
    }

    /// <summary>Gets the stage.</summary>
    public DevelopmentStage Stage { get; }

    /// <summary>Gets the stage's name (junior, vakvolwassen, senior).</summary>
    public string Name { get; }

    /// <summary>Gets what the stage means for the employee in the role.</summary>
    public string Meaning { get; }

    /// <summary>Gets what a development plan for this stage aims at.</summary>
    public string ForPlan { get; }

    /// <summary>Gets what an employee in this stage needs from the manager.</summary>
    public string FromManager { get; }
}

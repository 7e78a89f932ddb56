namespace Pop.Core.Goals;

/// <summary>What a development goal develops (kennis, vaardigheden, persoonseigenschappen).</summary>
public enum DevelopmentFocus
{
    /// <summary>Knowledge: what the employee knows (kennis).</summary>
    Knowledge = 0,

    /// <summary>Skills: what the employee can do (vaardigheden).</summary>
    Skills = 1,

    /// <summary>Competencies: how the employee behaves and works with others (competenties, persoonseigenschappen).</summary>
    Competencies = 2,
}

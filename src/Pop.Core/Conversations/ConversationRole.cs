namespace Pop.Core.Conversations;

/// <summary>Who takes part in a POP-gesprek.</summary>
public enum ConversationRole
{
    /// <summary>The employee (medewerker).</summary>
    Employee = 0,

    /// <summary>The manager (leidinggevende).</summary>
    Manager = 1,

    /// <summary>An HR adviser.</summary>
    HR = 2,

    /// <summary>A coach.</summary>
    Coach = 3,
}

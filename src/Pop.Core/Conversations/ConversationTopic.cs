namespace Pop.Core.Conversations;

/// <summary>The subjects a POP-gesprek may cover; each has a name and suggested questions in the text catalogue (<c>TOPIC.&lt;name&gt;.*</c>).</summary>
public enum ConversationTopic
{
    /// <summary>Satisfaction with the current role.</summary>
    Satisfaction = 0,

    /// <summary>Workload and capacity.</summary>
    Workload = 1,

    /// <summary>Growth in capacity.</summary>
    Growth = 2,

    /// <summary>Competencies assessed and to develop.</summary>
    Competencies = 3,

    /// <summary>Changes in personal circumstances.</summary>
    PersonalCircumstances = 4,

    /// <summary>Another role inside the organisation.</summary>
    InternalMove = 5,

    /// <summary>Options outside the organisation.</summary>
    ExternalOptions = 6,

    /// <summary>Follow-up of earlier agreements.</summary>
    EarlierAgreements = 7,
}

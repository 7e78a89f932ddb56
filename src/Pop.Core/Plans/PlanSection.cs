namespace Pop.Core.Plans;

/// <summary>A section of a development plan, the unit of visibility.</summary>
public enum PlanSection
{
    /// <summary>The development goals.</summary>
    Goals = 0,

    /// <summary>The development activities; visible only where <see cref="Goals"/> is.</summary>
    Activities = 1,

    /// <summary>The agreements and support agreements.</summary>
    Agreements = 2,

    /// <summary>The recorded interim checks; visible only where <see cref="Agreements"/> is.</summary>
    InterimChecks = 3,

    /// <summary>The proposed solutions with their E = K × A scores.</summary>
    Proposals = 4,

    /// <summary>Assessment results: besides the employee, only with the employee's consent.</summary>
    AssessmentResults = 5,

    /// <summary>The manager's private notes: never shown to the employee.</summary>
    ManagerNotes = 6,

    /// <summary>
    /// What the conversation handed over about the person: both sides' development needs and both
    /// views of the development stage (the manager's is a judgement of the employee). By default
    /// only the employee and the manager see it.
    /// </summary>
    Development = 7,
}

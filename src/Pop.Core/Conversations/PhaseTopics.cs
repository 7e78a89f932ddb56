namespace Pop.Core.Conversations;

using System;

/// <summary>
/// What may happen in a phase. The cross-model rules reason about these, not about phase names,
/// so they hold for the built-in models and for every vendor-defined one alike.
/// </summary>
[Flags]
public enum PhaseTopics
{
    /// <summary>Nothing.</summary>
    None = 0,

    /// <summary>Both parties prepare: talking points, development stage, the department picture.</summary>
    Preparation = 1 << 0,

    /// <summary>Opening: purpose, reassurance, strengths.</summary>
    Opening = 1 << 1,

    /// <summary>The agenda: items proposed by either side, prioritised, merged.</summary>
    Agenda = 1 << 2,

    /// <summary>Evaluating the agreements of the previous plan.</summary>
    PreviousPlanReview = 1 << 3,

    /// <summary>The employee's account of the current state ("travel report").</summary>
    CurrentState = 1 << 4,

    /// <summary>The employee's development needs.</summary>
    EmployeeNeeds = 1 << 5,

    /// <summary>The organisation's development needs.</summary>
    OrganisationNeeds = 1 << 6,

    /// <summary>Exploring options: what is feasible, pros and cons.</summary>
    Options = 1 << 7,

    /// <summary>Concrete agreements: who does what by when.</summary>
    Agreements = 1 << 8,

    /// <summary>Support agreements: what the manager or organisation provides.</summary>
    SupportAgreements = 1 << 9,

    /// <summary>The follow-up and the next conversation are planned.</summary>
    NextAppointment = 1 << 10,

    /// <summary>The conversation itself is evaluated.</summary>
    Evaluation = 1 << 11,
}

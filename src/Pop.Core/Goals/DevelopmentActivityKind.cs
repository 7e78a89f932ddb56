namespace Pop.Core.Goals;

/// <summary>
/// How a goal is worked on (ontwikkelactiviteit). Training is one option among many: the enum has
/// no zero member, so <c>default(DevelopmentActivityKind)</c> is not a kind and every activity names
/// its kind on purpose.
/// </summary>
public enum DevelopmentActivityKind
{
    /// <summary>A course or training programme (opleiding, cursus, training).</summary>
    Training = 1,

    /// <summary>Working alongside a colleague for a while (meelopen).</summary>
    Shadowing = 2,

    /// <summary>A visit to another organisation or department (excursie).</summary>
    Excursion = 3,

    /// <summary>A period of work at another company (stage elders).</summary>
    ExternalInternship = 4,

    /// <summary>Taking part in or leading a project.</summary>
    Project = 5,

    /// <summary>Taking on other work or tasks for a while (andere werkzaamheden).</summary>
    OtherWork = 6,

    /// <summary>Coaching, in daily work or by a coach.</summary>
    Coaching = 7,

    /// <summary>360° feedback from colleagues, manager and others (360-gradenfeedback).</summary>
    Feedback360 = 8,

    /// <summary>An assessment of abilities or potential.</summary>
    Assessment = 9,

    /// <summary>A test or assignment that shows what the employee can do (test, opdracht).</summary>
    TestOrAssignment = 10,
}

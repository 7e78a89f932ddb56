namespace Pop.Core.Smart;

/// <summary>The kinds of words a host can add to the SMART lexicon.</summary>
public enum SmartWordCategory
{
    /// <summary>A vague verb that names no concrete means or result ("verbeteren", "improve").</summary>
    VagueVerb = 0,

    /// <summary>A concrete action verb form ("afronden", "complete").</summary>
    ActionVerb = 1,

    /// <summary>A comparative without a figure ("beter", "faster").</summary>
    Comparative = 2,

    /// <summary>Something handed over: a document, plan or product ("werkinstructie", "dashboard").</summary>
    Deliverable = 3,

    /// <summary>A certificate, diploma, exam or licence ("VCA", "PRINCE2").</summary>
    Certificate = 4,

    /// <summary>A role a person can hold ("teamleider", "scrum master").</summary>
    Role = 5,

    /// <summary>The name of a concrete thing: a course, tool, process or audience ("AFAS", "Lean Six Sigma").</summary>
    Name = 6,

    /// <summary>A noun too generic to make a goal concrete ("ontwikkeling", "skills").</summary>
    GenericNoun = 7,
}

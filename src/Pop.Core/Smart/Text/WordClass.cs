// Compiled into Pop.Core and Pop.Core.Analyzers: keep self-contained.
namespace Pop.Core.Smart.Text;

/// <summary>What a word can be, as far as the SMART text rules care. A word may have several.</summary>
[System.Flags]
internal enum WordClass : ulong
{
    None = 0,

    // Language detection
    FunctionWord = 1UL << 0,

    // Time expressions
    Month = 1UL << 1,
    AmbiguousMonth = 1UL << 2,
    NumberWord = 1UL << 3,
    Ordinal = 1UL << 4,
    UnitDay = 1UL << 5,
    UnitWeek = 1UL << 6,
    UnitMonth = 1UL << 7,
    UnitYear = 1UL << 8,
    UnitWorkday = 1UL << 9,
    UnitQuarter = 1UL << 10,
    Half = 1UL << 11,
    Before = 1UL << 12,
    By = 1UL << 13,
    In = 1UL << 14,
    On = 1UL << 15,
    End = 1UL << 16,
    Within = 1UL << 17,
    After = 1UL << 18,
    Next = 1UL << 19,
    This = 1UL << 20,
    Summer = 1UL << 21,
    Christmas = 1UL << 22,
    Article = 1UL << 23,
    Of = 1UL << 24,
    Every = 1UL << 25,
    FrequencyAdverb = 1UL << 26,
    QuarterCode = 1UL << 27,
    HalfCode = 1UL << 28,
    OrdinalSuffix = 1UL << 29,
    Times = 1UL << 30,

    /// <summary>Words that look back: "na (twaalf jaar)", "sinds 2019", "after nine years" — what follows is no deadline.</summary>
    LookBack = 1UL << 31,

    // Goal content
    ActionVerb = 1UL << 32,
    VagueVerb = 1UL << 33,
    Comparative = 1UL << 34,
    ChangeVerb = 1UL << 35,
    GenericNoun = 1UL << 36,
    Deliverable = 1UL << 37,
    Certificate = 1UL << 38,
    CourseNoun = 1UL << 39,
    EventNoun = 1UL << 40,
    RoleNoun = 1UL << 41,
    ContextNoun = 1UL << 42,
    BecomeVerb = 1UL << 43,
    ObtainVerb = 1UL << 44,
    Observable = 1UL << 45,
    Particle = 1UL << 46,
    SeparableHead = 1UL << 47,
    From = 1UL << 48,
    To = 1UL << 49,
    Percent = 1UL << 50,
    Copula = 1UL << 51,

    // Closed classes that make a goal vague (CONVENTIONS.md, Specific)

    /// <summary>Feelings and inner states: "voelen", "rust", "feel", "at ease", "calm".</summary>
    Feeling = 1UL << 52,

    /// <summary>Words that leave the object open: "iets", "naar keuze", "something", "whichever", "maybe".</summary>
    Hedge = 1UL << 53,

    /// <summary>Modal and auxiliary verbs that put a verb after them: "will", "can", "would like to".</summary>
    Modal = 1UL << 54,

    // Classes of words no list holds, from their shape and place (WordShapes)

    /// <summary>A content word the lexicon does not hold, judged a noun: "klantdossiers", "lashing".</summary>
    UnknownNoun = 1UL << 55,

    /// <summary>A word the lexicon does not hold, judged a verb: "gedigitaliseerd", "kalibreren", "calibrate".</summary>
    UnknownVerb = 1UL << 56,

    /// <summary>An adjective or adverb the lexicon does not hold: "elektrische", "paediatric", "quickly".</summary>
    Modifier = 1UL << 57,

    /// <summary>A Dutch compound classified by its head.</summary>
    Compound = 1UL << 58,

    /// <summary>Days of the week and parts of the day: "elke vrijdag", "every morning" is a rhythm.</summary>
    DayName = 1UL << 59,

    /// <summary>
    /// The first word of a phrase rule of <see cref="ContentJudge"/> ("te maken hebben", "up to date",
    /// "relevant to", "op zak hebben"): only tokens with this class are compared with those words,
    /// so the phrase rules cost nothing on all other words. Carries no meaning of its own.
    /// </summary>
    Marker = 1UL << 60,

    /// <summary>
    /// A word a rule of <see cref="WordShapes"/> compares with its neighbours by name ("te", "als",
    /// "mijn", "that"): it is in the lexicon so that every other word is rejected without comparing.
    /// </summary>
    Cue = 1UL << 61,

    /// <summary>Nouns that make a goal concrete.</summary>
    ConcreteNoun = Deliverable | Certificate | EventNoun | RoleNoun | ContextNoun,

    /// <summary>Word classes that may head a Dutch compound ("klant" in "klantgesprek" is not; "gesprek" is).</summary>
    CompoundHead = Deliverable | Certificate | EventNoun | RoleNoun | ContextNoun | CourseNoun,
}

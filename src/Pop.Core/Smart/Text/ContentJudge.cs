// Compiled into Pop.Core and Pop.Core.Analyzers: keep self-contained.
namespace Pop.Core.Smart.Text;

using System;

/// <summary>
/// What makes a goal Specific and Measurable (CONVENTIONS.md). The open vocabulary is the normal
/// case: a concrete action and a concrete object make a goal specific, whether the lexicon holds
/// the words or <see cref="WordShapes"/> judged them by shape and place. Closed classes decide
/// vagueness: vague and change verbs without a means or a figure, comparatives, feelings and inner
/// states, comparative roles, generic objects, counts of generic things, and hedges.
/// </summary>
internal static partial class ContentJudge
{
    /// <summary>Classes that say nothing about content: function words, articles, particles, prepositions.</summary>
    private const WordClass Structural = WordClass.FunctionWord | WordClass.Article | WordClass.Particle | WordClass.In | WordClass.On
        | WordClass.Of | WordClass.To | WordClass.From | WordClass.OrdinalSuffix | WordClass.SeparableHead | WordClass.Copula | WordClass.Modal | WordClass.Cue;

    /// <summary>Reads the content features of the unclaimed tokens (time expressions are claimed by the scanner).</summary>
    public static ContentFeatures Read(string text, char[] folded, Token[] tokens, int count, TextLanguage lang)
    {
        var f = default(ContentFeatures);
        f.VagueStart = f.ComparativeStart = f.ChangeStart = f.FeelingStart = f.HedgeStart = f.GenericCountStart = f.QuantityStart = -1;
        int countAt = -1; // the token of the last figure that may count the next noun
        int clause = 0, countClause = -1; // clauses are split by , ; : ( )
        ulong nounClauses = 0; // the clauses that hold a concrete-looking noun
        bool topicOfCount = false; // inside "(six books) about …": a topic does not narrow a generic count
        bool modalSeen = false;
        bool afterLookBack = false;
        for (int i = 0; i < count; i++)
        {
            ref Token t = ref tokens[i];
            if (t.Claimed)
            {
                afterLookBack |= (t.Classes & WordClass.LookBack) != 0;
                continue;
            }

            if (afterLookBack)
            {
                // "Na 15 jaar [op de maaier], wil ik …", "After nine years [at the station]": where the time was
                // served belongs to the look-back, not to the goal; it runs to the first verb, modal or symbol.
                const WordClass Place = WordClass.FunctionWord | WordClass.Article | WordClass.In | WordClass.On | WordClass.Of | WordClass.Particle | WordClass.Cue
                    | WordClass.UnknownNoun | WordClass.ConcreteNoun | WordClass.ContextNoun | WordClass.RoleNoun | WordClass.GenericNoun | WordClass.Modifier;
                if (t.Kind == TokenKind.Word && (t.Classes & ~Place) == 0 && !IsSubjectOrModal(folded, t))
                {
                    continue;
                }

                afterLookBack = false;
            }

            if (t.Kind == TokenKind.Number)
            {
                if (i + 1 < count && tokens[i + 1].Kind == TokenKind.Word && !tokens[i + 1].SpaceBefore)
                {
                    f.Named = true; // "3D", "5S", "4G": a code, not a figure
                    i++;
                    continue;
                }

                f.Figure = true;
                countAt = i;
                continue;
            }

            if (t.Kind == TokenKind.Symbol)
            {
                char c = text[t.Start];
                if (c == '%' || c == '€' || c == '$' || c == '£')
                {
                    f.Figure = true;
                    f.Amount = true;
                }
                else if (c == ',' || c == ';' || c == ':' || c == '(' || c == ')')
                {
                    clause = Math.Min(clause + 1, 63);
                    topicOfCount = false;
                    countAt = -1; // a figure counts nothing across a comma
                }

                continue;
            }

            WordClass cls = t.Classes;
            modalSeen |= (cls & WordClass.Modal) != 0;
            bool cue = (cls & (WordClass.Cue | WordClass.Marker)) != 0; // only these are compared by name
            if (cue && countClause == clause && WordShapes.IsAny(folded, t, "about", "over", "rond", "rondom"))
            {
                topicOfCount = true; // "zes boeken over …", "six books about …"
            }

            if (cue && (cls & WordClass.Copula) != 0 && modalSeen && IsCopulaOfTarget(folded, tokens, i, count, lang))
            {
                f.Become = true; // "wil ik eindredacteur zijn", "I want to be the shift lead"
            }

            if (cue && (WordShapes.IsAny(folded, t, "aantal", "number", "amount", "rate", "percentage", "spend", "costs") || WordShapes.IsAny(folded, t, "doorlooptijd", "wachttijd", "levertijd", "kosten", "uitgaven", "verbruik", "omzet")
                || WordShapes.IsAny(folded, t, "spending", "revenue", "turnover")))
            {
                int det = i > 0 && (tokens[i - 1].Classes & (WordClass.UnknownNoun | WordClass.Modifier)) != 0 ? i - 2 : i - 1; // "our [fertiliser] spend"
                if (det >= 0 && ((tokens[det].Classes & WordClass.Article) != 0 || WordShapes.IsAny(folded, tokens[det], "mijn", "onze", "my", "our")))
                {
                    cls &= ~WordClass.ActionVerb; // "spend" here is what is spent
                    t.Classes &= ~WordClass.ActionVerb;
                    f.QuantityObject = true;
                    Mark(ref f.QuantityStart, ref f.QuantityLength, t); // the span of a change found in Judge
                }
            }

            if ((cls & WordClass.UnknownNoun) != 0 && IsRoleOf(folded, tokens, i))
            {
                cls |= WordClass.RoleNoun; // "de rol van shift lead", "the position of site manager"
            }

            if (t.Acronym && t.Length >= 2 && (cls & WordClass.GenericNoun) == 0)
            {
                f.Named = true; // "CALM", "VCA", "NEN": a name, whatever the same letters mean in lower case ("CPD" is a kind, not a name)
                continue;
            }

            if ((cls & (WordClass.From | WordClass.Marker | WordClass.To)) != 0 && t.Kind == TokenKind.Word)
            {
                if ((cls & WordClass.From) != 0 && FromFigureToFigure(tokens, i, count))
                {
                    f.Change = true; // "van 5% naar 2%", "from 91% to 96%": a change with its figures
                    f.FromTo = true;
                    Mark(ref f.ChangeStart, ref f.ChangeLength, t);
                }

                int end = f.Action ? PurposeClauseEnd(folded, tokens, i, count, lang) : -1;
                if (end > i)
                {
                    i = end; // "ter inspiratie", "to broaden my horizons", "om … te verbeteren": why, not what
                    continue;
                }
            }

            if ((cls & WordShapes.DurationUnits) != 0 && countAt == i - 1 && countAt >= 0)
            {
                // "ten days of training", "40 uur aan cursussen": the figure counts what follows the unit;
                // "drie maanden meelopen": it counts only the unit.
                countAt = i + 1 < count && (WordShapes.IsAny(folded, tokens[i + 1], "of", "aan", "van") ) ? i + 1 : -1;
                continue;
            }
            if ((cls & ~Structural) == 0 && !t.Capitalised)
            {
                continue; // "de", "ik", "in": nothing to judge
            }

            if ((IsNoun(cls) || (cls & WordClass.RoleNoun) != 0) && AfterAs(folded, tokens, i))
            {
                // "mijn vakmanschap als hovenier", "grow in my role as site lead": the noun says what the
                // person is, not what the goal works on; it names a target only with a become verb.
                f.RoleAfterAs |= (cls & (WordClass.RoleNoun | WordClass.UnknownNoun)) != 0;
                continue;
            }

            if (lang == TextLanguage.English && (cls & WordClass.ActionVerb) != 0 && WordShapes.IsNounModifierGerund(folded, tokens, i, count))
            {
                cls &= ~WordClass.ActionVerb; // "my planning skills", "as teaching assistant": a gerund before a noun describes it
            }

            if ((cls & WordClass.ActionVerb) != 0 && (cls & WordClass.EventNoun) != 0)
            {
                // "Visit three fairs" / "the visit", "Audit the stock" / "the audit": the place decides which it is
                if (IsNounPosition(tokens, i, folded)
                    || (i >= 2 && (tokens[i - 1].Classes & (WordClass.UnknownNoun | WordClass.ContextNoun | WordClass.ConcreteNoun)) != 0 && IsNounPosition(tokens, i - 1, folded)))
                {
                    cls &= ~WordClass.ActionVerb; // "the visit", "in customer calls"
                }
                else if (i == 0 || t.SentenceStart || tokens[i - 1].Kind == TokenKind.Symbol || tokens[i - 1].Claimed)
                {
                    cls &= ~WordClass.EventNoun; // an imperative opens its clause
                }
            }

            if ((cls & WordClass.ActionVerb) != 0 && (cls & (WordClass.ConcreteNoun | WordClass.CourseNoun)) != 0)
            {
                // "plannen", "plan", "test", "close": after an article, a preposition, a possessive
                // or a number it is the noun. Elsewhere it may be either, but not both at once.
                if (!IsNounPosition(tokens, i, folded))
                {
                    f.Ambiguous++;
                }

                cls &= ~WordClass.ActionVerb;
            }

            if ((cls & WordClass.NumberWord) != 0 && i + 1 < count && WordShapes.Is(folded, t, "one") && WordShapes.Is(folded, tokens[i + 1], "day"))
            {
                i++;
                continue; // "one day": a wish, not a figure
            }

            if ((cls & WordClass.NumberWord) != 0 && IsCountingNumber(in t, lang))
            {
                f.Figure = true;
                countAt = i;
            }

            if ((cls & WordClass.Every) != 0 && i + 1 < count && tokens[i + 1].Kind == TokenKind.Word && !tokens[i + 1].Claimed)
            {
                f.Whole = true; // "met elke collega": a countable whole (a figure only for a concrete goal)
            }

            if ((cls & WordClass.Percent) != 0 && !(WordShapes.Is(folded, t, "per") && !(i + 1 < count && WordShapes.Is(folded, tokens[i + 1], "cent"))))
            {
                f.Figure = true;
                f.Amount = true;
            }

            if ((cls & WordClass.Marker) != 0 && i + 1 < count && WordShapes.Is(folded, tokens[i + 1], "up")
                && (WordShapes.IsAny(folded, t, "brush", "brushes", "brushed", "level", "skill") || WordShapes.IsAny(folded, t, "freshen", "smarten", "spruce", "shape")))
            {
                cls = (cls | WordClass.VagueVerb) & ~(WordClass.UnknownVerb | WordClass.ActionVerb); // "brush up my formulas", "level up": vague, not an action
            }

            if ((cls & (WordClass.ActionVerb | WordClass.UnknownVerb)) != 0 || ((cls & WordClass.VagueVerb) != 0 && WorksACountedObject(folded, tokens, i, count)))
            {
                f.Action = true;
                f.KnownAction |= (cls & WordClass.ActionVerb) != 0;
            }


            if ((cls & WordClass.VagueVerb) != 0 && (cls & WordClass.ActionVerb) == 0 && (cls & WordClass.Marker) == 0 && i + 1 < count && WordShapes.IsAny(folded, t, "ontwikkel", "ontwikkelt", "ontwikkelen", "develop", "develops"))
            {
                f.Develops = true; // "ontwikkel een lespakket, inclusief handleiding": making something, if a deliverable is named
            }

            if ((cls & WordClass.VagueVerb) != 0 && (cls & WordClass.ActionVerb) == 0 && !WorksAtSomethingConcrete(folded, tokens, i, count))
            {
                f.Vague = true;
                Mark(ref f.VagueStart, ref f.VagueLength, t);
            }

            if ((cls & WordClass.Marker) != 0 && KeepsUpToDate(folded, tokens, i, count))
            {
                f.Vague = true; // "up to date", "op peil", "kennis bijhouden": keeping up, with no result to show
                f.KeepUp = true;
                Mark(ref f.VagueStart, ref f.VagueLength, t);
            }

            if (t.Capitalised && !t.SentenceStart)
            {
                cls &= ~(WordClass.Feeling | WordClass.Hedge); // "de valpreventiegroep In Balans": part of a name
            }

            if ((cls & WordClass.Marker) != 0 && IsInnerStateIdiom(folded, tokens, i, count))
            {
                cls |= WordClass.Feeling; // "find my feet", "get the hang of", "stevig in mijn schoenen staan"
            }

            if ((cls & WordClass.Marker) != 0 && i + 1 < count
                && ((WordShapes.IsAny(folded, t, "speed", "speeds", "ramp") && WordShapes.Is(folded, tokens[i + 1], "up")) || (WordShapes.IsAny(folded, t, "bring", "brings") && WordShapes.Is(folded, tokens[i + 1], "down"))))
            {
                cls = (cls | WordClass.ChangeVerb) & ~(WordClass.UnknownVerb | WordClass.ActionVerb); // "speed up", "ramp up", "bring down": a change with no figure yet
            }

            if ((cls & WordClass.Marker) != 0 && i >= 2 && WordShapes.Is(folded, t, "game") && WordShapes.IsAny(folded, tokens[i - 1], "my", "our") && WordShapes.Is(folded, tokens[i - 2], "up"))
            {
                cls |= WordClass.VagueVerb; // "step up my game", "up my game"
                f.Become = false; // "step up" here names no target
            }

            if ((cls & WordClass.Feeling) != 0)
            {
                f.Feeling = true;
                Mark(ref f.FeelingStart, ref f.FeelingLength, t);
            }

            if ((cls & WordClass.Hedge) != 0 || ((cls & WordClass.Marker) != 0 && LeavesTheChoiceOpen(folded, tokens, i, count)))
            {
                f.Hedge = true;
                Mark(ref f.HedgeStart, ref f.HedgeLength, t);
            }

            if ((cls & WordClass.Comparative) != 0 && i + 1 < count && WordShapes.Is(folded, tokens[i + 1], "gevolg"))
            {
                cls &= ~WordClass.Comparative; // "met goed gevolg (afgerond)": passed, not a comparison
            }

            if ((cls & WordClass.Comparative) != 0)
            {
                f.Comparative = true;
                Mark(ref f.ComparativeStart, ref f.ComparativeLength, t);
                int next = NextContent(tokens, i + 1, count);
                if (next >= 0 && (IsRole(folded, tokens[next], lang)))
                {
                    f.ComparativeRole = true; // "een betere coach", "a better manager"
                }
                else if (next >= 0 && (tokens[next].Classes & (WordClass.ConcreteNoun | WordClass.UnknownNoun)) != 0)
                {
                    tokens[next].Claimed = true; // "beter overzicht": the comparative blurs this object
                }
            }

            if ((cls & WordClass.ChangeVerb) != 0)
            {
                f.Change = true;
                Mark(ref f.ChangeStart, ref f.ChangeLength, t);
            }

            if ((cls & WordClass.BecomeVerb) != 0 || ((cls & WordClass.VagueVerb) != 0 && IsGrowVerb(folded, t) && GrowsToward(folded, tokens, i, count)))
            {
                f.Become = true;
            }

            if ((cls & WordClass.ObtainVerb) != 0)
            {
                f.Obtain = true;
            }

            if ((cls & WordClass.Marker) != 0 && WordShapes.IsAny(folded, t, "hebben", "heb", "heeft", "bezit", "have", "has", "hold"))
            {
                f.Possess = true; // "het diploma op zak hebben", "hold a valid licence": a certificate held
            }

            bool marker = (cls & WordClass.Marker) != 0;
            if (marker && FitsSomething(folded, tokens, i, count))
            {
                f.FitsSomething = true; // "(twee trainingen) die bij mijn functie passen", "(courses) that fit my role"
            }

            if (marker && IsOpenRelation(folded, tokens, i, count))
            {
                f.Hedge = true; // "die met schoonmaak te maken hebben", "any topic"
                Mark(ref f.HedgeStart, ref f.HedgeLength, t);
            }

            bool generic = (cls & WordClass.GenericNoun) != 0;
            if (IsNoun(cls) && countAt >= 0 && i - countAt <= 3)
            {
                // The noun group after a figure is what it counts; its last noun is the head:
                // "vier webinars", "eight e-learning modules", "ten days of training".
                int last = i;
                while (last + 1 < count && !tokens[last + 1].Claimed && (IsNoun(tokens[last + 1].Classes) || (tokens[last + 1].Classes & WordClass.Modifier) != 0)
                    && !((tokens[last + 1].Classes & WordClass.Marker) != 0 && FitsSomething(folded, tokens, last + 1, count)))
                {
                    last++;
                }

                bool allGeneric = true, groupDeliverable = false;
                for (int k = i; k <= last; k++)
                {
                    WordClass c = tokens[k].Classes;
                    f.Certificate |= (c & WordClass.Certificate) != 0; // "Level 3 Award", "twee VCA-certificaten"
                    f.Role |= (c & WordClass.RoleNoun) != 0; // "(a PCN Level 2) testing operator"
                    groupDeliverable |= (c & WordClass.Deliverable) != 0; // "twee werkinstructies"
                    bool genericPart = (c & WordClass.GenericNoun) != 0 || ((c & WordClass.CourseNoun) != 0 && (c & WordClass.Compound) == 0) || ((c & WordClass.Modifier) != 0 && !IsNoun(c));
                    allGeneric &= genericPart || IsName(in tokens[k], c) == false && (c & WordClass.Modifier) != 0;
                }

                if (allGeneric)
                {
                    f.GenericCount = true;
                    countClause = clause;
                    if (f.GenericCountStart < 0)
                    {
                        f.GenericCountStart = tokens[countAt].Start;
                        f.GenericCountLength = tokens[last].Start + tokens[last].Length - f.GenericCountStart;
                    }
                }
                else
                {
                    f.CountedThing = true;
                    f.Deliverable |= groupDeliverable;
                }

                countAt = -1;
                i = last;
                continue; // the counted nouns are the figure's, not a second object
            }

            if ((t.Classes & WordClass.ActionVerb) == 0 && (cls & (WordClass.ConcreteNoun | WordClass.CourseNoun | WordClass.UnknownNoun)) != 0 && !generic)
            {
                f.NounsBesideAmbiguous++;
            }

            if ((cls & WordClass.RoleNoun) != 0 || ((cls & WordClass.UnknownNoun) != 0 && (IsRole(folded, t, lang) || IsBecomePredicate(tokens, i, count, lang))))
            {
                f.Role = true;
            }

            if ((cls & WordClass.Certificate) != 0)
            {
                f.Certificate = true;
            }

            if ((cls & WordClass.Deliverable) != 0 && !generic)
            {
                f.Deliverable = true;
            }

            if ((cls & WordClass.EventNoun) != 0)
            {
                f.Event = true; nounClauses |= topicOfCount ? 0 : 1UL << clause;
            }

            if ((cls & (WordClass.ContextNoun | WordClass.RoleNoun)) != 0 && !generic)
            {
                f.Context = true; nounClauses |= topicOfCount ? 0 : 1UL << clause;
            }

            if ((cls & WordClass.UnknownNoun) != 0 && !generic)
            {
                f.OpenNoun = true; nounClauses |= topicOfCount ? 0 : 1UL << clause;
            }

            if ((cls & WordClass.CourseNoun) != 0)
            {
                f.Course = true;
            }

            if (IsName(in t, cls))
            {
                f.Named = true;
            }
        }

        // A verb-or-noun word fills the action when no other verb does, and then cannot also be
        // the object unless another one stands beside it.
        if (f.Ambiguous > 0 && !f.Action)
        {
            f.Action = true;
            if (f.Ambiguous == 1 && f.NounsBesideAmbiguous == 0)
            {
                f.Deliverable = f.Event = f.Context = f.Role = f.Certificate = f.Course = f.OpenNoun = false;
            }
        }

        f.CountClauseHasNoun = countClause >= 0 && (nounClauses & (1UL << countClause)) != 0;
        return f;
    }

    /// <summary>Decides Specific and Measurable from the features and writes the findings that explain a "no".</summary>
    public static void Judge(in ContentFeatures features, bool recurring, int textLength, out bool specific, out bool measurable, ref TextFinding[] findings, ref int n)
    {
        ContentFeatures f = features;

        // "alle wijzigingen", "every client": a whole is a figure of a concrete goal, not of keeping up or improving.
        f.Figure |= f.Whole && !f.KeepUp && !f.Vague && !f.Comparative && !f.Change;

        // "trim the number of callbacks", "het aantal klachten omlaag krijgen": a quantity worked on by a verb
        // no list holds is a change; without a figure it says not how far.
        if (f.Develops && f.Deliverable && !f.Action)
        {
            f.Action = true; // developing a named deliverable is making it
            f.Vague = false;
        }

        if (f.QuantityObject && !f.KnownAction && !f.Figure && !f.Change)
        {
            f.Change = true;
            f.ChangeStart = f.QuantityStart;
            f.ChangeLength = f.QuantityLength;
        }
        bool inner = f.Feeling || f.ComparativeRole;
        bool roleTarget = (f.Role || f.RoleAfterAs) && f.Become && !f.Comparative;
        bool concreteObject = f.Named || f.Deliverable || f.Certificate || f.Event || f.Context || f.Role || f.OpenNoun || f.CountedThing || (f.Figure && !f.GenericCount);
        // A vague verb is anchored by a concrete means or result (a named course, a deliverable, a
        // certificate, an amount); a change, a comparative or keeping up only by a result to show:
        // "de doorlooptijd in SAP verkorten" names where, not how far.
        bool anchor = f.KeepUp ? f.Deliverable || f.Certificate : f.Named || f.Deliverable || f.Certificate || f.Amount;
        bool blurred = (f.Comparative || f.Change || f.KeepUp) && !f.Figure;
        bool blurAnchor = f.Deliverable || f.Certificate || (f.Amount && !f.KeepUp) || (f.Course && f.Named && f.KnownAction && !f.KeepUp);
        // A generic count is narrowed only by a name, a certificate or a deliverable, or by a concrete noun in
        // its own clause ("vier webinars over de Omgevingswet"); "zes opleidingsdagen, invulling volgt" is not.
        bool genericOnly = f.Hedge || (f.GenericCount && !f.FromTo && (f.FitsSomething || (!f.Named && !f.Certificate && !f.Deliverable && !f.CountClauseHasNoun)));

        specific = !inner && !genericOnly && (
            (f.Action && concreteObject && (!blurred || blurAnchor) && !(f.Vague && !anchor))
            || roleTarget
            || (f.Change && f.Figure)
            || ((f.Obtain || f.Possess) && f.Certificate));

        measurable = !inner && (
            (specific && !blurred)
            || (specific && (f.Course && f.Named || f.Certificate || f.Deliverable))
            || (f.Figure && !f.Comparative)
            || (f.Figure && f.Change)
            || (recurring && !f.Comparative)
            || ((f.Obtain || f.Possess) && f.Certificate));

        if (!specific)
        {
            if (f.Feeling)
            {
                Add(ref findings, ref n, TextFindingCodes.FeelingIsNotAGoal, f.FeelingStart, f.FeelingLength);
            }

            if (f.Hedge)
            {
                Add(ref findings, ref n, TextFindingCodes.OpenChoice, f.HedgeStart, f.HedgeLength);
            }
            else if (f.GenericCount && genericOnly)
            {
                Add(ref findings, ref n, TextFindingCodes.CountOfGenericThings, f.GenericCountStart, f.GenericCountLength);
            }

            if (f.Vague)
            {
                Add(ref findings, ref n, TextFindingCodes.VagueVerb, f.VagueStart, f.VagueLength);
            }

            if (f.Change && !f.Figure)
            {
                Add(ref findings, ref n, TextFindingCodes.ChangeWithoutFigure, f.ChangeStart, f.ChangeLength);
            }

            if (!f.Action && !roleTarget && !f.Vague && !f.Feeling)
            {
                Add(ref findings, ref n, TextFindingCodes.NoConcreteAction, 0, textLength);
            }

            if (!concreteObject && !f.Feeling)
            {
                Add(ref findings, ref n, TextFindingCodes.NoConcreteObject, 0, textLength);
            }
        }

        if (!measurable)
        {
            if (f.Comparative)
            {
                Add(ref findings, ref n, TextFindingCodes.ComparativeWithoutFigure, f.ComparativeStart, f.ComparativeLength);
            }
            else if (!f.Feeling)
            {
                Add(ref findings, ref n, TextFindingCodes.NoCheckableResult, 0, textLength);
            }
        }
    }

    private static void Add(ref TextFinding[] findings, ref int n, string code, int start, int length)
    {
        if (n < findings.Length)
        {
            findings[n++] = new TextFinding(code, start, length);
        }
    }

    private static void Mark(ref int start, ref int length, in Token t)
    {
        if (start < 0)
        {
            start = t.Start;
            length = t.Length;
        }
    }

    private static int NextContent(Token[] tokens, int from, int count)
    {
        for (int k = from; k < count && k < from + 3; k++)
        {
            if (tokens[k].Kind != TokenKind.Word)
            {
                return -1;
            }

            if ((tokens[k].Classes & (WordClass.Article | WordClass.Modifier)) == 0)
            {
                return k;
            }
        }

        return -1;
    }

    private static bool IsRole(char[] folded, in Token t, TextLanguage lang) =>
        (t.Classes & WordClass.RoleNoun) != 0 || ((t.Classes & WordClass.UnknownNoun) != 0 && WordShapes.LooksLikeRole(folded, t, lang));

    private static readonly string[] NounMarkers =
    {
        "in", "op", "voor", "van", "met", "aan", "naar", "over", "mijn", "zijn", "haar", "ons", "onze", "hun", "je", "jouw", "deze", "die", "dit", "elk", "elke",
        "to", "for", "with", "on", "at", "about", "of", "my", "his", "her", "our", "their", "your", "this", "that", "these", "each", "every", "new", "nieuwe",
        "a", "an", "een", "the",
    };

    private static bool IsNounPosition(Token[] tokens, int i, char[] folded)
    {
        if (i == 0)
        {
            return false;
        }

        ref Token previous = ref tokens[i - 1];
        if (previous.Kind == TokenKind.Number || (previous.Classes & (WordClass.Article | WordClass.NumberWord | WordClass.Modifier)) != 0)
        {
            return true;
        }

        if (previous.Kind != TokenKind.Word)
        {
            return false;
        }

        foreach (var marker in NounMarkers)
        {
            if (WordShapes.Is(folded, previous, marker))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsCountingNumber(in Token t, TextLanguage lang)
    {
        if (t.Value <= 0)
        {
            return false;
        }

        // Dutch "een" is the article unless written "één"; "half" and the like are not counts.
        return !(lang == TextLanguage.Dutch && t.Value == 1 && t.Length == 3 && !t.Accented);
    }

    private static bool IsName(in Token t, WordClass cls)
    {
        if (t.Kind != TokenKind.Word)
        {
            return false;
        }

        if (t.Acronym)
        {
            return (cls & WordClass.GenericNoun) == 0; // "CPD" is a kind of training, "NEN" a name
        }

        if (!t.Capitalised || t.SentenceStart || t.Length < 2)
        {
            return false;
        }

        // Capitalised English months, days and the like are not names of things.
        return (cls & (WordClass.Month | WordClass.FunctionWord | WordClass.Copula)) == 0;
    }

    private static bool IsGrowVerb(char[] folded, in Token t)
    {
        // "doorgroeien (naar)", "grow (into)": a growth verb that can name a target role.
        return t.Length >= 4 && ((folded[t.Start] == 'g' && folded[t.Start + 1] == 'r') || (folded[t.Start] == 'd' && folded[t.Start + 1] == 'o'));
    }
}

// Compiled into Pop.Core and Pop.Core.Analyzers: keep self-contained.
namespace Pop.Core.Smart.Text;

using System;

/// <summary>
/// The phrase rules of <see cref="ContentJudge"/>: what a few words together say that each word alone
/// does not — growth toward a role, a change given by its figures, a purpose clause, a choice left
/// open, an idiom for an inner state, keeping up to date, a role named after "als / de rol van". Each
/// rule starts from one token of class <see cref="WordClass.Marker"/> (or a class the caller tests)
/// and looks at a bounded number of neighbours.
/// </summary>
internal static partial class ContentJudge
{
    /// <summary>
    /// "doorgroeien naar teamleider", "grow into the lead role": growth names a target only with a
    /// direction; "groeien als trainer", "grow in my role" is growing where one already is.
    /// </summary>
    private static bool GrowsToward(char[] folded, Token[] tokens, int i, int count)
    {
        for (int k = i + 1; k < count && k <= i + 7 && tokens[k].Kind != TokenKind.Symbol; k++)
        {
            if (!tokens[k].Claimed && WordShapes.IsAny(folded, tokens[k], "naar", "tot", "into", "to", "towards"))
            {
                // "grow into my role as …", "doorgroeien in mijn functie": one's own role is no target
                int own = k + 1;
                if (own < count && WordShapes.IsAny(folded, tokens[own], "my", "our", "mijn", "onze"))
                {
                    own++;
                }

                if (own < count && WordShapes.IsAny(folded, tokens[own], "huidige", "current", "eigen", "own"))
                {
                    own++;
                }

                return !(own > k + 1 && own < count && (tokens[own].Classes & WordClass.GenericNoun) != 0);
            }
        }

        return i >= 2 && WordShapes.Is(folded, tokens[i - 2], "naar") || i >= 3 && WordShapes.Is(folded, tokens[i - 3], "naar"); // "naar teamleider doorgroeien"
    }

    /// <summary>
    /// "van 5% naar 2%", "from €40,000 to €50,000", "van twaalf naar acht dagen": a change given by
    /// its start and target figures (a figure, then "naar / to", then a figure).
    /// </summary>
    private static bool FromFigureToFigure(Token[] tokens, int i, int count)
    {
        int k = SkipFigure(tokens, i + 1, count);
        if (k < 0 || k >= count)
        {
            return false;
        }

        if (tokens[k].Kind == TokenKind.Word && (tokens[k].Classes & (WordClass.Percent | WordClass.GenericNoun | WordShapes.DurationUnits)) != 0)
        {
            k++; // "van twaalf dagen naar acht", "from 5 percent to 2"
        }

        return k < count && tokens[k].Kind == TokenKind.Word && (tokens[k].Classes & WordClass.To) != 0 && SkipFigure(tokens, k + 1, count) > 0;
    }

    /// <summary>The token after a figure that starts at <paramref name="k"/> (a number, a currency sign before it, a % after it), or -1.</summary>
    private static int SkipFigure(Token[] tokens, int k, int count)
    {
        if (k < count && tokens[k].Kind == TokenKind.Symbol && k + 1 < count && tokens[k + 1].Kind == TokenKind.Number)
        {
            k++; // "€40,000"
        }

        if (k >= count || !(tokens[k].Kind == TokenKind.Number || (tokens[k].Classes & WordClass.NumberWord) != 0))
        {
            return -1;
        }

        k++;
        while (k + 1 < count && tokens[k].Kind == TokenKind.Symbol && !tokens[k].SpaceBefore && (tokens[k + 1].Kind == TokenKind.Number) && !tokens[k + 1].SpaceBefore)
        {
            k += 2; // "40,000", "2.5"
        }

        if (k < count && tokens[k].Kind == TokenKind.Symbol && !tokens[k].SpaceBefore)
        {
            k++; // "5%"
        }

        return k;
    }

    /// <summary>
    /// The last token of a purpose clause that starts at <paramref name="i"/>, or -1: "ter
    /// inspiratie", "(om) … te verbeteren", "to broaden my horizons", "in order to …". A purpose
    /// says why the goal is pursued, not what is done: its words neither make the goal specific nor
    /// vague. Only a "to" followed by a vague, change or feeling verb opens one ("I want to improve"
    /// is the goal itself: a modal or a wish stands before it).
    /// </summary>
    private static int PurposeClauseEnd(char[] folded, Token[] tokens, int i, int count, TextLanguage lang)
    {
        ref Token t = ref tokens[i];
        bool opens;
        if (lang == TextLanguage.Dutch)
        {
            if (WordShapes.Is(folded, t, "om"))
            {
                // "om het klimaatbeheer te leren": the clause runs to the verb after "te"
                for (int te = i + 1; te < count && te <= i + 8 && tokens[te].Kind == TokenKind.Word; te++)
                {
                    if (WordShapes.Is(folded, tokens[te], "te"))
                    {
                        return te + 1 < count && tokens[te + 1].Kind == TokenKind.Word ? te + 1 : -1;
                    }
                }

                return -1;
            }

            opens = WordShapes.Is(folded, t, "ter");
        }
        else if (WordShapes.Is(folded, t, "order"))
        {
            opens = i > 0 && WordShapes.Is(folded, tokens[i - 1], "in") && i + 1 < count && WordShapes.Is(folded, tokens[i + 1], "to");
        }
        else
        {
            opens = WordShapes.Is(folded, t, "to") && i > 0 && i + 1 < count && tokens[i - 1].Kind != TokenKind.Symbol
                && (tokens[i - 1].Classes & (WordClass.Modal | WordClass.BecomeVerb | WordClass.VagueVerb | WordClass.FunctionWord)) == 0
                && (tokens[i + 1].Classes & (WordClass.VagueVerb | WordClass.ChangeVerb | WordClass.Feeling)) != 0;
        }

        if (!opens)
        {
            return -1;
        }

        int k = i + 1;
        while (k < count && tokens[k].Kind != TokenKind.Symbol && !(lang == TextLanguage.Dutch ? WordShapes.IsAny(folded, tokens[k], "en", "of") : WordShapes.IsAny(folded, tokens[k], "and", "or")))
        {
            k++;
        }

        return k - 1;
    }

    /// <summary>
    /// A relative clause that chooses by fit rather than by name: "die bij mijn functie passen",
    /// "die aansluiten op", "that fit my role", "which suit the team". It leaves a counted generic
    /// thing as open as "naar keuze" does.
    /// </summary>
    private static bool FitsSomething(char[] folded, Token[] tokens, int i, int count)
    {
        ref Token t = ref tokens[i];
        if (WordShapes.IsAny(folded, t, "relevant", "related", "suited", "suitable") && i + 1 < count && WordShapes.IsAny(folded, tokens[i + 1], "to", "for"))
        {
            return true; // "(two courses) relevant to my role"
        }

        if (WordShapes.IsAny(folded, t, "passen", "past", "aansluiten", "aansluit", "relevant", "relevante", "geschikt"))
        {
            for (int k = i - 1; k >= 0 && k >= i - 7; k--)
            {
                if (WordShapes.IsAny(folded, tokens[k], "die", "dat"))
                {
                    return true;
                }
            }

            return false;
        }

        return i > 0 && WordShapes.IsAny(folded, t, "fit", "fits", "suit", "suits", "match", "matches") && WordShapes.IsAny(folded, tokens[i - 1], "that", "which", "are", "is");
    }

    /// <summary>
    /// "work six custody shifts", "having worked for nine years": English "work" is vague only as
    /// "work on / towards / at" something.
    /// </summary>
    /// <remarks>A vague verb's form that names a role with the noun after it ("the practice manager", "de leer|coach") is no verb either.</remarks>
    private static bool WorksAtSomethingConcrete(char[] folded, Token[] tokens, int i, int count)
    {
        if (i > 0 && i + 1 < count && (tokens[i + 1].Classes & WordClass.RoleNoun) != 0
            && ((tokens[i - 1].Classes & (WordClass.Article | WordClass.Of | WordClass.Modifier)) != 0 || WordShapes.IsAny(folded, tokens[i - 1], "as", "als")))
        {
            return true;
        }

        return WordShapes.IsAny(folded, tokens[i], "work", "works", "worked") && !(i + 1 < count && WordShapes.IsAny(folded, tokens[i + 1], "on", "towards", "toward", "at"));
    }

    /// <summary>"work four night shifts", "work the weekend rota": "work" with a counted or determined object is the action.</summary>
    private static bool WorksACountedObject(char[] folded, Token[] tokens, int i, int count) =>
        i + 1 < count && WordShapes.IsAny(folded, tokens[i], "work", "works", "worked")
        && (tokens[i + 1].Kind == TokenKind.Number || (tokens[i + 1].Classes & (WordClass.NumberWord | WordClass.Article | WordClass.Every)) != 0);

    private static bool IsSubjectOrModal(char[] folded, in Token t) =>
        (t.Classes & WordClass.Modal) != 0 || WordShapes.IsAny(folded, t, "ik", "we", "wij", "i", "my", "mijn");

    /// <summary>"de rol van [shift lead]", "the position of [site manager]": the noun after a role word and "van / of" names a role.</summary>
    private static bool IsRoleOf(char[] folded, Token[] tokens, int i)
    {
        int k = i - 1;
        while (k >= 0 && k >= i - 3 && (tokens[k].Classes & (WordClass.UnknownNoun | WordClass.Modifier)) != 0 && (tokens[k].Classes & WordClass.Marker) == 0)
        {
            k--;
        }

        return k >= 1 && WordShapes.IsAny(folded, tokens[k], "van", "of")
            && WordShapes.IsAny(folded, tokens[k - 1], "rol", "functie", "positie", "role", "position", "job");
    }

    /// <summary>"(wil ik eindredacteur) zijn.", "(I want) to be (shift lead)": the copula of a wish names what one wants to become.</summary>
    private static bool IsCopulaOfTarget(char[] folded, Token[] tokens, int i, int count, TextLanguage lang)
    {
        ref Token t = ref tokens[i];
        if (lang == TextLanguage.Dutch)
        {
            return WordShapes.IsAny(folded, t, "zijn", "worden") && (i + 1 >= count || tokens[i + 1].Kind == TokenKind.Symbol);
        }

        return WordShapes.Is(folded, t, "be") && i > 0 && WordShapes.Is(folded, tokens[i - 1], "to");
    }

    /// <summary>
    /// Idioms for an inner state: "find (my) feet", "get(ting) the hang of", "stevig / lekker in
    /// (mijn) schoenen / vel". Word by word, from the idiom's first word.
    /// </summary>
    private static bool IsInnerStateIdiom(char[] folded, Token[] tokens, int i, int count)
    {
        ref Token t = ref tokens[i];
        if (WordShapes.IsAny(folded, t, "find", "found", "finding"))
        {
            return i + 2 < count && WordShapes.IsAny(folded, tokens[i + 1], "my", "our", "your", "their", "his", "her") && WordShapes.Is(folded, tokens[i + 2], "feet");
        }

        if (WordShapes.IsAny(folded, t, "get", "getting", "got"))
        {
            return i + 3 < count && WordShapes.Is(folded, tokens[i + 1], "the") && WordShapes.Is(folded, tokens[i + 2], "hang") && WordShapes.Is(folded, tokens[i + 3], "of");
        }

        if (WordShapes.Is(folded, t, "head"))
        {
            return i > 0 && i + 1 < count && WordShapes.IsAny(folded, tokens[i - 1], "my", "our", "your", "their") && WordShapes.IsAny(folded, tokens[i + 1], "around", "round"); // "get my head around"
        }

        if (WordShapes.Is(folded, t, "handle"))
        {
            return i > 0 && i + 1 < count && WordShapes.IsAny(folded, tokens[i - 1], "a", "better", "firmer") && WordShapes.Is(folded, tokens[i + 1], "on"); // "get a (better) handle on"
        }

        if (WordShapes.Is(folded, t, "knie"))
        {
            return i > 1 && WordShapes.Is(folded, tokens[i - 1], "de") && WordShapes.Is(folded, tokens[i - 2], "onder"); // "onder de knie krijgen"
        }

        if (WordShapes.IsAny(folded, t, "draai", "plek", "plekje") && i > 0 && WordShapes.IsAny(folded, tokens[i - 1], "mijn", "je", "zijn", "haar", "onze"))
        {
            for (int k = i + 1; k < count && k <= i + 5; k++)
            {
                if (WordShapes.IsAny(folded, tokens[k], "vinden", "vind", "gevonden"))
                {
                    return true; // "mijn draai vinden", "mijn plek vinden (in het team)"
                }
            }

            return false;
        }

        if (WordShapes.IsAny(folded, t, "stevig", "steviger", "lekker", "lekkerder", "beter", "sterker"))
        {
            for (int k = i + 1; k < count && k <= i + 4; k++)
            {
                if (WordShapes.IsAny(folded, tokens[k], "schoenen", "vel"))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// A choice left to the writer, phrased as a clause: "(welke,) maakt me niet (zoveel) uit", "zelf
    /// te kiezen", "vrij gekozen", "of my (own) choosing".
    /// </summary>
    private static bool LeavesTheChoiceOpen(char[] folded, Token[] tokens, int i, int count)
    {
        ref Token t = ref tokens[i];
        if (WordShapes.IsAny(folded, t, "maakt", "maken"))
        {
            bool not = false;
            for (int k = i + 1; k < count && k <= i + 5 && tokens[k].Kind == TokenKind.Word; k++)
            {
                not |= WordShapes.Is(folded, tokens[k], "niet");
                if (not && WordShapes.Is(folded, tokens[k], "uit"))
                {
                    return true;
                }
            }

            return false;
        }

        if (WordShapes.IsAny(folded, t, "zelf", "vrij"))
        {
            for (int k = i + 1; k < count && k <= i + 2; k++)
            {
                if (WordShapes.IsAny(folded, tokens[k], "kiezen", "kies", "kiest", "gekozen", "koos", "bepalen", "bepaald"))
                {
                    return true;
                }
            }

            return false;
        }

        if (WordShapes.Is(folded, t, "open"))
        {
            return i > 0 && WordShapes.IsAny(folded, tokens[i - 1], "nog", "still"); // "(onderwerp) nog open", "(topic) still open"
        }

        if (WordShapes.IsAny(folded, t, "decided", "determined", "confirmed"))
        {
            return i > 0 && WordShapes.Is(folded, tokens[i - 1], "be"); // "(topics) to be decided"
        }

        if (WordShapes.Is(folded, t, "welke") && i + 1 < count && WordShapes.IsAny(folded, tokens[i + 1], "kant", "richting"))
        {
            return true; // "(uitzoeken) welke kant ik op wil"
        }

        if (WordShapes.Is(folded, t, "welke"))
        {
            // "(vier workshops,) welke precies bepaal ik later", "welke zie ik nog": the choice comes later
            for (int k = i + 1; k < count && k <= i + 5 && tokens[k].Kind == TokenKind.Word; k++)
            {
                if (WordShapes.IsAny(folded, tokens[k], "later", "nog"))
                {
                    return true;
                }
            }

            return false;
        }

        return WordShapes.Is(folded, t, "choosing") && i > 0 && WordShapes.IsAny(folded, tokens[i - 1], "my", "own", "our", "your", "their");
    }

    /// <summary>True when token <paramref name="i"/> belongs to the noun group right after "als" / "as" ("als [senior hovenier]", "as [a teaching assistant]").</summary>
    private static bool AfterAs(char[] folded, Token[] tokens, int i)
    {
        for (int k = i - 1; k >= 0 && k >= i - 4; k--)
        {
            ref Token p = ref tokens[k];
            if (p.Kind != TokenKind.Word || p.Claimed)
            {
                return false;
            }

            if (WordShapes.IsAny(folded, p, "als", "as"))
            {
                return !(k > 0 && WordShapes.IsAny(folded, tokens[k - 1], "such", "zo", "well")); // "such as", "as well as"
            }

            if ((p.Classes & (WordClass.Article | WordClass.Modifier | WordClass.Ordinal | WordClass.UnknownNoun | WordClass.RoleNoun)) == 0 || (p.Classes & WordClass.Marker) != 0)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>"(stay) up to date", "up-to-date", "op peil (houden)", "(mijn) kennis … bijhouden".</summary>
    private static bool KeepsUpToDate(char[] folded, Token[] tokens, int i, int count)
    {
        ref Token t = ref tokens[i];
        if (WordShapes.Is(folded, t, "date"))
        {
            return i >= 2 && WordShapes.Is(folded, tokens[i - 1], "to") && WordShapes.Is(folded, tokens[i - 2], "up");
        }

        if (WordShapes.Is(folded, t, "up") && i >= 1 && WordShapes.IsAny(folded, tokens[i - 1], "keep", "keeps", "keeping", "stay") && i + 1 < count && WordShapes.IsAny(folded, tokens[i + 1], "with", "to"))
        {
            return true; // "keep up with new tools"
        }

        if (WordShapes.Is(folded, t, "abreast") && i >= 1 && WordShapes.IsAny(folded, tokens[i - 1], "keep", "keeps", "keeping", "stay"))
        {
            return true; // "keep abreast of developments"
        }

        if (WordShapes.Is(folded, t, "top") && i >= 2 && WordShapes.Is(folded, tokens[i - 1], "on") && i + 1 < count && WordShapes.Is(folded, tokens[i + 1], "of")
            && WordShapes.IsAny(folded, tokens[i - 2], "stay", "stays", "keep", "keeping", "staying", "be"))
        {
            return true; // "stay on top of developments"
        }

        if (WordShapes.Is(folded, t, "hoogte") && i >= 2 && WordShapes.Is(folded, tokens[i - 1], "de") && WordShapes.Is(folded, tokens[i - 2], "op")
            && i + 1 < count && WordShapes.IsAny(folded, tokens[i + 1], "blijven", "blijf", "houden", "houd"))
        {
            return true; // "op de hoogte blijven / houden"
        }

        if (WordShapes.Is(folded, t, "up-to-date") || (WordShapes.Is(folded, t, "peil") && i >= 1 && WordShapes.Is(folded, tokens[i - 1], "op")))
        {
            return true;
        }

        if (WordShapes.Is(folded, t, "bijhouden") || WordShapes.Is(folded, t, "bijgehouden"))
        {
            for (int k = Math.Max(0, i - 8); k < i; k++)
            {
                if (WordShapes.IsAny(folded, tokens[k], "kennis", "vakkennis", "knowledge", "vakgebied"))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>"beroeps [worden]", "[become] (a) steward": the noun a become verb makes someone.</summary>
    private static bool IsBecomePredicate(Token[] tokens, int i, int count, TextLanguage lang)
    {
        if (lang == TextLanguage.Dutch)
        {
            return i + 1 < count && (tokens[i + 1].Classes & WordClass.BecomeVerb) != 0 && (tokens[i + 1].Classes & WordClass.Copula) != 0;
        }

        int k = i - 1;
        if (k >= 0 && (tokens[k].Classes & (WordClass.Article | WordClass.FunctionWord)) != 0 && tokens[k].Length <= 3)
        {
            k--;
        }

        return k >= 0 && (tokens[k].Classes & WordClass.BecomeVerb) != 0;
    }

    private static bool IsNoun(WordClass c) =>
        (c & (WordClass.ConcreteNoun | WordClass.CourseNoun | WordClass.GenericNoun | WordClass.UnknownNoun)) != 0;

    /// <summary>
    /// An object left open by a phrase rather than a word: "(die) met X te maken hebben" (has to do
    /// with X), "any topic", "welke dan ook".
    /// </summary>
    private static bool IsOpenRelation(char[] folded, Token[] tokens, int i, int count)
    {
        ref Token t = ref tokens[i];
        if (WordShapes.Is(folded, t, "maken"))
        {
            return i > 0 && WordShapes.Is(folded, tokens[i - 1], "te") && i + 1 < count && WordShapes.IsAny(folded, tokens[i + 1], "hebben", "heeft", "heb", "had");
        }

        if (WordShapes.Is(folded, t, "welke"))
        {
            return i + 1 < count && WordShapes.Is(folded, tokens[i + 1], "dan"); // "welke dan ook"
        }

        if (WordShapes.Is(folded, t, "any"))
        {
            return i + 1 < count && ((tokens[i + 1].Classes & (WordClass.GenericNoun | WordClass.CourseNoun)) != 0 || WordShapes.IsAny(folded, tokens[i + 1], "one", "kind", "type", "sort"));
        }

        if (WordShapes.IsAny(folded, t, "some", "several", "few", "enkele", "paar", "wat") && !(i > 0 && WordShapes.IsAny(folded, tokens[i - 1], "at", "for", "op", "in")))
        {
            // "some training", "some extra drills", "een paar cursussen", "wat trainingen" — but not "at some point"
            for (int k = i + 1; k < count && k <= i + 2; k++)
            {
                WordClass c = tokens[k].Classes;
                if (IsNoun(c))
                {
                    return !WordShapes.IsAny(folded, tokens[k], "point", "time", "stage", "moment", "punt", "tijd", "stadium");
                }

                if ((c & WordClass.Modifier) == 0 && !WordShapes.IsAny(folded, tokens[k], "extra", "more", "meer", "nieuwe", "new"))
                {
                    return false;
                }
            }
        }

        return false;
    }
}

// Compiled into Pop.Core and Pop.Core.Analyzers: keep self-contained.
namespace Pop.Core.Smart.Text;

using System;

/// <summary>
/// How a word the lexicon does not hold is judged: by its shape (a Dutch compound by its head, a
/// participle, an infinitive, a nominal or adjectival suffix in either language) and then by its
/// place in the sentence (after an article it is a noun, after "te" or "I will" a verb). Unknown
/// words are the normal case in real goals — sector tools, procedures and jargon — so an unknown
/// content word counts as concrete unless its shape or place says otherwise.
/// </summary>
/// <remarks>
/// Every test looks at a bounded number of characters of one word or at its direct neighbours, so
/// the work per word is constant (compound heads: at most <see cref="Lexicon.LongestWord"/> lookups).
/// </remarks>
internal static class WordShapes
{
    private static readonly string[] DutchParticles =
    {
        "af", "op", "in", "uit", "aan", "mee", "door", "over", "bij", "voor", "toe", "om", "na", "terug", "samen", "vast", "neer", "weg", "onder", "achter", "los", "binnen", "rond",
    };

    private static readonly SuffixSet DutchAdjectiveEndings = new(
        "isch", "ische", "ief", "ieve", "ig", "ige", "lijk", "lijke", "baar", "bare", "loos", "loze", "zaam", "zame", "ale", "ele", "iele", "ieel", "tueel", "matig", "matige", "vrij", "vrije", "waardig", "waardige"
    );

    private static readonly SuffixSet DutchNounEndings = new(
        "ing", "tie", "ties", "teit", "ment", "ment", "eur", "aar", "ist", "ier", "ijn", "dossier", "dossiers", "lijst", "lijsten"
    );

    private static readonly SuffixSet DutchRoleEndings = new(
        "er", "eur", "ist", "aris", "ant", "ian", "lead", "man", "vrouw", "meester", "arts", "kundige", "loog", "ster", "trice", "ier", "officier", "leider", "voorman", "chauffeur", "medewerker", "functionaris", "coach", "partner", "verantwoordelijke"
    );

    private static readonly SuffixSet DutchAbstractEndings = new("schap", "heid", "isme", "iteit");

    private static readonly SuffixSet EnglishAbstractEndings = new("ship", "ness", "ism", "ity");

    private static readonly SuffixSet DutchComparativeEndings = new(
        "iger", "igere", "lijker", "lijkere", "baarder", "zamer", "ischer", "vrijer", "lozer", "ener", "iever", "ievere", "ieler", "ueler", "oneler", "ibeler", "ienter", "tenter"
    );

    /// <summary>Units a duration is counted in: an infinitive may follow one ("drie maanden meedraaien").</summary>
    internal const WordClass DurationUnits = WordClass.UnitDay | WordClass.UnitWeek | WordClass.UnitMonth | WordClass.UnitYear | WordClass.UnitWorkday | WordClass.UnitQuarter;

    private const WordClass NounClasses = WordClass.ConcreteNoun | WordClass.CourseNoun | WordClass.GenericNoun | WordClass.Feeling;

    private static readonly SuffixSet EnglishAdjectiveEndings = new(
        "ive", "ous", "ful", "less", "able", "ible", "ical", "ic", "ish", "ary", "ial"
    );

    private static readonly SuffixSet EnglishVerbEndings = new(
        "ise", "ize", "ate", "ify"
    );

    private static readonly SuffixSet EnglishRoleEndings = new(
        "er", "or", "ist", "ant", "ian", "eer", "ive", "ent", "legal", "partner", "lead"
    );

    /// <summary>
    /// The classes of a word the lexicon does not hold, from its shape alone: a compound head's
    /// class, <see cref="WordClass.UnknownVerb"/>, <see cref="WordClass.Modifier"/> or
    /// <see cref="WordClass.UnknownNoun"/>. <see cref="Refine"/> then corrects it by its place.
    /// </summary>
    public static WordClass Classify(Lexicon lexicon, char[] f, in Token t, TextLanguage language)
    {
        int s = t.Start, n = t.Length;
        if (n <= 2)
        {
            return WordClass.None;
        }

        if (language == TextLanguage.Dutch)
        {
            if (n >= 7 && (EndsWith(f, s, n, "ende") || EndsWith(f, s, n, "ische") || EndsWith(f, s, n, "lijke")))
            {
                return WordClass.Modifier; // "motiverende", "elektrische", "vriendelijke": adjectives, no compound head to find
            }

            if (n >= 6)
            {
                WordClass head = CompoundHead(lexicon, f, s, n);
                if (head != WordClass.None)
                {
                    return head;
                }
            }

            WordClass plural = PluralOf(lexicon, f, s, n, language);
            if (plural != WordClass.None)
            {
                return plural;
            }

            if (IsDutchParticiple(f, s, n) || (n >= 6 && (EndsWith(f, s, n, "eren") || EndsWith(f, s, n, "eert") || EndsWith(f, s, n, "eerde"))))
            {
                return WordClass.UnknownVerb;
            }

            if (EndsWithAny(f, s, n, DutchComparativeEndings))
            {
                return WordClass.Comparative | WordClass.UnknownNoun; // "handiger", "gastvrijer" — or "vrijwilliger": Refine decides
            }

            if (EndsWithAny(f, s, n, DutchAbstractEndings))
            {
                return WordClass.GenericNoun; // "leiderschap", "zelfstandigheid", "professionaliteit": a quality, not a thing
            }

            if (EndsWithAny(f, s, n, DutchNounEndings))
            {
                return WordClass.UnknownNoun;
            }

            return EndsWithAny(f, s, n, DutchAdjectiveEndings) ? WordClass.Modifier : WordClass.UnknownNoun;
        }

        if (n >= 5)
        {
            WordClass stem = EnglishStem(lexicon, f, s, n);
            if (stem != WordClass.None)
            {
                return stem;
            }
        }

        WordClass englishPlural = PluralOf(lexicon, f, s, n, language);
        if (englishPlural != WordClass.None)
        {
            return englishPlural;
        }

        if (n >= 5 && EndsWithAny(f, s, n, EnglishVerbEndings))
        {
            return WordClass.UnknownVerb;
        }

        if (n >= 5 && EndsWith(f, s, n, "ly"))
        {
            return WordClass.Modifier;
        }

        if (EndsWithAny(f, s, n, EnglishAbstractEndings))
        {
            return WordClass.GenericNoun; // "leadership", "awareness", "professionalism"
        }

        if (EndsWith(f, s, n, "tion") || EndsWith(f, s, n, "ment") || EndsWith(f, s, n, "ing") || EndsWith(f, s, n, "ance") || EndsWith(f, s, n, "ence"))
        {
            return WordClass.UnknownNoun;
        }

        return n >= 5 && EndsWithAny(f, s, n, EnglishAdjectiveEndings) ? WordClass.Modifier : WordClass.UnknownNoun;
    }

    /// <summary>The classes <see cref="Refine"/> may change; a token with none of them is left as it is.</summary>
    public const WordClass Refinable = WordClass.UnknownVerb | WordClass.UnknownNoun | WordClass.Modifier | WordClass.SeparableHead;

    /// <summary>
    /// Corrects the shape-based class of unknown word <paramref name="i"/> by its neighbours: after
    /// an article, a determiner, a number or a preposition it is a noun; after "te", "to" (with an
    /// object), a subject pronoun or a modal it is a verb; a Dutch finite verb stands just before an
    /// inverted subject ("vraag ik"); an English imperative opens its clause ("Renew my …").
    /// </summary>
    public static WordClass Refine(char[] f, Token[] tokens, int i, int count, TextLanguage language, bool knownInfinitive)
    {
        ref Token t = ref tokens[i];
        if (t.Claimed)
        {
            return t.Classes;
        }

        if ((t.Classes & (WordClass.Comparative | WordClass.UnknownNoun)) == (WordClass.Comparative | WordClass.UnknownNoun))
        {
            // "een vrijwilliger", "als vrijwilliger" is a person; "handiger worden" a comparison.
            bool person = i > 0 && !tokens[i - 1].Claimed && (IsDeterminer(f, tokens[i - 1], language) || IsAny(f, tokens[i - 1], "als", "as", "tot", "naar"));
            return t.Classes & ~(person ? WordClass.Comparative : WordClass.UnknownNoun);
        }

        WordClass shape = t.Classes & (WordClass.UnknownVerb | WordClass.UnknownNoun | WordClass.Modifier);
        if ((t.Classes & ~(WordClass.Cue | WordClass.Marker)) == WordClass.SeparableHead)
        {
            shape = WordClass.UnknownNoun; // "vraag … op", "legt … aan": a verb whose particle no list pairs it with
        }

        if (shape == WordClass.None)
        {
            return t.Classes;
        }

        WordClass rest = t.Classes & ~(WordClass.UnknownVerb | WordClass.UnknownNoun | WordClass.Modifier);
        bool nounBefore = i > 0 && !tokens[i - 1].Claimed && IsDeterminer(f, tokens[i - 1], language);
        bool verbBefore = i > 0 && IsVerbIntroducer(f, tokens, i - 1, count, language);
        int next = i + 1;
        bool clauseEndAfter = next >= count || tokens[next].Kind == TokenKind.Symbol || IsAny(f, tokens[next], "en", "of", "and", "or", "om", "zodat", "so");

        if (language == TextLanguage.Dutch)
        {
            if (verbBefore)
            {
                return rest | WordClass.UnknownVerb;
            }

            if (shape == WordClass.Modifier && EndsWith(f, t.Start, t.Length, "e") && i > 0 && !tokens[i - 1].Claimed && (nounBefore || IsAny(f, tokens[i - 1], "als", "tot", "naar"))
                && (next >= count || !IsContent(tokens[next])))
            {
                return rest | WordClass.UnknownNoun; // "de rol van [filiaalverantwoordelijke] in …", "als [leidinggevende]": an adjective used as a noun
            }

            if (nounBefore)
            {
                // "de nieuwe oogstregistratie-app": an adjective-like word before another word stays a modifier
                return rest | (shape == WordClass.Modifier || (EndsWith(f, t.Start, t.Length, "e") && next < count && IsContent(tokens[next])) ? WordClass.Modifier : WordClass.UnknownNoun);
            }

            if (OpensAfterTime(tokens, i))
            {
                return rest | WordClass.UnknownVerb; // "Uiterlijk 31 mei [staat] de kennisbank …": the verb comes second
            }

            bool personBefore = i > 0 && IsAny(f, tokens[i - 1], "als", "een", "de", "tot", "naar");
            if (!personBefore && EndsWith(f, t.Start, t.Length, "er") && t.Length >= 5 && next < count
                && (IsAny(f, tokens[next], "bezig", "werken", "omgaan", "handelen", "reageren", "communiceren", "plannen")
                    || (t.Length <= 9 && DoubledComparative(f, t) && IsAny(f, tokens[next], "worden", "word", "wordt", "zijn", "te"))))
            {
                return rest | WordClass.Comparative; // "Netter werken", "Fitter worden"
            }

            if (!personBefore && EndsWith(f, t.Start, t.Length, "er") && t.Length >= 7 && (t.SentenceStart || (i > 0 && (IsAny(f, tokens[i - 1], "wat", "iets", "te") || (tokens[i - 1].Classes & WordClass.Modal) != 0)))
                && next < count && tokens[next].Kind == TokenKind.Word && (tokens[next].Classes & (WordClass.UnknownVerb | WordClass.ActionVerb | WordClass.UnknownNoun)) != 0 && EndsWith(f, tokens[next].Start, tokens[next].Length, "en"))
            {
                return rest | WordClass.Comparative; // "Doortastender optreden", "wat zorgvuldiger controleren"
            }

            if (i == 1 && tokens[0].SentenceStart && tokens[0].Capitalised && t.Length >= 4 && EndsWith(f, t.Start, t.Length, "t"))
            {
                return rest | WordClass.UnknownVerb; // "Kees [richt] …", "Jan [stelt] … op": a name, then the verb
            }

            if (IsSubjectPronoun(f, tokens, next, count) && !t.SentenceStart)
            {
                return rest | WordClass.UnknownVerb; // "Dit kwartaal [schrijf] ik", "[vraag] ik … op"
            }

            if (i > 0 && IsSubjectPronoun(f, tokens, i - 1, count) && (i - 1 == 0 || tokens[i - 1].SentenceStart || IsClauseBreak(tokens, i - 2, f)))
            {
                return rest | WordClass.UnknownVerb; // "Ik [noteer] …", "Medewerker [legt] …"
            }

            if (shape == WordClass.UnknownNoun && t.Length >= 5 && EndsWith(f, t.Start, t.Length, "en") && i > 0 && !nounBefore && (tokens[i - 1].Kind == TokenKind.Word || (tokens[i - 1].Kind == TokenKind.Symbol && f[tokens[i - 1].Start] == ')'))
                && !knownInfinitive && (clauseEndAfter || (tokens[i - 1].Kind == TokenKind.Symbol && i > 1) || ( ((tokens[i - 1].Classes & (WordClass.UnknownNoun | NounClasses | WordClass.ContextNoun | WordClass.Deliverable | WordClass.EventNoun | WordClass.Observable | DurationUnits)) != 0 || tokens[i - 1].Capitalised))))
            {
                return rest | WordClass.UnknownVerb; // "… de app [bedienen].", "drie maanden [meedraaien] als …"
            }

            if (shape == WordClass.UnknownNoun && EndsWith(f, t.Start, t.Length, "e") && next < count && IsContent(tokens[next]))
            {
                return rest | WordClass.Modifier; // "elektrische [gelede] bussen"
            }

            return t.Classes;
        }

        if (i > 0 && (tokens[i - 1].Classes & (WordClass.BecomeVerb | WordClass.Copula)) != 0 && (EndsWith(f, t.Start, t.Length, "er") || EndsWith(f, t.Start, t.Length, "ier")) && t.Length <= 8)
        {
            return rest | WordClass.Comparative; // "become fitter", "be tidier"
        }

        if (verbBefore)
        {
            return rest | WordClass.UnknownVerb;
        }

        if (nounBefore)
        {
            return rest | (shape == WordClass.UnknownVerb && EndsWith(f, t.Start, t.Length, "ing") ? WordClass.UnknownNoun : shape == WordClass.Modifier ? WordClass.Modifier : WordClass.UnknownNoun);
        }

        if (OpensClause(f, tokens, i) && next < count && (StartsObject(f, tokens[next], language)
            || (next + 1 < count && IsAny(f, tokens[next], "out", "up", "off", "down", "back") && StartsObject(f, tokens[next + 1], language))))
        {
            return rest | WordClass.UnknownVerb; // imperative: "Renew my …", "Check the lashing …", "Stake out the …"
        }

        return t.Classes;
    }

    /// <summary>
    /// True when the text holds a verb the lexicon knows in its infinitive ("groeien", "afronden"):
    /// then an unknown "-en" word after a noun is more likely part of a name ("teamleider uitleen")
    /// than a second infinitive.
    /// </summary>
    public static bool HasKnownInfinitive(char[] f, Token[] tokens, int count)
    {
        for (int i = 0; i < count; i++)
        {
            ref Token t = ref tokens[i];
            if (t.Kind == TokenKind.Word && (t.Classes & (WordClass.ActionVerb | WordClass.VagueVerb | WordClass.ChangeVerb)) != 0 && EndsWith(f, t.Start, t.Length, "en"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "my planning skills", "as teaching assistant", "the training sessions": an English "-ing"
    /// form after a determiner and before a noun describes that noun; it is not the action.
    /// </summary>
    public static bool IsNounModifierGerund(char[] f, Token[] tokens, int i, int count)
    {
        ref Token t = ref tokens[i];
        if (t.Length < 5 || !EndsWith(f, t.Start, t.Length, "ing") || i < 2)
        {
            return false;
        }

        ref Token previous = ref tokens[i - 1];
        if ((previous.Classes & (NounClasses | WordClass.UnknownNoun | WordClass.Deliverable)) != 0 && previous.Kind == TokenKind.Word && IsDeterminer(f, tokens[i - 2], TextLanguage.English))
        {
            return true; // "my report writing", "our bid planning": the -ing form is the noun the skill is named by
        }

        if (i + 1 >= count)
        {
            return false;
        }

        ref Token next = ref tokens[i + 1];
        bool nounAfter = next.Kind == TokenKind.Word
            && (next.Classes & (NounClasses | WordClass.UnknownNoun | WordClass.RoleNoun | WordClass.EventNoun | WordClass.ContextNoun | WordClass.Deliverable)) != 0
            && (next.Classes & (WordClass.ActionVerb | WordClass.FunctionWord)) == 0;
        return nounAfter && (IsDeterminer(f, tokens[i - 1], TextLanguage.English) || Is(f, tokens[i - 1], "as"));
    }

    /// <summary>True when an unknown noun looks like a person's role: "heftruckchauffeur", "brigadier", "sergeant", "paralegal".</summary>
    public static bool LooksLikeRole(char[] f, in Token t, TextLanguage language) =>
        t.Length >= 4 && EndsWithAny(f, t.Start, t.Length, language == TextLanguage.Dutch ? DutchRoleEndings : EnglishRoleEndings);

    /// <summary>Dutch compounds take the class of their head: "klantdossiers" is a kind of dossier, "magazijnteam" a team.</summary>
    public static WordClass CompoundHead(Lexicon lexicon, char[] folded, int start, int length)
    {
        // Longest head first: "verbetervoorstellen" → "voorstellen", "magazijnteam" → "team".
        // Only tails no longer than the longest lexicon word can match, so the search starts there:
        // at most LongestWord lookups of at most LongestWord characters, whatever the word's length.
        int end = start + length;
        int tail = Lexicon.TailSlot(folded[end - 3], folded[end - 2], folded[end - 1]);
        for (int offset = Math.Max(3, length - lexicon.LongestWord); offset <= length - 3; offset++)
        {
            if (!lexicon.MayHaveTail(tail, length - offset))
            {
                continue; // no word of this length ends in these three letters
            }

            var entry = lexicon.Find(folded, start + offset, length - offset);
            if (entry is null)
            {
                continue;
            }

            WordClass head = entry.Dutch & WordClass.CompoundHead;
            if (head != WordClass.None)
            {
                // A compound narrows a generic head: "warmtegewenningstraining" is one training in particular.
                return (head & ~WordClass.GenericNoun) | (IsGenericModifier(lexicon, folded, start, offset) ? WordClass.GenericNoun : WordClass.None) | WordClass.Compound;
            }

            if ((entry.Dutch & WordClass.VagueVerb) != 0 && (entry.Dutch & (WordClass.GenericNoun | WordClass.Feeling)) == 0 && length - offset < 6 && !IsParticle(folded, start, offset))
            {
                continue; // a short head is too often chance: "conto|leren" is a (misspelt) verb of its own; "bij|leren", "proces|verbeteren" are kinds of it
            }

            if ((entry.Dutch & (WordClass.GenericNoun | WordClass.VagueVerb | WordClass.Feeling)) != 0)
            {
                WordClass kind = entry.Dutch & (WordClass.GenericNoun | WordClass.VagueVerb | WordClass.Feeling);
                return IsGenericModifier(lexicon, folded, start, offset) || kind != WordClass.GenericNoun ? kind : WordClass.UnknownNoun | WordClass.Compound;
            }

            if ((entry.Dutch & WordClass.Comparative) != 0 && length - offset >= 7)
            {
                return WordClass.Comparative; // "veiligheids|bewuster", "klant|gerichter" (not "blik|opener")
            }

            if ((entry.Dutch & (WordClass.UnitDay | WordClass.UnitWeek | WordClass.Times)) != 0 && IsGenericModifier(lexicon, folded, start, offset))
            {
                return WordClass.GenericNoun; // "opleidingsdagen", "trainingsuren"
            }
        }

        return WordClass.None;
    }

    /// <summary>"shadowing" → "shadow", "drafting" → "draft", "planning" → "plan", "organising" → "organise".</summary>
    public static WordClass EnglishStem(Lexicon lexicon, char[] folded, int start, int length)
    {
        const WordClass Verbs = WordClass.ActionVerb | WordClass.VagueVerb | WordClass.ChangeVerb | WordClass.ObtainVerb | WordClass.BecomeVerb | WordClass.Feeling;
        bool ing = EndsWith(folded, start, length, "ing");
        bool ed = !ing && EndsWith(folded, start, length, "ed");
        if (!ing && !ed)
        {
            return WordClass.None;
        }

        int stem = length - (ing ? 3 : 2);
        var entry = lexicon.Find(folded, start, stem);
        if (entry is null && stem >= 3 && folded[start + stem - 1] == folded[start + stem - 2])
        {
            entry = lexicon.Find(folded, start, stem - 1); // planning → plan
        }

        if (entry is null)
        {
            entry = lexicon.Find(folded, start, stem, 'e'); // organising → organise
        }

        return entry is null ? WordClass.None : entry.English & Verbs;
    }

    /// <summary>
    /// The noun classes of a plural whose singular the lexicon holds: "modules" → "module",
    /// "bussen" → "bus", "audits'" …; None when there is none.
    /// </summary>
    private static WordClass PluralOf(Lexicon lexicon, char[] f, int s, int n, TextLanguage language)
    {
        LexiconEntry? entry = null;
        if (language == TextLanguage.English)
        {
            if (n >= 4 && f[s + n - 1] == 's')
            {
                entry = lexicon.Find(f, s, n - 1);
                if (entry is null && n >= 5 && f[s + n - 2] == 'e')
                {
                    entry = lexicon.Find(f, s, n - 2); // "boxes"
                }

                if (entry is null && n >= 5 && f[s + n - 2] == 'e' && f[s + n - 3] == 'i')
                {
                    entry = lexicon.Find(f, s, n - 3, 'y'); // "policies"
                }
            }

            return entry is null ? WordClass.None : entry.English & NounClasses;
        }

        if (n >= 4 && (f[s + n - 1] == 's'))
        {
            entry = lexicon.Find(f, s, f[s + n - 2] == '\'' ? n - 2 : n - 1); // "modules", "collega's"
        }
        else if (n >= 5 && f[s + n - 1] == 'n' && f[s + n - 2] == 'e')
        {
            entry = lexicon.Find(f, s, n - 2); // "dossieren" is rare; "planningen"
            if (entry is null && n >= 6 && f[s + n - 3] == f[s + n - 4])
            {
                entry = lexicon.Find(f, s, n - 3); // "bussen" → "bus"
            }
        }

        return entry is null ? WordClass.None : entry.Dutch & NounClasses;
    }

    /// <summary>True when a Dutch word has the shape of a past participle: "gedigitaliseerd", "afgerond", "meegedraaid", "aangeboden".</summary>
    public static bool IsDutchParticiple(char[] f, int s, int n)
    {
        if (n < 6)
        {
            return false;
        }

        // A participle has "ge" at the start or right after a particle of at most six letters.
        bool ge = false;
        for (int k = 0; k + 1 < n && k <= 6; k++)
        {
            ge |= f[s + k] == 'g' && f[s + k + 1] == 'e';
        }

        if (!ge)
        {
            return false;
        }

        int p = 0;
        foreach (var particle in DutchParticles)
        {
            if (n > particle.Length + 4 && StartsWith(f, s, n, particle, 0) && StartsWith(f, s, n, "ge", particle.Length))
            {
                p = particle.Length;
                break;
            }
        }

        if (p == 0 && !StartsWith(f, s, n, "ge", 0))
        {
            return false;
        }

        if (EndsWith(f, s, n, "heid") || EndsWith(f, s, n, "ing"))
        {
            return false;
        }

        char last = f[s + n - 1];
        return last == 'd' || last == 't' || (last == 'n' && f[s + n - 2] == 'e');
    }

    public static bool EndsWith(char[] f, int s, int n, string suffix)
    {
        if (suffix.Length > n)
        {
            return false;
        }

        int o = s + n - suffix.Length;
        for (int k = 0; k < suffix.Length; k++)
        {
            if (f[o + k] != suffix[k])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// True when <paramref name="t"/> is one of the given words. Every word a rule names this way is
    /// in the lexicon (class <see cref="WordClass.Cue"/> or <see cref="WordClass.Marker"/> at least), so a word the lexicon does not
    /// hold is rejected without comparing.
    /// </summary>
    public static bool IsAny(char[] f, in Token t, string a, string b, string c = "", string d = "", string e = "", string g = "", string h = "")
    {
        if (t.Kind != TokenKind.Word || t.Entry is null)
        {
            return false;
        }

        return Is(f, t, a) || Is(f, t, b) || (c.Length > 0 && Is(f, t, c)) || (d.Length > 0 && Is(f, t, d)) || (e.Length > 0 && Is(f, t, e)) || (g.Length > 0 && Is(f, t, g)) || (h.Length > 0 && Is(f, t, h));
    }

    /// <summary>True when <paramref name="t"/> is <paramref name="word"/>, a word the lexicon holds (see <see cref="IsAny"/>).</summary>
    public static bool Is(char[] f, in Token t, string word)
    {
        if (t.Kind != TokenKind.Word || t.Length != word.Length || t.Entry is null)
        {
            return false;
        }

        for (int k = 0; k < word.Length; k++)
        {
            if (f[t.Start + k] != word[k])
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsParticle(char[] folded, int start, int length)
    {
        foreach (var particle in DutchParticles)
        {
            if (particle.Length == length && StartsWith(folded, start, length, particle, 0))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsGenericModifier(Lexicon lexicon, char[] folded, int start, int length)
    {
        // "opleidings|dagen", "trainings|uren", "e-learning|modules": the part before the head is generic too.
        // The whole first part ("cursus|dagen") or it without a linking s or hyphen ("opleiding|s|dagen").
        const WordClass Generic = WordClass.GenericNoun | WordClass.CourseNoun | WordClass.VagueVerb;
        var entry = lexicon.Find(folded, start, length);
        if (entry is not null && (entry.Dutch & Generic) != 0)
        {
            return true;
        }

        if (length > 1 && (folded[start + length - 1] == 's' || folded[start + length - 1] == '-'))
        {
            var linked = lexicon.Find(folded, start, length - 1);
            return linked is not null && (linked.Dutch & Generic) != 0;
        }

        return false;
    }

    private static bool IsContent(in Token t) =>
        t.Kind == TokenKind.Word && (t.Classes & (WordClass.UnknownNoun | WordClass.ConcreteNoun | WordClass.CourseNoun | WordClass.GenericNoun | WordClass.Modifier)) != 0;

    private static bool IsDeterminer(char[] f, in Token p, TextLanguage language)
    {
        if (p.Kind == TokenKind.Number)
        {
            return true;
        }

        if (p.Kind != TokenKind.Word)
        {
            return false;
        }

        if ((p.Classes & (WordClass.Article | WordClass.NumberWord | WordClass.Every | WordClass.Modifier | WordClass.Comparative)) != 0)
        {
            return true;
        }

        return language == TextLanguage.Dutch
            ? IsAny(f, p, "een", "mijn", "onze", "ons", "deze", "dit", "alle") || IsAny(f, p, "zijn", "haar", "hun", "nieuwe", "eigen", "welke", "elke")
                || IsAny(f, p, "met", "van", "voor", "aan", "naar", "bij", "over") || IsAny(f, p, "op", "in", "uit", "tot", "zonder", "per", "via")
            : IsAny(f, p, "a", "an", "my", "our", "their", "his", "her") || IsAny(f, p, "each", "every", "all", "new", "its", "these", "those")
                || IsAny(f, p, "of", "for", "with", "on", "at", "in", "from") || IsAny(f, p, "into", "about", "per", "via", "without");
    }

    private static bool IsVerbIntroducer(char[] f, Token[] tokens, int k, int count, TextLanguage language)
    {
        ref Token p = ref tokens[k];
        if (p.Kind != TokenKind.Word)
        {
            return false;
        }

        if (language == TextLanguage.Dutch)
        {
            return Is(f, p, "te");
        }

        if ((p.Classes & WordClass.Modal) != 0 || IsAny(f, p, "i", "we", "you", "'ll", "i'll", "we'll", "i'd") || IsAny(f, p, "that", "which", "who", "they"))
        {
            return true;
        }

        // "to calibrate the sprayer" — "to" with an object after the word; "promoted to sergeant" has none.
        return Is(f, p, "to") && k + 2 < count && StartsObject(f, tokens[k + 2], language) && (k == 0 || tokens[k - 1].Kind != TokenKind.Number);
    }

    private static bool IsSubjectPronoun(char[] f, Token[] tokens, int k, int count)
    {
        if (k < 0 || k >= count)
        {
            return false;
        }

        ref Token p = ref tokens[k];
        return IsAny(f, p, "ik", "we", "wij", "jij", "je", "hij", "zij") || IsAny(f, p, "medewerker", "werknemer", "leerling", "zij");
    }

    /// <summary>True when every token before <paramref name="i"/> in its sentence belongs to a time expression.</summary>
    private static bool OpensAfterTime(Token[] tokens, int i)
    {
        if (i == 0 || !tokens[i - 1].Claimed)
        {
            return false;
        }

        for (int k = i - 1; k >= 0; k--)
        {
            if (!tokens[k].Claimed && tokens[k].Kind != TokenKind.Symbol)
            {
                return false;
            }

            if (tokens[k].SentenceStart)
            {
                return true;
            }
        }

        return true;
    }

    /// <summary>"fitter", "netter": a short adjective with its last consonant doubled before "-er".</summary>
    private static bool DoubledComparative(char[] f, in Token t)
    {
        int n = t.Length, s = t.Start;
        return n >= 5 && f[s + n - 1] == 'r' && f[s + n - 2] == 'e' && f[s + n - 3] == f[s + n - 4] && "aeiou".IndexOf(f[s + n - 3]) < 0;
    }

    private static bool IsClauseBreak(Token[] tokens, int k, char[] f) =>
        k < 0 || tokens[k].Kind == TokenKind.Symbol || tokens[k].Claimed;

    private static bool OpensClause(char[] f, Token[] tokens, int i)
    {
        if (i == 0 || tokens[i].SentenceStart)
        {
            return true;
        }

        ref Token p = ref tokens[i - 1];
        return p.Kind == TokenKind.Symbol || p.Claimed || Is(f, p, "and") || Is(f, p, "then");
    }

    private static bool StartsObject(char[] f, in Token t, TextLanguage language)
    {
        if (t.Kind == TokenKind.Number)
        {
            return true;
        }

        if (t.Kind != TokenKind.Word)
        {
            return false;
        }

        if ((t.Classes & (WordClass.Article | WordClass.NumberWord | WordClass.Every | WordClass.UnknownNoun | WordClass.ConcreteNoun | WordClass.CourseNoun | WordClass.Modifier)) != 0 || t.Capitalised)
        {
            return true;
        }

        return language == TextLanguage.English
            ? IsAny(f, t, "a", "an", "my", "our", "their", "all", "as") || IsAny(f, t, "up", "at", "his", "her")
            : IsAny(f, t, "een", "mijn", "onze", "ons", "alle", "de", "het");
    }

    private static bool StartsWith(char[] f, int s, int n, string prefix, int at)
    {
        if (at + prefix.Length > n)
        {
            return false;
        }

        for (int k = 0; k < prefix.Length; k++)
        {
            if (f[s + at + k] != prefix[k])
            {
                return false;
            }
        }

        return true;
    }

    private static bool EndsWithAny(char[] f, int s, int n, SuffixSet set)
    {
        if (n == 0 || !set.MayEndWith(f[s + n - 1]))
        {
            return false; // most words are out at their last letter
        }

        foreach (var suffix in set.Suffixes)
        {
            if (n > suffix.Length + 1 && EndsWith(f, s, n, suffix))
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>A set of word endings with a filter on their last letters, so most words are rejected by one bit test.</summary>
internal sealed class SuffixSet
{
    private readonly ulong lastLetters;

    public SuffixSet(params string[] suffixes)
    {
        Suffixes = suffixes;
        foreach (var suffix in suffixes)
        {
            lastLetters |= 1UL << (suffix[suffix.Length - 1] & 63);
        }
    }

    public string[] Suffixes { get; }

    public bool MayEndWith(char c) => (lastLetters & (1UL << (c & 63))) != 0;
}

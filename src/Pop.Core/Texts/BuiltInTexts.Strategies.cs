namespace Pop.Core.Texts;

/// <summary>The texts of the built-in conversation strategies and the ambition check (our own words).</summary>
internal static partial class BuiltInTexts
{
    private static readonly string[][] StrategyTexts =
    {
        // No further ambition — low interest, low potential
        new[] { "STRATEGY.NoFurtherAmbition.name", "Geen verdere ambitie", "No further ambition" },
        new[] { "STRATEGY.NoFurtherAmbition.aim", "Afspreken wat de medewerker nodig heeft om in de huidige functie bij de tijd te blijven, zodat latere veranderingen niet op weerstand stuiten.", "Agree what the employee needs to stay current in the present role, so that later changes do not meet resistance." },
        new[] { "STRATEGY.NoFurtherAmbition.instrument.1", "Korte bijscholing op nieuwe werkwijzen en systemen in de eigen functie", "Short refresher training on new methods and systems in the present role" },
        new[] { "STRATEGY.NoFurtherAmbition.instrument.2", "Meedoen aan een verbeterproject van de eigen afdeling", "Taking part in an improvement project of the own department" },
        new[] { "STRATEGY.NoFurtherAmbition.instrument.3", "Vakkennis overdragen aan nieuwe collega's", "Passing on know-how to new colleagues" },
        new[] { "STRATEGY.NoFurtherAmbition.tip.1", "Waardeer wat de medewerker bijdraagt: tevreden zijn in je werk is geen tekortkoming.", "Value what the employee contributes: being content in one's work is no shortcoming." },
        new[] { "STRATEGY.NoFurtherAmbition.tip.2", "Vraag welke veranderingen er in het werk aankomen en wat de medewerker nodig heeft om daarin mee te gaan.", "Ask which changes are coming in the work and what the employee needs to keep up with them." },
        new[] { "STRATEGY.NoFurtherAmbition.pitfall.1", "Een ambitieus plan opleggen waar de medewerker niet achter staat: de afspraken worden dan niet nagekomen.", "Imposing an ambitious plan the employee does not support: such agreements are not kept." },
        new[] { "STRATEGY.NoFurtherAmbition.pitfall.2", "Het gesprek overslaan omdat er 'toch niets verandert'; stilstaan is hier achteruitgaan.", "Skipping the conversation because 'nothing changes anyway'; standing still means falling behind." },

        // Overestimates self — high interest, low potential
        new[] { "STRATEGY.OverestimatesSelf.name", "Overschat zichzelf", "Overestimates themself" },
        new[] { "STRATEGY.OverestimatesSelf.aim", "Met zorg maar zonder omwegen duidelijk maken dat meer ervaring in de huidige rol nu de beste stap is, en samen vastleggen welke ervaring dat is.", "Make clear, with care but without detours, that more experience in the present role is the best step now, and agree together which experience that is." },
        new[] { "STRATEGY.OverestimatesSelf.instrument.1", "Concrete opdrachten met eigen verantwoordelijkheid en zichtbare gevolgen", "Concrete assignments with own responsibility and visible consequences" },
        new[] { "STRATEGY.OverestimatesSelf.instrument.2", "Een realiteitstoets: een dag meelopen met iemand in de gewenste rol", "A reality check: a day alongside someone in the desired role" },
        new[] { "STRATEGY.OverestimatesSelf.instrument.3", "Geregeld feedback op resultaten in de huidige rol", "Regular feedback on results in the present role" },
        new[] { "STRATEGY.OverestimatesSelf.tip.1", "Begin bij wat goed gaat, noem daarna met voorbeelden wat nog ontbreekt.", "Start with what goes well, then name with examples what is still missing." },
        new[] { "STRATEGY.OverestimatesSelf.tip.2", "Maak duidelijk welke ervaring de volgende stap dichterbij brengt en wanneer jullie erop terugkomen.", "Make clear which experience brings the next step closer and when you will come back to it." },
        new[] { "STRATEGY.OverestimatesSelf.pitfall.1", "De teleurstelling onderschatten: reken op emotie en neem er de tijd voor.", "Underestimating the disappointment: expect emotion and take time for it." },
        new[] { "STRATEGY.OverestimatesSelf.pitfall.2", "Zo omzichtig formuleren dat de boodschap niet aankomt.", "Wording it so carefully that the message does not land." },
        new[] { "STRATEGY.OverestimatesSelf.pitfall.3", "Een volgende stap toezeggen die de organisatie niet kan bieden.", "Promising a next step the organisation cannot offer." },

        // Underestimates self — low interest, high potential
        new[] { "STRATEGY.UnderestimatesSelf.name", "Onderschat zichzelf", "Underestimates themself" },
        new[] { "STRATEGY.UnderestimatesSelf.aim", "Het beeld dat de medewerker van zichzelf heeft scherper maken en hem of haar in beweging brengen naar de mogelijkheden die de leidinggevende ziet.", "Sharpen the employee's picture of themself and set them moving towards the possibilities the manager sees." },
        new[] { "STRATEGY.UnderestimatesSelf.instrument.1", "Tests of proefopdrachten die laten zien welke richting past", "Tests or trial assignments that show which direction fits" },
        new[] { "STRATEGY.UnderestimatesSelf.instrument.2", "360-gradenfeedback als spiegel: anderen zien vaak meer dan de medewerker zelf", "360-degree feedback as a mirror: others often see more than the employee does" },
        new[] { "STRATEGY.UnderestimatesSelf.instrument.3", "Gesprekken in een coachende, begeleidende stijl", "Conversations in a coaching, counselling style" },
        new[] { "STRATEGY.UnderestimatesSelf.tip.1", "Vraag door op 'weet ik niet': wat geeft energie, wat kost energie?", "Probe 'I don't know': what gives energy, what drains it?" },
        new[] { "STRATEGY.UnderestimatesSelf.tip.2", "Laat de feedback van anderen het werk doen en bespreek samen wat opvalt.", "Let the feedback of others do the work and discuss together what stands out." },
        new[] { "STRATEGY.UnderestimatesSelf.pitfall.1", "'Geen interesse' aannemen als het laatste woord.", "Taking 'not interested' as the last word." },
        new[] { "STRATEGY.UnderestimatesSelf.pitfall.2", "Meteen een grote stap voorstellen; begin met een uitdaging die haalbaar voelt.", "Proposing a big step at once; start with a challenge that feels achievable." },

        // High potential (goudvink) — high interest, high potential
        new[] { "STRATEGY.HighPotential.name", "Goudvink", "High potential (goudvink)" },
        new[] { "STRATEGY.HighPotential.aim", "Een ontwikkeltraject voor de lange termijn afspreken en de medewerker aan de organisatie binden.", "Agree a long-term development track and keep the employee with the organisation." },
        new[] { "STRATEGY.HighPotential.instrument.1", "Een meerjarig traject, bijvoorbeeld management development", "A multi-year track, for example management development" },
        new[] { "STRATEGY.HighPotential.instrument.2", "Coaching in het dagelijkse werk", "Coaching in the daily work" },
        new[] { "STRATEGY.HighPotential.instrument.3", "Uitdagende projecten en zichtbaarheid buiten de eigen afdeling", "Stretching projects and visibility beyond the own department" },
        new[] { "STRATEGY.HighPotential.tip.1", "Bespreek waar de medewerker over drie tot vijf jaar wil staan en wat de organisatie daarin kan bieden.", "Discuss where the employee wants to be in three to five years and what the organisation can offer towards it." },
        new[] { "STRATEGY.HighPotential.tip.2", "Spreek af wie coacht en hoe vaak jullie de voortgang bespreken.", "Agree who coaches and how often you review progress." },
        new[] { "STRATEGY.HighPotential.pitfall.1", "Talent als vanzelfsprekend zien, tot het vertrekt.", "Taking talent for granted until it leaves." },
        new[] { "STRATEGY.HighPotential.pitfall.2", "Meer beloven dan de organisatie kan waarmaken.", "Promising more than the organisation can deliver." },

        // Ambition check
        new[] { "AMBITION-00", "Het plan past bij de insteek voor deze medewerker.", "The plan fits the approach for this employee." },
        new[] { "AMBITION-01", "Het plan heeft {Count} doel(en); voor '{Quadrant}' past minstens {Minimum}.", "The plan has {Count} goal(s); '{Quadrant}' calls for at least {Minimum}." },
        new[] { "AMBITION-02", "Het plan heeft {Count} doelen; voor '{Quadrant}' is {Maximum} het maximum dat haalbaar blijft.", "The plan has {Count} goals; for '{Quadrant}' {Maximum} is the most that stays achievable." },
        new[] { "AMBITION-03", "Een doel van het soort '{Kind}' is te ambitieus voor '{Quadrant}'.", "A goal of the kind '{Kind}' is too ambitious for '{Quadrant}'." },
        new[] { "AMBITION-04", "Voor '{Quadrant}' hoort er minstens één doel bij van het soort {Kinds}.", "'{Quadrant}' calls for at least one goal of the kind {Kinds}." },
        new[] { "GOALKIND.Improve", "verbeteren", "improve" },
        new[] { "GOALKIND.Specialise", "specialiseren", "specialise" },
        new[] { "GOALKIND.GrowIntoRole", "doorgroeien", "grow into a role" },
        new[] { "GOALKIND.Switch", "switchen", "switch" },
        new[] { "word.or", "of", "or" },
    };
}

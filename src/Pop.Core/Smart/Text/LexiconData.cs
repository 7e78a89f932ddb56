// Compiled into Pop.Core and Pop.Core.Analyzers: keep self-contained.
namespace Pop.Core.Smart.Text;

using System;
using System.Collections.Generic;

/// <summary>
/// The built-in word lists. Each line is <c>class: word word …</c>; a word may carry a value
/// (<c>maart=3</c>), and a Dutch separable verb is written <c>head+particle</c> (<c>rond+af</c>
/// for "rond … af"). Words are written normalised: lower case, no diacritics.
/// </summary>
internal static class LexiconData
{
    public const string Dutch = @"
FunctionWord: de het een ik je jij we wij mijn mij me van en met op voor naar bij dat die is zijn ben heb heeft hebben wil wilt willen ga gaat gaan om te ter in aan door over ook als niet nog dit deze er hun ons onze uit tot zich zonder tussen tijdens volgens sinds omdat zodat waar wat welke hoe maar dan zo al nu wel heel zeer waarbij waarmee waardoor daarbij daarna eerst alleen even
QuarterCode: q1=1 q2=2 q3=3 q4=4 kw1=1 kw2=2 kw3=3 kw4=4
HalfCode: h1=1 h2=2
Month: januari=1 jan=1 februari=2 feb=2 maart=3 mrt=3 april=4 apr=4 mei=5 juni=6 jun=6 juli=7 jul=7 augustus=8 aug=8 september=9 sep=9 sept=9 oktober=10 okt=10 november=11 nov=11 december=12 dec=12
NumberWord: een=1 twee=2 drie=3 vier=4 vijf=5 zes=6 zeven=7 acht=8 negen=9 tien=10 elf=11 twaalf=12 dertien=13 veertien=14 vijftien=15 zestien=16 zeventien=17 achttien=18 negentien=19 twintig=20 dertig=30 veertig=40 vijftig=50 honderd=100 duizend=1000 beide=2 anderhalf=18
Ordinal: eerste=1 tweede=2 derde=3 vierde=4 laatste=4
OrdinalSuffix: e ste de
UnitDay: dag dagen
UnitWeek: week weken wk
UnitMonth: maand maanden
UnitYear: jaar jaren
UnitWorkday: werkdag werkdagen
UnitQuarter: kwartaal kwartalen
Half: helft half halfjaar
Before: voor voordat
By: uiterlijk uiterst tegen
In: in tijdens gedurende
On: op per
End: eind einde eindigt
Within: binnen
After: over
LookBack: al na sinds sedert nadat
Next: volgend volgende komend komende aankomend aankomende
This: dit deze huidige lopende
Summer: zomer zomervakantie
Christmas: kerst kerstmis kerstvakantie
Article: de het
Of: van
Every: elke ieder iedere elk alle
FrequencyAdverb: wekelijks maandelijks dagelijks jaarlijks tweewekelijks driemaandelijks halfjaarlijks regelmatig
Times: keer maal
Marker: knie open hoogte draai plek plekje steviger lekkerder beter sterker stevig lekker om toward bepalen bepaald zelf vrij maakt aansluit aansluiten any order ter bezit bijgehouden bijhouden date enkele few fit fits geschikt has have heb hebben heeft hold maken match matches paar passen past peil related relevant relevante several some suit suitable suited suits up up-to-date wat welke
Cue: kant richting onder kosten uitgaven verbruik omzet houden blijven blijf houd later vind vinden gevonden aantal doorlooptijd wachttijd levertijd rond rondom functie positie rol gevolg schoenen vel 'll a aan about all alle als an and are as at bezig bij communiceren dan dat de deze die dit each een eigen elk elke en every extra for from haar had handelen her het hij his hun i i'd i'll ik in into is its je jij jouw keep keeping keeps kennis kind knowledge leerling medewerker meer met mijn moment more my naar new nieuwe of om omgaan on one ons onze op or our over per plannen point punt reageren so sort stadium stage stay te that the their then these they this those tijd time to tot towards type uit vakgebied vakkennis van via voor we we'll werken werknemer which who wij with without word worden wordt you your zij zijn zodat zonder
DayName: maandag dinsdag woensdag donderdag vrijdag zaterdag zondag ochtend middag avond nacht werkdag werkweek dienst
From: van vanaf
To: naar tot
Percent: procent
Copula: ben is zijn wees word wordt worden
Feeling: comfortzone zelfbewust zelfbewuster weerbaar weerbaarder zelfbewustzijn motivatie passie balans evenwicht veerkracht welzijn geluk voel voelt voelen voelde gevoeld gevoel gevoelens zekerder zelfverzekerd zelfverzekerde rust rustig rustiger kalm kalmer ontspannen comfortabel comfortabeler prettig prettiger plezier werkplezier gemak grip stress zenuwachtig zenuwen onzeker onzekerheid gemotiveerd gemotiveerder tevreden tevredener gelukkig gelukkiger zelfvertrouwen vertrouwen energie lekkerder fijner
Hedge: twijfel twijfelt twijfelen twijfelde iets ietsje keuze bijvoorbeeld misschien wellicht eventueel eventuele ergens waarmee enkele sommige dergelijke soortgelijke gerelateerd gerelateerde
Modal: hoop hoopt hopen hoopte wil wilt willen wilde kan kun kunt kunnen kon zal zult zullen zou zouden moet moeten ga gaat gaan graag mag mogen
ActionVerb: volg volgt volgen volgde volgden gevolgd afronden afgerond behaal behaalt behalen behaalde behaalden behaald haal haalt halen haalde gehaald slaag slaagt slagen slaagde geslaagd presenteer presenteert presenteren presenteerde gepresenteerd schrijf schrijft schrijven schreef schreven geschreven opstellen opgesteld maak maakt maken maakte maakten gemaakt meelopen meegelopen inwerken ingewerkt bijwerken bijgewerkt bespreek bespreekt bespreken besprak bespraken besproken geef geeft geven gaf gaven gegeven uitvoeren uitgevoerd voer voert voeren voerde gevoerd kies kiest kiezen koos kozen gekozen plan plant plannen plande gepland inplannen ingepland dien+in dient+in dienen+in diende+in indienen ingediend rapporteer rapporteert rapporteren rapporteerde gerapporteerd leid leidt leiden leidde geleid organiseer organiseert organiseren organiseerde georganiseerd toepassen toegepast opleveren opgeleverd lever levert leveren leverde geleverd aanleveren aangeleverd invoeren ingevoerd begeleid begeleidt begeleiden begeleidde coach coacht coachen coachte gecoacht train traint trainen trainde getraind afleggen afgelegd deelnemen deelgenomen bezoek bezoekt bezoeken bezocht opzetten opgezet ontwerp ontwerpt ontwerpen ontwierp ontworpen bouw bouwt bouwen bouwde gebouwd implementeer implementeert implementeren geimplementeerd test testen getest analyseer analyseert analyseren geanalyseerd evalueer evalueert evalueren geevalueerd beoordeel beoordeelt beoordelen beoordeeld controleer controleert controleren gecontroleerd herschrijf herschrijven herschreven vertaal vertaalt vertalen vertaald documenteer documenteert documenteren gedocumenteerd interview interviewt interviewen geinterviewd bel belt bellen belde gebeld verzorg verzorgt verzorgen verzorgd zit+voor voorzitten voorgezeten uitwerken uitgewerkt inrichten ingericht aanvragen aangevraagd aanmelden aangemeld inschrijven ingeschreven afnemen afgenomen regel regelt regelen regelde geregeld pas+aan past+aan aanpassen aangepast stel+samen samenstellen samengesteld verzamel verzamelt verzamelen verzameld draag+over overdragen overgedragen demonstreer demonstreert demonstreren gedemonstreerd publiceer publiceert publiceren gepubliceerd lanceer lanceert lanceren gelanceerd migreer migreert migreren gemigreerd automatiseer automatiseert automatiseren geautomatiseerd beheer beheert beheren beheerd houd houdt houden hield hielden gehouden opnemen opgenomen afstuderen afgestudeerd certificeer certificeren gecertificeerd begeleid vervul vervult vervullen vervuld draai draait draaien draaide gedraaid bereid+voor voorbereiden voorbereid instrueer instrueert instrueren geinstrueerd lees leest lezen las gelezen doorlopen doorgelopen loop+door spreek+af afspreken afgesproken stel+vast vaststellen vastgesteld leg+vast vastleggen vastgelegd zet+op stel+op opstellen pas+toe past+toe loop+mee loopt+mee lopen+mee liep+mee liepen+mee rond+af rondt+af ronden+af rondde+af werk+in werkt+in werken+in werkte+in werk+bij werkt+bij werken+bij werkte+bij werk+uit werkt+uit voer+uit voert+uit voeren+uit voerde+uit voer+in voert+in lever+op levert+op lever+aan levert+aan neem+deel neemt+deel nemen+deel neem+af neemt+af nemen+af leg+af legt+af leggen+af richt+in richt+op vraag+aan vraagt+aan meld+aan meldt+aan schrijf+in schrijft+in plan+in plant+in plannen+in neem+op neemt+op zet+neer draag+voor bouw+op kijk+mee kijkt+mee meekijken meegekeken sluit+af sluit afsluiten afgesloten doe doet doen deed gedaan beantwoord beantwoordt beantwoorden beantwoordde beantwoord neem+over neemt+over nemen+over nam+over overnemen overgenomen handel+af handelt+af afhandelen afgehandeld verwerk verwerkt verwerken verwerkte inventariseer inventariseert inventariseren geinventariseerd rol+uit rolt+uit uitrollen uitgerold introduceer introduceert introduceren geintroduceerd werf werft werven geworven selecteer selecteert selecteren geselecteerd meet meten gemeten monitor monitort monitoren houd+bij houdt+bij bijhouden bijgehouden leg+uit legt+uit uitleggen uitgelegd zoek+uit zoekt+uit uitzoeken uitgezocht onderzoek onderzoekt onderzoeken onderzocht behandel behandelt behandelen behandeld stem+af stemt+af afstemmen afgestemd realiseer realiseert realiseren gerealiseerd verkoop verkoopt verkopen verkocht sluit+af werk+mee mentor mentoren onboard onboarden vertegenwoordig vertegenwoordigt vertegenwoordigen coordineer coordineert coordineren gecoordineerd stuur+aan stuurt+aan aansturen aangestuurd benader benadert benaderen benaderd contacteer contacteren mail mailt mailen stuur stuurt sturen stuurde gestuurd verstuur verstuurt versturen verstuurd deel+mee ruim+op ruimt+op opruimen opgeruimd richt+in inrichten zet+in zet+uit voer+door voert+door doorvoeren doorgevoerd schrijf+uit neem+deel woon+bij woont+bij bijwonen bijgewoond doorloop doorloopt lanceer registreer registreert registreren geregistreerd vul+in vult+in invullen ingevuld reken+uit teken teken+af tekent ondertekenen ondertekend begroot begroten bereken berekent berekenen berekend
VagueVerb: zorgen zorg zorgt verfijnen verfijn verfijnt verfijnd bijschaven schaaf+bij schaaft+bij bijspijkeren spijker+bij spijkert+bij oppoetsen poets+op poetst+op uitdiepen diep+uit diept+uit verrijken verrijk verrijkt optimaliseren optimaliseer optimaliseert stroomlijnen stroomlijn stroomlijnt finetunen ontdekken ontdek ontdekt verkennen verken verkent orienteren orienteer orienteert nadenken denk+na reflecteren reflecteer inspireren inspireer stimuleren stimuleer bevorderen bevorder moderniseren moderniseer verduurzamen verduurzaam ontzorgen herontdekken opfrissen opgefrist fris+op frist+op bekwamen bekwaam bekwaamt aanscherpen aangescherpt scherp+aan scherpt+aan verscherp verscherpt verscherpen verruim verruimt verruimen verstevig verstevigt verstevigen bezig verbeter verbetert verbeteren verbeterde verbeterd ontwikkel ontwikkelt ontwikkelen ontwikkelde ontwikkeld groei groeit groeien groeide gegroeid doorgroeien doorgegroeid bijblijven bijgebleven leer leert leren leerde geleerd oefen oefent oefenen verdiep verdiept verdiepen verbreed verbreedt verbreden ontplooi ontplooien professionaliseer professionaliseren versterk versterkt versterken versterkte probeer probeert proberen streef streeft streven focus focussen richten investeer investeren samenwerken werk+aan werkt+aan werken+aan werkte+aan groei+door groeit+door groeien+door blijf+bij blijft+bij blijven+bij let+op letten+op besteed+aandacht verdiepen+in zorg+voor
Comparative: korter kortere langer langere kleiner kleinere groter strakker strakkere soepeler vlotter vlottere eerder tandje bewuster gerichter alerter scherper slimmer bekwamer betere grotere snellere hogere lagere sterkere duidelijkere bredere diepere beter meer minder sneller vaker zorgvuldiger positiever proactiever zelfverzekerder assertiever efficienter effectiever actiever duidelijker flexibeler zelfstandiger klantgerichter gestructureerder rustiger overtuigender creatiever nauwkeuriger preciezer kritischer opener verder hoger lager goed goede beste breder dieper sterker professioneler communicatiever zichtbaarder
ChangeVerb: beneden afbouwen bouw+af bouwt+af inperken perk+in perkt+in inkrimpen reduceren reduceer reduceert opschalen schaal+op afschalen verkleinen verklein verkleint vereenvoudigen vereenvoudig ophogen terugschroeven vertragen boost boosten geboost opkrikken opgekrikt krik+op krikt+op opschroeven opgeschroefd schroef+op schroeft+op inkorten ingekort kort+in kortt+in versnellen versneld versnel versnelt omlaag omhoog terugdringen dring+terug dringt+terug beperk beperkt beperken minimaliseer minimaliseren maximaliseer maximaliseren uitbreiden breid+uit breidt+uit uitgebreid verhoog verhoogt verhogen verhoogde verhoogd verlaag verlaagt verlagen verlaagde verlaagd verminder vermindert verminderen verminderde verminderd vergroot vergroten vergrootte verkort verkorten verkortte verkort verbreed terugbrengen breng+terug brengt+terug verdubbel verdubbelen verdubbeld halveer halveren gehalveerd
GenericNoun: congres congressen symposium symposia beurs beurzen pe scholing bijscholing nascholing dagdeel dagdelen tijd specialisatie specialisaties traject boek boeken punten punt studiepunten uur uren dingen onderwerpen onderwerp aspecten zaken gebieden thema thema's opleiding opleidingen training trainingen cursus cursussen vaardigheden vaardigheid ontwikkeling communicatie rol werk functie kennis zelfvertrouwen structuur competenties competentie kwaliteiten kwaliteit talenten talent houding gedrag samenwerking loopbaan carriere toekomst mezelf mijzelf persoon dingen iets alles vak werkzaamheden taken taak
Deliverable: handleiding werkinstructie instructie instructies plan plannen voorstel voorstellen rapport rapportage verslag presentatie notitie analyse overzicht procedure protocol checklist document advies offerte dashboard ontwerp handboek nieuwsbrief artikel blog factsheet begroting businesscase draaiboek lijst werkwijze stappenplan actieplan roadmap sjabloon template formulier folder flyer memo beleidsplan evaluatie video website webpagina module opzet
Certificate: diploma certificaat certificering getuigschrift examen tentamen rijbewijs licentie registratie bevoegdheid accreditatie bewijs vca keurmerk propedeuse bachelor master titel
CourseNoun: beurs beurzen evenement evenementen opleiding training cursus e-learning elearning module leergang masterclass webinar congres seminar symposium bootcamp studie
EventNoun: gesprek gesprekken dienst diensten nachtdienst workshop workshops vergadering vergaderingen overleg sessie sessies bijeenkomst bijeenkomsten presentatie presentaties intervisie demo audit audits stage excursie assessment afname keer rondleiding lezing lunchlezing inwerkprogramma maandafsluiting jaarafsluiting kwartaalafsluiting afsluiting toolbox
RoleNoun: teamleider teamleidster leidinggevende manager coordinator adviseur specialist consultant projectleider praktijkopleider supervisor mentor coach trainer opleider begeleider werkbegeleider afdelingshoofd hoofd directeur voorzitter planner analist architect ontwikkelaar senior medior expert ambassadeur aandachtsfunctionaris preventiemedewerker bhv'er bhver vertrouwenspersoon scrummaster owner leider leidster verpleegkundige verzorgende docent leraar assistent bedrijfsleider chef kok monteur technicus inkoper verkoper accountmanager officemanager werkvoorbereider operator agent teamcoach procesbegeleider kwaliteitsmedewerker preventiemedewerker bhv'er functionaris aandachtsfunctionaris functionaris
ContextNoun: bedrijf organisatie team teams collega collegas klant klanten client clienten patient patienten afdeling magazijn directie management leerlingen stagiair stagiairs kassa filiaal systeem proces hulp cliënt bewoners bewoner ouders leveranciers leverancier offertes offerte klachten klacht voorraad planning rooster project projecten excel outlook word teams sap exact afas scrum agile engels duits frans nederlands spreadsheet database software tool applicatie app mt hr ict ok spoedeisende ziekenhuis zorg school winkel vestiging regio
BecomeVerb: word wordt worden werd werden geworden start begin begint starten beginnen ben is doorstromen doorstroom stroom+door stroomt+door stromen+door overstappen overstap stap+over stapt+over stappen+over promotie promoveren promoveer benoemd aangesteld solliciteer solliciteren nemen+op neem+op
ObtainVerb: behaal behaalt behalen behaalde behaald haal haalt halen haalde gehaald slaag slaagt slagen geslaagd
Observable: zelfstandig zelfstandige foutloos volledig
Particle: af mee in bij uit op aan deel door over samen terug voor toe neer vast
Modifier: korte externe interne online digitale gratis extra algemene losse praktische
";

    public const string English = @"
FunctionWord: i'd i'll we'll i've we've i'm 'd 've 'm the a an i my me to of and with for on in at by from this that is am are be will would want it our we your their as into about around without across through between among upon via than then so but or not also just only both such very there these those what which who how when where while if because
QuarterCode: q1=1 q2=2 q3=3 q4=4
HalfCode: h1=1 h2=2
Month: january=1 jan=1 february=2 feb=2 march=3 mar=3 april=4 apr=4 may=5 june=6 jun=6 july=7 jul=7 august=8 aug=8 september=9 sep=9 sept=9 october=10 oct=10 november=11 nov=11 december=12 dec=12
AmbiguousMonth: march may mar jan jun jul aug sep sept oct nov dec feb apr
NumberWord: one=1 two=2 three=3 four=4 five=5 six=6 seven=7 eight=8 nine=9 ten=10 eleven=11 twelve=12 thirteen=13 fourteen=14 fifteen=15 sixteen=16 seventeen=17 eighteen=18 nineteen=19 twenty=20 thirty=30 forty=40 fifty=50 hundred=100 thousand=1000 both=2
Ordinal: first=1 second=2 third=3 fourth=4 last=4
OrdinalSuffix: st nd rd th
UnitDay: day days
UnitWeek: week weeks wk
UnitMonth: month months
UnitYear: year years
UnitWorkday: workday workdays
UnitQuarter: quarter quarters
Half: half
Before: before prior
By: by latest until till
In: in during
On: on per as
End: end
Within: within
After: over
LookBack: after since
Next: next coming following upcoming
This: this current
Summer: summer
Christmas: christmas xmas
Article: the
Of: of
Every: every each all
FrequencyAdverb: weekly monthly daily yearly annually fortnightly biweekly quarterly regularly
Times: times time
Marker: ramp bring brings game head handle top level skill freshen smarten spruce shape open decided determined confirmed brush brushes brushed get got speed speeds find found finding getting feet om toward bepalen bepaald order abreast choosing aansluit aansluiten any bezit bijgehouden bijhouden date enkele few fit fits geschikt has have heb hebben heeft hold maken match matches paar passen past peil related relevant relevante several some suit suitable suited suits up up-to-date wat welke
Cue: cent direction firmer round staying around grips spend costs spending revenue turnover still day out off down back be number amount rate percentage position role job hang 'll a current own aan about all alle als an and are as at bezig bij communiceren dan dat de deze die dit each een eigen elk elke en every extra for from haar had handelen her het hij his hun i i'd i'll ik in into is its je jij jouw keep keeping keeps kennis kind knowledge leerling medewerker meer met mijn moment more my naar new nieuwe of om omgaan on one ons onze op or our over per plannen point punt reageren so sort stadium stage stay te that the their then these they this those tijd time to tot towards type uit vakgebied vakkennis van via voor we we'll werken werknemer which who wij with without word worden wordt you your zij zijn zodat zonder
DayName: monday tuesday wednesday thursday friday saturday sunday morning afternoon evening night shift
From: from
To: to
Percent: percent per cent
Copula: be am is are being
Feeling: settled overwhelmed grounded comfort energy enthusiasm spark motivation passion balance resilience wellbeing well-being happiness feel feels feeling felt ease calm calmer comfortable confident confidence relaxed happy happier motivated enjoy enjoys stress stressed nervous anxious secure insecure grips grip
Hedge: undecided unsure something anything whatever whichever maybe perhaps possibly choice somehow related
Modal: hope hopes hoped will would can could shall should must may might want wants wanted like 'll 'd able
ActionVerb: move moves moved switch transfer renew renews renewed gain gains gained check checks checked log logs logged complete completes completed completing finish finishes finished follow follows followed attend attends attended take takes took taken obtain obtains obtained earn earns earned pass passes passed present presents presented presenting write writes wrote written draft drafts drafted shadow shadows shadowed onboard onboards onboarded train trains trained coach coaches coached mentor mentors mentored update updates updated discuss discusses discussed run runs ran give gives gave given deliver delivers delivered hold holds held lead leads led chair chairs chaired organise organises organised organize organizes organized plan plans planned schedule schedules scheduled choose chooses chose chosen select selects selected submit submits submitted report reports reported apply applies applied implement implements implemented introduce introduces introduced design designs designed build builds built create creates created produce produces produced publish publishes published launch launches launched set sets conduct conducts conducted perform performs performed interview interviews interviewed call calls called visit visits visited review reviews reviewed analyse analyses analysed analyze analyzes analyzed document documents documented translate translates translated migrate migrates migrated automate automates automated test tests tested evaluate evaluates evaluated assess assesses assessed hand hands handed file files filed register registers registered enrol enrols enrolled enroll enrolls enrolled facilitate facilitates facilitated host hosts hosted moderate moderates moderated teach teaches taught demonstrate demonstrates demonstrated configure configures configured install installs installed audit audits audited map maps mapped compile compiles compiled close closes closed process processes processed handle handles handled resolve resolves resolved prepare prepares prepared rewrite rewrites rewrote agree agrees agreed sign signs signed carry carries carried book books booked arrange arranges arranged propose proposes proposed read reads do does did make makes made achieve achieves achieved answer answers answered respond responds responded reply replies replied take takes handle hire hires hired recruit recruits recruited deploy deploys deployed roll rolls rolled measure measures measured monitor monitors monitored track tracks tracked explain explains explained instruct instructs instructed represent represents represented investigate investigates investigated research researched treat treats treated align aligns aligned realise realises realised realize realizes realized sell sells sold sign contact contacts contacted email emails emailed send sends sent serve serves served manage manages managed supervise supervises supervised convert converts converted coordinate coordinates coordinated calculate calculates calculated fill fills filled clean cleans cleaned set-up setup walk host onboarded mentored shadowed follow-up attend attends attended participate participates participated draw draws drew drawn spend spends spent
VagueVerb: refine refines nurture nurtures foster fosters cultivate cultivates explore explores discover discovers reflect reflects embrace aspire upskill upskilling reskill flourish thrive elevate modernise modernize revamp empower inspire engage familiarise familiarize acquaint understand optimise optimize optimises optimizes sharpen sharpens sharpened hone hones honed polish polishes stay stays improve improves improved improving develop develops developed developing grow grows grew grown growing enhance enhances enhanced strengthen strengthens strengthened learn learns learned learnt practise practice practises practices practised practiced broaden broadens deepen deepens focus focuses try tries strive strives expand expands collaborate cooperate invest work works worked
Comparative: calmer happier better more less faster quicker sooner stronger clearer further higher lower smoother easier bigger greater broader deeper carefully effectively efficiently proactively positively confidently actively clearly well good best positive confident proactive assertive careful structured
ChangeVerb: bolster bolsters slash slashes curb curbs accelerate accelerates streamline streamlines widen widens widened tighten tightens tightened lengthen lengthens heighten heightens lessen lessens minimise minimize maximise maximize extend extends expand expands increase increases increased raise raises raised reduce reduces reduced cut cuts lower lowers lowered decrease decreases decreased shorten shortens shortened boost boosts boosted double doubles doubled halve halves halved
GenericNoun: convention conventions congress congresses symposium symposia fair fairs exhibition exhibitions expo expos cpd time specialisation specialization book books points credits hours hour topics topic subjects areas area course courses training trainings skills skill development communication role work job knowledge confidence self-confidence structure competencies competences competency qualities quality talents attitude behaviour behavior collaboration career future myself things something everything tasks task
Deliverable: manual guide instruction instructions plan plans proposal proposals report reports summary presentation memo note analysis overview procedure protocol checklist document advice dashboard design handbook newsletter article blog factsheet budget playbook list roadmap template workflow quote quotes evaluation video website webpage module proof-of-concept prototype
Certificate: certified accredited award card ticket certificate certification diploma degree licence license exam examination accreditation registration qualification bachelor master
CourseNoun: fair fairs event events course training programme program e-learning elearning module workshop masterclass webinar conference seminar bootcamp
EventNoun: conversation conversations session sessions shift shifts workshop workshops meeting meetings presentation presentations demo audit audits interview interviews visit call calls stand-up review reviews assessment lecture internship tour close
RoleNoun: lead leader manager supervisor coordinator consultant advisor adviser specialist trainer mentor coach head director chair analyst architect engineer developer officer owner senior expert ambassador partner nurse teacher assistant buyer operator representative agent technician mechanic chef officer steward champion facilitator moderator auditor
ContextNoun: company organisation organization team teams colleague colleagues customer customers client clients patient patients department warehouse board management students intern interns checkout branch system process emergency complaints complaint stock inventory supplier suppliers schedule rota roster project projects excel outlook word sap hr ict english german french dutch spreadsheet database software tool application app store site ward clinic school region
BecomeVerb: become becomes became start starts started begin begins qualify qualifies qualified promoted promote promotion step steps stepped move moves moved switch transfer transition appointed
ObtainVerb: gain gains gained renew renews renewed secure obtain obtains obtained earn earns earned pass passes passed achieve achieves achieved get gets got
Observable: independently unassisted unsupervised error-free fully
Particle: on up over out in
Modifier: trade short brief online basic advanced external internal free additional technical practical general various different interesting useful introductory extra
";

    /// <summary>Builds the entries of the built-in lexicon.</summary>
    public static Dictionary<string, LexiconEntry> Parse()
    {
        var entries = new Dictionary<string, LexiconEntry>(StringComparer.Ordinal);
        Add(entries, TextLanguage.Dutch, Dutch);
        Add(entries, TextLanguage.English, English);
        return entries;
    }

    /// <summary>Adds the words of one language, in the line format above, to <paramref name="entries"/>.</summary>
    public static void Add(Dictionary<string, LexiconEntry> entries, TextLanguage language, string data)
    {
        foreach (var rawLine in data.Split('\n'))
        {
            string line = rawLine.Trim();
            int colon = line.IndexOf(':');
            if (colon <= 0)
            {
                continue;
            }

            var cls = (WordClass)Enum.Parse(typeof(WordClass), line.Substring(0, colon).Trim());
            foreach (var raw in line.Substring(colon + 1).Split(new[] { ' ', '\t' }, StringSplitOptions.RemoveEmptyEntries))
            {
                AddWord(entries, language, cls, raw);
            }
        }
    }

    /// <summary>Adds one word (optionally <c>word=value</c> or <c>head+particle</c>).</summary>
    public static void AddWord(Dictionary<string, LexiconEntry> entries, TextLanguage language, WordClass cls, string raw)
    {
        string word = raw;
        int value = 0;
        int eq = raw.IndexOf('=');
        if (eq > 0)
        {
            word = raw.Substring(0, eq);
            value = int.Parse(raw.Substring(eq + 1), System.Globalization.CultureInfo.InvariantCulture);
        }

        string? particle = null;
        int plus = word.IndexOf('+');
        if (plus > 0)
        {
            particle = word.Substring(plus + 1);
            word = word.Substring(0, plus);
        }

        word = TextNormalizer.Normalize(word);
        if (!entries.TryGetValue(word, out var entry))
        {
            entry = new LexiconEntry(word);
            entries.Add(word, entry);
        }

        if (particle is not null)
        {
            entry.Separable ??= new List<KeyValuePair<string, WordClass>>();
            entry.Separable.Add(new KeyValuePair<string, WordClass>(TextNormalizer.Normalize(particle), cls));
            cls = WordClass.SeparableHead;
        }

        if (language == TextLanguage.English)
        {
            entry.English |= cls;
            if (value != 0)
            {
                entry.EnglishValue = value;
            }
        }
        else
        {
            entry.Dutch |= cls;
            if (value != 0)
            {
                entry.DutchValue = value;
            }
        }
    }
}

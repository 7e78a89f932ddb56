namespace Pop.Core.Tests.Smart;

using System.Globalization;
using System.Linq;
using NodaTime;
using Pop.Core.Smart;
using Xunit;

/// <summary>The Specific and Measurable rules of smart/CONVENTIONS.md, each with the code it raises.</summary>
public sealed class SmartCriteriaTests
{
    private static readonly LocalDate Reference = new(2027, 1, 15);

    private static GoalTextAnalysis Analyze(string text) => SmartTextAnalyzer.Default.Analyze(text, Reference);

    [Theory]
    [InlineData("Ik wil beter worden in Excel.")]
    [InlineData("Ik ga werken aan mijn zelfvertrouwen.")]
    [InlineData("Dit jaar wil ik mezelf verder ontwikkelen.")]
    [InlineData("Improve my presentation skills.")]
    [InlineData("Work on my self-confidence.")]
    [InlineData("Stay up to date with developments in my field.")]
    public void Vague_verbs_without_concrete_means_are_not_specific(string text)
    {
        var a = Analyze(text);
        Assert.False(a.IsSpecific);
        Assert.False(a.IsMeasurable);
        Assert.Contains(a.Findings, f => f.Code is "SMART-S02" or "SMART-M02" or "SMART-S01");
    }

    [Theory]
    [InlineData("Ik verbeter mijn Engels door de cursus Business English af te ronden.")]
    [InlineData("Improve my English by completing the Business English course.")]
    public void A_vague_verb_with_a_concrete_means_is_specific(string text)
    {
        var a = Analyze(text);
        Assert.True(a.IsSpecific);
        Assert.True(a.IsMeasurable);
    }

    [Theory]
    [InlineData("Ik wil mijn omzet verhogen.", false)]
    [InlineData("Increase my sales.", false)]
    [InlineData("Ik verlaag de doorlooptijd van offertes van tien naar vijf werkdagen.", true)]
    [InlineData("Raise the first-call resolution rate from 70% to 80%.", true)]
    public void Change_verbs_need_a_figure(string text, bool specific)
    {
        var a = Analyze(text);
        Assert.Equal(specific, a.IsSpecific);
        Assert.Equal(specific, a.IsMeasurable);
        Assert.Equal(!specific, a.Findings.Any(f => f.Code == "SMART-S03"));
    }

    [Theory]
    [InlineData("Ik volg een training.")]
    [InlineData("Complete a course.")]
    [InlineData("Ik werk aan mijn ontwikkeling.")]
    public void Generic_objects_do_not_make_a_goal_specific(string text) =>
        Assert.False(Analyze(text).IsSpecific);

    [Theory]
    [InlineData("Ik wil senior adviseur worden.")]
    [InlineData("Become a senior consultant.")]
    [InlineData("Ik wil doorgroeien naar teamleider.")]
    public void A_named_target_role_is_specific_and_measurable(string text)
    {
        var a = Analyze(text);
        Assert.True(a.IsSpecific);
        Assert.True(a.IsMeasurable);
    }

    [Theory]
    [InlineData("Beter communiceren.", "Beter")]
    [InlineData("Zorgvuldiger werken.", "Zorgvuldiger")]
    [InlineData("Be more positive.", "more")]
    [InlineData("Work more carefully.", "more")]
    public void Comparatives_without_a_figure_are_not_measurable(string text, string word)
    {
        var a = Analyze(text);
        Assert.False(a.IsMeasurable);
        var finding = Assert.Single(a.Findings, f => f.Code == "SMART-M02");
        Assert.Equal(word, text.Substring(finding.Span!.Value.Start, finding.Span.Value.Length));
    }

    [Theory]
    [InlineData("Binnen twee maanden loop ik drie diensten mee op de spoedeisende hulp.")]
    [InlineData("Uiterlijk 30 november 2027 heb ik het diploma Praktijkopleider behaald.")]
    [InlineData("Eind augustus 2027 heb ik een handleiding van vijf pagina's geschreven voor het nieuwe kassasysteem.")]
    [InlineData("Over vier maanden kan ik zelfstandig een maandafsluiting in Exact uitvoeren.")]
    [InlineData("Obtain the Certified Practice Trainer diploma no later than November 30, 2027.")]
    [InlineData("Within two months, shadow three shifts in the emergency department.")]
    public void Concrete_goals_meet_all_three(string text)
    {
        var a = Analyze(text);
        Assert.True(a.IsSpecific, "specific");
        Assert.True(a.IsMeasurable, "measurable");
        Assert.True(a.IsTimeBound, "time-bound");
        Assert.Empty(a.Findings);
    }

    [Theory]
    [InlineData("Ik wil beter worden in plannen.", false)]
    [InlineData("Plannen.", false)]
    [InlineData("Plan a meeting with the works council.", true)]
    [InlineData("Before April, draft a communication plan for the reorganisation.", true)]
    [InlineData("In half a year, run the monthly payroll close independently.", true)]
    [InlineData("Ik plan vijf gesprekken met nieuwe klanten.", true)]
    public void A_word_that_is_verb_or_noun_fills_one_role_only(string text, bool specific) =>
        Assert.Equal(specific, Analyze(text).IsSpecific);

    [Fact]
    public void A_frequency_alone_is_measurable_but_not_time_bound()
    {
        var a = Analyze("Elke week bespreek ik de openstaande klachten met de teamleider.");
        Assert.True(a.IsMeasurable);
        Assert.False(a.IsTimeBound);
        var finding = Assert.Single(a.Findings);
        Assert.Equal("SMART-T02", finding.Code);
        Assert.Equal("Elke week", a.Text.Substring(finding.Span!.Value.Start, finding.Span.Value.Length));
    }

    [Fact]
    public void Voor_with_a_duration_is_reported_as_a_duration()
    {
        var a = Analyze("Voor drie maanden neem ik de taken van de planner over.");
        Assert.False(a.IsTimeBound);
        Assert.Contains(a.Findings, f => f.Code == "SMART-T03");
    }

    [Theory]
    [InlineData("Ik wil beter samenwerken.", "nl")]
    [InlineData("Collaborate better.", "en")]
    [InlineData("Positiever zijn.", "nl")]
    [InlineData("Be more positive.", "en")]
    [InlineData("", "nl")]
    public void The_language_is_detected_and_is_the_messages_culture_by_default(string text, string culture)
    {
        var a = Analyze(text);
        Assert.Equal(culture == "nl" ? GoalLanguage.Dutch : GoalLanguage.English, a.Language);
        Assert.Equal(culture, a.MessageCulture.Name);
    }

    [Fact]
    public void Findings_are_in_the_language_of_the_goal()
    {
        Assert.StartsWith("Er staat geen termijn", Analyze("Ik rond de cursus Excel Gevorderd af.").Findings.Single(f => f.Code == "SMART-T01").Message);
        Assert.StartsWith("No deadline", Analyze("Complete the Advanced Excel course.").Findings.Single(f => f.Code == "SMART-T01").Message);
    }

    [Fact]
    public void Vendors_can_add_their_own_vague_words_and_names()
    {
        var nl = CultureInfo.GetCultureInfo("nl");
        var lexicon = SmartLexicon.Default
            .WithWords(nl, SmartWordCategory.VagueVerb, new[] { "excelleren", "excelleer" })
            .WithWords(nl, SmartWordCategory.Name, new[] { "bewustig" });
        var analyzer = new SmartTextAnalyzer(lexicon);

        Assert.True(lexicon.Contains(nl, SmartWordCategory.VagueVerb, "Excelleren"));
        Assert.False(SmartLexicon.Default.Contains(nl, SmartWordCategory.VagueVerb, "excelleren"));
        Assert.Contains(analyzer.Analyze("Ik wil excelleren.", Reference).Findings, f => f.Code == "SMART-S02");
        // Unknown words are judged by their shape: "bewustig" looks like an adjective (-ig), so by
        // default nothing concrete is finished; named by the vendor, it is the programme's name.
        Assert.True(analyzer.Analyze("Binnen drie maanden rond ik het bewustig af.", Reference).IsSpecific);
        Assert.False(SmartTextAnalyzer.Default.Analyze("Binnen drie maanden rond ik het bewustig af.", Reference).IsSpecific);
    }

    [Fact]
    public void Lexicon_cultures_other_than_Dutch_and_English_are_rejected_with_the_culture_named()
    {
        var e = Assert.Throws<System.ArgumentException>(() => SmartLexicon.Default.WithWords(CultureInfo.GetCultureInfo("de"), SmartWordCategory.VagueVerb, new[] { "verbessern" }));
        Assert.Contains("'de'", e.Message);
        Assert.Equal("culture", e.ParamName);
    }
}

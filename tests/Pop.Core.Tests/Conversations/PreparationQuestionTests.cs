namespace Pop.Core.Tests.Conversations;

using System;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using Pop.Core.Conversations;
using Pop.Core.Texts;
using Xunit;

/// <summary>Issue #15: the preparation questions cover the seeds' lists (001 and 003) for both roles, in Dutch and English.</summary>
public sealed class PreparationQuestionTests
{
    private static readonly CultureInfo Nl = CultureInfo.GetCultureInfo("nl"), En = CultureInfo.GetCultureInfo("en");

    // Words that only English uses: one of them in a Dutch text means an untranslated phrase.
    private static readonly Regex EnglishWord = new(@"\b(the|and|you|your|with|what|which|where|how|this|that|for|from|to|or|do|does|are|they|them|their|can|would|should)\b", RegexOptions.IgnoreCase);

    // Words that only Dutch uses, the other way round.
    private static readonly Regex DutchWord = new(@"\b(de|het|een|je|jij|jullie|van|wat|welke|niet|en|met|voor|zijn|waar|hoe|ook|nog)\b", RegexOptions.IgnoreCase);

    [Theory]
    [InlineData("Employee", new[] { "going-well", "strengths", "strengths-used", "improve", "stage", "learn", "ambition", "actions", "needs", "from-manager", "points" })]
    [InlineData("Manager", new[] { "staffing", "department-strengths", "department-weaknesses", "opportunities", "threats", "two-years", "qualities", "stage", "growth", "offer", "assessment", "points" })]
    public void Each_role_s_list_holds_the_seeds_questions_under_stable_codes(string role, string[] names)
    {
        var r = Enum.Parse<ConversationRole>(role);
        foreach (var culture in new[] { Nl, En })
        {
            var questions = ConversationGuide.Default.PreparationQuestions(r, culture);
            foreach (var name in names)
            {
                string code = $"PREPARE.{role}.{name}";
                Assert.True(TextCatalog.Default.Contains(code), code);
                Assert.Contains(TextCatalog.Default.Template(code, culture), questions);
            }
        }
    }

    [Theory]
    [InlineData(ConversationRole.Employee)]
    [InlineData(ConversationRole.Manager)]
    public void Both_languages_ask_the_same_questions_each_in_its_own_words(ConversationRole role)
    {
        var nl = ConversationGuide.Default.PreparationQuestions(role, Nl);
        var en = ConversationGuide.Default.PreparationQuestions(role, En);
        Assert.True(nl.Count >= 11, $"{role}: {nl.Count} questions");
        Assert.Equal(nl.Count, en.Count);
        Assert.Equal(nl.Count, nl.Distinct().Count());
        for (int i = 0; i < nl.Count; i++)
        {
            Assert.NotEqual(nl[i], en[i]);
            Assert.False(EnglishWord.IsMatch(nl[i]), $"English in the Dutch question: {nl[i]}");
            Assert.False(DutchWord.IsMatch(en[i]), $"Dutch in the English question: {en[i]}");
        }
    }

    [Fact]
    public void The_employee_is_asked_their_development_stage_with_the_three_stages()
    {
        string nl = TextCatalog.Default.Template("PREPARE.Employee.stage", Nl);
        string en = TextCatalog.Default.Template("PREPARE.Employee.stage", En);
        Assert.Contains(nl, ConversationGuide.Default.PreparationQuestions(ConversationRole.Employee, Nl));
        foreach (var word in new[] { "junior", "vakvolwassen", "senior" })
        {
            Assert.Contains(word, nl, StringComparison.OrdinalIgnoreCase);
        }

        foreach (var word in new[] { "junior", "fully competent", "senior" })
        {
            Assert.Contains(word, en, StringComparison.OrdinalIgnoreCase);
        }
    }
}

namespace Pop.Core.Tests.Conversations;

using System;
using System.Globalization;
using System.Linq;
using Pop.Core.Conversations;
using Pop.Core.Texts;
using Xunit;

public sealed class ConversationModelTests
{
    [Fact]
    public void The_three_seed_models_ship_with_full_guidance_in_both_languages()
    {
        Assert.Equal(new[] { 5, 8, 3 }, ConversationModel.BuiltInModels.Select(m => m.Phases.Count));
        foreach (var model in ConversationModel.BuiltInModels)
        {
            foreach (var culture in new[] { "nl", "en" }.Select(CultureInfo.GetCultureInfo))
            {
                Assert.False(string.IsNullOrWhiteSpace(model.Name(culture)));
                for (int i = 0; i < model.Phases.Count; i++)
                {
                    var g = model.Guidance(i, culture);
                    Assert.False(string.IsNullOrWhiteSpace(g.Purpose));
                    Assert.Equal(2, g.Questions.Count);
                    Assert.Single(g.Avoid);
                    Assert.DoesNotContain("PHASE.", g.Name);
                }
            }
        }
    }

    private static ConversationPhase P(string id, PhaseTopics topics) =>
        new(id, topics, ConversationRole.Employee, "PHASE.five-steps.open.name", "PHASE.five-steps.open.purpose", Array.Empty<string>(), Array.Empty<string>());

    [Fact]
    public void A_vendor_model_that_keeps_the_rules_builds()
    {
        var model = new ConversationModelBuilder("acme", "MODEL.five-steps.name")
            .AddPhase(P("start", PhaseTopics.Opening | PhaseTopics.PreviousPlanReview))
            .AddPhase(P("needs", PhaseTopics.EmployeeNeeds | PhaseTopics.OrganisationNeeds))
            .AddPhase(P("close", PhaseTopics.Agreements | PhaseTopics.NextAppointment | PhaseTopics.Evaluation))
            .Build();
        Assert.Equal(3, model.Phases.Count);
    }

    [Fact]
    public void A_vendor_model_that_breaks_the_rules_is_refused_with_every_violation()
    {
        var builder = new ConversationModelBuilder("bad", "NOPE.name")
            .AddPhase(P("deal", PhaseTopics.Agreements))
            .AddPhase(P("needs", PhaseTopics.EmployeeNeeds | PhaseTopics.OrganisationNeeds))
            .AddPhase(P("review", PhaseTopics.PreviousPlanReview))
            .AddPhase(P("review", PhaseTopics.Opening));
        var e = Assert.Throws<InvalidConversationModelException>(() => builder.Build());
        Assert.Equal(new[] { "MODEL-02", "MODEL-04", "MODEL-05", "MODEL-06", "MODEL-07", "MODEL-08" }, e.Violations.Select(v => v.Code));
        Assert.Contains("'deal'", e.Message);
        Assert.Contains("NOPE.name", e.Message);
        Assert.Equal("MODEL-01", Assert.Single(new ConversationModelBuilder("empty", "MODEL.five-steps.name").Violations()).Code);
    }

    [Fact]
    public void A_model_without_needs_or_agreements_is_named()
    {
        var codes = new ConversationModelBuilder("thin", "MODEL.five-steps.name")
            .AddPhase(P("only", PhaseTopics.PreviousPlanReview | PhaseTopics.NextAppointment | PhaseTopics.Evaluation))
            .Violations().Select(v => v.Code);
        Assert.Equal(new[] { "MODEL-03", "MODEL-04" }, codes);
    }

    [Fact]
    public void Topics_and_preparation_questions_in_both_languages()
    {
        foreach (var topic in Enum.GetValues(typeof(ConversationTopic)).Cast<ConversationTopic>())
        {
            var t = ConversationGuide.Default.Topic(topic, CultureInfo.GetCultureInfo("en"));
            Assert.Equal(2, t.Value.Count);
            Assert.DoesNotContain("TOPIC.", t.Key);
        }

        Assert.Throws<ArgumentException>(() => ConversationGuide.Default.PreparationQuestions(ConversationRole.Coach, CultureInfo.GetCultureInfo("nl")));
    }
}

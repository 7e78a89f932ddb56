namespace Pop.Core.Analyzers.Tests;

using System.Threading.Tasks;
using Xunit;
using VerifyResult = Verify<Pop.Core.Analyzers.ResultIgnoredAnalyzer, Pop.Core.CodeFixes.UseResultCodeFix>;

/// <summary>POP0002 over the syntactic forms of a discarded call (issue #17; docs/rules/POP0002.md, "Forms").</summary>
public sealed class Pop0002FormTests
{
    private const string Usings = "using System;\nusing System.Collections.Generic;\nusing NodaTime;\nusing Pop.Core.Conversations;\nusing Pop.Core.Plans;\nusing Pop.Core.Goals;\n";

    [Fact]
    public Task A_conditional_access_call_is_reported() => VerifyResult.Analyzer(Usings + """
        #nullable enable
        class H
        {
            DevelopmentPlan? Current { get; set; }
            void M(DevelopmentPlan? plan, Conversation? c, DevelopmentGoal g, IClock clock)
            {
                {|POP0002:plan?.AddGoal(g)|};
                {|POP0002:c?.Start(clock)|};
                {|POP0002:this.Current?.AddGoal(g)|};
                plan = plan?.AddGoal(g).Plan;
                _ = plan?.AddGoal(g);
            }
        }
        """);

    [Fact]
    public Task Other_statement_forms_are_reported() => VerifyResult.Analyzer(Usings + """
        #nullable enable
        class H
        {
            void M(DevelopmentPlan? plan, DevelopmentGoal g, IClock clock)
            {
                {|POP0002:plan!.AddGoal(g)|};
                {|POP0002:plan!.AddGoal(g).Plan.AddGoal(g)|};
                Action a = () => {|POP0002:plan!.AddGoal(g)|};
            }

            void N(DevelopmentPlan plan, DevelopmentGoal g) => {|POP0002:plan.AddGoal(g)|};
        }
        """);

    [Fact]
    public Task Replaying_or_deserialising_only_to_validate_is_not_reported() => VerifyResult.Analyzer(Usings + """
        class H
        {
            void M(IEnumerable<ConversationEvent> events, string json)
            {
                Conversation.Replay(events);
                ConversationJson.Deserialize(json);
                DevelopmentPlanJson.Deserialize(json);
            }
        }
        """);

    [Fact]
    public Task A_static_call_that_returns_a_result_is_still_reported() => VerifyResult.Analyzer(Usings + """
        class H
        {
            void M(IClock clock, ZonedDateTime when)
            {
                {|POP0002:Conversation.Schedule("c1", ConversationModel.EightSteps, "e1", "m1", when, null, clock)|};
            }
        }
        """);
}

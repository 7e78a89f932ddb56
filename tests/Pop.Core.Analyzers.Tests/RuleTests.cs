namespace Pop.Core.Analyzers.Tests;

using System.Threading.Tasks;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Testing;
using Pop.Core.CodeFixes;
using Xunit;
using VerifyGoal = Verify<Pop.Core.Analyzers.SmartGoalTextAnalyzer, Microsoft.CodeAnalysis.Testing.EmptyCodeFixProvider>;
using VerifyModel = Verify<Pop.Core.Analyzers.ConversationModelAnalyzer, Microsoft.CodeAnalysis.Testing.EmptyCodeFixProvider>;
using VerifyResult = Verify<Pop.Core.Analyzers.ResultIgnoredAnalyzer, Pop.Core.CodeFixes.UseResultCodeFix>;
using VerifySwitch = Verify<Pop.Core.Analyzers.QuadrantSwitchAnalyzer, Microsoft.CodeAnalysis.Testing.EmptyCodeFixProvider>;

public sealed class SmartGoalTextAnalyzerTests
{
    private const string Usings = "using System;\nusing NodaTime;\nusing Pop.Core;\nusing Pop.Core.Smart;\n";

    [Fact]
    public Task Vague_constant_goals_are_reported_and_smart_ones_are_not() => VerifyGoal.Analyzer(Usings + """
        class Goals
        {
            const string Vague = "Beter communiceren";
            void M(string userInput)
            {
                _ = new SmartSubject({|POP0001:"Beter communiceren"|});
                _ = new SmartSubject({|POP0001:Vague|});
                _ = new SmartSubject({|POP0001:"Ik rond de cursus " + "Excel Gevorderd af."|});
                _ = new SmartSubject("Uiterlijk 1 juni 2030 rond ik de cursus Excel Gevorderd af.");
                _ = new SmartSubject(userInput);
            }
        }
        """);

    [Fact]
    public Task The_message_names_the_missing_criteria() => VerifyGoal.Analyzer(
        Usings + "class G { SmartSubject S() => new SmartSubject({|#0:\"Beter communiceren\"|}); }",
        new DiagnosticResult("POP0001", Microsoft.CodeAnalysis.DiagnosticSeverity.Warning).WithLocation(0).WithArguments("not specific, not measurable and not time-bound", "Beter communiceren"));

    [Fact]
    public Task Vendor_methods_and_properties_marked_with_the_attribute_count() => VerifyGoal.Analyzer(Usings + """
        class VendorGoal
        {
            [SmartGoalText] public string Text { get; set; } = "";
            public void Add([SmartGoalText] string text) { }
            void M()
            {
                Add({|POP0001:"Werken aan mijn zelfvertrouwen"|});
                Text = {|POP0001:"Improve my skills"|};
                var g = new VendorGoal { Text = {|POP0001:"Be more positive"|} };
                Add("Binnen twee maanden loop ik drie diensten mee op de spoedeisende hulp.");
            }
        }
        """);

    [Fact]
    public Task Broken_code_does_not_crash() => VerifyGoal.Analyzer(Usings + """
        class G
        {
            void M() { _ = new SmartSubject({|CS0103:missing|}); }
        }
        """);
}

public sealed class QuadrantSwitchAnalyzerTests
{
    private const string Usings = "using Pop.Core.Strategies;\n";

    [Fact]
    public Task A_switch_missing_a_quadrant_without_default_is_reported() => VerifySwitch.Analyzer(Usings + """
        class S
        {
            string M(Quadrant q)
            {
                {|#0:switch|} (q)
                {
                    case Quadrant.HighPotential: return "track";
                    case Quadrant.NoFurtherAmbition: return "keep up";
                }

                return "";
            }
        }
        """,
        new DiagnosticResult("POP0005", Microsoft.CodeAnalysis.DiagnosticSeverity.Warning).WithLocation(0).WithArguments("Quadrant", "OverestimatesSelf, UnderestimatesSelf"));

    [Fact]
    public Task Complete_switches_and_switches_with_default_are_fine() => VerifySwitch.Analyzer(Usings + """
        class S
        {
            void M(Quadrant q, AmbitionVerdict v, int i)
            {
                switch (q)
                {
                    case Quadrant.HighPotential: case Quadrant.NoFurtherAmbition: case Quadrant.OverestimatesSelf: case Quadrant.UnderestimatesSelf: break;
                }

                switch (q) { case Quadrant.HighPotential: break; default: break; }
                switch (v) { case AmbitionVerdict.Fitting: break; case AmbitionVerdict.TooThin: break; case AmbitionVerdict.TooAmbitious: break; }
                switch (i) { case 1: break; }
            }
        }
        """);
}

public sealed class ResultIgnoredAnalyzerTests
{
    private const string Usings = "using System.Globalization;\nusing NodaTime;\nusing Pop.Core.Conversations;\nusing Pop.Core.Smart;\nusing Pop.Core.Texts;\n";

    [Fact]
    public Task Discarded_results_are_reported_and_used_ones_are_not() => VerifyResult.Analyzer(Usings + """
        class H
        {
            void M(Conversation c, IClock clock, SmartValidator v, TextCatalog texts)
            {
                {|POP0002:c.Start(clock)|};
                {|POP0002:v.Validate(new SmartSubject("x"))|};
                {|POP0002:texts.WithText(CultureInfo.InvariantCulture, "k", "t")|};
                var r = c.Start(clock);
                c = c.AdvancePhase(clock).Conversation;
                _ = v.Validate(new SmartSubject("x"));
                texts.Contains("k").ToString();
            }
        }
        """);

    [Fact]
    public Task A_plan_command_whose_new_plan_is_dropped_is_reported() => VerifyResult.Analyzer(Usings + """
        using Pop.Core.Plans;
        class H
        {
            void M(DevelopmentPlan plan, IClock clock)
            {
                {|POP0002:plan.AcceptAgreement("w1", ConversationRole.Employee, clock)|};
                {|POP0002:plan.RedactFor(ConversationRole.Coach)|};
                plan = plan.GrantAssessmentConsent(ConversationRole.HR, clock).Plan;
                plan.Demand(ConversationRole.HR, PlanSection.AssessmentResults);
            }
        }
        """);

    [Fact]
    public Task A_discarded_PlanResult_or_CyclePlanResult_is_reported_with_its_type() => VerifyResult.Analyzer(
        Usings + """
        using Pop.Core.Cycles;
        using Pop.Core.Plans;
        class H
        {
            void M(DevelopmentPlan plan, CyclePlan cycle, LocalDate today)
            {
                {|#0:plan.Revise(new DateInterval(today, today), null)|};
                {|#1:cycle.Reschedule("e1", today, "ziek", today)|};
                var revised = plan.Revise(new DateInterval(today, today), null);
                if (!revised.IsAccepted) { revised.Rejection!.Code.ToString(); }
            }
        }
        """,
        new DiagnosticResult("POP0002", Microsoft.CodeAnalysis.DiagnosticSeverity.Warning).WithLocation(0).WithArguments("PlanResult", "DevelopmentPlan.Revise"),
        new DiagnosticResult("POP0002", Microsoft.CodeAnalysis.DiagnosticSeverity.Warning).WithLocation(1).WithArguments("CyclePlanResult", "CyclePlan.Reschedule"));

    [Fact]
    public Task The_fix_keeps_the_new_plan() => VerifyResult.Fix(
        Usings + """
        using Pop.Core.Cycles;
        using Pop.Core.Plans;
        class H
        {
            void M(DevelopmentPlan plan, CyclePlan cycle, IClock clock, LocalDate today)
            {
                {|POP0002:plan.AddManagerNote("n", clock)|};
                {|POP0002:cycle.Reschedule("e1", today, "ziek", today)|};
            }
        }
        """,
        Usings + """
        using Pop.Core.Cycles;
        using Pop.Core.Plans;
        class H
        {
            void M(DevelopmentPlan plan, CyclePlan cycle, IClock clock, LocalDate today)
            {
                plan = plan.AddManagerNote("n", clock).Plan;
                cycle = cycle.Reschedule("e1", today, "ziek", today).Plan;
            }
        }
        """);

    [Fact]
    public Task The_fix_keeps_the_new_state() => VerifyResult.Fix(
        Usings + """
        class H
        {
            void M(Conversation c, IClock clock, TextCatalog texts, SmartValidator v)
            {
                {|POP0002:c.Start(clock)|};
                {|POP0002:texts.WithText(CultureInfo.InvariantCulture, "k", "t")|};
                {|POP0002:v.Validate(new SmartSubject("x"))|};
            }
        }
        """,
        Usings + """
        class H
        {
            void M(Conversation c, IClock clock, TextCatalog texts, SmartValidator v)
            {
                c = c.Start(clock).Conversation;
                texts = texts.WithText(CultureInfo.InvariantCulture, "k", "t");
                var result = v.Validate(new SmartSubject("x"));
            }
        }
        """);
}

public sealed class ConversationModelAnalyzerTests
{
    private const string Usings = "using System;\nusing Pop.Core.Conversations;\n";

    private const string Phase = """
        static ConversationPhase P(string id, PhaseTopics t) => new ConversationPhase(id, t, ConversationRole.Employee, "n", "p", Array.Empty<string>(), Array.Empty<string>());
        """;

    [Fact]
    public Task A_constant_model_that_breaks_the_rules_is_an_error() => VerifyModel.Analyzer(Usings + """
        class M
        {
            ConversationModel Bad() => {|#0:new ConversationModelBuilder("bad", "name")
                .AddPhase(new ConversationPhase("deal", PhaseTopics.Agreements, ConversationRole.Manager, "n", "p", Array.Empty<string>(), Array.Empty<string>()))
                .AddPhase(new ConversationPhase("needs", PhaseTopics.EmployeeNeeds | PhaseTopics.OrganisationNeeds | PhaseTopics.PreviousPlanReview, ConversationRole.Employee, "n", "p", Array.Empty<string>(), Array.Empty<string>()))
                .Build()|};
        }
        """,
        new DiagnosticResult("POP0004", Microsoft.CodeAnalysis.DiagnosticSeverity.Error).WithLocation(0).WithArguments("bad",
            "MODEL-04 Phase 'deal' allows agreements before both sides' needs have been heard. MODEL-05 The last phase 'needs' does not evaluate the conversation: a conversation closes with an evaluation. MODEL-06 No phase plans the follow-up or the next conversation. MODEL-07 The previous plan is evaluated in 'needs', after 'deal' has started on the new one."));

    [Fact]
    public Task A_valid_model_and_non_constant_models_are_not_reported() => VerifyModel.Analyzer(Usings + """
        class M
        {
            ConversationModel Good() => new ConversationModelBuilder("good", "name")
                .AddPhase(new ConversationPhase("open", PhaseTopics.Opening | PhaseTopics.PreviousPlanReview, ConversationRole.Manager, "n", "p", Array.Empty<string>(), Array.Empty<string>()))
                .AddPhase(new ConversationPhase("needs", PhaseTopics.EmployeeNeeds | PhaseTopics.OrganisationNeeds, ConversationRole.Employee, "n", "p", Array.Empty<string>(), Array.Empty<string>()))
                .AddPhase(new ConversationPhase("close", PhaseTopics.Agreements | PhaseTopics.NextAppointment | PhaseTopics.Evaluation, ConversationRole.Manager, "n", "p", Array.Empty<string>(), Array.Empty<string>()))
                .Build();

            ConversationModel FromData(PhaseTopics t) => new ConversationModelBuilder("data", "name")
                .AddPhase(new ConversationPhase("only", t, ConversationRole.Manager, "n", "p", Array.Empty<string>(), Array.Empty<string>()))
                .Build();
        }
        """);
}

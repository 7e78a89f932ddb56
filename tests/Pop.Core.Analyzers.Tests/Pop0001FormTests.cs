namespace Pop.Core.Analyzers.Tests;

using System.Threading.Tasks;
using Xunit;
using VerifyGoal = Verify<Pop.Core.Analyzers.SmartGoalTextAnalyzer, Microsoft.CodeAnalysis.Testing.EmptyCodeFixProvider>;

/// <summary>POP0001 over every syntactic form that puts a constant into a <c>[SmartGoalText]</c> member (issue #17; docs/rules/POP0001.md, "Forms").</summary>
public sealed class Pop0001FormTests
{
    private const string Usings = "using System;\nusing NodaTime;\nusing Pop.Core;\nusing Pop.Core.Smart;\n";

    [Fact]
    public Task A_property_initializer_is_judged() => VerifyGoal.Analyzer(Usings + """
        class Template
        {
            [SmartGoalText] public string Goal { get; init; } = {|POP0001:"Beter worden"|};
            [SmartGoalText] public string Other { get; set; } = "Uiterlijk 1 juni 2030 rond ik de cursus Excel Gevorderd af.";
            public string Unmarked { get; set; } = "Beter worden";
        }
        """);

    [Fact]
    public Task A_null_coalescing_assignment_is_judged() => VerifyGoal.Analyzer(Usings + """
        #nullable enable
        class Template
        {
            [SmartGoalText] public string? Goal { get; set; }
            public string? Unmarked { get; set; }
            void M()
            {
                Goal ??= {|POP0001:"Beter worden"|};
                Unmarked ??= "Beter worden";
            }
        }
        """);

    [Fact]
    public Task A_deconstruction_assignment_is_judged_element_by_element() => VerifyGoal.Analyzer(Usings + """
        class Template
        {
            [SmartGoalText] public string Goal { get; set; } = "";
            public string Unmarked { get; set; } = "";
            void M(int n, (string, int) pair)
            {
                (Goal, n) = ({|POP0001:"Beter worden"|}, 1);
                (n, (Unmarked, Goal)) = (2, ("Beter worden", {|POP0001:"Werken aan mijn zelfvertrouwen"|}));
                (Goal, n) = pair;
            }
        }
        """);

    [Fact]
    public Task A_record_parameter_marked_for_its_property_is_judged_through_the_constructor() => VerifyGoal.Analyzer(Usings + """
        record Goal([property: SmartGoalText] string Text, string Note);
        class Use
        {
            void M()
            {
                _ = new Goal({|POP0001:"Beter worden"|}, "Beter worden");
                _ = new Goal(Note: "x", Text: {|POP0001:"Improve my skills"|});
                var g = new Goal("Uiterlijk 1 juni 2030 rond ik de cursus Excel Gevorderd af.", "");
                _ = g with { Text = {|POP0001:"Beter worden"|} };
            }
        }
        """);

    [Fact]
    public Task A_bare_nameof_is_not_goal_text() => VerifyGoal.Analyzer(Usings + """
        class Template
        {
            [SmartGoalText] public string Goal { get; set; } = nameof(Template);
            void M()
            {
                _ = new SmartSubject(nameof(M));
                Goal = nameof(Goal);
                Goal = {|POP0001:nameof(Goal) + " verbeteren"|};
            }
        }
        """);

    [Fact]
    public Task A_default_parameter_value_is_judged_once_at_the_declaration() => VerifyGoal.Analyzer(Usings + """
        class Vendor
        {
            public void Add([SmartGoalText] string text = {|POP0001:"Beter worden"|}) { }
            void M()
            {
                Add();
                Add();
            }
        }
        """);
}

/// <summary>An empty placeholder is not a vague goal: it is left to the validator.</summary>
public sealed class Pop0001PlaceholderTests
{
    [Fact]
    public Task An_empty_or_blank_constant_is_a_placeholder() => VerifyGoal.Analyzer("using Pop.Core;\n" + """
        class Template
        {
            [SmartGoalText] public string Goal { get; set; } = "";
            void M() { Goal = "   "; Goal = string.Empty; }
        }
        """);
}

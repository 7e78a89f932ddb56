namespace Pop.Core.Analyzers.Tests;

using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using VerifySwitch = Verify<Pop.Core.Analyzers.QuadrantSwitchAnalyzer, Microsoft.CodeAnalysis.Testing.EmptyCodeFixProvider>;

/// <summary>POP0005 over the syntactic forms listed in docs/rules/POP0005.md ("Forms").</summary>
public sealed class Pop0005FormTests
{
    private const string Usings = "using Pop.Core.Strategies;\n";

    private static DiagnosticResult Missing(int location, string type, string names) =>
        new DiagnosticResult("POP0005", DiagnosticSeverity.Warning).WithLocation(location).WithArguments(type, names);

    [Fact]
    public Task An_or_pattern_handles_each_of_its_values() => VerifySwitch.Analyzer(Usings + """
        class S
        {
            void M(Quadrant q)
            {
                {|#0:switch|} (q)
                {
                    case Quadrant.HighPotential or Quadrant.NoFurtherAmbition: break;
                    case (Quadrant.OverestimatesSelf): break;
                }

                switch (q)
                {
                    case Quadrant.HighPotential or (Quadrant.NoFurtherAmbition or Quadrant.OverestimatesSelf): break;
                    case Quadrant.UnderestimatesSelf: break;
                }
            }
        }
        """,
        Missing(0, "Quadrant", "UnderestimatesSelf"));

    [Fact]
    public Task A_guarded_case_does_not_handle_its_value() => VerifySwitch.Analyzer(Usings + """
        class S
        {
            void M(Quadrant q, bool urgent)
            {
                {|#0:switch|} (q)
                {
                    case Quadrant.HighPotential when urgent: break;
                    case Quadrant.NoFurtherAmbition: break;
                    case Quadrant.OverestimatesSelf or Quadrant.UnderestimatesSelf: break;
                }

                {|#1:switch|} (q)
                {
                    case var any when urgent: break;
                    case Quadrant.NoFurtherAmbition: break;
                }

                switch (q)
                {
                    case Quadrant.HighPotential when urgent: break;
                    case Quadrant.HighPotential: break;
                    case Quadrant.NoFurtherAmbition or Quadrant.OverestimatesSelf or Quadrant.UnderestimatesSelf: break;
                }
            }
        }
        """,
        Missing(0, "Quadrant", "HighPotential"),
        Missing(1, "Quadrant", "OverestimatesSelf, UnderestimatesSelf, HighPotential"));

    [Fact]
    public Task A_switch_on_a_nullable_quadrant_is_checked_and_null_is_not_required() => VerifySwitch.Analyzer(Usings + """
        class S
        {
            void M(Quadrant? q, AmbitionVerdict? v)
            {
                {|#0:switch|} (q)
                {
                    case null: break;
                    case Quadrant.HighPotential: break;
                    case Quadrant.NoFurtherAmbition: break;
                }

                {|#1:switch|} (v)
                {
                    case AmbitionVerdict.Fitting: break;
                }

                switch (q)
                {
                    case Quadrant.HighPotential: case Quadrant.NoFurtherAmbition: break;
                    case Quadrant.OverestimatesSelf or Quadrant.UnderestimatesSelf: break;
                }
            }
        }
        """,
        Missing(0, "Quadrant", "OverestimatesSelf, UnderestimatesSelf"),
        Missing(1, "AmbitionVerdict", "TooThin, TooAmbitious"));

    [Fact]
    public Task Patterns_that_match_every_value_and_not_patterns_are_understood() => VerifySwitch.Analyzer(Usings + """
        class S
        {
            void M(Quadrant q, Quadrant? n)
            {
                switch (q) { case Quadrant.HighPotential: break; case var rest: break; }
                switch (q) { case Quadrant.HighPotential: break; case Quadrant other: break; }
                switch (n) { case Quadrant.HighPotential: break; case Quadrant other: break; }
                switch (q) { case Quadrant.HighPotential: break; case not Quadrant.HighPotential: break; }

                {|#0:switch|} (q)
                {
                    case not (Quadrant.HighPotential or Quadrant.NoFurtherAmbition): break;
                    case Quadrant.NoFurtherAmbition: break;
                }

                {|#1:switch|} (q)
                {
                    case not Quadrant.HighPotential and not Quadrant.NoFurtherAmbition: break;
                }
            }
        }
        """,
        Missing(0, "Quadrant", "HighPotential"),
        Missing(1, "Quadrant", "NoFurtherAmbition, HighPotential"));

    [Fact]
    public Task A_relational_pattern_is_not_guessed_at_and_an_unnamed_value_is_not_a_quadrant() => VerifySwitch.Analyzer(Usings + """
        class S
        {
            void M(Quadrant q)
            {
                switch (q) { case > Quadrant.OverestimatesSelf: break; }

                {|#0:switch|} (q)
                {
                    case (Quadrant)7: break;
                    case Quadrant.HighPotential or Quadrant.NoFurtherAmbition or Quadrant.OverestimatesSelf: break;
                }
            }
        }
        """,
        Missing(0, "Quadrant", "UnderestimatesSelf"));
}

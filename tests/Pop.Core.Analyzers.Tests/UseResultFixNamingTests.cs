namespace Pop.Core.Analyzers.Tests;

using System.Threading.Tasks;
using Xunit;
using VerifyResult = Verify<Pop.Core.Analyzers.ResultIgnoredAnalyzer, Pop.Core.CodeFixes.UseResultCodeFix>;

/// <summary>The POP0002 fix that keeps a result in a new local: the code it writes compiles, alone and after fix-all.</summary>
public sealed class UseResultFixNamingTests
{
    private const string Usings = "using System;\nusing System.Globalization;\nusing NodaTime;\nusing Pop.Core.Conversations;\nusing Pop.Core.Smart;\nusing Pop.Core.Texts;\n";

    [Fact]
    public Task Fix_all_gives_each_new_local_its_own_name() => VerifyResult.Fix(
        Usings + """
        class H
        {
            void M(SmartValidator v)
            {
                {|POP0002:v.Validate(new SmartSubject("a"))|};
                {|POP0002:v.Validate(new SmartSubject("b"))|};
                {|POP0002:v.Validate(new SmartSubject("c"))|};
            }
        }
        """,
        Usings + """
        class H
        {
            void M(SmartValidator v)
            {
                var result = v.Validate(new SmartSubject("a"));
                var result2 = v.Validate(new SmartSubject("b"));
                var result3 = v.Validate(new SmartSubject("c"));
            }
        }
        """);

    [Fact]
    public Task The_new_local_does_not_clash_with_one_declared_later_in_a_nested_scope() => VerifyResult.Fix(
        Usings + """
        class H
        {
            void M(SmartValidator v, bool b)
            {
                {|POP0002:v.Validate(new SmartSubject("a"))|};
                if (b)
                {
                    var result = 1;
                    Console.WriteLine(result);
                }
            }
        }
        """,
        Usings + """
        class H
        {
            void M(SmartValidator v, bool b)
            {
                var result2 = v.Validate(new SmartSubject("a"));
                if (b)
                {
                    var result = 1;
                    Console.WriteLine(result);
                }
            }
        }
        """);

    [Fact]
    public Task An_embedded_statement_gets_a_block_for_its_new_local() => VerifyResult.Fix(
        Usings + """
        class H
        {
            void M(SmartValidator v, bool b)
            {
                if (b) {|POP0002:v.Validate(new SmartSubject("a"))|};
            }
        }
        """,
        Usings + """
        class H
        {
            void M(SmartValidator v, bool b)
            {
                if (b)
                {
                    var result = v.Validate(new SmartSubject("a"));
                }
            }
        }
        """);
}

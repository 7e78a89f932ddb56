namespace Pop.Core.Tests.Smart;

using System;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using NodaTime;
using Pop.Core.Smart;
using Xunit;

public sealed class SmartRobustnessTests
{
    private static readonly LocalDate Reference = new(2027, 1, 15);

    [Theory]
    [InlineData("")]
    [InlineData("   \t\r\n ")]
    [InlineData("\u0000\u0001\u0002\u001b[31m")]
    [InlineData("😀😀 🎯 binnen 😀 drie maanden")]
    [InlineData("\ud800 lone high and lone low \udc00")]
    [InlineData("日本語のテキスト と Nederlands gemengd")]
    [InlineData("99999999999999999999 maanden")]
    [InlineData("week 99 of 2027-13-45 or 31/02/2027")]
    [InlineData("Binnen 999 jaar")]
    [InlineData("Q9 H7 kwartaal 0")]
    public void Odd_input_gives_a_result(string text)
    {
        var a = SmartTextAnalyzer.Default.Analyze(text, Reference);
        Assert.NotNull(a);
        Assert.All(a.Findings, f => Assert.True(f.Span is null || f.Span.Value.End <= text.Length));
    }

    [Fact]
    public void Invalid_dates_are_not_deadlines()
    {
        Assert.Null(SmartTextAnalyzer.Default.Analyze("Uiterlijk 31/02/2027 lever ik het op.", Reference).Deadline);
        Assert.Null(SmartTextAnalyzer.Default.Analyze("Uiterlijk 2027-13-01 lever ik het op.", Reference).Deadline);
    }

    [Fact]
    public void A_megabyte_of_text_is_analysed()
    {
        var builder = new StringBuilder(1 << 20);
        while (builder.Length < 1 << 20)
        {
            builder.Append("Binnen drie maanden rond ik de cursus Excel Gevorderd af en elke week bespreek ik 😀 de voortgang. ");
        }

        var a = SmartTextAnalyzer.Default.Analyze(builder.ToString(), Reference);
        Assert.True(a.IsTimeBound);
        Assert.Equal(new LocalDate(2027, 4, 15), a.Deadline!.Date);
    }

    [Fact]
    public void One_analyzer_serves_many_threads_with_the_same_answers()
    {
        string[] goals = System.IO.File.ReadAllLines(System.IO.Path.Combine(AppContext.BaseDirectory, "Smart", "own-goals.tsv"))
            .Skip(1).Select(l => l.Split('\t')[6]).ToArray();
        string Describe(string g) => SmartTextAnalyzer.Default.Analyze(g, Reference).ToString() + string.Join(",", SmartTextAnalyzer.Default.Analyze(g, Reference).Findings.Select(f => f.Code));
        var expected = goals.Select(Describe).ToArray();

        var results = new string[8][];
        Parallel.For(0, 8, worker =>
        {
            var mine = new string[goals.Length];
            for (int round = 0; round < 20; round++)
            {
                for (int i = 0; i < goals.Length; i++)
                {
                    int k = (i + worker * 7 + round) % goals.Length;
                    mine[k] = Describe(goals[k]);
                }
            }

            results[worker] = mine;
        });

        Assert.All(results, r => Assert.Equal(expected, r));
    }
}

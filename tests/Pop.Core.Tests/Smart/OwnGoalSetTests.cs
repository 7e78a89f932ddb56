namespace Pop.Core.Tests.Smart;

using System.Collections.Generic;
using System.IO;
using System.Linq;
using NodaTime;
using NodaTime.Text;
using Pop.Core.Smart;
using Xunit;

/// <summary>
/// Our own labelled goals, written by smart/CONVENTIONS.md and kept apart from the shared
/// development set, so that a change that only suits the development set shows here.
/// </summary>
public sealed class OwnGoalSetTests
{
    private static readonly LocalDate Reference = new(2027, 1, 15);

    public static IEnumerable<object[]> Rows() =>
        File.ReadAllLines(Path.Combine(System.AppContext.BaseDirectory, "Smart", "own-goals.tsv"))
            .Skip(1)
            .Where(l => l.Trim().Length > 0)
            .Select(l => l.Split('\t'))
            .Select(c => new object[] { c[0], c[2] == "1", c[3] == "1", c[4] == "1", c[5], c[6] });

    [Theory]
    [MemberData(nameof(Rows))]
    public void Every_labelled_goal_is_judged_as_labelled(string id, bool specific, bool measurable, bool timeBound, string deadline, string text)
    {
        var a = SmartTextAnalyzer.Default.Analyze(text, Reference);
        Assert.True(specific == a.IsSpecific, $"{id} specific: want {specific}");
        Assert.True(measurable == a.IsMeasurable, $"{id} measurable: want {measurable}");
        Assert.True(timeBound == a.IsTimeBound, $"{id} time-bound: want {timeBound}");
        LocalDate? want = deadline == "-" ? null : LocalDatePattern.Iso.Parse(deadline).Value;
        Assert.Equal(want, a.Deadline?.Date);
    }
}

namespace Pop.Cli.Tests;

using Xunit;

public sealed class DemoCommandTests
{
    [Fact]
    public void The_dutch_demo_walks_the_whole_pop()
    {
        var (code, stdout, stderr) = PopProcess.Run(null, "demo");
        Assert.Equal(0, code);
        Assert.Empty(stderr);
        Assert.Contains("Goudvink", stdout);                                  // 1. quadrant strategy
        Assert.Contains("Voorbereiding en gesprek in acht stappen", stdout);  // 2. the conversation
        Assert.Contains("Sluiten met een vage afspraak wordt geweigerd: Afspraak 'Beter worden in plannen.' is niet SMART", stdout); // CONV-R20
        Assert.Contains("Met de reden vastgelegd gaat het gesprek dicht: ✓", stdout);
        Assert.Contains("2027-06-30", stdout);                                // 3. a deadline resolved
        Assert.Contains("Ontwikkelactiviteiten", stdout);                     // 4. the plan
        Assert.Contains("E: 63", stdout);                                     //    E = K × A
        Assert.Contains("(PLAN-V02)", stdout);                                //    notes withheld from Sanne
        Assert.DoesNotContain("Werkdruk in april", stdout);                   //    ... and not shown
        Assert.Contains("(PLAN-V03)", stdout);                                //    HR without consent
        Assert.Contains("Plan en gesprek komen overeen: geen verschillen. (PLAN-D00)", stdout);  //    made from the conversation, no drift
        Assert.Contains("SOP 2027 · Logistiek · Planningssysteem", stdout);   //    the SOP
        Assert.Contains("kosten niet getoond (minder dan 5", stdout);         //    a cost over too few estimates, withheld
        Assert.Contains("Logistiek · Planningssysteem: nodig 10, gepland", stdout);  //    demand against supply, the gap
        Assert.Contains("Logistiek · Heftruck: nodig 3, gepland 0 — tekort 3: niemand plant dit", stdout);  //    demand nobody plans
        Assert.Contains("Inkoop · Onderhandelen: nodig 2; gepland en tekort niet getoond", stdout);  //    a department too small to show
        Assert.Contains("Aankondiging 2027-12-24", stdout);                   // 5. the next cycle
    }

    [Fact]
    public void The_english_demo_tells_the_same_story()
    {
        var (code, stdout, stderr) = PopProcess.Run(null, "demo", "--culture", "en");
        Assert.Equal(0, code);
        Assert.Empty(stderr);
        Assert.Contains("Concrete agreements", stdout);
        Assert.Contains("Closing with a vague agreement is refused: Agreement 'Get better at planning.' is not worded SMART (missing: S, M)", stdout);
        Assert.Contains("S✓ M✓ A✓ R✓ T✓", stdout);
        Assert.Contains("Development activities", stdout);
        Assert.Contains("Plan and conversation match: no differences. (PLAN-D00)", stdout);
        Assert.Contains("Heftruck: needed 3, planned 0 — short by 3: nobody plans this", stdout);
        Assert.Contains("Announce 2027-12-24", stdout);
    }
}

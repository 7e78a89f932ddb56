namespace Pop.Core.Tests.Cycles;

using System.Collections.Generic;
using System.Linq;
using Pop.Core.Cycles;
using Xunit;
using Xunit.Abstractions;

/// <summary>
/// The organisation generator must reach the hard states often, or the properties prove little:
/// the share of generated organisations in each state stays above a floor. Seeds 0–499 of
/// <see cref="OrganisationArbitrary.Build"/>, so the shares are the same on every run.
/// </summary>
public sealed class CycleGeneratorCoverageTests
{
    private const int Samples = 500;
    private const string Infeasible = "infeasible (the planner refuses)";
    private const string RescheduleAccepted = "a reschedule accepted";
    private const string PlannedAcrossZones = "planned with employee and manager in different zones";
    private const string PlannedAroundBusy = "planned on a day its people are busy";
    private const string PlannedManagersFirst = "planned with managers first in a tree";

    private readonly ITestOutputHelper output;

    public CycleGeneratorCoverageTests(ITestOutputHelper output) => this.output = output;

    [Fact]
    public void The_generator_reaches_every_hard_state_often_enough()
    {
        var floors = new Dictionary<string, double>
        {
            [HardStates.ManagerIsEmployee] = 0.50,
            [HardStates.SeveralZones] = 0.70,
            [HardStates.ClockChange] = 0.35,
            [HardStates.OnLeave] = 0.60,
            [HardStates.Busy] = 0.40,
            [HardStates.FarZone] = 0.03,
            [Infeasible] = 0.10,
            [PlannedAcrossZones] = 0.25,
            [PlannedAroundBusy] = 0.20,
            [HardStates.ManagersFirst] = 0.15,
            [PlannedManagersFirst] = 0.05,
            [RescheduleAccepted] = 0.15,
        };
        var counts = floors.Keys.ToDictionary(k => k, _ => 0);
        for (int seed = 0; seed < Samples; seed++)
        {
            var org = OrganisationArbitrary.Build(seed);
            foreach (var state in HardStates.Of(org))
            {
                counts[state]++;
            }

            try
            {
                var plan = org.Planner().Plan(org.People, org.Window);
                var zoneOf = org.People.ToDictionary(p => p.EmployeeId, p => p.TimeZone ?? org.Policy.Zone);
                if (plan.Conversations.Any(c => c.Start.Zone != (zoneOf.TryGetValue(c.ManagerId, out var z) ? z : org.Policy.Zone)))
                {
                    counts[PlannedAcrossZones]++;
                }

                if (plan.Conversations.Any(c => org.Busy.For(c.ManagerId).Concat(org.Busy.For(c.EmployeeId)).Any(b => b.Start.InZone(c.Start.Zone).Date == c.Start.Date)))
                {
                    counts[PlannedAroundBusy]++;
                }

                if (HardStates.Of(org).Contains(HardStates.ManagersFirst))
                {
                    counts[PlannedManagersFirst]++;
                }

                if (plan.Conversations.Count > 0)
                {
                    var target = plan.Conversations[org.Pick % plan.Conversations.Count];
                    if (plan.Reschedule(target.EmployeeId, target.Date.PlusDays(org.Shift), "noodgeval", org.Today).IsAccepted)
                    {
                        counts[RescheduleAccepted]++;
                    }
                }
            }
            catch (InfeasibleCycleException)
            {
                counts[Infeasible]++;
            }
        }

        var shares = counts.ToDictionary(c => c.Key, c => (double)c.Value / Samples);
        foreach (var (state, share) in shares)
        {
            output.WriteLine($"{state}: {share:P0} (floor {floors[state]:P0})");
        }

        Assert.All(floors, f => Assert.True(shares[f.Key] >= f.Value, $"{f.Key}: {shares[f.Key]:P0} of generated organisations, below the floor of {f.Value:P0}"));
    }
}

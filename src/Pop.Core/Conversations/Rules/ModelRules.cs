// Compiled into Pop.Core and Pop.Core.Analyzers (POP0004): keep self-contained, netstandard2.0-clean.
namespace Pop.Core.Conversations.Rules;

using System.Collections.Generic;

/// <summary>
/// The cross-model rules over a model's phases, as (id, topics) pairs. Topic values are those of
/// <c>PhaseTopics</c>. One implementation for the builder at run time and the analyzer at compile time.
/// </summary>
internal static class ModelRules
{
    public const int EmployeeNeeds = 1 << 5;
    public const int OrganisationNeeds = 1 << 6;
    public const int Agreements = 1 << 8;
    public const int NextAppointment = 1 << 10;
    public const int Evaluation = 1 << 11;
    public const int PreviousPlanReview = 1 << 3;
    public const int CurrentState = 1 << 4;

    /// <summary>Every rule the phases break, as (code, message), in rule order.</summary>
    public static List<KeyValuePair<string, string>> Check(IReadOnlyList<KeyValuePair<string, int>> phases)
    {
        var found = new List<KeyValuePair<string, string>>();
        void Add(string code, string message) => found.Add(new KeyValuePair<string, string>(code, message));

        if (phases.Count == 0)
        {
            Add("MODEL-01", "The model has no phases.");
            return found;
        }

        var seen = new HashSet<string>();
        foreach (var phase in phases)
        {
            if (!seen.Add(phase.Key))
            {
                Add("MODEL-02", $"The phase id '{phase.Key}' occurs more than once.");
            }
        }

        int First(int topic)
        {
            for (int i = 0; i < phases.Count; i++)
            {
                if ((phases[i].Value & topic) != 0)
                {
                    return i;
                }
            }

            return -1;
        }

        int agreements = First(Agreements), employee = First(EmployeeNeeds), organisation = First(OrganisationNeeds);
        if (agreements < 0)
        {
            Add("MODEL-03", "No phase allows agreements.");
        }

        if (employee < 0 || organisation < 0)
        {
            Add("MODEL-04", "Both sides' needs must be heard before agreements, but no phase allows " + (employee < 0 ? "the employee's" : "the organisation's") + " needs.");
        }
        else if (agreements >= 0 && agreements < (employee > organisation ? employee : organisation))
        {
            Add("MODEL-04", $"Phase '{phases[agreements].Key}' allows agreements before both sides' needs have been heard.");
        }

        if ((phases[phases.Count - 1].Value & Evaluation) == 0)
        {
            Add("MODEL-05", $"The last phase '{phases[phases.Count - 1].Key}' does not evaluate the conversation: a conversation closes with an evaluation.");
        }

        if (First(NextAppointment) < 0)
        {
            Add("MODEL-06", "No phase plans the follow-up or the next conversation.");
        }

        int review = First(PreviousPlanReview);
        int substance = First(CurrentState | EmployeeNeeds | OrganisationNeeds | Agreements);
        if (review < 0)
        {
            Add("MODEL-07", "No phase evaluates the previous plan's agreements, which come first when there is a previous plan.");
        }
        else if (substance >= 0 && review > substance)
        {
            Add("MODEL-07", $"The previous plan is evaluated in '{phases[review].Key}', after '{phases[substance].Key}' has started on the new one.");
        }

        return found;
    }
}

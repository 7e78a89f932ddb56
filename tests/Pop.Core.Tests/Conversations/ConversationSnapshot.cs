namespace Pop.Core.Tests.Conversations;

using System.Linq;
using Pop.Core.Conversations;

/// <summary>Every public fact of a conversation as one string, to compare two conversations.</summary>
internal static class ConversationSnapshot
{
    public static string Of(Conversation c) => string.Join("\n", new[]
    {
        $"{c.Id} {c.Model.Id} {c.EmployeeId} {c.ManagerId} {c.ScheduledFor} {c.Status} {c.PhaseIndex}",
        "prev:" + string.Join("|", c.PreviousAgreements) + " eval:" + c.PreviousAgreementsEvaluation + " verdicts:" + string.Join("|", c.PreviousAgreementVerdicts.Select(v => v.ToString())),
        "tp:" + string.Join("|", c.EmployeeTalkingPoints) + " / " + string.Join("|", c.ManagerTalkingPoints) + " stage:" + c.EmployeeStage + "/" + c.ManagerStage + " dept:" + c.DepartmentPicture?.Staffing,
        "agenda:" + string.Join("|", c.Agenda.Select(a => $"{a.Id},{a.ProposedBy},{a.IsJoint},{a.Text},{a.Priority}")),
        "state:" + c.CurrentState,
        "needs:" + string.Join("|", c.EmployeeNeeds) + " / " + string.Join("|", c.OrganisationNeeds),
        "options:" + string.Join("|", c.Options.Select(o => $"{o.Id},{o.Need},{o.Description},{string.Join("+", o.Pros)},{string.Join("-", o.Cons)}")),
        "agreements:" + string.Join("|", c.Agreements.Select(a => $"{a.Id},{a.Who},{a.What},{a.When},{a.IsSupport},{a.EmployeeAcceptedAt},{a.ManagerAcceptedAt},{a.NotSmartReason}")),
        $"rules:{c.RulesVersion} nothing:{c.NothingAgreedReason}",
        $"follow:{c.FollowUpOn} next:{c.NextConversationOn} evaluation:{c.Evaluation} cancel:{c.CancelReason}",
        "warnings:" + string.Join("|", c.Warnings.Select(w => $"{w.Code},{w.PhaseId},{w.At}")),
        "history:" + c.History.Count,
    });
}

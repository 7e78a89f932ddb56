namespace Pop.Core.Texts;

/// <summary>Texts of conversation cycles: why a planned conversation cannot move (<c>CYCLE-R01</c> … <c>CYCLE-R09</c>), and the plan report (<c>CYCLE-REPORT.</c>…).</summary>
internal static partial class BuiltInTexts
{
    private static readonly string[][] CycleTexts =
    {
        new[] { "CYCLE-R01", "Het gesprek van '{Employee}' houdt zijn datum, behalve in noodgevallen: geef de reden om het te verzetten.", "The conversation of '{Employee}' holds its date except in emergencies: give the reason for moving it." },
        new[] { "CYCLE-R02", "{Date} valt buiten de periode van de cyclus ({Start} tot en met {End}).", "{Date} lies outside the cycle's window ({Start} to {End})." },
        new[] { "CYCLE-R03", "{Date} is geen werkdag.", "{Date} is not a working day." },
        new[] { "CYCLE-R04", "'{Person}' is afwezig op {Date}.", "'{Person}' is away on {Date}." },
        new[] { "CYCLE-R05", "'{Manager}' en '{Employee}' hebben op {Date} geen vrij tijdslot samen ('{Person}' heeft die dag al {Count} gesprekken; het maximum per dag is {Capacity}).", "'{Manager}' and '{Employee}' have no free slot in common on {Date} ('{Person}' already takes part in {Count} conversations that day; the most for one day is {Capacity})." },
        new[] { "CYCLE-R06", "{Date} is te dichtbij: het gesprek moet minstens {Days} dagen vooraf worden aangekondigd, uiterlijk op {AnnounceBy}, en vandaag is het {Today}.", "{Date} is too soon: the conversation must be announced at least {Days} days ahead, by {AnnounceBy} at the latest, and today is {Today}." },
        new[] { "CYCLE-R07", "Medewerker '{Employee}' heeft geen gesprek in deze planning.", "Employee '{Employee}' has no conversation in this plan." },
        new[] { "CYCLE-R09", "'{Manager}' en '{Employee}' hebben op {Date} geen tijdslot samen: binnen de werktijden van beiden en buiten hun andere gesprekken en afspraken is geen uur vrij.", "'{Manager}' and '{Employee}' have no slot in common on {Date}: no hour is free for both within their working hours and outside their other conversations and appointments." },
        new[] { "CYCLE-R08", "Volgens het beleid voert '{Manager}' het eigen POP-gesprek vóór de gesprekken met het eigen team; het eigen gesprek ({OwnConversation}) zou niet meer vóór het eerste gesprek met het team ({FirstHeld}) liggen.", "The policy has '{Manager}' hold their own POP conversation before the ones with their team; their own ({OwnConversation}) would no longer come before the first with their team ({FirstHeld})." },

        // The plan report (CyclePlanReport): counts pick the ".one" form for exactly one, ".other" otherwise.
        new[] { "CYCLE-REPORT.date", "{Day} {Month} {Year}", "{Day} {Month} {Year}" },
        new[] { "CYCLE-REPORT.months", "januari februari maart april mei juni juli augustus september oktober november december", "January February March April May June July August September October November December" },
        new[] { "CYCLE-REPORT.window", "Gesprekkencyclus van {Start} tot en met {End}.", "Conversation cycle from {Start} to {End}." },
        new[] { "CYCLE-REPORT.usable", "Met de aankondigingstermijn kunnen gesprekken vallen van {Start} tot en met {End}.", "With the announcement lead time, conversations can fall from {Start} to {End}." },
        new[] { "CYCLE-REPORT.totals", "{Conversations} gepland, {Excused} vrijgesteld, {Managers}.", "{Conversations} planned, {Excused} excused, {Managers}." },
        new[] { "CYCLE-REPORT.infeasible.one", "Er is niets gepland: de periode is te krap voor het team van {Managers}.", "Nothing was planned: the window is too short for the team of {Managers}." },
        new[] { "CYCLE-REPORT.infeasible.other", "Er is niets gepland: de periode is te krap voor de teams van {Managers}.", "Nothing was planned: the window is too short for the teams of {Managers}." },
        new[] { "CYCLE-REPORT.manager", "{Manager}: {Conversations} op {Days}, van {First} tot en met {Last}; drukste dag {Busiest} met {Load} van {Capacity}.", "{Manager}: {Conversations} on {Days}, from {First} to {Last}; busiest day {Busiest} with {Load} of {Capacity}." },
        new[] { "CYCLE-REPORT.manager.none", "{Manager}: geen gesprekken.", "{Manager}: no conversations." },
        new[] { "CYCLE-REPORT.day", "{Date}: {Conversations}, bezetting {Load} van {Capacity} ({Employees})", "{Date}: {Conversations}, load {Load} of {Capacity} ({Employees})" },
        new[] { "CYCLE-REPORT.own", "eigen gesprek met {Manager}", "own conversation with {Manager}" },
        new[] { "CYCLE-REPORT.excused", "vrijgesteld: {Employee}: {Reason}", "excused: {Employee}: {Reason}" },
        new[] { "CYCLE-REPORT.shortfall", "{Manager}: team van {TeamSize}, ruimte voor {Room} ({WorkingDays} × {Capacity}); {Unfit}: {Unplaced}", "{Manager}: team of {TeamSize}, room for {Room} ({WorkingDays} × {Capacity}); {Unfit}: {Unplaced}" },
        new[] { "CYCLE-REPORT.more", "en nog {Count}", "and {Count} more" },
        new[] { "CYCLE-REPORT.more-days.one", "… en nog {Count} dag", "… and {Count} more day" },
        new[] { "CYCLE-REPORT.more-days.other", "… en nog {Count} dagen", "… and {Count} more days" },
        new[] { "CYCLE-REPORT.conversations.one", "{Count} gesprek", "{Count} conversation" },
        new[] { "CYCLE-REPORT.conversations.other", "{Count} gesprekken", "{Count} conversations" },
        new[] { "CYCLE-REPORT.employees.one", "{Count} medewerker", "{Count} employee" },
        new[] { "CYCLE-REPORT.employees.other", "{Count} medewerkers", "{Count} employees" },
        new[] { "CYCLE-REPORT.managers.one", "{Count} leidinggevende", "{Count} manager" },
        new[] { "CYCLE-REPORT.managers.other", "{Count} leidinggevenden", "{Count} managers" },
        new[] { "CYCLE-REPORT.days.one", "{Count} dag", "{Count} day" },
        new[] { "CYCLE-REPORT.days.other", "{Count} dagen", "{Count} days" },
        new[] { "CYCLE-REPORT.working-days.one", "{Count} werkdag", "{Count} working day" },
        new[] { "CYCLE-REPORT.working-days.other", "{Count} werkdagen", "{Count} working days" },
        new[] { "CYCLE-REPORT.unfit.one", "{Count} gesprek past niet", "{Count} conversation does not fit" },
        new[] { "CYCLE-REPORT.unfit.other", "{Count} gesprekken passen niet", "{Count} conversations do not fit" },
    };
}

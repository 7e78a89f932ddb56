namespace Pop.Core.Texts;

/// <summary>Texts of conversation cycles: why a planned conversation cannot move (<c>CYCLE-R01</c> … <c>CYCLE-R07</c>).</summary>
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
    };
}

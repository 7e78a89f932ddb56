namespace Pop.Core.Cycles;

using NodaTime;

/// <summary>A public holiday: its date and the stable code of its name (<c>HOLIDAY.KingsDay</c>).</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class Holiday
{
    internal Holiday(LocalDate date, string code)
    {
        Date = date;
        Code = code;
    }

    /// <summary>Gets the date.</summary>
    public LocalDate Date { get; }

    /// <summary>Gets the stable code of the holiday's name, a key in the text catalogue.</summary>
    public string Code { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Date:uuuu'-'MM'-'dd} {Code}";
}

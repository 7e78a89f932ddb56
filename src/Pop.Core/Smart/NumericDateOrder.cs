namespace Pop.Core.Smart;

/// <summary>How an ambiguous numeric date in a goal's text (<c>03/04/2027</c>) is read.</summary>
/// <remarks>
/// Only English text is read month first: Dutch does not write dates that way, so Dutch text is read
/// day first whatever the order. ISO dates (<c>2027-03-04</c>) are year, month, day either way; a
/// numeric date that is no date in the order chosen (<c>15/03/2027</c> month first) is no deadline.
/// </remarks>
public enum NumericDateOrder
{
    /// <summary>Day first: <c>03/04/2027</c> is 3 April 2027 (Dutch, British English). The default.</summary>
    DayFirst = 0,

    /// <summary>Month first: <c>03/04/2027</c> is 4 March 2027 (American English).</summary>
    MonthFirst = 1,
}

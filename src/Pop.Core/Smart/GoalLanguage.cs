namespace Pop.Core.Smart;

/// <summary>
/// The language a goal's text is written in, and so read in. Not the language of the messages
/// about it: that is a <see cref="System.Globalization.CultureInfo"/> of its own.
/// </summary>
public enum GoalLanguage
{
    /// <summary>Dutch: "Binnen drie maanden rond ik de cursus Excel Gevorderd af."</summary>
    Dutch = 0,

    /// <summary>English: "Within three months, complete the Advanced Excel course."</summary>
    English = 1,
}

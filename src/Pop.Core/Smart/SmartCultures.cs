namespace Pop.Core.Smart;

using System;
using System.Globalization;
using Pop.Core.Smart.Text;

/// <summary>Maps cultures and <see cref="GoalLanguage"/> to the languages of the text engine.</summary>
internal static class SmartCultures
{
    public static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl");
    public static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    public static TextLanguage LanguageOf(CultureInfo culture, string parameterName)
    {
        return culture.TwoLetterISOLanguageName switch
        {
            "nl" => TextLanguage.Dutch,
            "en" => TextLanguage.English,
            _ => throw new ArgumentException(
                $"The culture '{culture.Name}' is not supported for goal texts; use Dutch (nl) or English (en), or null to detect the language.",
                parameterName),
        };
    }

    public static TextLanguage ToText(GoalLanguage language) => language == GoalLanguage.English ? TextLanguage.English : TextLanguage.Dutch;

    public static GoalLanguage FromText(TextLanguage language) => language == TextLanguage.English ? GoalLanguage.English : GoalLanguage.Dutch;

    /// <summary>The culture of a text language: the messages' culture when the caller gives none.</summary>
    public static CultureInfo For(GoalLanguage language) => language == GoalLanguage.English ? English : Dutch;
}

namespace Pop.Core.Smart;

using System;
using System.Globalization;
using Pop.Core.Smart.Text;

/// <summary>Maps cultures to the languages of the text engine.</summary>
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

    public static bool IsMonthFirst(CultureInfo? culture) => culture is not null && culture.Name.Equals("en-US", StringComparison.OrdinalIgnoreCase);

    public static CultureInfo For(TextLanguage language) => language == TextLanguage.English ? English : Dutch;
}

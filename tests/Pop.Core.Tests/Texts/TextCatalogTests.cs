namespace Pop.Core.Tests.Texts;

using System.Collections.Generic;
using System.Globalization;
using Pop.Core.Texts;
using Xunit;

public sealed class TextCatalogTests
{
    [Fact]
    public void Lookup_falls_back_from_specific_to_neutral_culture_then_english()
    {
        Assert.StartsWith("Er staat", TextCatalog.Default.Template("SMART-T01", CultureInfo.GetCultureInfo("nl-BE")));
        Assert.StartsWith("No deadline", TextCatalog.Default.Template("SMART-T01", CultureInfo.GetCultureInfo("fr-FR")));
    }

    [Fact]
    public void Placeholders_are_replaced_by_name_and_unknown_ones_left_alone()
    {
        var catalog = TextCatalog.Default.WithText(CultureInfo.GetCultureInfo("en"), "x", "{A} and {B} and {A}");
        Assert.Equal("1 and {B} and 1", catalog.Format("x", CultureInfo.GetCultureInfo("en"), new Dictionary<string, string> { ["A"] = "1" }));
    }

    [Fact]
    public void Replacing_a_text_leaves_the_original_catalogue_unchanged()
    {
        var replaced = TextCatalog.Default.WithText(CultureInfo.GetCultureInfo("nl"), "SMART-T01", "Anders.");
        Assert.Equal("Anders.", replaced.Template("SMART-T01", CultureInfo.GetCultureInfo("nl")));
        Assert.NotEqual("Anders.", TextCatalog.Default.Template("SMART-T01", CultureInfo.GetCultureInfo("nl")));
    }

    [Fact]
    public void An_unknown_code_says_which()
    {
        var e = Assert.Throws<KeyNotFoundException>(() => TextCatalog.Default.Template("NOPE-1", CultureInfo.GetCultureInfo("nl")));
        Assert.Contains("NOPE-1", e.Message);
    }
}

namespace Pop.Core.Tests.Smart;

using System;
using NodaTime;
using Pop.Core.Smart;
using Xunit;

/// <summary>A reference date near the end of the calendar once made "binnen drie jaar" overflow inside the engine.</summary>
public sealed class ReferenceDateRangeTests
{
    [Theory]
    [InlineData(9999, 12, 31)]
    [InlineData(3000, 1, 1)]
    [InlineData(1899, 12, 31)]
    [InlineData(1, 1, 1)]
    public void A_reference_date_outside_1900_to_2999_is_refused_by_name(int year, int month, int day)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new SmartTextAnalyzer().Analyze("Binnen 3 jaar word ik teamleider.", new LocalDate(year, month, day)));
        Assert.Equal("referenceDate", error.ParamName);
    }

    [Theory]
    [InlineData("Binnen 3 jaar word ik teamleider.")]
    [InlineData("In Q4 haal ik het certificaat.")]
    [InlineData("Volgend jaar rond ik de opleiding af.")]
    public void The_last_supported_year_resolves_every_deadline(string text)
    {
        var analysis = new SmartTextAnalyzer().Analyze(text, new LocalDate(2999, 12, 31));
        Assert.NotNull(analysis);
    }
}

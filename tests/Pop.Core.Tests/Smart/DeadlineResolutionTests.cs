namespace Pop.Core.Tests.Smart;

using NodaTime;
using NodaTime.Text;
using Pop.Core.Smart;
using Xunit;

/// <summary>Every deadline form in smart/CONVENTIONS.md, in both languages, against reference date 2027-01-15 (a Friday).</summary>
public sealed class DeadlineResolutionTests
{
    private static readonly LocalDate Reference = new(2027, 1, 15);

    private static LocalDate? Resolve(string text, NumericDateOrder order = NumericDateOrder.DayFirst) =>
        SmartTextAnalyzer.Default.Analyze(text, Reference, new GoalTextReading(null, order)).Deadline?.Date;

    private static LocalDate D(string iso) => LocalDatePattern.Iso.Parse(iso).Value;

    [Theory]
    [InlineData("Uiterlijk 1 juni 2027 rond ik de cursus af.", "2027-06-01")]
    [InlineData("Vóór 1 mei 2027 volg ik de training.", "2027-05-01")]
    [InlineData("Op 15 oktober 2027 geef ik een workshop.", "2027-10-15")]
    [InlineData("Per 01-07-2027 ben ik teamleider.", "2027-07-01")]
    [InlineData("Vóór 15/03/2027 lever ik het plan op.", "2027-03-15")]
    [InlineData("Voor 2027-05-31 dien ik het voorstel in.", "2027-05-31")]
    [InlineData("Complete the course by June 1, 2027.", "2027-06-01")]
    [InlineData("Complete the course before 1 June 2027.", "2027-06-01")]
    [InlineData("Complete the course no later than 2027-05-31.", "2027-05-31")]
    [InlineData("Complete the course on 15/03/2027.", "2027-03-15")]
    public void Full_dates_resolve_to_that_date(string text, string expected) =>
        Assert.Equal(D(expected), Resolve(text));

    [Theory]
    [InlineData("Voor 1 februari kies ik een assessment.", "2027-02-01")]
    [InlineData("Uiterlijk 10 januari lever ik het rapport op.", "2028-01-10")]
    [InlineData("Op 15 januari presenteer ik het plan.", "2027-01-15")]
    [InlineData("Submit the plan by March 3.", "2027-03-03")]
    public void Day_and_month_without_year_take_the_next_occurrence_on_or_after_the_reference(string text, string expected) =>
        Assert.Equal(D(expected), Resolve(text));

    [Theory]
    [InlineData("Eind april presenteer ik het proces.", "2027-04-30")]
    [InlineData("In maart 2027 geef ik een presentatie.", "2027-03-31")]
    [InlineData("Uiterlijk maart 2028 rond ik het af.", "2028-03-31")]
    [InlineData("In januari rond ik de e-learning af.", "2027-01-31")]
    [InlineData("Eind december schrijf ik het verslag.", "2027-12-31")]
    [InlineData("By the end of April, present the process.", "2027-04-30")]
    [InlineData("Finish the Leadership course by December 2027.", "2027-12-31")]
    [InlineData("Write the report in May.", "2027-05-31")]
    public void Months_resolve_to_their_last_day(string text, string expected) =>
        Assert.Equal(D(expected), Resolve(text));

    [Theory]
    [InlineData("Vóór april stel ik een plan op.", "2027-04-01")]
    [InlineData("Voor juni 2027 dien ik het in.", "2027-06-01")]
    [InlineData("Before April, draft a plan.", "2027-04-01")]
    [InlineData("Vóór eind maart lever ik het op.", "2027-03-31")]
    public void Before_a_month_is_its_first_day_unless_the_end_is_named(string text, string expected) =>
        Assert.Equal(D(expected), Resolve(text));

    [Theory]
    [InlineData("In Q3 2027 werk ik een collega in.", "2027-09-30")]
    [InlineData("Eind Q3 rond ik het af.", "2027-09-30")]
    [InlineData("Vóór eind Q2 voer ik de gesprekken.", "2027-06-30")]
    [InlineData("In het derde kwartaal van 2027 werk ik één collega in.", "2027-09-30")]
    [InlineData("In het eerste kwartaal van 2028 voer ik het systeem in.", "2028-03-31")]
    [InlineData("In the third quarter, onboard a colleague.", "2027-09-30")]
    [InlineData("By Q4 2027, raise the rate from 70% to 80%.", "2027-12-31")]
    [InlineData("In Q1 rond ik het af.", "2027-03-31")]
    public void Quarters_resolve_to_their_last_day(string text, string expected) =>
        Assert.Equal(D(expected), Resolve(text));

    [Theory]
    [InlineData("Dit kwartaal plan ik vijf gesprekken.", "2027-03-31")]
    [InlineData("Volgend kwartaal presenteer ik de resultaten.", "2027-06-30")]
    [InlineData("This quarter, plan five meetings.", "2027-03-31")]
    [InlineData("Next quarter, run three sessions.", "2027-06-30")]
    public void This_and_next_quarter(string text, string expected) =>
        Assert.Equal(D(expected), Resolve(text));

    [Theory]
    [InlineData("In de eerste helft van 2027 rond ik het af.", "2027-06-30")]
    [InlineData("In de tweede helft van 2027 werk ik twee stagiairs in.", "2027-12-31")]
    [InlineData("In H1 2028 rond ik het af.", "2028-06-30")]
    [InlineData("In the first half of 2027, finish the course.", "2027-06-30")]
    [InlineData("In the second half of 2027, mentor a developer.", "2027-12-31")]
    public void Half_years(string text, string expected) =>
        Assert.Equal(D(expected), Resolve(text));

    [Theory]
    [InlineData("Ik rond in 2027 de cursus af.", "2027-12-31")]
    [InlineData("Eind 2027 ben ik gecertificeerd.", "2027-12-31")]
    [InlineData("Dit jaar volg ik de training.", "2027-12-31")]
    [InlineData("Eind van het jaar rond ik het af.", "2027-12-31")]
    [InlineData("Volgend jaar word ik teamleider.", "2028-12-31")]
    [InlineData("Finish the course in 2027.", "2027-12-31")]
    [InlineData("By the end of 2027, chair three meetings.", "2027-12-31")]
    [InlineData("By the end of the year, chair three meetings.", "2027-12-31")]
    [InlineData("This year, chair three meetings.", "2027-12-31")]
    [InlineData("Become team lead next year.", "2028-12-31")]
    public void Years(string text, string expected) =>
        Assert.Equal(D(expected), Resolve(text));

    [Theory]
    [InlineData("Binnen twee maanden loop ik mee.", "2027-03-15")]
    [InlineData("Binnen 6 weken werk ik de lijst bij.", "2027-02-26")]
    [InlineData("Over vier maanden voer ik het uit.", "2027-05-15")]
    [InlineData("In de komende drie maanden rond ik het af.", "2027-04-15")]
    [InlineData("Binnen 10 dagen stuur ik het rapport.", "2027-01-25")]
    [InlineData("Binnen een jaar behaal ik het diploma.", "2028-01-15")]
    [InlineData("Binnen een half jaar schrijf ik drie instructies.", "2027-07-15")]
    [InlineData("Binnen anderhalf jaar behaal ik het diploma.", "2028-07-15")]
    [InlineData("Binnen twaalf maanden behaal ik het diploma.", "2028-01-15")]
    [InlineData("Within two months, shadow three shifts.", "2027-03-15")]
    [InlineData("In six months, run the close independently.", "2027-07-15")]
    [InlineData("Within the next three weeks, write the proposal.", "2027-02-05")]
    [InlineData("Within a year, obtain the licence.", "2028-01-15")]
    [InlineData("In half a year, run the close independently.", "2027-07-15")]
    [InlineData("Within one and a half years, obtain the diploma.", "2028-07-15")]
    [InlineData("Within five working days, send the report.", "2027-01-22")]
    public void Relative_periods_count_from_the_reference(string text, string expected) =>
        Assert.Equal(D(expected), Resolve(text));

    [Fact]
    public void Month_arithmetic_clamps_to_the_month_end()
    {
        var analysis = SmartTextAnalyzer.Default.Analyze("Binnen een maand rond ik de cursus af.", new LocalDate(2027, 1, 31));
        Assert.Equal(new LocalDate(2027, 2, 28), analysis.Deadline?.Date);
        var leap = SmartTextAnalyzer.Default.Analyze("Binnen een maand rond ik de cursus af.", new LocalDate(2028, 1, 31));
        Assert.Equal(new LocalDate(2028, 2, 29), leap.Deadline?.Date);
    }

    [Theory]
    [InlineData("Uiterlijk week 11 rond ik de e-learning af.", "2027-03-21")]
    [InlineData("In week 20 lever ik het plan op.", "2027-05-23")]
    [InlineData("Uiterlijk week 2 2028 rond ik het af.", "2028-01-16")]
    [InlineData("In week 1 rond ik het af.", "2028-01-09")]
    [InlineData("Complete the e-learning by week 11.", "2027-03-21")]
    [InlineData("By week 40, complete the module.", "2027-10-10")]
    public void Iso_weeks_resolve_to_their_sunday(string text, string expected) =>
        Assert.Equal(D(expected), Resolve(text));

    [Theory]
    [InlineData("Voor de zomer volg ik de training.", "2027-06-21")]
    [InlineData("Vóór de zomer van 2028 volg ik de training.", "2028-06-21")]
    [InlineData("Voor de kerst organiseer ik een sessie.", "2027-12-25")]
    [InlineData("Before summer, attend the workshop.", "2027-06-21")]
    [InlineData("Before Christmas, publish three articles.", "2027-12-25")]
    public void Summer_and_christmas(string text, string expected) =>
        Assert.Equal(D(expected), Resolve(text));

    [Theory]
    [InlineData("Eind april presenteer ik het plan en uiterlijk 1 juni rond ik de cursus af.", "2027-06-01")]
    [InlineData("Binnen twee maanden kies ik een cursus en in Q3 rond ik die af.", "2027-09-30")]
    public void The_latest_of_several_expressions_is_the_deadline(string text, string expected) =>
        Assert.Equal(D(expected), Resolve(text));

    [Theory]
    [InlineData("Elke week bespreek ik de klachten met de teamleider.")]
    [InlineData("Every quarter, present the figures to the board.")]
    [InlineData("Wekelijks bel ik drie klanten.")]
    [InlineData("Twee keer per maand geef ik feedback aan de stagiair.")]
    [InlineData("Voor drie maanden neem ik de taken van de planner over.")]
    [InlineData("For three months, take over the planner's tasks.")]
    [InlineData("I may present the plan.")]
    [InlineData("Ik stel een begroting voor 2028 op.")]
    public void Frequencies_durations_and_lookalikes_are_no_deadline(string text) =>
        Assert.Null(Resolve(text));

    [Fact]
    public void Month_first_is_the_caller_s_choice_and_reads_English_numeric_dates_only()
    {
        Assert.Equal(new LocalDate(2027, 4, 3), Resolve("Submit the plan by 04/03/2027.", NumericDateOrder.MonthFirst));
        Assert.Equal(new LocalDate(2027, 3, 4), Resolve("Submit the plan by 04/03/2027."));
        Assert.Equal(new LocalDate(2027, 3, 4), Resolve("Lever het plan in voor 04/03/2027."));
        Assert.Equal(new LocalDate(2027, 3, 4), Resolve("Lever het plan in voor 04/03/2027.", NumericDateOrder.MonthFirst));
    }

    [Theory]
    [InlineData("Uiterlijk 1 juni 2027 rond ik de cursus af.", DeadlineModifier.By, true, "Uiterlijk 1 juni 2027")]
    [InlineData("Vóór 1 juni 2027 rond ik de cursus af.", DeadlineModifier.Before, false, "Vóór 1 juni 2027")]
    [InlineData("Op 1 juni 2027 geef ik de workshop.", DeadlineModifier.On, true, "Op 1 juni 2027")]
    [InlineData("Binnen drie maanden rond ik de cursus af.", DeadlineModifier.Within, true, "Binnen drie maanden")]
    [InlineData("Eind april presenteer ik het plan.", DeadlineModifier.EndOf, true, "Eind april")]
    [InlineData("In 2027 rond ik de cursus af.", DeadlineModifier.In, true, "In 2027")]
    [InlineData("Complete the course no later than 1 June 2027.", DeadlineModifier.By, true, "no later than 1 June 2027")]
    public void The_expression_keeps_its_modifier_and_inclusiveness(string text, DeadlineModifier modifier, bool inclusive, string written)
    {
        var deadline = SmartTextAnalyzer.Default.Analyze(text, Reference).Deadline;
        Assert.NotNull(deadline);
        Assert.Equal(modifier, deadline!.Modifier);
        Assert.Equal(inclusive, deadline.IsInclusive);
        Assert.Equal(written, deadline.Text);
        Assert.Equal(written, text.Substring(deadline.Span.Start, deadline.Span.Length));
    }

    [Theory]
    [InlineData("Op 1 juni 2027 geef ik de workshop.", DeadlineGrain.Day, false)]
    [InlineData("Uiterlijk week 11 rond ik het af.", DeadlineGrain.Week, false)]
    [InlineData("Eind april rond ik het af.", DeadlineGrain.Month, false)]
    [InlineData("In Q3 2027 rond ik het af.", DeadlineGrain.Quarter, false)]
    [InlineData("In H2 2027 rond ik het af.", DeadlineGrain.HalfYear, false)]
    [InlineData("In 2027 rond ik het af.", DeadlineGrain.Year, false)]
    [InlineData("Binnen drie maanden rond ik het af.", DeadlineGrain.Month, true)]
    public void The_expression_keeps_its_grain(string text, DeadlineGrain grain, bool relative)
    {
        var deadline = SmartTextAnalyzer.Default.Analyze(text, Reference).Deadline!;
        Assert.Equal(grain, deadline.Grain);
        Assert.Equal(relative, deadline.IsRelative);
    }
}

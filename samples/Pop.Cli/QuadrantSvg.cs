namespace Pop.Cli;

using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Security;
using System.Text;
using Pop.Core.Strategies;

/// <summary>Draws a team on the interest × potential grid as a self-contained SVG.</summary>
internal static class QuadrantSvg
{
    private const double Width = 860, Height = 660;
    private const double Left = 110, Top = 70, GridWidth = 640, GridHeight = 500;

    public static string Render(IReadOnlyList<(string Name, QuadrantPlacement Placement)> people, StrategyCatalog catalog, CultureInfo culture, AssessmentScale scale)
    {
        bool nl = culture.TwoLetterISOLanguageName == "nl";
        var svg = new StringBuilder(4096);
        string F(double v) => v.ToString("0.#", CultureInfo.InvariantCulture);
        double X(double potential) => Left + ((potential - scale.Minimum) / (scale.Maximum - scale.Minimum) * GridWidth);
        double Y(double interest) => Top + GridHeight - ((interest - scale.Minimum) / (scale.Maximum - scale.Minimum) * GridHeight);
        double tx = X(scale.Threshold), ty = Y(scale.Threshold);

        svg.Append($"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{F(Width)}\" height=\"{F(Height)}\" viewBox=\"0 0 {F(Width)} {F(Height)}\" font-family=\"Segoe UI, Helvetica, Arial, sans-serif\">\n");
        svg.Append($"  <title>{Esc(nl ? "Team op het POP-raster: belangstelling × potentieel" : "Team on the POP grid: interest × potential")}</title>\n");
        svg.Append("  <rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
        svg.Append($"  <text x=\"{F(Left)}\" y=\"38\" font-size=\"20\" font-weight=\"600\" fill=\"#1f2933\">{Esc(nl ? "Team op het POP-raster" : "Team on the POP grid")}</text>\n");
        svg.Append($"  <text x=\"{F(Left + GridWidth)}\" y=\"38\" font-size=\"13\" text-anchor=\"end\" fill=\"#52606d\">{Esc(people.Count + (nl ? " medewerkers" : " employees"))}</text>\n");

        // Quadrant fields: colour, name and head count.
        var fields = new (Quadrant Q, double X, double Y, double W, double H, string Fill, string Ink)[]
        {
            (Quadrant.OverestimatesSelf, Left, Top, tx - Left, ty - Top, "#fff4e5", "#b45309"),
            (Quadrant.HighPotential, tx, Top, Left + GridWidth - tx, ty - Top, "#e7f6ec", "#15803d"),
            (Quadrant.NoFurtherAmbition, Left, ty, tx - Left, Top + GridHeight - ty, "#f1f3f5", "#52606d"),
            (Quadrant.UnderestimatesSelf, tx, ty, Left + GridWidth - tx, Top + GridHeight - ty, "#e8f1fb", "#1d4ed8"),
        };
        var ink = fields.ToDictionary(f => f.Q, f => f.Ink);
        foreach (var f in fields)
        {
            int count = people.Count(p => p.Placement.Quadrant == f.Q);
            svg.Append($"  <rect x=\"{F(f.X)}\" y=\"{F(f.Y)}\" width=\"{F(f.W)}\" height=\"{F(f.H)}\" fill=\"{f.Fill}\"/>\n");
            bool top = f.Y <= Top + 0.5;
            double ly = top ? f.Y + 24 : f.Y + f.H - 14;
            svg.Append($"  <text x=\"{F(f.X + 12)}\" y=\"{F(ly)}\" font-size=\"15\" font-weight=\"600\" fill=\"{f.Ink}\">{Esc(catalog.Describe(f.Q, culture).Name)} <tspan font-weight=\"400\">({count})</tspan></text>\n");
        }

        // Frame, threshold lines, ticks.
        svg.Append($"  <rect x=\"{F(Left)}\" y=\"{F(Top)}\" width=\"{F(GridWidth)}\" height=\"{F(GridHeight)}\" fill=\"none\" stroke=\"#9aa5b1\"/>\n");
        svg.Append($"  <line x1=\"{F(tx)}\" y1=\"{F(Top)}\" x2=\"{F(tx)}\" y2=\"{F(Top + GridHeight)}\" stroke=\"#7b8794\" stroke-dasharray=\"6 4\"/>\n");
        svg.Append($"  <line x1=\"{F(Left)}\" y1=\"{F(ty)}\" x2=\"{F(Left + GridWidth)}\" y2=\"{F(ty)}\" stroke=\"#7b8794\" stroke-dasharray=\"6 4\"/>\n");
        for (double v = Math.Ceiling(scale.Minimum); v <= scale.Maximum; v++)
        {
            svg.Append($"  <text x=\"{F(X(v))}\" y=\"{F(Top + GridHeight + 20)}\" font-size=\"12\" text-anchor=\"middle\" fill=\"#52606d\">{F(v)}</text>\n");
            svg.Append($"  <text x=\"{F(Left - 10)}\" y=\"{F(Y(v) + 4)}\" font-size=\"12\" text-anchor=\"end\" fill=\"#52606d\">{F(v)}</text>\n");
        }

        svg.Append($"  <text x=\"{F(Left + (GridWidth / 2))}\" y=\"{F(Top + GridHeight + 46)}\" font-size=\"14\" text-anchor=\"middle\" fill=\"#1f2933\">{Esc(nl ? "Potentieel (inschatting leidinggevende) →" : "Potential (manager's estimate) →")}</text>\n");
        svg.Append($"  <text transform=\"translate({F(Left - 44)} {F(Top + (GridHeight / 2))}) rotate(-90)\" font-size=\"14\" text-anchor=\"middle\" fill=\"#1f2933\">{Esc(nl ? "Belangstelling voor ontwikkeling (medewerker) →" : "Interest in development (employee) →")}</text>\n");

        // People. Gap lines first, so that no line runs over a dot or a name. People on the same
        // spot stand side by side, their names stacked beside the group.
        var spots = people.GroupBy(p => (p.Placement.Potential.Score, p.Placement.Interest.Score)).ToArray();
        foreach (var pass in new[] { 0, 1 })
        {
            foreach (var spot in spots)
            {
                var members = spot.ToArray();
                double baseX = X(spot.Key.Item1), baseY = Y(spot.Key.Item2);
                bool leftLabel = baseX > Left + GridWidth - 140;
                for (int k = 0; k < members.Length; k++)
                {
                    var (name, placement) = members[k];
                    double cx = baseX + ((k - ((members.Length - 1) / 2.0)) * 14);
                    double cy = baseY;
                    string colour = ink[placement.Quadrant];
                    if (pass == 0)
                    {
                        if (placement.SelfAssessmentGap is { } gap && gap.Direction != GapDirection.Aligned)
                        {
                            double sx = X(gap.SelfAssessed.Score);
                            svg.Append($"  <line x1=\"{F(sx)}\" y1=\"{F(cy)}\" x2=\"{F(cx)}\" y2=\"{F(cy)}\" stroke=\"{colour}\" stroke-width=\"1.5\" stroke-dasharray=\"3 3\" opacity=\"0.7\"/>\n");
                            svg.Append($"  <circle cx=\"{F(sx)}\" cy=\"{F(cy)}\" r=\"5\" fill=\"#ffffff\" stroke=\"{colour}\" stroke-width=\"1.5\"/>\n");
                        }

                        continue;
                    }

                    string ring = placement.IsBorderline ? " stroke-dasharray=\"2 2\" stroke=\"#1f2933\" stroke-width=\"1.5\"" : " stroke=\"#ffffff\" stroke-width=\"2\"";
                    string tip = $"{name}: {(nl ? "belangstelling" : "interest")} {F(placement.Interest.Score)}, {(nl ? "potentieel" : "potential")} {F(placement.Potential.Score)}";
                    double groupEdge = baseX + ((leftLabel ? -1 : 1) * (((members.Length - 1) * 7) + 12));
                    double labelY = baseY + 4 + ((k - ((members.Length - 1) / 2.0)) * 16);
                    svg.Append($"  <g><title>{Esc(tip)}</title><circle cx=\"{F(cx)}\" cy=\"{F(cy)}\" r=\"8\" fill=\"{colour}\"{ring}/>");
                    svg.Append($"<text x=\"{F(groupEdge)}\" y=\"{F(labelY)}\" font-size=\"13\" text-anchor=\"{(leftLabel ? "end" : "start")}\" fill=\"#1f2933\" stroke=\"#ffffff\" stroke-width=\"3\" paint-order=\"stroke\">{Esc(name)}</text></g>\n");
                }
            }
        }

        // Legend.
        double ly2 = Height - 22;
        svg.Append($"  <circle cx=\"{F(Left + 6)}\" cy=\"{F(ly2 - 4)}\" r=\"6\" fill=\"#52606d\"/><text x=\"{F(Left + 18)}\" y=\"{F(ly2)}\" font-size=\"12\" fill=\"#52606d\">{Esc(nl ? "inschatting leidinggevende" : "manager's estimate")}</text>\n");
        svg.Append($"  <circle cx=\"{F(Left + 206)}\" cy=\"{F(ly2 - 4)}\" r=\"5\" fill=\"#ffffff\" stroke=\"#52606d\" stroke-width=\"1.5\"/><text x=\"{F(Left + 218)}\" y=\"{F(ly2)}\" font-size=\"12\" fill=\"#52606d\">{Esc(nl ? "eigen inschatting medewerker" : "employee's own estimate")}</text>\n");
        svg.Append($"  <circle cx=\"{F(Left + 426)}\" cy=\"{F(ly2 - 4)}\" r=\"6\" fill=\"#ffffff\" stroke=\"#1f2933\" stroke-dasharray=\"2 2\" stroke-width=\"1.5\"/><text x=\"{F(Left + 438)}\" y=\"{F(ly2)}\" font-size=\"12\" fill=\"#52606d\">{Esc(nl ? "grensgeval" : "borderline")}</text>\n");
        svg.Append("</svg>\n");
        return svg.ToString();
    }

    private static string Esc(string text) => SecurityElement.Escape(text) ?? string.Empty;
}

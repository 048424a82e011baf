using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Html;

namespace CorporateParenting.Web.Features.Performance.Scorecard;

/// <summary>
/// A line chart drawn on the server as SVG: no script, prints in the board pack, and always shown with
/// its numbers in a table beside it (the chart's text alternative says so).
/// </summary>
public static class TrendChart
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static IHtmlContent Render(IReadOnlyList<ShownFigure> points, string label, int width = 140, int height = 40, double? reference = null, bool yearLabels = false) =>
        new HtmlString(Svg(points, label, width, height, reference, yearLabels));

    private const int LabelBand = 20;

    /// <summary>
    /// Where point <paramref name="i"/> of <paramref name="count"/> is drawn: the middle of its own equal column, so a
    /// point sits over its year's label whether the labels are drawn in the chart or by a fixed-layout table under it.
    /// </summary>
    public static double X(int i, int count, int width) => (i + 0.5) * width / Math.Max(1, count);

    /// <summary>The chart as SVG markup; the scorecard draws each small chart once, when it is built, not per request.</summary>
    public static string Svg(IReadOnlyList<ShownFigure> points, string label, int width = 140, int height = 40, double? reference = null, bool yearLabels = false)
    {
        var known = points.Where(p => p.Value is not null).ToList();
        var svg = new StringBuilder();
        var plotHeight = yearLabels ? height - LabelBand : height;
        // A large chart scales to its container (a phone is narrower than it); the viewBox keeps points over their labels.
        var size = yearLabels ? "class=\"app-trend app-trend--large\"" : $"class=\"app-trend\" width=\"{width}\" height=\"{height}\"";
        svg.Append(Invariant, $"<svg {size} viewBox=\"0 0 {width} {height}\" role=\"img\" aria-label=\"{WebUtility.HtmlEncode(label)}: trend over {points.Count} years, figures in the table\" focusable=\"false\">");
        if (known.Count > 0)
        {
            var values = known.Select(p => p.Value!.Value).Append(reference ?? known[0].Value!.Value).ToList();
            double min = values.Min(), max = values.Max();
            if (max - min < 1e-9) { min -= 1; max += 1; }
            const double pad = 4;
            double X(int i) => TrendChart.X(i, points.Count, width);
            double Y(double v) => plotHeight - pad - (v - min) * (plotHeight - 2 * pad) / (max - min);
            if (reference is { } r)
                svg.Append(Invariant, $"<line x1=\"{pad}\" x2=\"{width - pad}\" y1=\"{Y(r):0.#}\" y2=\"{Y(r):0.#}\" stroke=\"#505a5f\" stroke-dasharray=\"3 3\" stroke-width=\"1\"/>");
            var path = string.Join(" ", points.Select((p, i) => (p, i)).Where(x => x.p.Value is not null)
                .Select(x => string.Create(Invariant, $"{X(x.i):0.#},{Y(x.p.Value!.Value):0.#}")));
            svg.Append(Invariant, $"<polyline fill=\"none\" stroke=\"#1d70b8\" stroke-width=\"2\" points=\"{path}\"/>");
            foreach (var (p, i) in points.Select((p, i) => (p, i)).Where(x => x.p.Value is not null))
                svg.Append(Invariant, $"<circle cx=\"{X(i):0.#}\" cy=\"{Y(p.Value!.Value):0.#}\" r=\"2.5\" fill=\"#1d70b8\"/>");
        }
        if (yearLabels)
            foreach (var (p, i) in points.Select((p, i) => (p, i)))
                svg.Append(Invariant, $"<text x=\"{X(i, points.Count, width):0.#}\" y=\"{height - 5}\" text-anchor=\"middle\" font-size=\"13\" fill=\"#0b0c0c\">{p.Year - 1}-{p.Year % 100:00}</text>");
        svg.Append("</svg>");
        return svg.ToString();
    }
}

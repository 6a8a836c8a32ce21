package org.elige.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.elige.input.Json;
import org.elige.model.Messages;
import tools.jackson.databind.node.ObjectNode;

/**
 * A self-contained HTML page for a program manager, a director or an auditor to open offline:
 * inline CSS, and, when it has charts, Apache ECharts, the chart options and the map of Mexico
 * inline too; nothing is fetched from the network. Every chart is followed by the table of its
 * figures (the caller writes it), and the page prints on A4.
 */
public final class Page {
    private static final String CSS = """
            body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:2em auto;max-width:72em;\
            padding:0 1em;color:#1b1f23}
            h1{font-size:1.6em;margin-bottom:.2em}h2{font-size:1.2em;margin-top:2em;border-bottom:1px solid #d0d7de}
            h3{font-size:1em;margin:1.2em 0 .4em}
            table{border-collapse:collapse;margin:.5em 0 1em;width:100%}
            th,td{border:1px solid #d0d7de;padding:.3em .5em;text-align:left;vertical-align:top}
            th{background:#f6f8fa}td.n{text-align:right;font-variant-numeric:tabular-nums}
            tr.changed td{background:#fff8c5}.IDENTICAL{color:#1a7f37}.DIFFERENT{color:#cf222e}.ERROR{color:#9a6700}
            .broken{color:#fff;background:#cf222e;padding:.5em .8em;font-weight:600}
            .muted{color:#57606a}code{font-size:.92em;word-break:break-all}
            figure{margin:1em 0 .5em;break-inside:avoid}figcaption{font-weight:600;margin-bottom:.3em}
            .chart{width:100%;max-width:700px;height:380px}.chart.map{height:460px}
            .switch{border:0;padding:0;margin:.5em 0}.switch label{margin-right:1.2em}
            .switch:has(#metric-rate:checked)+.maps .metric-benefit,\
            .switch:has(#metric-benefit:checked)+.maps .metric-rate{height:0;overflow:hidden;visibility:hidden;margin:0}
            @page{size:A4;margin:15mm}
            @media print{body{margin:0;max-width:none;padding:0;font-size:10pt}.switch{display:none}\
            .maps .metric-rate,.maps .metric-benefit{height:auto!important;visibility:visible!important}\
            tr,figure{break-inside:avoid}h2,figcaption{break-after:avoid}}
            """;
    /** Draws every chart of the page from its options, once ECharts and the map are loaded. */
    private static final String START = """
            (function () {
              var map = document.getElementById('mexico-states');
              if (map) { echarts.registerMap('MX', JSON.parse(map.textContent)); }
              document.querySelectorAll('.chart').forEach(function (el) {
                echarts.init(el, null, {renderer: 'svg'})
                  .setOption(JSON.parse(document.getElementById(el.id + '-option').textContent));
              });
            })();
            """;

    private final StringBuilder out = new StringBuilder();
    private final StringBuilder options = new StringBuilder();
    private final String lang;
    private int charts;
    private boolean map;

    public Page(String lang, String title) {
        this.lang = lang;
        out.append("<!DOCTYPE html>\n<html lang=\"")
                .append(lang)
                .append("\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>")
                .append(escape(title))
                .append("</title><style>")
                .append(CSS)
                .append("</style></head><body><main>\n")
                .append("<h1>")
                .append(escape(title))
                .append("</h1>\n");
    }

    /** A message of the catalogue in the page's language. */
    public String m(String key, Object... args) {
        return Messages.get(lang, key, args);
    }

    public String lang() {
        return lang;
    }

    /** Appends markup as is. */
    public Page raw(String html) {
        out.append(html);
        return this;
    }

    /** Appends an element holding escaped text. */
    public Page el(String tag, String text) {
        return el(tag, "", text);
    }

    public Page el(String tag, String cls, String text) {
        out.append('<')
                .append(tag)
                .append(cls.isEmpty() ? "" : " class=\"" + cls + "\"")
                .append('>')
                .append(escape(text))
                .append("</")
                .append(tag)
                .append(">\n");
        return this;
    }

    /** A table row of escaped cells; {@code head} makes them header cells. */
    public Page row(String cls, boolean head, String... cells) {
        out.append("<tr").append(cls.isEmpty() ? "" : " class=\"" + cls + "\"").append('>');
        for (String c : cells) {
            boolean number = !head && c != null && c.matches("[-+−]?[0-9][0-9,.]*%?");
            out.append(head ? "<th scope=\"col\">" : number ? "<td class=\"n\">" : "<td>")
                    .append(escape(c == null ? "" : c))
                    .append(head ? "</th>" : "</td>");
        }
        out.append("</tr>\n");
        return this;
    }

    /**
     * A chart drawn from ECharts options, captioned; its table follows (the caller writes it right
     * after, as the chart's text alternative).
     *
     * @param cls     extra classes of the chart ("map" for a map of Mexico)
     * @param caption what the chart shows, also its accessible name
     */
    public Page chart(String cls, String caption, ObjectNode option) {
        return chart(cls, caption, option, 0);
    }

    /** A chart of the given height in pixels (0 for the page's default of its class). */
    public Page chart(String cls, String caption, ObjectNode option, int height) {
        String id = "chart-" + ++charts;
        map |= cls.contains("map");
        out.append("<figure><figcaption id=\"")
                .append(id)
                .append("-caption\">")
                .append(escape(caption))
                .append("</figcaption><div id=\"")
                .append(id)
                .append("\" class=\"chart ")
                .append(cls)
                .append(height > 0 ? "\" style=\"height:" + height + "px" : "")
                .append("\" role=\"img\" aria-labelledby=\"")
                .append(id)
                .append("-caption\"></div></figure>\n");
        options.append("<script type=\"application/json\" id=\"")
                .append(id)
                .append("-option\">")
                .append(script(Json.WRITER.writeValueAsString(option)))
                .append("</script>\n");
        return this;
    }

    /** The page, closed, with a line naming what it was made from (and the scripts its charts need). */
    public String end(String source) {
        out.append("<p class=\"muted\">")
                .append(escape(m("audit.html.generated", source)))
                .append("</p>\n</main>\n");
        if (charts > 0) {
            out.append(options).append("<script>").append(Echarts.script()).append("</script>\n");
            if (map) {
                out.append("<script type=\"application/json\" id=\"mexico-states\">")
                        .append(script(Mexico.geometry()))
                        .append("</script>\n");
            }
            out.append("<script>").append(START).append("</script>\n");
        }
        return out.append("</body></html>\n").toString();
    }

    /**
     * {@code part} per {@code unit} of {@code whole} (per 100: a percentage; per 1,000: a rate per
     * thousand households), to one decimal; NaN when the whole is nothing.
     */
    public static double per(long part, long whole, long unit) {
        return whole == 0
                ? Double.NaN
                : BigDecimal.valueOf(part * unit)
                        .divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_EVEN)
                        .doubleValue();
    }

    public static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** JSON safe inside a script element. */
    private static String script(String json) {
        return json.replace("</", "<\\/");
    }
}

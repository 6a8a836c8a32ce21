package org.elige.audit;

import org.elige.model.Messages;

/**
 * A self-contained HTML page for an auditor to open offline: inline CSS, no script, nothing
 * fetched from the network.
 */
final class Html {
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
            """;
    private final StringBuilder out = new StringBuilder();
    private final String lang;

    Html(String lang, String title) {
        this.lang = lang;
        out.append("<!DOCTYPE html>\n<html lang=\"")
                .append(lang)
                .append("\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>")
                .append(escape(title))
                .append("</title><style>")
                .append(CSS)
                .append("</style></head><body>\n")
                .append("<h1>")
                .append(escape(title))
                .append("</h1>\n");
    }

    String m(String key, Object... args) {
        return Messages.get(lang, key, args);
    }

    /** Appends markup as is. */
    Html raw(String html) {
        out.append(html);
        return this;
    }

    /** Appends an element holding escaped text. */
    Html el(String tag, String text) {
        return el(tag, "", text);
    }

    Html el(String tag, String cls, String text) {
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
    Html row(String cls, boolean head, String... cells) {
        out.append("<tr").append(cls.isEmpty() ? "" : " class=\"" + cls + "\"").append('>');
        for (String c : cells) {
            boolean number = !head && c != null && c.matches("[-+]?[0-9][0-9,.]*");
            out.append(head ? "<th>" : number ? "<td class=\"n\">" : "<td>")
                    .append(escape(c == null ? "" : c))
                    .append(head ? "</th>" : "</td>");
        }
        out.append("</tr>\n");
        return this;
    }

    String end(String source) {
        return out.append("<p class=\"muted\">")
                .append(escape(m("audit.html.generated", source)))
                .append("</p>\n</body></html>\n")
                .toString();
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}

package bpdiff.report.html;

/**
 * The skeleton every page shares: a {@code viewport} for phones, the style sheet (Okabe–Ito colours, a CJK
 * font list that renders the homework's Chinese where Noto CJK or a system CJK font is installed, tables that
 * scroll sideways instead of widening the page, pictures that scale) and the script.
 */
public final class Page {

    /** The fonts for text, Latin first, then CJK fonts for the homework's Chinese. */
    static final String FONTS = "'DejaVu Sans','Noto Sans','Noto Sans CJK SC','Noto Sans SC','Source Han Sans SC',"
            + "'WenQuanYi Micro Hei','Microsoft YaHei','PingFang SC',sans-serif";

    private static final String STYLE = "*{box-sizing:border-box}"
            + "body{font-family:" + FONTS + ";max-width:1200px;margin:1.2em auto;padding:0 .8em;color:#222;"
            + "line-height:1.45;overflow-wrap:break-word}body.wide{max-width:1800px}"
            + ":lang(zh){font-family:'Noto Sans CJK SC','Noto Sans SC','Source Han Sans SC','WenQuanYi Micro Hei',"
            + "'Microsoft YaHei','PingFang SC'," + FONTS + "}"
            + "h1{font-size:1.35em}h2{font-size:1.15em;margin-top:1.6em}"
            + "code,.mono,td.num{font-family:'DejaVu Sans Mono','Noto Sans Mono',monospace}"
            + ".scroll{overflow-x:auto;max-width:100%}"
            + "table{border-collapse:collapse;margin:.5em 0 1.2em;font-size:.9em}"
            + "th,td{border:1px solid #bbb;padding:.25em .6em;text-align:left;vertical-align:top}th{background:#eef}"
            + "td.num{text-align:right;white-space:nowrap}tr.mismatch td{background:#fff4ec}"
            + "img{max-width:100%;height:auto;border:1px solid #ddd;margin:.5em 0}"
            + "figure{margin:1em 0}figure svg{width:100%;height:auto;max-width:760px;display:block}"
            + "figure.chart text{font-size:12px;font-family:" + FONTS + "}"
            + "figcaption{font-size:.9em}.note{color:#444;font-size:.9em;margin:.2em 0}"
            + ".legend{list-style:none;padding:0;margin:.3em 0;display:flex;flex-wrap:wrap;gap:.2em 1.2em}"
            + ".legend svg{vertical-align:middle;width:36px;display:inline}"
            + ".ok{color:#00785a}.bad,.fail{color:" + Palette.VERMILLION + ";font-weight:bold}"
            + "blockquote{border-left:4px solid #99c;margin:.5em 0;padding:.2em 1em;background:#f6f6fb}"
            + "section{border-top:2px solid #ccd;margin-top:2em}.conclusion{background:#f3faf3;padding:.6em 1em}"
            + "code{background:#f2f2f2;padding:0 .2em}.caption{font-weight:bold;margin-top:1em}"
            + ".where{background:#fff4ec;border-left:4px solid " + Palette.VERMILLION + ";padding:.4em .8em}"
            + ".control{display:flex;flex-wrap:wrap;align-items:center;gap:.6em;margin:.6em 0}"
            + ".control input{flex:1 1 12em;max-width:30em}"
            + ".picture{overflow-x:auto;max-width:100%;border:1px solid #ddd;background:#fcfcfc}"
            + "svg.network{width:100%;height:auto;display:block}"
            + "svg.network text{font-size:12px;font-family:" + FONTS + "}"
            + ".network .wire{fill:none;stroke:#555;stroke-width:1.6;marker-end:url(#arrow)}"
            + ".network .edge.mismatch .wire{stroke:" + Palette.VERMILLION + ";stroke-width:3;stroke-dasharray:9 5;"
            + "marker-end:url(#arrow-mismatch)}"
            + ".network .edge.unchecked .wire{stroke:#999;stroke-dasharray:2 4}"
            + ".network .box{fill:#fff;stroke:#777}"
            + ".network .edge.mismatch .box{stroke:" + Palette.VERMILLION + ";stroke-width:2.5;stroke-dasharray:9 5;"
            + "fill:#fff4ec}"
            + ".network .edge-label{font-weight:bold}.network .state{font-size:11px}"
            + ".network .said-mismatch{display:none;fill:" + Palette.VERMILLION + ";font-weight:bold}"
            + ".network .said-match{fill:#00785a}.network .edge.mismatch .said-mismatch{display:inline}"
            + ".network .edge.mismatch .said-match,.network .edge.unchecked .said-match{display:none}"
            + "svg.network .value{font-family:'DejaVu Sans Mono','Noto Sans Mono',monospace;font-size:11px}"
            + "svg.network .figure{font-size:11px;fill:#555}"
            + ".network circle{fill:#eef3fb;stroke:" + Palette.BLUE + ";stroke-width:2}"
            + ".network .neuron-name{font-weight:bold}.network .layer-activation{fill:#555;font-style:italic}"
            + ".network .neuron.error-entry circle{stroke:" + Palette.VERMILLION + ";stroke-width:5;"
            + "stroke-dasharray:6 3;fill:#fff4ec}"
            + ".network .error-badge{display:none;fill:" + Palette.VERMILLION + ";font-weight:bold}"
            + ".network .neuron.error-entry .error-badge{display:inline}"
            + ".network .figures{fill:#fff;fill-opacity:.9;stroke:#ccc}"
            + ".network .bias-node rect{fill:#f2f2f2;stroke:#555}.network .more{fill:#555;font-style:italic}"
            + ".network .edge.hl .wire{stroke-width:6}.network .edge.hl .box{stroke:" + Palette.BLUE
            + ";stroke-width:4}.network .neuron.hl circle{stroke-width:7}"
            + ".lines li{cursor:pointer;padding:.15em .3em;border-radius:3px}.lines li.hl{background:#fff3b0}"
            + ".lines{padding-left:0;list-style:none;font-size:.9em}.lines .wrong{color:" + Palette.VERMILLION + "}"
            + ".lines pre{margin:0;white-space:pre-wrap;font-family:'DejaVu Sans Mono','Noto Sans Mono',monospace}"
            + ".side{display:grid;grid-template-columns:minmax(0,1fr);gap:1em}.side>.drawing{order:-1}"
            + "@media (min-width:1200px){.side{grid-template-columns:minmax(0,24em) minmax(0,1fr)}"
            + ".side>.drawing{order:0;position:sticky;top:0;align-self:start;max-height:100vh;overflow-y:auto}}"
            + "@media (max-width:600px){body{font-size:15px;padding:0 .5em}}";

    private Page() {}

    /**
     * The start of a page, up to and including {@code <body>}.
     *
     * @param title the page title (plain text)
     * @return the HTML text
     */
    public static String open(String title) {
        return open(title, "");
    }

    /**
     * The start of a page whose body has a class ({@code wide}: up to 1800 px, for a picture beside text).
     *
     * @param title the page title (plain text)
     * @param bodyClass the class of {@code <body>}, or empty
     * @return the HTML text
     */
    public static String open(String title, String bodyClass) {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>"
                + Html.escape(title) + "</title>\n<style>" + STYLE + "</style>\n</head>\n<body"
                + (bodyClass.isEmpty() ? "" : " class=\"" + Html.escape(bodyClass) + "\"") + ">\n";
    }

    /**
     * The end of a page: the script, then {@code </body></html>}.
     *
     * @return the HTML text
     */
    public static String close() {
        return "<script>" + PageScript.JS + "bpdiffPage();\n</script>\n</body>\n</html>\n";
    }

    /**
     * The style sheet of every page, for a page that puts the views' fragments into a page of its own.
     *
     * @return CSS text
     */
    public static String style() {
        return STYLE;
    }

    /**
     * The script of every page: it defines {@code bpdiffPage()}, to be called after a view's fragment is in
     * the document (highlighting and the epoch control).
     *
     * @return JavaScript text
     */
    public static String script() {
        return PageScript.JS;
    }
}

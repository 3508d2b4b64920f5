package bpdiff.report.html;

/**
 * The program page's style rules, on top of {@link Page}'s: the program's lines with their claims, and the
 * computation graph. A wrong node, edge or line is vermillion and dashed or marked in words, never by colour
 * alone.
 */
final class ProgramStyle {

    private static final String MONO = "'DejaVu Sans Mono','Noto Sans Mono',monospace";

    static final String CSS = "ol.program{list-style:none;padding-left:0;font-size:.85em;margin:.3em 0}"
            + "ol.program>li{padding:.05em .3em;border-left:4px solid transparent;border-radius:2px}"
            + "ol.program>li.right{border-left-color:" + Palette.GREEN + "}"
            + "ol.program>li.wrong{border-left:4px dashed " + Palette.VERMILLION + ";background:#fff8f2}"
            + "ol.program>li.unchecked{border-left:4px dotted " + Palette.VERMILLION + "}"
            + "ol.program>li.linked{cursor:pointer}ol.program>li.hl{background:#fff3b0}"
            + "ol.program pre{margin:0;white-space:pre-wrap;font-family:" + MONO + "}"
            + "ol.program .number{color:#888}"
            + "ol.program>li.cell-head{margin-top:.6em;font-weight:bold;color:#555;border-bottom:1px solid #ddd}"
            + "ol.program>li.ipython pre{color:#888}"
            + ".claim{margin:.1em 0 .35em 3.2em}.claim .mono{font-family:" + MONO + "}"
            + ".claim .said-wrong{display:none;color:" + Palette.VERMILLION + ";font-weight:bold}"
            + ".claim .said-right{color:#00785a;font-weight:bold}.claim.wrong .said-wrong{display:inline}"
            + ".claim.wrong .said-right{display:none}"
            + ".claim .diagnosis{margin:.2em 0;padding-left:1.2em}.claim.right .diagnosis{opacity:.6}"
            + "ul.not-checked{padding-left:1.2em}.where-likely{margin-top:0}"
            + "svg.graph{width:100%;height:auto;display:block}"
            + "svg.graph text{font-size:11px;font-family:" + Page.FONTS + "}"
            + "svg.graph .gval{font-family:" + MONO + "}"
            + ".gnode rect{fill:#fff;stroke:#777;stroke-width:1.2}"
            + ".gnode.parameter rect{fill:#eef3fb;stroke:" + Palette.BLUE + ";stroke-width:2}"
            + ".gnode.data rect{fill:#f4f4f4}"
            + ".gnode.match rect{stroke:" + Palette.GREEN + ";stroke-width:2.4}"
            + ".gnode.mismatch rect{stroke:" + Palette.VERMILLION + ";stroke-width:3;stroke-dasharray:8 4;fill:#fff4ec}"
            + ".gnode.unchecked rect{stroke:" + Palette.VERMILLION + ";stroke-width:2.4;stroke-dasharray:2 3}"
            + ".gname{font-weight:bold}.gline{fill:#888}.gfig{fill:#555}"
            + ".gfig.said-wrong{fill:" + Palette.VERMILLION + ";font-weight:bold}.gfig.said-right{fill:#00785a}"
            + ".gedge path{fill:none;stroke:#666;stroke-width:1.3;marker-end:url(#garrow)}"
            + ".gedge.joined path{stroke-dasharray:2 3}"
            + ".gedge.mismatch path{stroke:" + Palette.VERMILLION + ";stroke-width:2.6;stroke-dasharray:8 4;"
            + "marker-end:url(#garrow-wrong)}"
            + ".gnode.hl rect{stroke:#000;stroke-width:4}.gedge.hl path{stroke-width:4}"
            + ".gnode{cursor:pointer}"
            + "@media (min-width:1200px){.side.program-side{grid-template-columns:minmax(0,36em) minmax(0,1fr)}}";

    private ProgramStyle() {}
}

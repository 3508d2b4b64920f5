package bpdiff.check.diff;

/** The diff as Markdown: the same sentences as the text, the parameters as a table. */
public final class DiffMarkdownFormat {

    private DiffMarkdownFormat() {}

    /**
     * @param r the diff
     * @return the Markdown
     */
    public static String render(DiffReport r) {
        StringBuilder out = new StringBuilder();
        out.append("# bpdiff diff `").append(r.sourceA()).append("` `").append(r.sourceB()).append("`\n\n");
        out.append("**").append(DiffNarrative.verdict(r)).append("**\n\n");
        out.append("- ").append(capital(DiffNarrative.loss(r))).append('\n');
        String forward = DiffNarrative.forward(r);
        if (forward != null) {
            out.append("- ").append(capital(forward)).append('\n');
        }
        out.append("- ").append(r.epochs()).append(r.epochs() == 1 ? " epoch" : " epochs").append(" compared; autograd ").append(r.dtype()).append(" on ")
                .append(r.engine()).append("\n\n");
        out.append("| parameter | epoch | gradient A | gradient B | updated A | updated B | differs | autograd's |\n");
        out.append("|---|---:|---:|---:|---:|---:|---|---|\n");
        for (ComparedParameter p : r.parameters()) {
            EpochPair e = p.shown();
            out.append("| ").append(p.differs() ? "**" + p.label() + "**" : p.label()).append(" | ").append(e.epoch())
                    .append(" | ").append(DiffNarrative.brief(e.gradientA())).append(" | ")
                    .append(DiffNarrative.brief(e.gradientB())).append(" | ").append(DiffNarrative.brief(e.updatedA()))
                    .append(" | ").append(DiffNarrative.brief(e.updatedB())).append(" | ")
                    .append(p.differs() ? "from epoch " + p.firstDifferent() : "never").append(" | ")
                    .append(e.rightA() && e.rightB() ? "both" : e.rightA() ? "A" : e.rightB() ? "B" : "neither")
                    .append(" |\n");
        }
        if (!r.differing().isEmpty()) {
            out.append('\n');
            for (ComparedParameter p : r.differing()) {
                out.append("- ").append(DiffNarrative.parameter(r, p)).append('\n');
            }
        }
        return out.toString();
    }

    private static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}

package bpdiff.report;

import bpdiff.Identified;

/** How {@code bpdiff compare} writes its result ({@code --format}). */
public enum OutputFormat implements Identified {
    /** Aligned tables a person reads like a diff ({@link CompareText}). */
    TEXT("text"),
    /** The {@code bpdiff.compare/1} contract, every epoch ({@link CompareJson}). */
    JSON("json"),
    /** For pasting into a homework or a pull request ({@link CompareMarkdown}). */
    MARKDOWN("markdown"),
    /** One self-contained page with the network drawn ({@link CompareHtml}). */
    HTML("html");

    private final String id;

    OutputFormat(String id) {
        this.id = id;
    }

    /** @return {@code text}, {@code json}, {@code markdown} or {@code html} */
    @Override
    public String id() {
        return id;
    }

    /** @return {@link #id()}, so that picocli lists and reads the ids */
    @Override
    public String toString() {
        return id;
    }
}

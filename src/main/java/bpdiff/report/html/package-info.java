/**
 * Self-contained HTML pages: {@code compare --format html}, {@code check --format html} (a formula list beside
 * the network picture, a program beside the computation graph of its forward pass, laid out by Eclipse ELK's
 * layered algorithm) and the page skeleton, palette and charts shared with {@code run}'s report.
 *
 * <p>Every renderer here is a pure function from result records to a string: no file, network or clock
 * access, so the same page can be written to a file or served. Pages need nothing from outside: the style
 * sheet and the few lines of script are inline, pictures are inline SVG. The numbers shown are those of
 * {@code --format json}, written the same way ({@link bpdiff.report.html.Html#number}).
 */
package bpdiff.report.html;

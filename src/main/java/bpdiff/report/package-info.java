/**
 * Renderings of results: the text, JSON, Markdown and HTML forms of a comparison, the environment line every
 * report carries, and {@link bpdiff.report.OutputFiles}, which writes files whole or not at all. The pieces
 * every HTML page shares (the network picture, charts, page skeleton) are in {@link bpdiff.report.html}.
 */
package bpdiff.report;

/**
 * Renderings of results: the text, JSON and Markdown forms of a comparison, the environment line every
 * report carries, and {@link bpdiff.report.OutputFiles}, which writes files whole or not at all.
 */
package bpdiff.report;

/**
 * The report of {@code bpdiff run}: {@link bpdiff.report.run.ReportFolder} writes the folder
 * ({@code report.md}, a self-contained {@code report.html}, {@code results.json} and the PNG plots), with
 * {@link bpdiff.report.run.PlotRenderer} (XChart, headless), {@link bpdiff.report.run.ResultsJson}
 * (schema {@code bpdiff.run/1}), {@link bpdiff.report.run.MarkdownReport},
 * {@link bpdiff.report.run.HtmlReport}; {@link bpdiff.report.run.ConsoleSummary} prints the short version.
 */
package bpdiff.report.run;

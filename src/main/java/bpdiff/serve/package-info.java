/**
 * {@code bpdiff serve}: a local HTTP server with a page where a student pastes a program or a formula list and
 * presses Check, Compare or (with a second program) Diff, and the JSON API behind it ({@code GET /api/networks},
 * {@code GET /api/examples}, {@code POST /api/check}, {@code POST /api/compare}, {@code POST /api/diff}). The answers
 * are the documents of {@code --format json}, with the exit status in a field; the page shows {@code --format html}.
 *
 * <p>Built on Jetty's core server (docs/pages.md says why). Safe by default: it listens on 127.0.0.1; slow and lying
 * clients hold no thread ({@link bpdiff.serve.ServeSettings}'s limits on headers, bodies of at most 1 MiB and
 * connections); each computation has a time limit ({@link bpdiff.serve.Deadline}) and a few run at once
 * ({@link bpdiff.serve.Admission}); a request never names a file the server opens; a student's program runs only in
 * bpdiff's interpreter; every error, the HTTP layer's too ({@link bpdiff.serve.JsonErrors}), is a JSON body with the
 * command line's one-line message ({@link bpdiff.serve.ErrorAnswer}); running out of memory is answered and the
 * server goes on.
 *
 * <p>Layering: {@code cli → serve → command → report → …}: {@link bpdiff.serve.CheckService},
 * {@link bpdiff.serve.CompareService} and {@link bpdiff.serve.DiffService} call the commands' own code
 * ({@link bpdiff.command.TextCheck}, {@link bpdiff.command.ComparisonSettings}, {@link bpdiff.command.NetworkSettings},
 * {@link bpdiff.check.diff.ProgramDiff}).
 */
package bpdiff.serve;

/**
 * {@code bpdiff serve}: a small HTTP server on this machine with a page where a student pastes a homework program
 * or a list of formulas, presses Check or Compare and sees the computation graph or the network drawn with the
 * wrong parts marked, or gives a second program and presses Diff to see the two compared epoch by epoch, and the
 * JSON API behind it ({@code GET /api/networks}, {@code GET /api/examples}, {@code POST /api/check},
 * {@code POST /api/compare}, {@code POST /api/diff}).
 *
 * <p>Built on Jetty's core server (docs/pages.md says why). Safe by default: the {@link bpdiff.serve.Server} listens on
 * 127.0.0.1, slow and lying clients hold no thread and are cut off ({@link bpdiff.serve.ServeSettings}'s limits on
 * headers, bodies and connections), a request body is at most 1 MiB, each computation has a
 * time limit ({@link bpdiff.serve.Deadline}), at most a few run at once and a few more wait
 * ({@link bpdiff.serve.Admission}); a request never names a file that the server opens, a student's program runs
 * only in bpdiff's restricted interpreter, and every error is a JSON body with the command line's one-line message
 * ({@link bpdiff.serve.ErrorAnswer}), also for what the HTTP layer refuses ({@link bpdiff.serve.JsonErrors}); a
 * computation out of memory is answered and the server goes on. The answers are the documents of {@code --format json}, with the exit status
 * in a field; the page shows the views of {@code --format html}.
 *
 * <p>Layering: {@code cli → serve → command → report → …}: a check and a comparison are the commands' own code
 * ({@link bpdiff.command.TextCheck}, {@link bpdiff.command.ComparisonSettings}, and the options' checks of
 * {@link bpdiff.command.NetworkSettings}; {@link bpdiff.check.diff.ProgramDiff} for a diff), called by
 * {@link bpdiff.serve.CheckService}, {@link bpdiff.serve.CompareService} and {@link bpdiff.serve.DiffService}.
 */
package bpdiff.serve;

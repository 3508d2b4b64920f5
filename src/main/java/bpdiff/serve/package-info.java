/**
 * {@code bpdiff serve}: a small HTTP server on this machine with a page where a student pastes a derivation,
 * presses Check or Compare and sees the network drawn with the wrong connections marked, and the JSON API
 * behind it ({@code GET /api/networks}, {@code POST /api/check}, {@code POST /api/compare}).
 *
 * <p>Built on the JDK's own {@code com.sun.net.httpserver} (README says why). Safe by default: the
 * {@link bpdiff.serve.Server} listens on 127.0.0.1, a request body is at most 1 MiB, each computation has a
 * time limit ({@link bpdiff.serve.Deadline}), at most a few run at once and a few more wait
 * ({@link bpdiff.serve.Admission}); a request never names a file that the server opens, and every error is a
 * JSON body with the command line's one-line message ({@link bpdiff.serve.ErrorAnswer}). The answers are the
 * documents of {@code --format json}, with the exit status in a field; the page shows the views of
 * {@code --format html}.
 *
 * <p>Layering: {@code cli → serve → report → …}; the check itself is called in one class only,
 * {@link bpdiff.serve.CheckService}.
 */
package bpdiff.serve;

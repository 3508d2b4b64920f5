package bpdiff.serve;

import bpdiff.gradient.Precision;
import bpdiff.network.Activation;
import bpdiff.network.LossFunction;
import bpdiff.gradient.Environment;
import bpdiff.report.html.Html;
import bpdiff.report.html.Page;
import bpdiff.report.html.ProgramHtml;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The page: {@code /} (the form), {@code /bpdiff.css} (the style sheet of {@code --format html} and the
 * form's) and {@code /bpdiff.js} (the scripts of {@code --format html}, a formula list's and a program's, then the
 * form's). Three fixed answers, made once from the jar's resources; no request path is ever mapped to a file.
 *
 * <p>The page may run only its own script and talk only to this server (Content-Security-Policy), and may
 * not be framed by another site.
 */
final class PageHandler extends Handler.Abstract {

    private static final String POLICY = "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; connect-src 'self' blob:; base-uri 'none'; form-action 'none'; "
            + "frame-ancestors 'none'";

    private final Map<String, Asset> assets;

    /** A fixed answer. */
    private record Asset(String contentType, String body) {}

    /**
     * Makes the page from the resources.
     *
     * @param environment bpdiff's, DJL's and PyTorch's versions, for the page to name
     */
    PageHandler(Environment environment) {
        String index = read("index.html")
                .replace("{{version}}", Html.escape("bpdiff " + environment.bpdiff() + ", DJL " + environment.djl()
                        + ", PyTorch " + environment.pytorch()))
                .replace("{{dtypes}}", options(Precision.FLOAT64.id(), Precision.FLOAT32.id()))
                .replace("{{activations}}", options(Activation.ids().split(", ")))
                .replace("{{losses}}", options(LossFunction.ids().split(", ")));
        assets = Map.of(
                "/", new Asset("text/html; charset=utf-8", index),
                "/bpdiff.css", new Asset("text/css; charset=utf-8", Page.style() + "\n" + read("serve.css")),
                "/bpdiff.js", new Asset("text/javascript; charset=utf-8", Page.script() + "\n" + ProgramHtml.script()
                        + "\n" + read("serve.js")));
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        String path = Request.getPathInContext(request);
        Asset asset = assets.get(path);
        if (asset == null) {
            Exchanges.send(response, callback, ErrorAnswer.refused(404, "no such page; the page is / and the API is "
                    + "under /api/", path));
            return true;
        }
        if (!request.getMethod().equals("GET") && !request.getMethod().equals("HEAD")) {
            response.getHeaders().put(HttpHeader.ALLOW, "GET, HEAD");
            Exchanges.send(response, callback, ErrorAnswer.refused(405, "use GET or HEAD here", request.getMethod()
                    + " " + path));
            return true;
        }
        response.getHeaders().put("Content-Security-Policy", POLICY);
        response.getHeaders().put("X-Frame-Options", "DENY");
        Exchanges.send(response, callback, 200, asset.contentType(), asset.body());
        return true;
    }

    private static String options(String... values) {
        StringBuilder html = new StringBuilder();
        for (String v : values) {
            html.append("<option value=\"").append(Html.escape(v)).append("\">").append(Html.escape(v))
                    .append("</option>");
        }
        return html.toString();
    }

    private static String read(String name) {
        try (InputStream in = PageHandler.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the jar lacks bpdiff/serve/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

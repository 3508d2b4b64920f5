package bpdiff.serve;

import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/** Sends {@code /api/…} to the API and every other path to the page, which answers 404 for what it does not have. */
final class Routes extends Handler.Abstract {

    private final Handler api;
    private final Handler page;

    /** Creates the routes. */
    Routes(Handler api, Handler page) {
        this.api = api;
        this.page = page;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        return Request.getPathInContext(request).startsWith("/api/") ? api.handle(request, response, callback)
                : page.handle(request, response, callback);
    }
}

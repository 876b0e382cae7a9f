package org.makemothersmatter.core.web.assets;

import java.util.Map;
import java.util.Optional;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.makemothersmatter.core.web.cache.Compression;
import org.makemothersmatter.core.web.cache.EntityTags;
import org.makemothersmatter.core.web.cache.KeptBytes;

/**
 * Serves the shipped files ahead of the web framework, from memory, on every host name. An address that is not a
 * shipped file goes on to the framework, which answers with the 404 page.
 */
public final class AssetHandler extends Handler.Wrapper {

    /** The fingerprinted address always names the same bytes. */
    static final String IMMUTABLE = "public, max-age=31536000, immutable";
    /**
     * The plain address (old links, e-mails) and a fingerprint that is not the file's answer the file as it is now,
     * kept but checked again (a 304 mostly) before each use, so that a changed file shows at once. A stale fingerprint
     * is a page rendered before the file changed, still in a browser or a proxy for a few seconds, or, while servers
     * are replaced one by one, a new page asking an old server: a 404 would leave that page without its style, and a
     * year's caching would keep the wrong bytes under the new address.
     */
    static final String REVALIDATE = "no-cache";

    private final Assets assets;
    private final Map<String, String> fixedHeaders;

    /** {@code fixedHeaders}: what every answer of the site carries (its security headers). */
    public AssetHandler(Assets assets, Map<String, String> fixedHeaders) {
        this.assets = assets;
        this.fixedHeaders = Map.copyOf(fixedHeaders);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String method = request.getMethod();
        String path = Request.getPathInContext(request);
        if (!HttpMethod.GET.is(method) && !HttpMethod.HEAD.is(method) || !path.startsWith(Assets.PREFIX)) {
            return super.handle(request, response, callback);
        }
        Optional<Assets.Found> found = assets.find(path.substring(Assets.PREFIX.length()));
        if (found.isEmpty()) {
            return super.handle(request, response, callback);
        }
        Asset asset = found.get().asset();
        Asset.Variant variant = asset.in(Compression.choose(request.getHeaders().get(HttpHeader.ACCEPT_ENCODING)));
        HttpFields.Mutable headers = response.getHeaders();
        fixedHeaders.forEach(headers::put);
        headers.put(HttpHeader.CACHE_CONTROL, found.get().current() ? IMMUTABLE : REVALIDATE);
        headers.put(HttpHeader.ETAG, variant.etag());
        if (asset.compressible()) {
            headers.put(HttpHeader.VARY, HttpHeader.ACCEPT_ENCODING.asString());
        }
        if (EntityTags.matches(request.getHeaders().get(HttpHeader.IF_NONE_MATCH), variant.etag())) {
            KeptBytes.notModified(response, callback);
        } else {
            KeptBytes.send(request, response, callback, HttpStatus.OK_200, asset.contentType, variant.coding(),
                    variant.bytes());
        }
        return true;
    }
}

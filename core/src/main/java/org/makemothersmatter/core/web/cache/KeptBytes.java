package org.makemothersmatter.core.web.cache;

import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.BufferUtil;
import org.eclipse.jetty.util.Callback;

/** Answers a request from bytes held in memory, a kept page or a shipped file, the same way for both. */
public final class KeptBytes {

    private KeptBytes() {
    }

    /** 304: the browser's copy is these bytes. */
    public static void notModified(Response response, Callback callback) {
        response.setStatus(HttpStatus.NOT_MODIFIED_304);
        response.write(true, BufferUtil.EMPTY_BUFFER, callback);
    }

    /** The bytes in their coding (null: as they are), with their type and length; the headers alone for HEAD. */
    public static void send(Request request, Response response, Callback callback, int status, String contentType,
                            String coding, byte[] body) {
        HttpFields.Mutable headers = response.getHeaders();
        if (coding != null) {
            headers.put(HttpHeader.CONTENT_ENCODING, coding);
        }
        headers.put(HttpHeader.CONTENT_TYPE, contentType);
        headers.put(HttpHeader.CONTENT_LENGTH, body.length);
        response.setStatus(status);
        response.write(true, HttpMethod.HEAD.is(request.getMethod()) ? BufferUtil.EMPTY_BUFFER : ByteBuffer.wrap(body),
                callback);
    }
}

package dev.archforge.mcp.cancel;

import io.modelcontextprotocol.common.McpTransportContext;
import io.modelcontextprotocol.server.McpTransportContextExtractor;
import io.modelcontextprotocol.server.transport.HeaderAccessor;
import io.modelcontextprotocol.server.transport.HttpServletRequestUtils;
import io.modelcontextprotocol.server.transport.ServerHttpHeaderValidator;
import io.modelcontextprotocol.server.transport.ServerTransportSecurityException;
import io.modelcontextprotocol.spec.HttpHeaders;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Cancellation over Streamable HTTP: a filter in front of the SDK's servlet, which reads each POST
 * body itself and hands a tool neither the id of its call nor a {@code notifications/cancelled}. The
 * filter reads the head of the body of each POST in a session ({@link JsonRpcHead}; the servlet
 * then reads the whole body as it came):
 *
 * <ul>
 *   <li>a {@code tools/call} is registered under its {@code Mcp-Session-Id} and id and reaches the tool
 *       through the transport context ({@link #contextExtractor}); once cancelled, nothing more is
 *       written on its response stream, which ends without a response;
 *   <li>a {@code notifications/cancelled} that passes the SDK's own Origin and Host checks cancels the
 *       call it names and is answered {@code 202 Accepted} here, as the SDK answers a notification.
 * </ul>
 */
public final class HttpCancellation implements Filter {
    private static final String ATTRIBUTE = Call.class.getName();
    /**
     * The most of a body read for its head: the SDK's own limit on a message (16 MB in 2.2.0). A
     * client that writes {@code id} after {@code params} (the TypeScript SDK does) has its call read
     * to the end twice; a body the SDK refuses anyway is not read for its head at all.
     */
    static final int HEAD_LIMIT = 16 * 1024 * 1024;

    private final RunningCalls calls;
    private final ServerHttpHeaderValidator headers;

    /**
     * @param headers the validator the SDK's servlet checks requests with, so a cancellation is
     *     accepted from whoever may send a request and no one else
     */
    public HttpCancellation(RunningCalls calls, ServerHttpHeaderValidator headers) {
        this.calls = calls;
        this.headers = headers;
    }

    /** Puts the call a request registered into the transport context the tool handler receives. */
    public McpTransportContextExtractor<HttpServletRequest> contextExtractor() {
        return request -> request.getAttribute(ATTRIBUTE) instanceof Call call
                ? McpTransportContext.create(Map.of(Call.CONTEXT_KEY, call))
                : McpTransportContext.EMPTY;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        String session = req instanceof HttpServletRequest http && "POST".equals(http.getMethod())
                ? http.getHeader(HttpHeaders.MCP_SESSION_ID)
                : null;
        if (session == null
                || !HttpServletRequestUtils.isJsonContentType(req.getContentType())
                || req.getContentLengthLong() > HEAD_LIMIT
                || !(res instanceof HttpServletResponse response)) {
            // not a message of a session (initialize, the event stream, a session's end): the SDK's alone
            chain.doFilter(req, res);
            return;
        }
        HttpServletRequest request = (HttpServletRequest) req;
        InputStream body = request.getInputStream();
        RecordingInputStream read = new RecordingInputStream(body, HEAD_LIMIT);
        JsonRpcHead head;
        try {
            head = JsonRpcHead.read(read);
        } catch (IOException e) {
            // cut short or too long: the SDK reads what is left and answers as it does
            head = JsonRpcHead.NONE;
        }
        ReplayedRequest replayed = new ReplayedRequest(request, read.recorded(), body);
        if (head.isCancellation() && allowed(request)) {
            calls.cancel(session, head.cancelled().orElseThrow());
            response.setStatus(HttpServletResponse.SC_ACCEPTED);
            return;
        }
        if (!head.isToolCall()) {
            chain.doFilter(replayed, response);
            return;
        }
        Object id = head.id().orElseThrow();
        Call call = calls.start(session, id);
        replayed.setAttribute(ATTRIBUTE, call);
        try {
            // the servlet answers a call before it returns: the response is written or silenced by then
            chain.doFilter(replayed, new SilencedResponse(response, call));
        } finally {
            calls.end(session, id, call);
        }
    }

    private boolean allowed(HttpServletRequest request) {
        try {
            headers.validate(new Headers(request));
            return true;
        } catch (ServerTransportSecurityException e) {
            // the SDK answers it with its own status
            return false;
        }
    }

    /** The request's headers as the SDK's validator reads them. */
    private record Headers(HttpServletRequest request) implements HeaderAccessor {
        @Override
        public List<String> getHeader(String name) {
            return Collections.list(request.getHeaders(name));
        }

        @Override
        public List<String> getHeaderNames() {
            return Collections.list(request.getHeaderNames());
        }
    }
}

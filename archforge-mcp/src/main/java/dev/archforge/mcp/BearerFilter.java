package dev.archforge.mcp;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/** Lets through only requests with {@code Authorization: Bearer <token>}, compared in constant time. */
final class BearerFilter implements Filter {
    private final byte[] expected;

    BearerFilter(String token) {
        this.expected = ("Bearer " + token).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String header = ((HttpServletRequest) request).getHeader("Authorization");
        byte[] given = header == null ? new byte[0] : header.getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(expected, given)) {
            HttpServletResponse http = (HttpServletResponse) response;
            http.setHeader("WWW-Authenticate", "Bearer realm=\"archforge\"");
            http.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            http.setContentType("application/json");
            http.getWriter().write("{\"error\":\"a bearer token is required\"}");
            return;
        }
        chain.doFilter(request, response);
    }
}

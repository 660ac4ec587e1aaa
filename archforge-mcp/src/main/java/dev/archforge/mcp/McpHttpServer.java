package dev.archforge.mcp;

import dev.archforge.mcp.cancel.HttpCancellation;
import dev.archforge.mcp.support.Json;
import dev.archforge.model.UsageException;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.server.transport.DefaultServerTransportSecurityValidator;
import io.modelcontextprotocol.server.transport.HttpServletStreamableServerTransportProvider;
import io.modelcontextprotocol.server.transport.ServerHttpHeaderValidator;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.catalina.Context;
import org.apache.catalina.LifecycleException;
import org.apache.catalina.Wrapper;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.startup.Tomcat;
import org.apache.tomcat.util.descriptor.web.FilterDef;
import org.apache.tomcat.util.descriptor.web.FilterMap;

/**
 * The server over Streamable HTTP at {@code /mcp}, on an embedded Tomcat. Bound to 127.0.0.1 unless told
 * otherwise; the {@code Origin} header must name a local page or an allowed origin and, on a loopback
 * address, the {@code Host} header a loopback name (DNS-rebinding protection, as the specification asks);
 * a bearer token is required when one is given, and must be given to bind anywhere else. Client
 * cancellation is honoured by a filter in front of the SDK's servlet ({@link HttpCancellation}).
 */
public final class McpHttpServer implements AutoCloseable {
    public static final String PATH = "/mcp";

    private final Tomcat tomcat;
    private final McpSyncServer server;
    private final Path baseDir;

    private McpHttpServer(Tomcat tomcat, McpSyncServer server, Path baseDir) {
        this.tomcat = tomcat;
        this.server = server;
        this.baseDir = baseDir;
    }

    /**
     * Where and how to listen.
     *
     * @param host the address to bind
     * @param port the port, 0 for any free one
     * @param token the bearer token clients must send, required on a non-loopback address
     * @param allowedOrigins origins allowed besides local pages, e.g. {@code https://app.example.com}
     */
    public record Options(String host, int port, Optional<String> token, List<String> allowedOrigins) {
        public Options {
            allowedOrigins = List.copyOf(allowedOrigins);
            if (port < 0 || port > 65535) {
                throw new UsageException("--http port must be 0 to 65535, got " + port);
            }
            if (token.isPresent() && token.get().isBlank()) {
                throw new UsageException("the bearer token is empty");
            }
        }
    }

    public static McpHttpServer start(ArchforgeMcp mcp, Options options) {
        boolean loopback = isLoopback(options.host());
        if (!loopback && options.token().isEmpty()) {
            throw new UsageException("--http on " + options.host() + ", not a loopback address, needs a bearer token:"
                    + " --token TOKEN or the environment variable ARCHFORGE_MCP_TOKEN");
        }
        List<String> origins = new ArrayList<>(List.of("http://localhost:*", "http://127.0.0.1:*", "http://[::1]:*"));
        origins.addAll(options.allowedOrigins());
        DefaultServerTransportSecurityValidator.Builder security =
                DefaultServerTransportSecurityValidator.builder().allowedOrigins(origins);
        if (loopback) {
            security.allowedHosts(List.of("localhost:*", "127.0.0.1:*", "[::1]:*"));
        }
        ServerHttpHeaderValidator headers = security.build();
        HttpCancellation cancellation = new HttpCancellation(mcp.calls(), headers);
        HttpServletStreamableServerTransportProvider transport = HttpServletStreamableServerTransportProvider.builder()
                .jsonMapper(Json.mcp())
                .mcpEndpoint(PATH)
                .httpHeaderValidator(headers)
                .contextExtractor(cancellation.contextExtractor())
                .build();
        McpSyncServer server = mcp.configure(McpServer.sync(transport));
        Path base;
        try {
            base = Files.createTempDirectory("archforge-mcp-tomcat");
        } catch (IOException e) {
            throw new UsageException("cannot create a working folder for the HTTP server: " + e.getMessage());
        }
        Tomcat tomcat = new Tomcat();
        tomcat.setBaseDir(base.toString());
        Connector connector = new Connector();
        connector.setPort(options.port());
        connector.setProperty("address", options.host());
        tomcat.setConnector(connector);
        Context context = tomcat.addContext("", base.toString());
        Wrapper wrapper = Tomcat.addServlet(context, "mcp", transport);
        wrapper.setAsyncSupported(true);
        context.addServletMapping(PATH, "mcp");
        options.token().ifPresent(token -> {
            FilterDef def = new FilterDef();
            def.setFilterName("bearer");
            def.setFilter(new BearerFilter(token));
            def.setAsyncSupported("true");
            context.addFilterDef(def);
            FilterMap map = new FilterMap();
            map.setFilterName("bearer");
            map.addURLPattern("/*");
            context.addFilterMap(map);
        });
        // after the bearer check: a cancellation must come from a client that may call at all
        FilterDef cancelling = new FilterDef();
        cancelling.setFilterName("cancellation");
        cancelling.setFilter(cancellation);
        cancelling.setAsyncSupported("true");
        context.addFilterDef(cancelling);
        FilterMap cancellingMap = new FilterMap();
        cancellingMap.setFilterName("cancellation");
        cancellingMap.addURLPattern(PATH);
        context.addFilterMap(cancellingMap);
        try {
            tomcat.start();
        } catch (LifecycleException e) {
            throw new UsageException(
                    "cannot listen on " + options.host() + ":" + options.port() + ": " + e.getMessage());
        }
        if (connector.getLocalPort() <= 0) {
            McpHttpServer failed = new McpHttpServer(tomcat, server, base);
            failed.close();
            throw new UsageException("cannot listen on " + options.host() + ":" + options.port()
                    + " (in use, or not an address of this machine)");
        }
        return new McpHttpServer(tomcat, server, base);
    }

    public int port() {
        return tomcat.getConnector().getLocalPort();
    }

    /** Blocks until the server stops. */
    public void await() {
        tomcat.getServer().await();
    }

    static boolean isLoopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            throw new UsageException("unknown host '" + host + "' for --http");
        }
    }

    @Override
    public void close() {
        server.closeGracefully();
        try {
            tomcat.stop();
            tomcat.destroy();
        } catch (LifecycleException e) {
            // stopping: nothing left to serve either way
        }
        try (var files = Files.walk(baseDir)) {
            files.sorted(java.util.Comparator.reverseOrder())
                    .forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is harmless
        }
    }
}

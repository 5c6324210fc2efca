package org.livingreview.manuscript.preview;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import org.livingreview.manuscript.build.ReviewWatcher;
import org.livingreview.manuscript.html.HtmlPage;

/**
 * Serves the output folder on the loopback address only, the web page at {@code /}, and tells open pages
 * after every build ({@code /events}, server-sent events): a page reloads itself when the build succeeded
 * and shows the problems when it failed. Nothing else than the output folder's own files is served.
 */
public final class PreviewServer implements AutoCloseable {

    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8",
            "pdf", "application/pdf", "svg", "image/svg+xml", "md", "text/markdown; charset=utf-8",
            "json", "application/json", "bib", "text/plain; charset=utf-8", "ris", "text/plain; charset=utf-8");
    private static final String RELOAD_SCRIPT = resource("reload.js");

    private final HttpServer server;
    private final Path outputDir;
    private final List<OutputStream> listeners = new CopyOnWriteArrayList<>();
    private volatile String lastEvent = "event: waiting\ndata: building\n\n";

    private PreviewServer(HttpServer server, Path outputDir) {
        this.server = server;
        this.outputDir = outputDir;
    }

    /** Starts serving {@code outputDir} on 127.0.0.1 at {@code port} (0: any free port). */
    public static PreviewServer start(Path outputDir, int port) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        PreviewServer preview = new PreviewServer(server, outputDir);
        server.createContext("/events", preview::events);
        server.createContext("/", preview::file);
        server.setExecutor(Executors.newCachedThreadPool(r -> {
            Thread thread = new Thread(r, "preview-http");
            thread.setDaemon(true);
            return thread;
        }));
        server.start();
        return preview;
    }

    /** Where the page is served. */
    public URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    /** The address the server listens on. */
    public InetSocketAddress address() {
        return server.getAddress();
    }

    /** Tells every open page what a build did: reload on success, the problems otherwise. */
    public void built(ReviewWatcher.Outcome outcome) {
        String data = String.join("\n", outcome.lines()).replace("\r", "");
        StringBuilder event = new StringBuilder("event: ").append(outcome.succeeded() ? "reload" : "failed")
                .append('\n');
        data.lines().forEach(line -> event.append("data: ").append(line).append('\n'));
        lastEvent = event.append('\n').toString();
        for (OutputStream listener : listeners) {
            send(listener, lastEvent);
        }
    }

    private void events(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        OutputStream body = exchange.getResponseBody();
        listeners.add(body);
        if (lastEvent.startsWith("event: failed")) {
            send(body, lastEvent);
        } else {
            send(body, ": connected\n\n");
        }
    }

    private void send(OutputStream listener, String event) {
        try {
            synchronized (listener) {
                listener.write(event.getBytes(StandardCharsets.UTF_8));
                listener.flush();
            }
        } catch (IOException e) {
            listeners.remove(listener);
        }
    }

    private void file(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String name = path.equals("/") ? HtmlPage.FILE : path.substring(1);
            Path file = outputDir.resolve(name).normalize();
            if (!name.matches("[\\w][\\w.-]*") || !file.getParent().equals(outputDir.normalize())
                    || !Files.isRegularFile(file)) {
                byte[] body = page("Not found: " + name + " — the preview serves the files of "
                        + outputDir.getFileName() + " only.");
                respond(exchange, 404, "text/html; charset=utf-8", body);
                return;
            }
            byte[] content = Files.readAllBytes(file);
            if (name.equals(HtmlPage.FILE)) {
                content = new String(content, StandardCharsets.UTF_8)
                        .replace("</body>", "<script>" + RELOAD_SCRIPT + "</script></body>")
                        .getBytes(StandardCharsets.UTF_8);
            }
            String extension = name.substring(name.lastIndexOf('.') + 1);
            respond(exchange, 200, TYPES.getOrDefault(extension, "application/octet-stream"), content);
        }
    }

    /** A page of its own for when there is no review.html yet: it waits for the next build. */
    private static byte[] page(String message) {
        return ("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>living-review preview"
                + "</title></head><body><p>" + message.replace("&", "&amp;").replace("<", "&lt;") + "</p><script>"
                + RELOAD_SCRIPT + "</script></body></html>").getBytes(StandardCharsets.UTF_8);
    }

    private static void respond(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
    }

    private static String resource(String name) {
        try (InputStream in = PreviewServer.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(name + " is part of living-review", e);
        }
    }

    @Override
    public void close() {
        for (OutputStream listener : listeners) {
            try {
                listener.close();
            } catch (IOException e) {
                // The page went away first.
            }
        }
        server.stop(0);
    }
}

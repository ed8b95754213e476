package fr.lillemetropole.bnm.it;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A real portal, started exactly as a newcomer or the MEL's IT team starts it: {@code ./bnm run}
 * with BNM_HOME, BNM_PORT, BNM_DEMO and BNM_ADMIN_PASSWORD, on a free loopback port.
 */
public final class Portal implements AutoCloseable {

    public static final String ADMIN_PASSWORD = "it-admin-secret-2022";
    public static final String DEMO_PASSWORD = "bnm-demo-2022";
    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);
    /** Sling re-registers services (servlet resolver, API servlets) for a few seconds after it first answers. */
    private static final Duration SETTLE = Duration.ofSeconds(4);

    private final Path root = Path.of(System.getProperty("bnm.root", "..")).toAbsolutePath().normalize();
    private final Path home;
    private final int port;
    private final Path log;
    private final boolean demo;
    private final String adminPassword;
    private final Map<String, String> extraEnv = new java.util.LinkedHashMap<>();
    private Process process;

    public Portal(String name) throws IOException {
        this(name, true, ADMIN_PASSWORD);
    }

    /** A portal in demo mode or not, with the given admin password (null: BNM_ADMIN_PASSWORD unset). */
    public Portal(String name, boolean demo, String adminPassword) throws IOException {
        this.demo = demo;
        this.adminPassword = adminPassword;
        // every run starts from an empty BNM_HOME (a restart within a test keeps it)
        deleteRecursively(Path.of(System.getProperty("bnm.it.home", "target/bnm-home")).toAbsolutePath().resolve(name));
        Path base = Path.of(System.getProperty("bnm.it.home", "target/bnm-home")).toAbsolutePath();
        this.home = base.resolve(name);
        this.log = base.resolve(name + ".log");
        Files.createDirectories(base);
        this.port = freePort();
    }

    /**
     * Sets an environment variable of {@code ./bnm run} (before {@link #start()}): the features' OSGi configurations
     * read theirs there, such as BNM_SMTP_HOST for « BNM - courrier ».
     */
    public Portal env(String name, String value) {
        extraEnv.put(name, value);
        return this;
    }

    public Portal start() throws IOException, InterruptedException {
        process = bnmCommand("run").redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        awaitReady();
        return this;
    }

    /** {@code ./bnm <args>} with this portal's BNM_HOME, BNM_PORT, BNM_DEMO and BNM_ADMIN_PASSWORD, stdout and stderr merged. */
    private ProcessBuilder bnmCommand(String... args) {
        java.util.List<String> command = new java.util.ArrayList<>();
        command.add(root.resolve("bnm").toString());
        command.addAll(java.util.List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(root.toFile());
        Map<String, String> env = builder.environment();
        env.put("BNM_SKIP_BUILD", "1");
        env.put("BNM_HOME", home.toString());
        env.put("BNM_PORT", Integer.toString(port));
        env.put("BNM_DEMO", demo ? "1" : "0");
        env.remove("BNM_ADMIN_PASSWORD");
        if (adminPassword != null) {
            env.put("BNM_ADMIN_PASSWORD", adminPassword);
        }
        env.putAll(extraEnv);
        return builder.redirectErrorStream(true);
    }

    /** The outcome of a {@code ./bnm} command other than run: its exit code and what it printed. */
    public record Command(int exitCode, String output) {}

    /** Runs {@code ./bnm <args>} (backup, restore...) on this portal's BNM_HOME and waits for it (5 minutes at most). */
    public Command bnm(String... args) throws IOException, InterruptedException {
        Process command = bnmCommand(args).start();
        command.getOutputStream().close();
        java.util.concurrent.CompletableFuture<String> output = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                return new String(command.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                return e.toString();
            }
        });
        if (!command.waitFor(5, TimeUnit.MINUTES)) {
            command.destroyForcibly();
            throw new IllegalStateException("./bnm " + String.join(" ", args) + " did not end within 5 minutes");
        }
        return new Command(command.exitValue(), output.join());
    }

    /**
     * Ready means: home page served, the API answering (401 to anonymous), the campaign declared and, in demo
     * mode, the demo commune's area seeded (its agent can read it and call the API); all of it for 4 seconds in a
     * row. Outside demo mode the campaign is checked through the log.
     */
    private void awaitReady() throws InterruptedException, IOException {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        long readySince = 0;
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("./bnm run exited with " + process.exitValue() + "; see " + log);
            }
            try {
                boolean home = get("/content/bnm.html").statusCode() == 200
                        && get("/bnm/api/v1/me").statusCode() == 401;
                if (home && (!demo
                        || get("/bnm/api/v1/me", "agent.demo", DEMO_PASSWORD).statusCode() == 200
                        && get("/var/bnm/tenants/ville-demo.json", "agent.demo", DEMO_PASSWORD).statusCode() == 200
                        && get("/var/bnm/campaigns/ami-bnm-2022.json", "agent.demo", DEMO_PASSWORD).statusCode() == 200)) {
                    readySince = readySince == 0 ? System.nanoTime() : readySince;
                    if (System.nanoTime() - readySince >= SETTLE.toNanos()) {
                        return;
                    }
                } else {
                    readySince = 0;
                }
            } catch (IOException e) {
                readySince = 0; // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("portal not ready after " + START_TIMEOUT + "; see " + log);
    }

    /** Stops the portal as Ctrl-C would, and waits for a clean exit. */
    public void stop() throws InterruptedException {
        if (process == null) {
            return;
        }
        process.toHandle().descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        if (!process.waitFor(90, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            throw new IllegalStateException("the portal did not stop within 90 s; see " + log);
        }
        process = null;
    }

    /**
     * Kills the portal as a power cut or the OOM killer would: SIGKILL to the launcher's Java process and to every
     * process of the tree (./bnm execs bin/launcher, which execs java: the tree is normally that one process).
     */
    public void kill() throws InterruptedException {
        if (process == null) {
            return;
        }
        java.util.List<ProcessHandle> tree = new java.util.ArrayList<>(process.toHandle().descendants().toList());
        tree.add(process.toHandle());
        if (tree.stream().noneMatch(p -> p.info().command().orElse("").endsWith("java"))) {
            throw new IllegalStateException("no Java process in the portal's process tree: " + tree);
        }
        tree.forEach(ProcessHandle::destroyForcibly);
        for (ProcessHandle p : tree) {
            p.onExit().orTimeout(30, TimeUnit.SECONDS).exceptionally(e -> p).join();
            if (p.isAlive()) {
                throw new IllegalStateException("process " + p.pid() + " survived SIGKILL");
            }
        }
        process = null;
    }

    public boolean isRunning() {
        return process != null && process.isAlive();
    }

    /** The portal's own log ({@code BNM_HOME/logs/error.log}: Oak, Sling and the bnm components). */
    public String errorLog() throws IOException {
        Path errorLog = home.resolve("logs/error.log");
        return Files.exists(errorLog) ? new String(Files.readAllBytes(errorLog), StandardCharsets.UTF_8) : "";
    }

    public int port() {
        return port;
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    public String logText() throws IOException {
        return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
    }

    public File home() {
        return home.toFile();
    }

    // ---------------------------------------------------------------- HTTP helpers

    /** A client that keeps cookies (a browser session) and never follows redirects. */
    public static HttpClient browser() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
    }

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return CLIENT.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    public HttpResponse<String> get(String path, String login, String password) throws IOException, InterruptedException {
        return CLIENT.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", basic(login, password)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    public HttpResponse<String> postForm(String path, String login, String password, String form)
            throws IOException, InterruptedException {
        return CLIENT.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", basic(login, password))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(form, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    public HttpResponse<String> postJson(String path, String login, String password, String json)
            throws IOException, InterruptedException {
        return CLIENT.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", basic(login, password))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Any method with a JSON body and an optional If-Match. */
    public HttpResponse<String> send(String method, String path, String login, String password, String json,
            String ifMatch) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", basic(login, password))
                .header("Content-Type", "application/json; charset=UTF-8")
                .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    public HttpResponse<String> putJson(String path, String login, String password, String json, String ifMatch)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", basic(login, password))
                .header("Content-Type", "application/json; charset=UTF-8")
                .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /**
     * A request on a socket of its own, for what Java's HttpClient cannot show: the head is sent with
     * {@code Content-Length: length} and {@code Connection: close}, then {@code body} (if any) is written on
     * another thread while the answer is read to its end. A portal that refuses from the head answers and
     * closes; HttpClient would then report only its broken pipe, not the answer that came first (curl and
     * browsers read it). With {@code body} null, none of the declared bytes are sent.
     */
    public String raw(String method, String path, Map<String, String> headers, long length, byte[] body)
            throws IOException {
        URI uri = uri(path);
        try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
            socket.setSoTimeout(60_000);
            StringBuilder head = new StringBuilder(method).append(' ').append(uri.getRawPath())
                    .append(" HTTP/1.1\r\nHost: ").append(uri.getHost()).append(':').append(uri.getPort());
            headers.forEach((name, value) -> head.append("\r\n").append(name).append(": ").append(value));
            head.append("\r\nContent-Length: ").append(length).append("\r\nConnection: close\r\n\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.UTF_8));
            out.flush();
            if (body != null) {
                Thread writer = new Thread(() -> {
                    try {
                        out.write(body);
                        out.flush();
                    } catch (IOException e) {
                        // the portal closed the connection: it answered without reading the body
                    }
                });
                writer.setDaemon(true);
                writer.start();
            }
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            try {
                for (int n = socket.getInputStream().read(buffer); n > 0; n = socket.getInputStream().read(buffer)) {
                    answer.write(buffer, 0, n);
                }
            } catch (IOException e) {
                // reset once the answer is in: what was read is the answer
            }
            return answer.toString(StandardCharsets.UTF_8);
        }
    }

    public static String basic(String login, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((login + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (java.util.stream.Stream<Path> paths = Files.walk(path)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }
}

package care.backcare.tracker.bench.load;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load phases against a running server over loopback; each prints one line {@code RESULT key=value ...}
 * for bench/run to collect.
 *
 * <pre>
 * java -cp tracker-bench/target/benchmarks.jar care.backcare.tracker.bench.load.LoadBench &lt;phase&gt; key=value ...
 *   setup    url= patients=1000 state=bench/work/patients.csv
 *   log      url= state= clients=16 seconds=30 warmup=10 [probe=id,token probeRate=20]
 *   latency  url= token= requests=500            (sequential session writes, for one patient)
 *   patient  url=                                (a new patient; prints its id and token)
 *   report   url= token= clients=2 seconds=20 weeks=52
 *   rebuild  url= operator=                      (replays the read models; prints events per second)
 *   caughtup url= operator=                      (waits until the read models are at the head)
 *   caseload url= state= requests=500 writesPerSecond=10
 *                                                (a clinician connected to every patient of state= reads the
 *                                                caseload while patients keep logging)
 * </pre>
 */
public final class LoadBench {

    private static final Pattern PATIENT_ID = Pattern.compile("\"patientId\":\"([0-9a-f-]{36})\"");
    private static final Pattern TOKEN = Pattern.compile("\"token\":\"(bct_[A-Za-z0-9_-]+)\"");
    private static final String PASSWORD = "benchmark password 2026";

    private final Map<String, String> options = new LinkedHashMap<>();
    private final String host;
    private final int port;

    private LoadBench(String[] args) {
        for (int i = 1; i < args.length; i++) {
            int equals = args[i].indexOf('=');
            options.put(args[i].substring(0, equals), args[i].substring(equals + 1));
        }
        URI url = URI.create(options.getOrDefault("url", "http://127.0.0.1:8080"));
        host = url.getHost();
        port = url.getPort();
    }

    public static void main(String[] args) throws Exception {
        LoadBench bench = new LoadBench(args);
        switch (args[0]) {
            case "setup" -> bench.setup();
            case "log" -> bench.log();
            case "latency" -> bench.latency(bench.options.get("token"));
            case "patient" -> bench.patient();
            case "rebuild" -> bench.rebuild();
            case "caughtup" -> bench.caughtUp();
            case "report" -> bench.report();
            case "caseload" -> bench.caseload();
            default -> throw new IllegalArgumentException("unknown phase " + args[0]);
        }
    }

    private int intOption(String name, int fallback) {
        return Integer.parseInt(options.getOrDefault(name, Integer.toString(fallback)));
    }

    record Patient(String id, String token) {
    }

    // ---- setup: patients with personal tokens, kept in a file so reruns skip the bcrypt-bound work

    private void setup() throws Exception {
        int wanted = intOption("patients", 1000);
        Path state = Path.of(options.getOrDefault("state", "bench/work/patients.csv"));
        List<Patient> patients = readPatients(state);
        if (patients.size() >= wanted) {
            System.out.println("RESULT phase=setup patients=" + patients.size() + " reused=true");
            return;
        }
        Files.createDirectories(state.toAbsolutePath().getParent());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<Patient>> created = new ArrayList<>();
        for (int i = patients.size(); i < wanted; i++) {
            created.add(pool.submit(this::newPatient));
        }
        List<String> lines = new ArrayList<>();
        patients.forEach(p -> lines.add(p.id() + "," + p.token()));
        for (Future<Patient> patient : created) {
            lines.add(patient.get().id() + "," + patient.get().token());
        }
        pool.shutdown();
        Files.write(state, lines);
        System.out.println("RESULT phase=setup patients=" + lines.size() + " reused=false");
    }

    static List<Patient> readPatients(Path state) throws IOException {
        if (!Files.exists(state)) {
            return new ArrayList<>();
        }
        return new ArrayList<>(Files.readAllLines(state).stream().filter(line -> line.contains(","))
                .map(line -> new Patient(line.substring(0, line.indexOf(',')), line.substring(line.indexOf(',') + 1)))
                .toList());
    }

    private Patient newPatient() throws IOException {
        try (KeepAliveClient client = new KeepAliveClient(host, port)) {
            String username = "b" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
            KeepAliveClient.Response registered = client.send("POST", "/api/accounts", null, """
                    {"username":"%s","password":"%s","displayName":"Bench","timeZone":"Europe/Lisbon"}"""
                    .formatted(username, PASSWORD));
            Matcher id = PATIENT_ID.matcher(registered.body());
            if (registered.status() != 201 || !id.find()) {
                throw new IllegalStateException("registration failed: " + registered);
            }
            String basic = "Basic " + Base64.getEncoder().encodeToString((username + ":" + PASSWORD)
                    .getBytes(StandardCharsets.UTF_8));
            KeepAliveClient.Response token = client.send("POST", "/api/me/tokens", basic, "{\"name\":\"bench\"}");
            Matcher value = TOKEN.matcher(token.body());
            if (token.status() != 201 || !value.find()) {
                throw new IllegalStateException("token failed: " + token);
            }
            return new Patient(id.group(1), "Bearer " + value.group(1));
        }
    }

    // ---- log: 16 clients writing sessions for random patients, optionally probing trends meanwhile

    static String session(Instant at, int minutes) {
        return """
                {"completedAt":"%s","durationMinutes":%d,"exercises":[{"stretch":"cat-cow","holdSeconds":60,"reps":1},\
                {"stretch":"knee-to-chest","holdSeconds":20,"reps":2,"side":"LEFT"}],"painDuring":"NONE"}"""
                .formatted(at.truncatedTo(ChronoUnit.SECONDS), minutes);
    }

    private void log() throws Exception {
        List<Patient> patients = readPatients(Path.of(options.getOrDefault("state", "bench/work/patients.csv")));
        int clients = intOption("clients", 16);
        Duration warmup = Duration.ofSeconds(intOption("warmup", 10));
        Duration measured = Duration.ofSeconds(intOption("seconds", 30));
        AtomicBoolean measuring = new AtomicBoolean();
        AtomicBoolean stop = new AtomicBoolean();
        AtomicLong ok = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        List<Latencies> latencies = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            Latencies mine = new Latencies();
            latencies.add(mine);
            threads.add(Thread.ofPlatform().name("client-" + i).start(() -> {
                try (KeepAliveClient client = new KeepAliveClient(host, port)) {
                    ThreadLocalRandom random = ThreadLocalRandom.current();
                    while (!stop.get()) {
                        Patient patient = patients.get(random.nextInt(patients.size()));
                        String body = session(Instant.now().minusSeconds(random.nextInt(86_400 * 30)), 1 + random.nextInt(30));
                        long start = System.nanoTime();
                        KeepAliveClient.Response response = client.send("PUT", "/api/me/sessions/" + UUID.randomUUID(),
                                patient.token(), body);
                        long took = System.nanoTime() - start;
                        if (measuring.get()) {
                            if (response.status() == 201) {
                                ok.incrementAndGet();
                                mine.record(took);
                            } else {
                                failed.incrementAndGet();
                            }
                        }
                    }
                } catch (IOException e) {
                    failed.incrementAndGet();
                }
            }));
        }
        Latencies probe = new Latencies();
        Thread prober = null;
        if (options.containsKey("probe")) {
            String token = "Bearer " + options.get("probe").substring(options.get("probe").indexOf(',') + 1);
            long intervalNanos = 1_000_000_000L / intOption("probeRate", 20);
            prober = Thread.ofPlatform().name("probe").start(() -> {
                try (KeepAliveClient client = new KeepAliveClient(host, port)) {
                    long next = System.nanoTime();
                    while (!stop.get()) {
                        long start = System.nanoTime();
                        KeepAliveClient.Response response = client.send("GET", "/api/me/trends?weeks=104", token, null);
                        if (measuring.get() && response.status() == 200) {
                            probe.record(System.nanoTime() - start);
                        }
                        next += intervalNanos;
                        long sleep = next - System.nanoTime();
                        if (sleep > 0) {
                            Thread.sleep(sleep / 1_000_000, (int) (sleep % 1_000_000));
                        }
                    }
                } catch (IOException | InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            });
        }
        Thread.sleep(warmup.toMillis());
        measuring.set(true);
        long started = System.nanoTime();
        Thread.sleep(measured.toMillis());
        measuring.set(false);
        double seconds = (System.nanoTime() - started) / 1e9;
        stop.set(true);
        for (Thread thread : threads) {
            thread.join();
        }
        if (prober != null) {
            prober.join();
        }
        Latencies all = Latencies.merge(latencies);
        System.out.printf(Locale.ROOT, "RESULT phase=log clients=%d patients=%d seconds=%.1f ok=%d failed=%d rate=%.0f "
                        + "p50=%.2f p99=%.2f probeCount=%d probeP50=%.2f probeP99=%.2f%n",
                clients, patients.size(), seconds, ok.get(), failed.get(), ok.get() / seconds,
                all.quantileMillis(0.5), all.quantileMillis(0.99), probe.count(), probe.quantileMillis(0.5),
                probe.quantileMillis(0.99));
    }

    // ---- latency of single writes for one patient, and a patient with a long history

    private void latency(String token) throws IOException {
        int requests = intOption("requests", 500);
        Latencies latencies = new Latencies();
        try (KeepAliveClient client = new KeepAliveClient(host, port)) {
            for (int i = 0; i < requests + 50; i++) {
                long start = System.nanoTime();
                KeepAliveClient.Response response = client.send("PUT", "/api/me/sessions/" + UUID.randomUUID(), token,
                        session(Instant.now().minusSeconds(3_600), 10));
                if (response.status() != 201) {
                    throw new IllegalStateException("write failed: " + response);
                }
                if (i >= 50) {
                    latencies.record(System.nanoTime() - start);
                }
            }
        }
        System.out.printf(Locale.ROOT, "RESULT phase=latency requests=%d p50=%.3f p90=%.3f p99=%.3f%n", requests,
                latencies.quantileMillis(0.5), latencies.quantileMillis(0.9), latencies.quantileMillis(0.99));
    }

    /** A new patient with a personal token, for the latency phase or to be given a seeded history. */
    private void patient() throws IOException {
        Patient patient = newPatient();
        System.out.println("RESULT phase=patient patient=" + patient.id() + " token=" + patient.token().substring(7));
    }

    // ---- read models: rebuild from the event store, or wait until they have caught up

    private static final Pattern HEAD = Pattern.compile("\"head\":(\\d+)");
    private static final Pattern READ_MODELS_LAG = Pattern.compile(
            "\"name\":\"read-models\".*?\"maxLag\":(\\d+|null)");

    private void rebuild() throws Exception {
        String operator = "Bearer " + options.get("operator");
        // the access tables are rebuilt before the answer: allow for it
        try (KeepAliveClient client = new KeepAliveClient(host, port, 600_000)) {
            long started = System.nanoTime();
            KeepAliveClient.Response response = client.send("POST", "/actuator/readmodels/rebuild", operator, "{}");
            if (response.status() != 200 || !response.body().contains("\"done\":true")) {
                throw new IllegalStateException("rebuild refused: " + response);
            }
            long head = awaitCaughtUp(client, operator);
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf(Locale.ROOT, "RESULT phase=rebuild events=%d seconds=%.1f rate=%.0f%n", head, seconds,
                    head / seconds);
        }
    }

    private void caughtUp() throws Exception {
        try (KeepAliveClient client = new KeepAliveClient(host, port)) {
            long started = System.nanoTime();
            long head = awaitCaughtUp(client, "Bearer " + options.get("operator"));
            System.out.printf(Locale.ROOT, "RESULT phase=caughtup head=%d seconds=%.1f%n", head,
                    (System.nanoTime() - started) / 1e9);
        }
    }

    /** Polls the operator status until the tracked read models are at the head of the event store. */
    private long awaitCaughtUp(KeepAliveClient client, String operator) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(intOption("timeoutMinutes", 20)).toNanos();
        while (System.nanoTime() < deadline) {
            KeepAliveClient.Response status = client.send("GET", "/actuator/readmodels", operator, null);
            Matcher head = HEAD.matcher(status.body());
            Matcher lag = READ_MODELS_LAG.matcher(status.body());
            if (status.status() == 200 && head.find() && lag.find() && "0".equals(lag.group(1))) {
                return Long.parseLong(head.group(1));
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("read models did not catch up in time");
    }

    // ---- weekly reports, 52-week window

    private void report() throws Exception {
        String token = options.get("token");
        int clients = intOption("clients", 2);
        Duration measured = Duration.ofSeconds(intOption("seconds", 20));
        String path = "/api/me/reports/weekly?weeks=" + intOption("weeks", 52);
        AtomicBoolean measuring = new AtomicBoolean();
        AtomicBoolean stop = new AtomicBoolean();
        List<Latencies> latencies = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        AtomicLong ok = new AtomicLong();
        for (int i = 0; i < clients; i++) {
            Latencies mine = new Latencies();
            latencies.add(mine);
            threads.add(Thread.ofPlatform().start(() -> {
                try (KeepAliveClient client = new KeepAliveClient(host, port)) {
                    while (!stop.get()) {
                        long start = System.nanoTime();
                        KeepAliveClient.Response response = client.send("GET", path, token, null);
                        if (response.status() != 200) {
                            throw new IllegalStateException("report failed: " + response.status());
                        }
                        if (measuring.get()) {
                            ok.incrementAndGet();
                            mine.record(System.nanoTime() - start);
                        }
                    }
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }));
        }
        Thread.sleep(5_000);
        measuring.set(true);
        long started = System.nanoTime();
        Thread.sleep(measured.toMillis());
        measuring.set(false);
        double seconds = (System.nanoTime() - started) / 1e9;
        stop.set(true);
        for (Thread thread : threads) {
            thread.join();
        }
        Latencies all = Latencies.merge(latencies);
        System.out.printf(Locale.ROOT, "RESULT phase=report clients=%d reports=%d rate=%.1f p50=%.1f p99=%.1f%n",
                clients, ok.get(), ok.get() / seconds, all.quantileMillis(0.5), all.quantileMillis(0.99));
    }

    // ---- the caseload: one clinician, every patient of the state file connected

    private static final Pattern CODE = Pattern.compile("\"code\":\"([2-9A-Z]{10})\"");

    private void caseload() throws Exception {
        List<Patient> patients = readPatients(Path.of(options.getOrDefault("state", "bench/work/caseload.csv")));
        int requests = intOption("requests", 500);
        String username = "clin" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String clinician = "Basic " + Base64.getEncoder().encodeToString((username + ":" + PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        try (KeepAliveClient client = new KeepAliveClient(host, port, 120_000)) {
            KeepAliveClient.Response created = client.send("POST", "/api/clinicians", null, """
                    {"username":"%s","password":"%s","displayName":"Dr. Bench","timeZone":"Europe/Lisbon","profession":"Physio"}"""
                    .formatted(username, PASSWORD));
            if (created.status() != 201) {
                throw new IllegalStateException("clinician registration failed: " + created);
            }
            for (Patient patient : patients) {
                KeepAliveClient.Response invite = client.send("POST", "/api/clinician/invites", clinician,
                        "{\"expiresInDays\":7}");
                Matcher code = CODE.matcher(invite.body());
                if (invite.status() != 201 || !code.find()) {
                    throw new IllegalStateException("invite failed: " + invite);
                }
                KeepAliveClient.Response connected = client.send("POST", "/api/me/clinicians", patient.token(),
                        "{\"code\":\"" + code.group(1) + "\"}");
                if (connected.status() != 201) {
                    throw new IllegalStateException("connect failed: " + connected);
                }
            }
            // the clinician reads the caseload as the web page does: signed in once, with the session cookie
            // (HTTP Basic would spend a bcrypt check, tens of milliseconds by design, on every request)
            client.withCookie(signIn(username));
            clinician = null;
            // the first read after the connections: every row computed now or by the background pass
            long coldStart = System.nanoTime();
            KeepAliveClient.Response first = client.send("GET", "/api/clinician/patients", clinician, null);
            double coldMillis = (System.nanoTime() - coldStart) / 1e6;
            if (first.status() != 200) {
                throw new IllegalStateException("caseload failed: " + first);
            }
            Thread.sleep(intOption("settleSeconds", 15) * 1000L);

            // patients keep logging meanwhile, so some rows are always due for recomputing
            AtomicBoolean stop = new AtomicBoolean();
            AtomicLong writes = new AtomicLong();
            long intervalNanos = 1_000_000_000L / Math.max(1, intOption("writesPerSecond", 10));
            Thread writer = Thread.ofPlatform().name("writer").start(() -> {
                try (KeepAliveClient writes1 = new KeepAliveClient(host, port)) {
                    ThreadLocalRandom random = ThreadLocalRandom.current();
                    long next = System.nanoTime();
                    while (!stop.get()) {
                        Patient patient = patients.get(random.nextInt(patients.size()));
                        if (writes1.send("PUT", "/api/me/sessions/" + UUID.randomUUID(), patient.token(),
                                session(Instant.now().minusSeconds(600), 10)).status() == 201) {
                            writes.incrementAndGet();
                        }
                        next += intervalNanos;
                        long sleep = next - System.nanoTime();
                        if (sleep > 0) {
                            Thread.sleep(sleep / 1_000_000, (int) (sleep % 1_000_000));
                        }
                    }
                } catch (IOException | InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            });
            Latencies latencies = new Latencies();
            int rows = 0;
            for (int i = 0; i < requests + 50; i++) {
                long start = System.nanoTime();
                KeepAliveClient.Response response = client.send("GET", "/api/clinician/patients", clinician, null);
                long took = System.nanoTime() - start;
                if (response.status() != 200) {
                    throw new IllegalStateException("caseload failed: " + response.status());
                }
                if (i >= 50) {
                    latencies.record(took);
                }
                rows = response.body().split("\"patientId\"", -1).length - 1;
            }
            stop.set(true);
            writer.join();
            System.out.printf(Locale.ROOT, "RESULT phase=caseload patients=%d rows=%d requests=%d cold=%.1f p50=%.2f "
                            + "p90=%.2f p99=%.2f writes=%d%n", patients.size(), rows, requests, coldMillis,
                    latencies.quantileMillis(0.5), latencies.quantileMillis(0.9), latencies.quantileMillis(0.99),
                    writes.get());
        }
    }

    /** Signs in like the web page (POST /api/session) and returns the session cookie to send. */
    private String signIn(String username) throws IOException, InterruptedException {
        java.net.http.HttpResponse<String> response = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(URI.create("http://" + host + ":" + port + "/api/session"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString("username="
                                + java.net.URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                                + java.net.URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8)))
                        .build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("sign-in failed: " + response.statusCode() + " " + response.body());
        }
        return response.headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith("JSESSIONID="))
                .map(cookie -> cookie.substring(0, cookie.indexOf(';') < 0 ? cookie.length() : cookie.indexOf(';')))
                .findFirst().orElseThrow(() -> new IllegalStateException("no session cookie"));
    }
}

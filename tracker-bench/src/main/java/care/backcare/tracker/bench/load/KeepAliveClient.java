package care.backcare.tracker.bench.load;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;

/**
 * A minimal HTTP/1.1 client on one persistent connection, for load generation: it writes a request
 * and reads the status, headers and Content-Length body, nothing more. The JDK's HttpClient spends
 * CPU the server needs on a two-core machine; this spends almost none (as wrk would).
 */
final class KeepAliveClient implements AutoCloseable {

    record Response(int status, String body) {
    }

    private final String host;
    private final int port;
    private final int timeoutMillis;
    private Socket socket;
    /** Sent with every request when set: the web page's session cookie, for a caller that signed in like the page. */
    private String cookie;
    private InputStream in;
    private OutputStream out;

    KeepAliveClient(String host, int port) {
        this(host, port, 30_000);
    }

    KeepAliveClient(String host, int port, int timeoutMillis) {
        this.host = host;
        this.port = port;
        this.timeoutMillis = timeoutMillis;
    }

    KeepAliveClient withCookie(String value) {
        this.cookie = value;
        return this;
    }

    Response send(String method, String path, String authorization, String json) throws IOException {
        byte[] body = json == null ? new byte[0] : json.getBytes(StandardCharsets.UTF_8);
        StringBuilder head = new StringBuilder(256).append(method).append(' ').append(path).append(" HTTP/1.1\r\n")
                .append("Host: ").append(host).append(':').append(port).append("\r\n");
        if (authorization != null) {
            head.append("Authorization: ").append(authorization).append("\r\n");
        }
        if (cookie != null) {
            head.append("Cookie: ").append(cookie).append("\r\n");
        }
        if (json != null) {
            head.append("Content-Type: application/json\r\n");
        }
        head.append("Content-Length: ").append(body.length).append("\r\n\r\n");
        for (int attempt = 0; ; attempt++) {
            try {
                connect();
                out.write(head.toString().getBytes(StandardCharsets.US_ASCII));
                out.write(body);
                out.flush();
                return read();
            } catch (SocketTimeoutException unanswered) {
                close();
                throw unanswered; // the request may be under way: never send it twice
            } catch (IOException broken) {
                close();
                if (attempt > 0) {
                    throw broken; // a kept-alive connection the server had closed is retried once
                }
            }
        }
    }

    private void connect() throws IOException {
        if (socket == null) {
            socket = new Socket();
            socket.setTcpNoDelay(true);
            socket.connect(new InetSocketAddress(host, port), 5_000);
            socket.setSoTimeout(timeoutMillis);
            in = new BufferedInputStream(socket.getInputStream(), 16_384);
            out = socket.getOutputStream();
        }
    }

    private Response read() throws IOException {
        String statusLine = line();
        int status = Integer.parseInt(statusLine.substring(9, 12));
        int length = 0;
        boolean chunked = false;
        boolean close = false;
        for (String header = line(); !header.isEmpty(); header = line()) {
            int colon = header.indexOf(':');
            String name = header.substring(0, colon).trim();
            String value = header.substring(colon + 1).trim();
            if (name.equalsIgnoreCase("Content-Length")) {
                length = Integer.parseInt(value);
            } else if (name.equalsIgnoreCase("Transfer-Encoding") && value.equalsIgnoreCase("chunked")) {
                chunked = true;
            } else if (name.equalsIgnoreCase("Connection") && value.equalsIgnoreCase("close")) {
                close = true;
            }
        }
        byte[] body = chunked ? chunks() : in.readNBytes(length);
        if (close) {
            close();
        }
        return new Response(status, new String(body, StandardCharsets.UTF_8));
    }

    private byte[] chunks() throws IOException {
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        for (int size = Integer.parseInt(line().trim(), 16); size > 0; size = Integer.parseInt(line().trim(), 16)) {
            body.write(in.readNBytes(size));
            line();
        }
        line();
        return body.toByteArray();
    }

    private String line() throws IOException {
        StringBuilder line = new StringBuilder(64);
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) {
                throw new IOException("connection closed");
            }
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return line.toString();
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
        socket = null;
    }
}

package bpdiff.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * HTTP written by hand over a plain socket to this machine's loopback address, for requests no well-behaved client
 * sends: a request given as parts, each sent after a pause (headers a byte a second, a body that stops short), and
 * every answer read back as the server sent it, by its {@code Content-Length}, until the connection closes or the
 * client gives up.
 */
public final class RawHttp {

    /**
     * What no answer of bpdiff's may contain: a Java class name (a type in a Java package, or a name ending in
     * Exception or Error), a Java library's name, a stack frame, or an HTML page. (The example networks name
     * PyTorch's modules, {@code torch.nn.LeakyReLU}: what they compute, not how bpdiff is built.)
     */
    public static final Pattern LEAK = Pattern.compile("(?s).*(\\b(java|javax|jdk|sun|com|org|net|io|ai|bpdiff)"
            + "\\.[a-z][\\w.]*\\.[A-Z]\\w*"
            + "|\\b[A-Z]\\w*(Exception|Error)\\b|(?i:jetty|jackson|fasterxml|eclipse|httpserver|picocli)"
            + "|\\bat [\\w$.]+\\([\\w]+\\.java|<html|<h1>|<body).*");

    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** How long, after the last answer, the server has to close the connection to count as closing it. */
    private static final Duration AFTER_ANSWER = Duration.ofSeconds(3);

    /**
     * One part of a request: bytes sent after a pause.
     *
     * @param pause how long to wait before sending them
     * @param bytes the bytes
     */
    public record Part(Duration pause, byte[] bytes) {

        /**
         * @param text ISO-8859-1 text, sent at once
         * @return the part
         */
        public static Part now(String text) {
            return new Part(Duration.ZERO, text.getBytes(StandardCharsets.ISO_8859_1));
        }

        /**
         * @param text text sent one byte at a time, each after {@code pause}
         * @param pause the pause before each byte
         * @return the parts
         */
        public static List<Part> trickle(String text, Duration pause) {
            List<Part> parts = new ArrayList<>();
            for (byte b : text.getBytes(StandardCharsets.ISO_8859_1)) {
                parts.add(new Part(pause, new byte[] {b}));
            }
            return parts;
        }
    }

    /**
     * One answer.
     *
     * @param status its status
     * @param headers its headers, names in lower case (the last of each name)
     * @param body its body
     */
    public record Answer(int status, Map<String, String> headers, String body) {

        /** @return the body as JSON */
        public JsonNode json() {
            try {
                return MAPPER.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON (" + status + "): " + body, e);
            }
        }
    }

    /**
     * What came back.
     *
     * @param answers the answers, in order
     * @param closed whether the server closed the connection (end of stream or reset) before the client gave up, or
     *     within a few seconds of its last answer
     * @param nanos from the first byte sent to the last answer read or the close
     * @param sendFailed whether a part could not be sent because the server had closed the connection
     */
    public record Exchange(List<Answer> answers, boolean closed, long nanos, boolean sendFailed) {

        /** @return the seconds it took */
        public double seconds() {
            return nanos / 1e9;
        }
    }

    private RawHttp() {}

    /**
     * Sends the parts, pausing before each, while reading answers, until the server closes the connection, or
     * {@code expected} answers have come and the parts are all sent, or {@code longest} has passed.
     *
     * @param server the server's address ({@code http://127.0.0.1:port/})
     * @param parts the request, in parts
     * @param expected how many answers end the exchange
     * @param longest when the client gives up
     * @return what came back
     */
    public static Exchange exchange(URI server, List<Part> parts, int expected, Duration longest) {
        if (!server.getHost().equals("127.0.0.1")) {
            throw new IllegalArgumentException("tests send requests to 127.0.0.1 only: " + server);
        }
        long start = System.nanoTime();
        long end = start + longest.toNanos();
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.getPort())) {
            boolean[] sendFailed = {false};
            Thread writer = new Thread(() -> {
                try {
                    OutputStream out = socket.getOutputStream();
                    for (Part part : parts) {
                        Thread.sleep(part.pause().toMillis());
                        out.write(part.bytes());
                        out.flush();
                    }
                } catch (IOException e) {
                    sendFailed[0] = true;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "raw-http-writer");
            writer.setDaemon(true);
            writer.start();
            List<Answer> answers = new ArrayList<>();
            boolean closed = false;
            InputStream in = socket.getInputStream();
            while (System.nanoTime() < end && !(answers.size() >= expected && !writer.isAlive())) {
                socket.setSoTimeout((int) Math.max(1, Math.min(500, (end - System.nanoTime()) / 1_000_000)));
                try {
                    Answer answer = read(in);
                    if (answer == null) {
                        closed = true;
                        break;
                    }
                    answers.add(answer);
                } catch (SocketTimeoutException e) {
                    // nothing yet
                } catch (IOException e) {
                    closed = true;
                    break;
                }
            }
            if (!closed && answers.size() >= expected) {
                // answered: does the server close the connection now?
                socket.setSoTimeout((int) AFTER_ANSWER.toMillis());
                try {
                    closed = in.read() < 0;
                } catch (SocketTimeoutException e) {
                    closed = false;
                } catch (IOException e) {
                    closed = true;
                }
            }
            long nanos = System.nanoTime() - start;
            writer.interrupt();
            return new Exchange(answers, closed, nanos, sendFailed[0]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One answer, or {@code null} at the end of the stream; a timeout before its first byte is thrown as it is. */
    private static Answer read(InputStream in) throws IOException {
        String statusLine = line(in);
        if (statusLine == null) {
            return null;
        }
        int status = Integer.parseInt(statusLine.split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (String line = line(in); line != null && !line.isEmpty(); line = line(in)) {
            int colon = line.indexOf(':');
            headers.put(line.substring(0, colon).strip().toLowerCase(Locale.ROOT), line.substring(colon + 1).strip());
        }
        int length = Integer.parseInt(headers.getOrDefault("content-length", "0"));
        byte[] body = readBody(in, length);
        return new Answer(status, headers, new String(body, StandardCharsets.UTF_8));
    }

    private static byte[] readBody(InputStream in, int length) throws IOException {
        byte[] body = new byte[length];
        int read = 0;
        while (read < length) {
            try {
                int n = in.read(body, read, length - read);
                if (n < 0) {
                    throw new IOException("the answer's body ended early");
                }
                read += n;
            } catch (SocketTimeoutException e) {
                // the body is on its way: keep reading
            }
        }
        return body;
    }

    /** A line without its CRLF, or {@code null} at the end of the stream. */
    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        while (true) {
            int b;
            try {
                b = in.read();
            } catch (SocketTimeoutException e) {
                if (line.size() == 0) {
                    throw e;
                }
                continue;
            }
            if (b < 0) {
                return line.size() == 0 ? null : line.toString(StandardCharsets.ISO_8859_1);
            }
            if (b == '\n') {
                String text = line.toString(StandardCharsets.ISO_8859_1);
                return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
            }
            line.write(b);
        }
    }
}

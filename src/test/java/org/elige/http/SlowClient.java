package org.elige.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;

/**
 * A client that declares a body and then sends it one byte at a time, {@code gapMillis} apart,
 * as an attacker holding a valid token would: each byte would restart an idle timeout. It stops
 * when the server answers or closes; the answer is its status (0 when the connection closed
 * without one) and when it came, counted from the request's headers.
 */
final class SlowClient {
    /** What the server did: status (0 for none), seconds after the headers were sent, the whole answer. */
    record Outcome(int status, double seconds, String answer) {}

    private SlowClient() {}

    /** Starts a slow POST on a thread of its own. */
    static CompletableFuture<Outcome> post(int port, String path, String token, int declared, long gapMillis) {
        CompletableFuture<Outcome> done = new CompletableFuture<>();
        Thread t = new Thread(
                () -> {
                    try {
                        done.complete(run(port, path, token, declared, gapMillis));
                    } catch (Throwable e) {
                        done.completeExceptionally(e);
                    }
                },
                "slow-client");
        t.setDaemon(true);
        t.start();
        return done;
    }

    private static Outcome run(int port, String path, String token, int declared, long gapMillis) throws IOException {
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.setSoTimeout((int) gapMillis);
            OutputStream out = s.getOutputStream();
            InputStream in = s.getInputStream();
            String head = "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                    + (token == null ? "" : "Authorization: Bearer " + token + "\r\n")
                    + "Content-Length: " + declared + "\r\n\r\n";
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            long t0 = System.nanoTime();
            ByteArrayOutputStream got = new ByteArrayOutputStream();
            int sent = 0;
            boolean writing = true;
            while (System.nanoTime() - t0 < 120_000_000_000L) {
                if (writing && sent < declared) {
                    try {
                        out.write(sent == 0 ? '{' : ' ');
                        out.flush();
                        sent++;
                    } catch (IOException e) {
                        writing = false; // the server closed its side; read what it said
                    }
                }
                try {
                    int n = in.read();
                    if (n < 0) {
                        break;
                    }
                    got.write(n);
                    byte[] rest = new byte[Math.max(0, in.available())];
                    int r = in.read(rest);
                    if (r > 0) {
                        got.write(rest, 0, r);
                    }
                    if (complete(got.toString(StandardCharsets.UTF_8))) {
                        break;
                    }
                } catch (SocketTimeoutException e) {
                    // nothing yet: send the next byte
                } catch (IOException e) {
                    break; // reset by the server
                }
            }
            String answer = got.toString(StandardCharsets.UTF_8);
            int status = answer.startsWith("HTTP/1.1 ") && answer.length() >= 12
                    ? Integer.parseInt(answer.substring(9, 12))
                    : 0;
            return new Outcome(status, (System.nanoTime() - t0) / 1e9, answer);
        }
    }

    /** Whether the answer's headers and its whole Content-Length body have arrived. */
    private static boolean complete(String answer) {
        int end = answer.indexOf("\r\n\r\n");
        if (end < 0) {
            return false;
        }
        String head = answer.substring(0, end).toLowerCase(java.util.Locale.ROOT);
        int at = head.indexOf("content-length:");
        if (at < 0) {
            return true;
        }
        int eol = head.indexOf("\r\n", at);
        int length = Integer.parseInt(
                head.substring(at + 15, eol < 0 ? head.length() : eol).trim());
        return answer.getBytes(StandardCharsets.UTF_8).length - end - 4 >= length;
    }
}

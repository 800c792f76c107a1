package org.guanai.testing.exam;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A small REST client for the tests: Basic auth, JSON in and out, every call with a short timeout. */
public final class Api {
    public static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final String authorization;

    public Api(int port, String user, String password) {
        this.base = "http://127.0.0.1:" + port + "/api/v1";
        this.authorization = user == null ? null
                : "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public Api withoutCredentials() {
        return new Api(port(), null, null);
    }

    public Api as(String user, String password) {
        return new Api(port(), user, password);
    }

    private int port() {
        return URI.create(base).getPort();
    }

    public Reply get(String path) {
        return send(request(path).GET());
    }

    /** A GET accepting another media type than JSON (a CSV export). */
    public Reply getAccepting(String path, String accept) {
        return send(request(path).setHeader("Accept", accept).GET());
    }

    public Reply post(String path, Object body, String... headers) {
        return send(request(path, headers).POST(body(body)).header("Content-Type", "application/json"));
    }

    public Reply put(String path, Object body, String... headers) {
        return send(request(path, headers).PUT(body(body)).header("Content-Type", "application/json"));
    }

    /** Sends a raw body, for malformed-input tests. */
    public Reply postRaw(String path, String rawBody, String contentType) {
        return send(request(path).POST(HttpRequest.BodyPublishers.ofString(rawBody)).header("Content-Type", contentType));
    }

    /** Uploads a file's bytes (a roster). */
    public Reply postBytes(String path, byte[] body, String contentType) {
        return send(request(path).timeout(Duration.ofSeconds(120)).POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .header("Content-Type", contentType));
    }

    /** Downloads a file (an export); the status, and the bytes when it is 200. */
    public byte[] getBytes(String path) {
        try {
            HttpResponse<byte[]> r = http.send(request(path).timeout(Duration.ofSeconds(120)).setHeader("Accept", "*/*")
                    .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            if (r.statusCode() != 200) {
                throw new AssertionError(path + ": " + r.statusCode() + " " + new String(r.body(), StandardCharsets.UTF_8));
            }
            return r.body();
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException("request failed: " + e, e);
        }
    }

    private HttpRequest.Builder request(String path, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json");
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return b;
    }

    private static HttpRequest.BodyPublisher body(Object body) {
        try {
            String s = body instanceof String ? (String) body : JSON.writeValueAsString(body);
            return HttpRequest.BodyPublishers.ofString(s, StandardCharsets.UTF_8);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    private Reply send(HttpRequest.Builder b) {
        try {
            HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(r);
        } catch (Exception e) {
            throw new IllegalStateException("request failed: " + e, e);
        }
    }

    /** A response: status, headers, and the body parsed as JSON when it is JSON. */
    public static final class Reply {
        public final int status;
        public final String body;
        private final HttpResponse<String> response;

        Reply(HttpResponse<String> response) {
            this.response = response;
            this.status = response.statusCode();
            this.body = response.body();
        }

        public String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (Exception e) {
                throw new AssertionError("not JSON (" + status + "): " + body, e);
            }
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}

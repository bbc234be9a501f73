package gov.hotline.infra.support;

import io.vertx.core.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;

/** A plain HTTP client for end-to-end API tests: real sockets, real JSON. */
public final class ApiClient {
  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  private final String base;

  /** A response: status and body (JSON when the server sent JSON). */
  public record Reply(int status, String body, HttpResponse<String> raw) {
    public JsonObject json() {
      return new JsonObject(body);
    }

    public String errorCode() {
      return json().getJsonObject("error").getString("code");
    }

    public String errorMessage() {
      return json().getJsonObject("error").getString("message");
    }
  }

  /** A binary response (recordings). */
  public record Bytes(int status, byte[] body, HttpResponse<byte[]> raw) {
    public String header(String name) {
      return raw.headers().firstValue(name).orElse(null);
    }
  }

  public ApiClient(int port) {
    this.base = "http://127.0.0.1:" + port;
  }

  public String login(String user, String password) {
    Reply r =
        post(
            "/api/v1/auth/login",
            null,
            new JsonObject().put("username", user).put("password", password).encode());
    if (r.status() != 200) {
      throw new IllegalStateException(
          "login of " + user + " failed: " + r.status() + " " + r.body());
    }
    return r.json().getString("token");
  }

  /** GET; {@code /metrics} without a token goes with the test servers' metrics token. */
  public Reply get(String path, String token) {
    if (token == null && path.startsWith("/metrics")) {
      return send(request(path, RunningServer.METRICS_TOKEN).GET());
    }
    return send(request(path, token).GET());
  }

  public Reply post(String path, String token, String body) {
    return send(
        request(path, token)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body == null ? "" : body)));
  }

  public Reply post(String path, String token, JsonObject body) {
    return post(path, token, body.encode());
  }

  /** POST of JSON with extra headers given as name, value, name, value … */
  public Reply post(String path, String token, String body, String... headers) {
    HttpRequest.Builder b =
        request(path, token)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body == null ? "" : body));
    for (int i = 0; i + 1 < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    return send(b);
  }

  /** GET with extra headers given as name, value, name, value … */
  public Reply get(String path, String token, String... headers) {
    HttpRequest.Builder b = request(path, token).GET();
    for (int i = 0; i + 1 < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    return send(b);
  }

  public Reply put(String path, String token, JsonObject body) {
    return send(
        request(path, token)
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(body.encode())));
  }

  public Reply delete(String path, String token) {
    return send(request(path, token).DELETE());
  }

  /** POST of multipart/form-data with one file part. */
  public Reply upload(
      String path,
      String token,
      String field,
      String fileName,
      String contentType,
      byte[] content,
      String... headers) {
    String boundary = "----hotline-test-" + System.nanoTime();
    var out = new ByteArrayOutputStream();
    String head =
        "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\""
            + field
            + "\"; filename=\""
            + fileName
            + "\"\r\nContent-Type: "
            + contentType
            + "\r\n\r\n";
    out.writeBytes(head.getBytes(StandardCharsets.UTF_8));
    out.writeBytes(content);
    out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    HttpRequest.Builder b =
        request(path, token)
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray()));
    for (int i = 0; i + 1 < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    return send(b);
  }

  /** GET with extra headers given as name, value, name, value …, reading the body as bytes. */
  public Bytes getBytes(String path, String token, String... headers) {
    HttpRequest.Builder b = request(path, token).GET();
    for (int i = 0; i + 1 < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    try {
      HttpResponse<byte[]> r = http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
      return new Bytes(r.statusCode(), r.body(), r);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * Opens a Server-Sent Events stream; every line received is added to {@code lines} until the
   * stream ends.
   */
  public CompletableFuture<Void> stream(String path, String token, List<String> lines) {
    HttpRequest req = request(path, token).timeout(Duration.ofMinutes(5)).GET().build();
    return http.sendAsync(req, HttpResponse.BodyHandlers.ofLines())
        .thenAcceptAsync(
            r -> r.body().forEach(lines::add), Executors.newVirtualThreadPerTaskExecutor());
  }

  private HttpRequest.Builder request(String path, String token) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return b;
  }

  private Reply send(HttpRequest.Builder b) {
    try {
      HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
      return new Reply(r.statusCode(), r.body(), r);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}

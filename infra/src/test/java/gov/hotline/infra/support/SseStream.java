package gov.hotline.infra.support;

import io.vertx.core.json.JsonObject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A Server-Sent Events client that can really disconnect: it reads the stream on a virtual thread
 * into messages ({@code id}, {@code event}, {@code data}) until {@link #close()} closes the
 * connection.
 */
public final class SseStream implements AutoCloseable {
  /** One message of the stream. */
  public record Event(long id, String event, String data) {
    public JsonObject json() {
      return new JsonObject(data);
    }
  }

  private final List<Event> events = new CopyOnWriteArrayList<>();
  private final InputStream body;

  private SseStream(InputStream body) {
    this.body = body;
    Thread.ofVirtual().name("sse-test-reader").start(this::read);
  }

  /** Opens {@code path} with the token and extra headers given as name, value, …. */
  public static SseStream open(int port, String path, String token, String... headers) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .header("Authorization", "Bearer " + token)
            .GET();
    for (int i = 0; i + 1 < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    try {
      HttpResponse<InputStream> r =
          HttpClient.newBuilder()
              .connectTimeout(Duration.ofSeconds(5))
              .build()
              .send(b.build(), HttpResponse.BodyHandlers.ofInputStream());
      return new SseStream(r.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private void read() {
    try (BufferedReader in =
        new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
      long id = 0;
      String event = null;
      List<String> data = new ArrayList<>();
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (line.isEmpty()) {
          if (event != null) {
            events.add(new Event(id, event, String.join("\n", data)));
          }
          event = null;
          data.clear();
        } else if (line.startsWith("id: ")) {
          id = Long.parseLong(line.substring(4));
        } else if (line.startsWith("event: ")) {
          event = line.substring(7);
        } else if (line.startsWith("data: ")) {
          data.add(line.substring(6));
        }
      }
    } catch (IOException e) {
      // closed by the test: the stream ends here
    }
  }

  public List<Event> events() {
    return List.copyOf(events);
  }

  public List<Event> events(String event) {
    return events.stream().filter(e -> e.event().equals(event)).toList();
  }

  @Override
  public void close() {
    try {
      body.close();
    } catch (IOException e) {
      // already closed
    }
  }
}

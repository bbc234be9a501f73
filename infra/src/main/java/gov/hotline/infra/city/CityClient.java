package gov.hotline.infra.city;

import gov.hotline.core.city.CityReconciliation;
import gov.hotline.infra.config.CityConfig;
import gov.hotline.infra.db.city.JooqCityOutbox;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The HTTP client of the city platform's interface ({@code city/city-platform.openapi.json}): sends
 * one update with its idempotency key, reads the city's list of the district's cases. Blocking (the
 * JDK client); callers run on virtual threads.
 */
public final class CityClient {
  private final CityConfig cfg;
  private final String baseUrl;
  private final HttpClient http;

  public CityClient(CityConfig cfg, String baseUrl) {
    this.cfg = cfg;
    this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    this.http = HttpClient.newBuilder().connectTimeout(cfg.timeout()).build();
  }

  /** How an attempt ended: taken, or failed (permanent: a 4xx the city will answer again). */
  public record Sent(boolean ok, boolean permanent, String error) {}

  public Sent send(JooqCityOutbox.Message m) {
    HttpRequest req =
        request("/updates")
            .header("Content-Type", "application/json")
            .header("Idempotency-Key", m.idempotencyKey())
            .POST(HttpRequest.BodyPublishers.ofString(m.payload(), StandardCharsets.UTF_8))
            .build();
    try {
      HttpResponse<String> r = http.send(req, HttpResponse.BodyHandlers.ofString());
      int code = r.statusCode();
      if (code / 100 == 2) {
        return new Sent(true, false, null);
      }
      boolean permanent = code / 100 == 4 && code != 408 && code != 429;
      return new Sent(false, permanent, "HTTP " + code + " " + abbreviate(r.body()));
    } catch (IOException e) {
      return new Sent(
          false, false, "连接市级平台失败：" + e.getClass().getSimpleName() + " " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Sent(false, false, "发送被中断");
    }
  }

  /** The city's list of the district's cases; fails with a Chinese message when unreachable. */
  public List<CityReconciliation.Theirs> cases() {
    return caseObjects().stream()
        .map(
            o ->
                new CityReconciliation.Theirs(
                    o.getString("caseNo"),
                    o.getString("status"),
                    o.getString("deadline") == null
                        ? null
                        : Instant.parse(o.getString("deadline"))))
        .toList();
  }

  /** The cases as the city lists them (the poller takes them in). */
  public List<JsonObject> caseObjects() {
    HttpRequest req = request("/cases?district=" + cfg.district()).GET().build();
    try {
      HttpResponse<String> r = http.send(req, HttpResponse.BodyHandlers.ofString());
      if (r.statusCode() != 200) {
        throw new CityUnavailable("市级平台工单列表查询失败：HTTP " + r.statusCode());
      }
      JsonArray items = new JsonObject(r.body()).getJsonArray("items", new JsonArray());
      List<JsonObject> out = new ArrayList<>();
      for (int i = 0; i < items.size(); i++) {
        out.add(items.getJsonObject(i));
      }
      return out;
    } catch (IOException | DecodeException e) {
      throw new CityUnavailable("市级平台工单列表查询失败：" + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CityUnavailable("市级平台工单列表查询被中断");
    }
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(baseUrl + path))
        .timeout(cfg.timeout())
        .header("Authorization", "Bearer " + cfg.outboundToken())
        .header("X-District", cfg.district());
  }

  private static String abbreviate(String body) {
    return body == null ? "" : body.length() > 300 ? body.substring(0, 300) + "…" : body;
  }

  /** The city's interface could not be read. */
  public static final class CityUnavailable extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CityUnavailable(String message) {
      super(message);
    }
  }
}

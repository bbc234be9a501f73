package gov.hotline.infra.city.sim;

import gov.hotline.core.city.CityCase;
import gov.hotline.infra.city.CityMessages;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;

/**
 * The scripted city's pushes to the district ({@code POST /api/v1/city/cases} and {@code
 * /api/v1/city/verdicts} with the shared token): one case, or many with a share of duplicates,
 * shuffled (out of order) and concurrent. Blocking, on virtual threads.
 */
public final class CityPusher {
  private final ScriptedCityServer city;
  private final String districtApi;
  private final String token;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  /** {@code districtApi}: the district's {@code /api/v1} base URL. */
  public CityPusher(ScriptedCityServer city, String districtApi, String token) {
    this.city = city;
    this.districtApi = districtApi;
    this.token = token;
  }

  /** An answer of the district. */
  public record Answer(int status, JsonObject body) {}

  /** Pushes one case (and registers it as dispatched in the city's list). */
  public Answer push(CityCase.Input c) {
    city.dispatched(c);
    return post("/city/cases", CityMessages.caseJson(c));
  }

  /** Pushes a case body as is (for malformed cases); nothing is registered. */
  public Answer pushRaw(JsonObject body) {
    return post("/city/cases", body);
  }

  /** Sends a verdict on a case. */
  public Answer verdict(
      String verdictId, String caseNo, boolean accepted, String reason, String at) {
    return post(
        "/city/verdicts",
        new JsonObject()
            .put("verdictId", verdictId)
            .put("caseNo", caseNo)
            .put("accepted", accepted)
            .put("reason", reason)
            .put("at", at));
  }

  /**
   * Pushes every case once, plus a repeat of {@code duplicateShare} of them, all shuffled with
   * {@code seed} and sent {@code concurrency} at a time; returns the answers in sending order.
   */
  public List<Answer> pushAll(
      List<CityCase.Input> cases, double duplicateShare, long seed, int concurrency) {
    Random random = new Random(seed);
    List<CityCase.Input> deliveries = new ArrayList<>(cases);
    int repeats = (int) Math.round(cases.size() * duplicateShare);
    for (int i = 0; i < repeats; i++) {
      deliveries.add(cases.get(random.nextInt(cases.size())));
    }
    Collections.shuffle(deliveries, random);
    Semaphore slots = new Semaphore(concurrency);
    List<Future<Answer>> answers = new ArrayList<>();
    try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
      for (CityCase.Input c : deliveries) {
        slots.acquireUninterruptibly();
        answers.add(
            pool.submit(
                () -> {
                  try {
                    return push(c);
                  } finally {
                    slots.release();
                  }
                }));
      }
    }
    List<Answer> out = new ArrayList<>();
    for (Future<Answer> f : answers) {
      out.add(f.resultNow());
    }
    return out;
  }

  private Answer post(String path, JsonObject body) {
    HttpRequest req =
        HttpRequest.newBuilder(URI.create(districtApi + path))
            .timeout(Duration.ofSeconds(30))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body.encode(), StandardCharsets.UTF_8))
            .build();
    try {
      HttpResponse<String> r = http.send(req, HttpResponse.BodyHandlers.ofString());
      JsonObject json = r.body().isEmpty() ? new JsonObject() : new JsonObject(r.body());
      return new Answer(r.statusCode(), json);
    } catch (IOException e) {
      return new Answer(0, new JsonObject().put("error", e.toString()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Answer(0, new JsonObject().put("error", "interrupted"));
    }
  }
}

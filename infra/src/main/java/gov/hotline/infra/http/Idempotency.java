package gov.hotline.infra.http;

import static gov.hotline.infra.http.Requests.handle;

import gov.hotline.core.error.DomainException;
import gov.hotline.core.ticket.IdempotencyKey;
import gov.hotline.core.user.Actor;
import gov.hotline.infra.db.core.JooqIdempotencyKeys;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * {@code Idempotency-Key} on creating POSTs: the same key from the same user gets the first answer
 * (status and body) again, marked {@code Idempotent-Replayed: true}; the same key with a different
 * request is a 409. Ticket intake records the key in the ticket's own transaction (a ticket
 * committed whose answer was lost is found again, never created twice); the other routes claim the
 * key before they run and store the answer after.
 */
public final class Idempotency {
  static final String HEADER = "Idempotency-Key";
  private static final String PENDING = "idempotency-pending";
  private static final Pattern VALID = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

  private final JooqIdempotencyKeys store;
  private final Clock clock;

  /** A keyed request on its way: the key, and whether its answer was stored. */
  static final class Pending {
    final IdempotencyKey key;
    final boolean ticket;
    boolean answered;

    Pending(IdempotencyKey key, boolean ticket) {
      this.key = key;
      this.ticket = ticket;
    }
  }

  public Idempotency(JooqIdempotencyKeys store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  /**
   * Mounts the guard in front of the creating routes (after authentication, before the routes
   * themselves).
   */
  public void mount(Router api) {
    api.post("/tickets").handler(handle(ctx -> guard(ctx, true)));
    for (String path :
        new String[] {"/kb/import", "/kb/articles", "/dispatch/units/import", "/admin/users"}) {
      api.post(path).handler(handle(ctx -> guard(ctx, false)));
    }
  }

  /** The key of this request, for ticket intake; null without one. */
  static IdempotencyKey ticketKey(RoutingContext ctx) {
    Pending p = ctx.get(PENDING);
    return p == null ? null : p.key;
  }

  private void guard(RoutingContext ctx, boolean ticket) {
    String key = ctx.request().getHeader(HEADER);
    if (key == null) {
      ctx.next();
      return;
    }
    if (!VALID.matcher(key).matches()) {
      throw DomainException.invalid(
          "INVALID_IDEMPOTENCY_KEY", "Idempotency-Key 格式不正确：1–100 个字母、数字或 . _ : -（建议使用 UUID）");
    }
    Actor actor = Requests.actor(ctx);
    String body =
        ctx.body() == null || ctx.body().buffer() == null ? "" : ctx.body().buffer().toString();
    IdempotencyKey k =
        new IdempotencyKey(
            actor.userId().value(),
            key,
            "POST",
            ctx.request().path(),
            sha256("POST " + ctx.request().path() + "\n" + body));
    var stored = store.find(k.userId(), key);
    if (stored.isPresent()) {
      if (!stored.get().requestHash().equals(k.requestHash())) {
        throw DomainException.conflict(
            "IDEMPOTENCY_KEY_REUSED", "该 Idempotency-Key 已用于内容不同的请求；新的请求请使用新的 Idempotency-Key");
      }
      if (stored.get().status() != null) {
        ctx.response()
            .setStatusCode(stored.get().status())
            .putHeader("Idempotent-Replayed", "true")
            .putHeader("content-type", stored.get().contentType())
            .end(stored.get().body());
        return;
      }
      if (!ticket) {
        throw DomainException.conflict(
            "IDEMPOTENCY_IN_PROGRESS", "相同 Idempotency-Key 的请求正在处理，请稍后重试");
      }
    } else if (!ticket) {
      if (!store.claim(k, clock.instant())) {
        throw DomainException.conflict(
            "IDEMPOTENCY_IN_PROGRESS", "相同 Idempotency-Key 的请求正在处理，请稍后重试");
      }
    }
    Pending p = new Pending(k, ticket);
    ctx.put(PENDING, p);
    ctx.put(PENDING + "-store", this);
    if (!ticket) {
      ctx.addEndHandler(
          v -> {
            if (!p.answered) {
              store.release(k.userId(), key);
            }
          });
    }
    ctx.next();
  }

  /** Called when a JSON answer is sent: a success is stored for replays. */
  static void answered(RoutingContext ctx, int status, String contentType, String body) {
    Pending p = ctx.get(PENDING);
    Idempotency self = ctx.get(PENDING + "-store");
    if (p == null || self == null || status >= 300) {
      return;
    }
    p.answered = true;
    self.store.complete(p.key.userId(), p.key.key(), status, contentType, body);
  }

  private static String sha256(String s) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}

package gov.hotline.infra.auth;

import gov.hotline.core.id.UnitId;
import gov.hotline.core.id.UserId;
import gov.hotline.core.user.Actor;
import gov.hotline.core.user.Role;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signed bearer tokens: {@code
 * base64url(userId|role|unitId|expiry|sessionId|username).base64url(HMAC-SHA256)}. The signature
 * proves the claims; the session they name ({@link Sessions}) decides whether they still count, so
 * a token ends with its session (logout, disabled user, role change, password reset) on every
 * instance.
 */
public final class TokenService {
  private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder B64D = Base64.getUrlDecoder();

  private final SecretKeySpec key;
  private final Clock clock;
  private final Duration ttl;

  /** What a valid token says: who, in which session, until when. */
  public record Claims(Actor actor, String sessionId, Instant expiresAt) {}

  public TokenService(String hexSecret, Clock clock, Duration ttl) {
    this.key = new SecretKeySpec(HexFormat.of().parseHex(hexSecret), "HmacSHA256");
    this.clock = clock;
    this.ttl = ttl;
  }

  public String issue(Actor a, String sessionId, Instant expiresAt) {
    String payload =
        a.userId().value()
            + "|"
            + a.role().name()
            + "|"
            + a.unitId().value()
            + "|"
            + expiresAt.getEpochSecond()
            + "|"
            + sessionId
            + "|"
            + a.username();
    String body = B64.encodeToString(payload.getBytes(StandardCharsets.UTF_8));
    return body + "." + B64.encodeToString(sign(body));
  }

  public Duration ttl() {
    return ttl;
  }

  /**
   * The claims of a well-signed, unexpired token; empty for anything else (never throws on
   * garbage).
   */
  public Optional<Claims> verify(String token) {
    if (token == null || token.length() > 2048) {
      return Optional.empty();
    }
    int dot = token.indexOf('.');
    if (dot <= 0) {
      return Optional.empty();
    }
    try {
      String body = token.substring(0, dot);
      byte[] sig = B64D.decode(token.substring(dot + 1));
      if (!MessageDigest.isEqual(sig, sign(body))) {
        return Optional.empty();
      }
      String[] f = new String(B64D.decode(body), StandardCharsets.UTF_8).split("\\|", 6);
      if (f.length != 6 || Long.parseLong(f[3]) < clock.instant().getEpochSecond()) {
        return Optional.empty();
      }
      Actor actor =
          new Actor(new UserId(Long.parseLong(f[0])), f[5], Role.valueOf(f[1]), UnitId.of(f[2]));
      return Optional.of(new Claims(actor, f[4], Instant.ofEpochSecond(Long.parseLong(f[3]))));
    } catch (IllegalArgumentException e) { // bad base64, number or role: not a token of ours
      return Optional.empty();
    }
  }

  private byte[] sign(String body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      return mac.doFinal(body.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 unavailable", e);
    }
  }
}

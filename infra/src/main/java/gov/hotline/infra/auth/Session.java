package gov.hotline.infra.auth;

import java.time.Instant;

/**
 * One login session (登录会话): who, since when, seen last when, until when, ended when and why, from
 * where.
 */
public record Session(
    String id,
    long userId,
    String username,
    String role,
    Instant createdAt,
    Instant lastSeenAt,
    Instant expiresAt,
    Instant revokedAt,
    String revokedReason,
    String clientAddress,
    String userAgent) {

  public boolean activeAt(Instant now) {
    return revokedAt == null && expiresAt.isAfter(now);
  }
}

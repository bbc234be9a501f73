package gov.hotline.telephony.domain;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * One Asterisk server to ingest: where its AMI listens, the manager account (the secret comes from
 * the environment only), and where its queue_log can be read for reconciliation (a file, or null
 * when not available).
 */
public record AmiServerConfig(
    String id,
    String host,
    int port,
    String username,
    String secret,
    Path queueLog,
    Duration pingInterval,
    Duration pingTimeout) {
  public AmiServerConfig {
    Objects.requireNonNull(id);
    Objects.requireNonNull(host);
    Objects.requireNonNull(username);
    secret = secret == null ? "" : secret;
    pingInterval = pingInterval == null ? Duration.ofSeconds(1) : pingInterval;
    pingTimeout = pingTimeout == null ? Duration.ofSeconds(2) : pingTimeout;
  }

  public static AmiServerConfig of(
      String id, String host, int port, String username, String secret) {
    return new AmiServerConfig(id, host, port, username, secret, null, null, null);
  }

  @Override
  public String toString() {
    return id + "=" + username + "@" + host + ":" + port;
  }
}

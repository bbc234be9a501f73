package gov.hotline.infra.audit;

import io.vertx.core.json.JsonArray;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The hash chain: {@code hash = sha256(prevHash || canonical row text)}, the first row chained to
 * 64 zeros.
 */
public final class AuditChain {
  public static final String GENESIS = "0".repeat(64);

  private AuditChain() {}

  /** The row's content as hashed: a JSON array of its fields in a fixed order (nulls as null). */
  public static String canonical(AuditEvent e) {
    return new JsonArray()
        .add(e.id())
        .add(e.at().toString())
        .add(e.actorId())
        .add(e.actorUsername())
        .add(e.actorRole())
        .add(e.action())
        .add(e.target())
        .add(e.clientAddress())
        .add(e.result())
        .add(e.detail())
        .encode();
  }

  public static String hash(String prevHash, AuditEvent e) {
    try {
      MessageDigest d = MessageDigest.getInstance("SHA-256");
      d.update(prevHash.getBytes(StandardCharsets.US_ASCII));
      d.update(canonical(e).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d.digest());
    } catch (NoSuchAlgorithmException ex) {
      throw new IllegalStateException(ex);
    }
  }
}

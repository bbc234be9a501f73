package gov.hotline.infra.db.core;

import static gov.hotline.infra.db.schema.core.Tables.SERVER_SECRET;

import java.security.SecureRandom;
import java.util.HexFormat;
import org.jooq.DSLContext;

/** Secrets shared by all server instances, created once at random on first use. */
public final class ServerSecrets {
  private final DSLContext db;

  public ServerSecrets(DSLContext db) {
    this.db = db;
  }

  /** The named secret (32 random bytes, hex); the first instance to ask creates it. */
  public String get(String name) {
    byte[] bytes = new byte[32];
    new SecureRandom().nextBytes(bytes);
    db.insertInto(SERVER_SECRET)
        .set(SERVER_SECRET.NAME, name)
        .set(SERVER_SECRET.VALUE, HexFormat.of().formatHex(bytes))
        .onConflictDoNothing()
        .execute();
    return db.select(SERVER_SECRET.VALUE)
        .from(SERVER_SECRET)
        .where(SERVER_SECRET.NAME.eq(name))
        .fetchOne(SERVER_SECRET.VALUE);
  }
}

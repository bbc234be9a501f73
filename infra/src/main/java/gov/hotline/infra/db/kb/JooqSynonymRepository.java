package gov.hotline.infra.db.kb;

import static gov.hotline.infra.db.schema.kb.Tables.SYNONYM_DICTIONARY;

import gov.hotline.infra.db.Times;
import gov.hotline.kb.port.SynonymRepository;
import java.time.Instant;
import java.util.Optional;
import org.jooq.DSLContext;

/**
 * jOOQ implementation of {@link SynonymRepository}: every save is a new row; the newest is in
 * force.
 */
final class JooqSynonymRepository implements SynonymRepository {
  private final DSLContext db;

  JooqSynonymRepository(DSLContext db) {
    this.db = db;
  }

  @Override
  public Optional<String> current() {
    return db.select(SYNONYM_DICTIONARY.CONTENT)
        .from(SYNONYM_DICTIONARY)
        .orderBy(SYNONYM_DICTIONARY.ID.desc())
        .limit(1)
        .fetchOptional(SYNONYM_DICTIONARY.CONTENT);
  }

  @Override
  public void save(String text, String author, Instant at) {
    db.insertInto(SYNONYM_DICTIONARY)
        .set(SYNONYM_DICTIONARY.CONTENT, text)
        .set(SYNONYM_DICTIONARY.AUTHOR, author)
        .set(SYNONYM_DICTIONARY.SAVED_AT, Times.offset(at))
        .execute();
  }
}

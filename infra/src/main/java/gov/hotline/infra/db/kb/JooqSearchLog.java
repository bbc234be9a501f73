package gov.hotline.infra.db.kb;

import static gov.hotline.infra.db.schema.kb.Tables.SEARCH_LOG;

import gov.hotline.core.user.Role;
import gov.hotline.kb.domain.SearchGap;
import gov.hotline.kb.port.SearchLog;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

/** jOOQ implementation of {@link SearchLog}: one row a search, the gaps grouped by query. */
public final class JooqSearchLog implements SearchLog {
  private final DSLContext db;

  public JooqSearchLog(DSLContext db) {
    this.db = db;
  }

  @Override
  public void record(String loggedQuery, int hits, Role role, Instant at) {
    db.insertInto(SEARCH_LOG)
        .set(SEARCH_LOG.SEARCHED_AT, at.atOffset(ZoneOffset.UTC))
        .set(SEARCH_LOG.QUERY, loggedQuery)
        .set(SEARCH_LOG.HITS, hits)
        .set(SEARCH_LOG.ROLE, role.name())
        .execute();
  }

  @Override
  public List<SearchGap> gaps(Instant from, Instant to, int limit) {
    Field<Integer> searches = DSL.count().as("searches");
    Field<Integer> misses = DSL.count().filterWhere(SEARCH_LOG.HITS.eq(0)).as("misses");
    Field<OffsetDateTime> last = DSL.max(SEARCH_LOG.SEARCHED_AT).as("last_at");
    return db.select(SEARCH_LOG.QUERY, searches, misses, last)
        .from(SEARCH_LOG)
        .where(
            SEARCH_LOG.SEARCHED_AT.ge(from.atOffset(ZoneOffset.UTC)),
            SEARCH_LOG.SEARCHED_AT.lt(to.atOffset(ZoneOffset.UTC)))
        .groupBy(SEARCH_LOG.QUERY)
        .having(DSL.count().filterWhere(SEARCH_LOG.HITS.eq(0)).gt(0))
        .orderBy(misses.desc(), last.desc(), SEARCH_LOG.QUERY)
        .limit(limit)
        .fetch(
            r ->
                new SearchGap(
                    r.get(SEARCH_LOG.QUERY),
                    r.get(searches),
                    r.get(misses),
                    r.get(last).toInstant()));
  }
}

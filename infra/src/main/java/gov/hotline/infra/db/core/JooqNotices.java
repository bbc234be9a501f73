package gov.hotline.infra.db.core;

import static gov.hotline.infra.db.Times.offset;
import static gov.hotline.infra.db.schema.core.Tables.TICKET_NOTICE;

import gov.hotline.core.id.TicketId;
import gov.hotline.core.notice.NoticeItem;
import gov.hotline.core.notice.NoticeKind;
import gov.hotline.core.notice.OneTimeNotice;
import gov.hotline.core.port.NoticeRepository;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.JSONB;

/** One-time notices (一次性告知) in {@code core.ticket_notice}, the checklist as a JSON array. */
final class JooqNotices implements NoticeRepository {
  private final DSLContext db;

  JooqNotices(DSLContext db) {
    this.db = db;
  }

  @Override
  public void save(TicketId ticketId, OneTimeNotice notice, Instant at) {
    JsonArray items = new JsonArray();
    notice
        .items()
        .forEach(
            i -> items.add(new JsonObject().put("kind", i.kind().name()).put("text", i.text())));
    db.insertInto(TICKET_NOTICE)
        .set(TICKET_NOTICE.TICKET_ID, ticketId.value())
        .set(TICKET_NOTICE.ARTICLE_CODE, notice.articleCode())
        .set(TICKET_NOTICE.ARTICLE_TITLE, notice.articleTitle())
        .set(TICKET_NOTICE.ITEMS, JSONB.valueOf(items.encode()))
        .set(TICKET_NOTICE.RECORDED_AT, offset(at))
        .execute();
  }

  @Override
  public Optional<OneTimeNotice> of(TicketId ticketId) {
    return db.selectFrom(TICKET_NOTICE)
        .where(TICKET_NOTICE.TICKET_ID.eq(ticketId.value()))
        .fetchOptional(
            r -> {
              List<NoticeItem> items = new ArrayList<>();
              for (Object o : new JsonArray(r.getItems().data())) {
                JsonObject j = (JsonObject) o;
                items.add(
                    new NoticeItem(NoticeKind.valueOf(j.getString("kind")), j.getString("text")));
              }
              return new OneTimeNotice(r.getArticleCode(), r.getArticleTitle(), items);
            });
  }
}

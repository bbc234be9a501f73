package gov.hotline.infra.http;

import gov.hotline.core.notice.NoticeItem;
import gov.hotline.core.notice.OneTimeNotice;
import gov.hotline.core.rating.FollowUp;
import gov.hotline.core.rating.TicketRating;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.List;

/** JSON of the one-time notice (一次性告知), ratings (好差评) and follow-ups (整改). */
final class NoticeJson {
  private NoticeJson() {}

  static JsonArray items(List<NoticeItem> items) {
    JsonArray out = new JsonArray();
    for (NoticeItem i : items) {
      out.add(
          new JsonObject()
              .put("kind", i.kind().name())
              .put("kindLabel", i.kind().label())
              .put("text", i.text()));
    }
    return out;
  }

  static JsonObject notice(OneTimeNotice n) {
    return n == null
        ? null
        : new JsonObject()
            .put("articleCode", n.articleCode())
            .put("articleTitle", n.articleTitle())
            .put("items", items(n.items()));
  }

  static JsonObject rating(TicketRating r) {
    return new JsonObject()
        .put("id", r.id())
        .put("rating", r.rating().name())
        .put("ratingLabel", r.rating().label())
        .put("bad", r.rating().bad())
        .put("source", r.source().name())
        .put("sourceLabel", r.source().label())
        .put("comment", r.comment())
        .put("ratedAt", r.ratedAt().toString())
        .put("synced", r.synced());
  }

  static JsonObject followUp(FollowUp f, Instant now) {
    return new JsonObject()
        .put("id", f.id())
        .put("ratingId", f.ratingId())
        .put("reason", f.reason())
        .put("openedAt", f.openedAt().toString())
        .put("dueAt", f.dueAt().toString())
        .put("overdue", f.isOverdue(now));
  }
}

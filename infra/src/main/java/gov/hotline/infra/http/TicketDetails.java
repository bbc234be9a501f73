package gov.hotline.infra.http;

import gov.hotline.core.attachment.AttachmentService;
import gov.hotline.core.rating.Aftercare;
import gov.hotline.core.ticket.Ticket;
import gov.hotline.core.user.Actor;
import io.vertx.core.json.JsonObject;
import java.time.Instant;

/**
 * What {@code GET /tickets/{id}} adds to the ticket: its attachments, ratings (好差评), follow-ups
 * (整改) and one-time notice (一次性告知).
 */
public final class TicketDetails {
  private final AttachmentService attachments;
  private final Aftercare aftercare;

  public TicketDetails(AttachmentService attachments, Aftercare aftercare) {
    this.attachments = attachments;
    this.aftercare = aftercare;
  }

  JsonObject addTo(JsonObject j, Ticket t, Actor actor, Instant now) {
    Aftercare.Of of = aftercare.of(t.id(), actor);
    return j.put("attachments", AttachmentRoutes.array(attachments.list(t.id(), actor)))
        .put("ratings", Requests.array(of.ratings(), NoticeJson::rating))
        .put("followUps", Requests.array(of.followUps(), f -> NoticeJson.followUp(f, now)))
        .put("notice", of.notice().map(NoticeJson::notice).orElse(null));
  }
}

package gov.hotline.infra.http;

import gov.hotline.core.citizen.CitizenIntake;
import gov.hotline.core.id.UnitId;
import gov.hotline.core.id.UserId;
import gov.hotline.core.org.OrgTree;
import gov.hotline.core.org.OrgUnit;
import gov.hotline.core.org.UnitType;
import gov.hotline.core.ticket.Ticket;
import gov.hotline.core.user.Actor;
import gov.hotline.core.user.Role;
import io.vertx.core.json.JsonObject;
import java.time.Instant;

/**
 * What the tracking page shows a citizen: the plain stage, the appeal as filed, the answer, the
 * one-time notice and the citizen's own rating — never names, phone numbers, units or internal
 * statuses.
 */
final class CitizenJson {
  /** The public page's actor: id 0, named {@value #CITIZEN}, at the hotline centre. */
  static final String CITIZEN = "citizen";

  private CitizenJson() {}

  static JsonObject progress(CitizenIntake.Progress p) {
    Ticket t = p.ticket();
    return new JsonObject()
        .put("trackingNo", p.trackingNo().display())
        .put("status", p.status().name())
        .put("statusLabel", p.status().label())
        .put("filedAt", p.filedAt().toString())
        .put("channelLabel", t.appeal().channel().label())
        .put("appealTypeLabel", t.appeal().appealType().label())
        .put("address", t.appeal().address())
        .put("content", t.appeal().content())
        .put("reply", t.progress().reply())
        .put("repliedAt", time(t.progress().repliedAt()))
        .put("closedAt", time(t.progress().closedAt()))
        .put("notice", p.notice().map(NoticeJson::notice).orElse(null))
        .put("rating", p.rating().map(NoticeJson::rating).map(CitizenJson::own).orElse(null))
        .put("canRate", p.canRate());
  }

  /** The citizen's rating without the bookkeeping (sync flag, ids). */
  private static JsonObject own(JsonObject r) {
    return new JsonObject()
        .put("rating", r.getString("rating"))
        .put("ratingLabel", r.getString("ratingLabel"))
        .put("comment", r.getString("comment"))
        .put("ratedAt", r.getString("ratedAt"));
  }

  static Actor citizen(OrgTree org) {
    UnitId unit =
        org.all().stream()
            .filter(u -> u.type() == UnitType.CENTER)
            .map(OrgUnit::id)
            .findFirst()
            .orElse(UnitId.of("CENTER"));
    return new Actor(new UserId(0), CITIZEN, Role.AGENT, unit);
  }

  private static String time(Instant t) {
    return t == null ? null : t.toString();
  }
}

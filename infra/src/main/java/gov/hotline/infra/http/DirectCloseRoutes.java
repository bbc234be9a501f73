package gov.hotline.infra.http;

import static gov.hotline.infra.http.Requests.handle;

import gov.hotline.core.event.EventAddresses;
import gov.hotline.core.id.TicketId;
import gov.hotline.core.notice.NoticeItem;
import gov.hotline.core.notice.NoticeKind;
import gov.hotline.core.notice.OneTimeNotice;
import gov.hotline.core.port.ReferenceData;
import gov.hotline.core.ticket.TicketAction;
import gov.hotline.core.ticket.TicketCommand;
import gov.hotline.core.ticket.TicketRules;
import gov.hotline.core.ticket.TicketService;
import gov.hotline.core.user.Actor;
import gov.hotline.infra.metrics.TicketMetrics;
import gov.hotline.kb.domain.Article;
import gov.hotline.kb.domain.NoticeChecklist;
import gov.hotline.kb.service.ArticleService;
import io.vertx.core.eventbus.EventBus;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.List;

/**
 * {@code POST /tickets/{id}/direct-close} (直接办结) with the one-time notice (一次性告知): {@code
 * articleId} names the knowledge-base article the agent answered from, and the checklist
 * (materials, place, hours, fees) is drawn from it — or {@code noticeItems} gives the lines as the
 * agent ticked and edited them. Mounted before the general ticket actions, which would otherwise
 * take the path.
 */
public final class DirectCloseRoutes {
  private final TicketService tickets;
  private final TicketJson json;
  private final ArticleService articles;
  private final TicketMetrics metrics;
  private final EventBus bus;

  public DirectCloseRoutes(
      TicketService tickets,
      ReferenceData reference,
      ArticleService articles,
      TicketMetrics metrics,
      EventBus bus) {
    this.tickets = tickets;
    this.json = new TicketJson(reference);
    this.articles = articles;
    this.metrics = metrics;
    this.bus = bus;
  }

  public void mount(Router api) {
    api.post("/tickets/:id/direct-close").handler(handle(this::directClose));
  }

  private void directClose(RoutingContext ctx) {
    Actor actor = Requests.actor(ctx);
    TicketId id = new TicketId(Requests.longParam(ctx, "id", "工单"));
    TicketRules.requireRole(TicketAction.DIRECT_CLOSE, actor); // before the payload
    JsonInput in = JsonInput.parse(ctx.body().buffer());
    String answer = in.text("answer");
    Long articleId = in.longValue("articleId", "知识条目");
    List<NoticeItem> items =
        in.objects("noticeItems").stream()
            .map(
                j ->
                    new NoticeItem(j.enumValue("kind", NoticeKind.class, "告知事项类别"), j.text("text")))
            .toList();
    OneTimeNotice notice = null;
    if (articleId != null) {
      Article a = articles.get(articleId, actor);
      notice =
          items.isEmpty()
              ? NoticeChecklist.of(a).orElse(null)
              : new OneTimeNotice(a.code(), a.content().title(), items);
    } else if (!items.isEmpty()) {
      notice = new OneTimeNotice(null, null, items);
    }
    var outcome =
        tickets.act(
            id,
            new TicketCommand.DirectClose(answer, notice),
            actor,
            in.longValue("version", "工单版本"));
    metrics.transitioned(TicketAction.DIRECT_CLOSE.code());
    bus.publish(EventAddresses.of(outcome.event()), outcome.event());
    Requests.ok(
        ctx,
        json.ticket(outcome.ticket(), actor, tickets.now())
            .put("notice", NoticeJson.notice(notice)));
  }
}

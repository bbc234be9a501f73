package gov.hotline.kb.verticle;

import gov.hotline.core.event.EventAddresses;
import gov.hotline.core.event.TicketCreated;
import gov.hotline.kb.service.KbSearchService;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.eventbus.Message;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Indexes every new ticket for similar-ticket search when {@code ticket.evt.created} arrives
 * (published after the ticket's transaction committed). Indexing blocks (database read, index
 * write), so it runs off the event loop; a failure is logged and repaired by the next rebuild
 * ({@code ./hotline kb-reindex} or start-up).
 */
public final class TicketIndexVerticle extends VerticleBase {
  private static final Logger LOG = LoggerFactory.getLogger(TicketIndexVerticle.class);
  private final KbSearchService search;

  public TicketIndexVerticle(KbSearchService search) {
    this.search = Objects.requireNonNull(search);
  }

  @Override
  public Future<?> start() {
    return vertx
        .eventBus()
        .<TicketCreated>consumer(EventAddresses.TICKET_CREATED, this::onCreated)
        .completion();
  }

  private void onCreated(Message<TicketCreated> msg) {
    long id = msg.body().ticketId();
    vertx
        .executeBlocking(
            () -> {
              search.indexTicket(id);
              return null;
            },
            false)
        .onFailure(
            err -> LOG.warn("ticket {} not indexed for similar search: {}", id, err.getMessage()));
  }
}

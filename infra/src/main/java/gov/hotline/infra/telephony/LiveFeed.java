package gov.hotline.infra.telephony;

import gov.hotline.telephony.domain.ScreenPop;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.eventbus.EventBus;
import io.vertx.core.eventbus.Message;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.List;

/**
 * The numbered feed behind the browsers' live stream: every message published to them (queue
 * snapshots, screen pops, ticket notices) gets the next id of one per-server sequence, carried in
 * the {@value #ID_HEADER} header; the screen pops and ticket notices of the last few minutes stay
 * in a bounded buffer so that a browser reconnecting with {@code Last-Event-ID} gets those it
 * missed. Ids start from the start time in microseconds, so they keep growing across restarts.
 *
 * <p>Publishing holds the feed's lock: ids are handed out and messages enqueued to the consumers in
 * the same order, so a stream sees ids only grow, and a reconnecting stream can tell replayed pops
 * from live ones by id.
 */
public final class LiveFeed {
  public static final String ID_HEADER = "live-id";

  /**
   * A message kept for replay: a screen pop or another body published with {@link #publishKept}.
   */
  public record Entry(long id, Instant at, Object body) {
    /** The screen pop, or null when this is another message. */
    public ScreenPop pop() {
      return body instanceof ScreenPop p ? p : null;
    }
  }

  /** What a (re)connecting stream starts from: the missed messages and the last id handed out. */
  public record Resume(List<Entry> missed, long lastId) {}

  private final Clock clock;
  private final Duration keep;
  private final int capacity;
  private final ArrayDeque<Entry> recent = new ArrayDeque<>();
  private long seq;

  public LiveFeed(Clock clock, Duration keep, int capacity) {
    this.clock = clock;
    this.keep = keep;
    this.capacity = capacity;
    this.seq = clock.millis() * 1000;
  }

  /** Publishes a queue snapshot (not replayed: a reconnecting stream gets a fresh one). */
  public synchronized long publish(EventBus bus, String address, Object body) {
    long id = ++seq;
    bus.publish(address, body, new DeliveryOptions().addHeader(ID_HEADER, Long.toString(id)));
    return id;
  }

  /** Publishes a screen pop and keeps it for replay. */
  public long publishPop(EventBus bus, String address, ScreenPop pop) {
    return publishKept(bus, address, pop);
  }

  /** Publishes a message (a screen pop, a ticket notice) and keeps it for replay. */
  public synchronized long publishKept(EventBus bus, String address, Object body) {
    long id = ++seq;
    recent.addLast(new Entry(id, clock.instant(), body));
    trim();
    bus.publish(address, body, new DeliveryOptions().addHeader(ID_HEADER, Long.toString(id)));
    return id;
  }

  /**
   * The messages after {@code lastEventId} still kept (none when it is null), and the last id
   * handed out.
   */
  public synchronized Resume resume(Long lastEventId) {
    trim();
    List<Entry> missed =
        lastEventId == null
            ? List.of()
            : recent.stream().filter(e -> e.id() > lastEventId).toList();
    return new Resume(missed, seq);
  }

  /** The id a message was published with, 0 when it has none. */
  public static long idOf(Message<?> m) {
    String v = m.headers().get(ID_HEADER);
    return v == null ? 0 : Long.parseLong(v);
  }

  private void trim() {
    Instant oldest = clock.instant().minus(keep);
    while (!recent.isEmpty()
        && (recent.size() > capacity || recent.peekFirst().at().isBefore(oldest))) {
      recent.removeFirst();
    }
  }
}

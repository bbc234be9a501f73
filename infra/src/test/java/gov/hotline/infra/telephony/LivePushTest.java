package gov.hotline.infra.telephony;

import static org.assertj.core.api.Assertions.assertThat;

import gov.hotline.infra.support.TestClock;
import gov.hotline.telephony.domain.AmiMessage;
import gov.hotline.telephony.domain.IngestResult;
import gov.hotline.telephony.domain.LiveBoard;
import gov.hotline.telephony.domain.LiveBoardSnapshot;
import gov.hotline.telephony.domain.ReceivedMessage;
import gov.hotline.telephony.verticle.TelephonyAddresses;
import gov.hotline.vertx.LocalRecordCodec;
import io.vertx.core.Vertx;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The board goes out at once when it changes after a quiet second (a lead sees an agent's pause
 * well within a second), and a burst of changes within the second after is coalesced into one
 * snapshot a second later.
 */
class LivePushTest {
  private Vertx vertx;
  private LivePush push;
  private final List<Received> received = new CopyOnWriteArrayList<>();
  private long seq;

  private record Received(long atNanos, LiveBoardSnapshot snapshot) {}

  @BeforeEach
  void start() {
    vertx = Vertx.vertx();
    LocalRecordCodec.register(vertx.eventBus(), LiveBoardSnapshot.class);
    vertx
        .eventBus()
        .<LiveBoardSnapshot>consumer(
            TelephonyAddresses.CONSOLE_QUEUES,
            m -> received.add(new Received(System.nanoTime(), m.body())))
        .completion()
        .await();
    LiveBoard board =
        new LiveBoard(Clock.fixed(TestClock.now(), TestClock.ZONE), Duration.ofSeconds(3));
    push =
        new LivePush(
                board,
                null,
                vertx,
                new LiveFeed(
                    Clock.fixed(TestClock.now(), TestClock.ZONE), Duration.ofMinutes(5), 100))
            .start();
  }

  @AfterEach
  void stop() {
    push.close();
    vertx.close().await();
  }

  @Test
  void theFirstChangeGoesOutAtOnceAndTheNextOnesOfThatSecondTogetherASecondLater() {
    await(1, Duration.ofSeconds(2)); // the empty board, once
    LockSupport.parkNanos(
        Duration.ofMillis(1100).toNanos()); // then quiet: nothing changed, nothing sent
    assertThat(received).hasSize(1);
    received.clear();

    long t0 = System.nanoTime();
    push.accept(batch(pause("PJSIP/6001", true, "培训")));
    await(1, Duration.ofSeconds(2));
    long first = received.get(0).atNanos() - t0;
    for (int i = 0; i < 5; i++) {
      push.accept(batch(pause("PJSIP/600" + (2 + i % 3), i % 2 == 0, "就餐")));
    }
    await(2, Duration.ofSeconds(3));
    LockSupport.parkNanos(Duration.ofMillis(1300).toNanos());

    assertThat(Duration.ofNanos(first)).isLessThan(Duration.ofMillis(300));
    assertThat(member(received.get(0).snapshot(), "PJSIP/6001")).isEqualTo("PAUSED");
    assertThat(Duration.ofNanos(received.get(1).atNanos() - received.get(0).atNanos()))
        .isGreaterThanOrEqualTo(Duration.ofMillis(900));
    assertThat(received).hasSize(2); // the five changes in one snapshot
    assertThat(received.get(1).snapshot().version())
        .isEqualTo(received.get(0).snapshot().version() + 5);
  }

  private static String member(LiveBoardSnapshot s, String iface) {
    return s.queues().stream()
        .flatMap(q -> q.members().stream())
        .filter(m -> m.iface().equals(iface))
        .map(m -> m.state().name())
        .findFirst()
        .orElse(null);
  }

  private void await(int count, Duration atMost) {
    long deadline = System.nanoTime() + atMost.toNanos();
    while (received.size() < count) {
      assertThat(System.nanoTime())
          .as("%d snapshots within %s", count, atMost)
          .isLessThan(deadline);
      LockSupport.parkNanos(1_000_000);
    }
  }

  private static String pause(String iface, boolean paused, String reason) {
    return "Event: QueueMemberPause\r\nPrivilege: agent,all\r\nQueue: hotline\r\nMemberName: 座席\r\nInterface: "
        + iface
        + "\r\nStatus: 1\r\nPaused: "
        + (paused ? 1 : 0)
        + "\r\nPausedReason: "
        + reason
        + "\r\n\r\n";
  }

  private IngestResult batch(String raw) {
    ReceivedMessage rm =
        new ReceivedMessage(
            "lab", 1, ++seq, TestClock.now(), System.nanoTime(), AmiMessage.parse(raw));
    return new IngestResult(
        "lab", List.of(rm), List.of(), List.of(), new IngestResult.Counts(1, 0, 0, 0, 0, 0));
  }
}

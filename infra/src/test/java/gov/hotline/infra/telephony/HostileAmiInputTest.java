package gov.hotline.infra.telephony;

import static org.assertj.core.api.Assertions.assertThat;

import gov.hotline.infra.support.AmiRig;
import gov.hotline.infra.support.TestDatabase;
import gov.hotline.telephony.fixtures.Fixtures;
import gov.hotline.telephony.simulator.RawFeed;
import gov.hotline.telephony.simulator.Replay;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Whatever arrives on the AMI socket is kept raw, flagged and counted, and never stops ingestion:
 * lines that are not headers, unknown events, huge header values, a NUL byte, a block with neither
 * Event nor Response, and a message cut in half by a disconnect.
 */
@Tag("db")
@Tag("ami")
class HostileAmiInputTest {
  private static final String BIG = "b".repeat(300_000);
  private static final String HUGE = "h".repeat(2_000_000);
  private static AmiRig rig;
  private static TestDatabase db;

  @BeforeAll
  static void playHostileInput() {
    rig = AmiRig.start("hostile_ami", Map.of());
    db = rig.server().database();
    int logins = rig.sim().logins();
    rig.sim()
        .play(
            RawFeed.of(
                    "Event: Newchannel\r\nPrivilege: call,all\r\nthis line has no colon at all\r\nUniqueid: 9.1\r\n"
                        + "Linkedid: 9.1\r\nChannel: PJSIP/trunk-x\r\nCallerIDNum: 13800000009\r\n\r\n",
                    "Event: FooBarFromTheFuture\r\nPrivilege: call,all\r\nFoo: bar\r\n\r\n",
                    "Event: VarSet\r\nPrivilege: dialplan,all\r\nVariable: BIG\r\nValue: "
                        + BIG
                        + "\r\n\r\n",
                    "Event: VarSet\r\nPrivilege: dialplan,all\r\nVariable: HUGE\r\nValue: "
                        + HUGE
                        + "\r\n\r\n",
                    "Event: UserEvent\r\nPrivilege: user,all\r\nUserEvent: Nul\r\nData: a\u0000b\r\n\r\n",
                    "Garbage: with no event or response\r\n\r\n",
                    "Event: Hangup\r\nChannel: PJSIP/trunk-x\r\nUniq")
                .thenCut())
        .join();
    AmiRig.await(
        "reconnected after the cut",
        Duration.ofSeconds(20),
        () ->
            rig.sim().logins() > logins
                && rig.api()
                    .get("/health", null)
                    .json()
                    .getJsonObject("checks")
                    .getJsonObject("ami")
                    .getString("status")
                    .equals("UP"));
    AmiRig.await(
        "the partial message stored",
        Duration.ofSeconds(20),
        () -> db.number("SELECT count(*) FROM telephony.ami_event WHERE kind = 'PARTIAL'") == 1);
  }

  @AfterAll
  static void stop() {
    rig.close();
  }

  @Test
  void aLineThatIsNoHeaderIsKeptInTheRawTextAndFlagged() {
    assertThat(
            db.text(
                "SELECT raw FROM telephony.ami_event WHERE name = 'Newchannel' AND uniqueid = '9.1'"))
        .contains("this line has no colon at all");
    assertThat(
            db.number(
                "SELECT flags & 1 FROM telephony.ami_event WHERE name = 'Newchannel' AND uniqueid = '9.1'"))
        .isEqualTo(1);
  }

  @Test
  void anUnknownEventIsStoredAndFlaggedUnknown() {
    assertThat(
            db.number(
                "SELECT flags & 8 FROM telephony.ami_event WHERE name = 'FooBarFromTheFuture'"))
        .isEqualTo(8);
  }

  @Test
  void aLargeHeaderValueIsKeptWholeAndFlaggedOversize() {
    assertThat(
            db.number(
                "SELECT length(raw) FROM telephony.ami_event WHERE raw LIKE '%Variable: BIG%'"))
        .isGreaterThan(300_000);
    assertThat(
            db.number("SELECT flags & 2 FROM telephony.ami_event WHERE raw LIKE '%Variable: BIG%'"))
        .isEqualTo(2);
  }

  @Test
  void aHeaderValueBeyondTheLimitIsCutThereAndFlaggedTruncated() {
    assertThat(
            db.number(
                "SELECT length(raw) FROM telephony.ami_event WHERE raw LIKE '%Variable: HUGE%'"))
        .isBetween(1L << 20, (1L << 20) + 4);
    assertThat(
            db.number(
                "SELECT flags & 4 FROM telephony.ami_event WHERE raw LIKE '%Variable: HUGE%'"))
        .isEqualTo(4);
  }

  @Test
  void aBlockWithNeitherEventNorResponseIsKeptAsMalformed() {
    assertThat(db.text("SELECT kind FROM telephony.ami_event WHERE raw LIKE 'Garbage:%'"))
        .isEqualTo("MALFORMED");
  }

  @Test
  void aNulByteDoesNotStopTheLog() {
    assertThat(db.text("SELECT raw FROM telephony.ami_event WHERE raw LIKE '%UserEvent: Nul%'"))
        .contains("a\uFFFDb");
  }

  @Test
  void theMessageCutInHalfByTheDisconnectIsKeptAsPartial() {
    assertThat(db.text("SELECT raw FROM telephony.ami_event WHERE kind = 'PARTIAL'"))
        .isEqualTo("Event: Hangup\r\nChannel: PJSIP/trunk-x\r\nUniq\r\n");
  }

  @Test
  void theMetricsCountWhatWasOdd() {
    String metrics = rig.api().get("/metrics", null).body();

    assertThat(metrics)
        .containsPattern("hotline_ami_events_unknown_total\\{server=\"lab\"} [1-9]")
        .containsPattern("hotline_ami_messages_partial_total\\{server=\"lab\"} 1")
        .containsPattern("hotline_ami_messages_malformed_total\\{server=\"lab\"} [2-9]")
        .containsPattern("hotline_ami_messages_oversize_total\\{server=\"lab\"} [1-9]")
        .containsPattern("hotline_ami_messages_truncated_total\\{server=\"lab\"} 1");
  }

  @Test
  void ingestionGoesOnAfterwards() {
    var truth = Fixtures.truth("short_abandon").calls().getFirst();

    rig.sim().play(Replay.of(Fixtures.transcript("short_abandon"))).join();

    assertThat(rig.awaitEndedCall(truth.uniqueid()).getString("outcome"))
        .isEqualTo("SHORT_ABANDONED");
  }
}

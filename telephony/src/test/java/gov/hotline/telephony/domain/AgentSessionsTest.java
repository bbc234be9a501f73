package gov.hotline.telephony.domain;

import static org.assertj.core.api.Assertions.assertThat;

import gov.hotline.telephony.fixtures.Fixtures;
import gov.hotline.telephony.simulator.AmiTranscript;
import java.time.Instant;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The real agent_session capture, by hand (ms after connect, window 0–30 000 ms): Agent Five
 * (PJSIP/6005) logs in at 502 and out at 22 238 (21 736 ms), paused 午休 1 502–3 004 (1 502 ms) and
 * lunch 4 005–5 006 (1 001 ms). Agents One to Four were logged in before the capture began: first
 * seen when paused for a meeting at 5 506/5 507, unpaused at 21 736/21 737, still in at the
 * window's end.
 */
class AgentSessionsTest {
  private static final Instant CONNECTED_AT = Instant.parse("2026-11-21T11:49:52Z");

  private static Map<String, AgentSessions.Usage> fold(long toMs) {
    AgentSessions sessions = new AgentSessions(CONNECTED_AT, CONNECTED_AT.plusMillis(toMs));
    for (AmiTranscript.Block b : Fixtures.transcript("agent_session").blocks()) {
      AmiMessage m = AmiMessage.parse(b.text());
      if (m.kind() == AmiMessage.Kind.EVENT) {
        sessions.apply(m, CONNECTED_AT.plusMillis(Math.max(0, b.ms())));
      }
    }
    return sessions.usage().stream()
        .collect(Collectors.toMap(AgentSessions.Usage::iface, Function.identity()));
  }

  @Test
  void aLoginToLogoutWithTwoPausesByReason() {
    AgentSessions.Usage five = fold(30_000).get("PJSIP/6005");

    assertThat(five.memberName()).isEqualTo("Agent Five");
    assertThat(five.loggedInMillis()).isEqualTo(21_736);
    assertThat(five.pausedMillis())
        .containsOnly(Map.entry("午休", 1_502L), Map.entry("lunch", 1_001L));
    assertThat(five.pausedTotalMillis()).isEqualTo(2_503);
  }

  @Test
  void membersLoggedInBeforeTheEventsCountFromTheirFirstEventUntilTheWindowsEnd() {
    Map<String, AgentSessions.Usage> u = fold(30_000);

    assertThat(u.get("PJSIP/6001").loggedInMillis()).isEqualTo(30_000 - 5_506);
    assertThat(u.get("PJSIP/6001").pausedMillis()).containsOnly(Map.entry("meeting", 16_230L));
    assertThat(u.get("PJSIP/6004").loggedInMillis()).isEqualTo(30_000 - 5_507);
  }

  @Test
  void aWindowEndingInsideAPauseClipsIt() {
    AgentSessions.Usage five = fold(2_000).get("PJSIP/6005");

    assertThat(five.loggedInMillis()).isEqualTo(2_000 - 502);
    assertThat(five.pausedMillis()).containsOnly(Map.entry("午休", 2_000L - 1_502));
  }
}

package gov.hotline.infra.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import gov.hotline.infra.db.reporting.JooqAgentStatistics;
import gov.hotline.infra.db.reporting.JooqTrafficStatistics;
import gov.hotline.infra.db.telephony.JooqTelephonyTransactions;
import gov.hotline.infra.support.TestDatabase;
import gov.hotline.reporting.domain.AgentWork;
import gov.hotline.reporting.domain.Period;
import gov.hotline.reporting.domain.PeriodKind;
import gov.hotline.reporting.service.RollupVerification;
import gov.hotline.telephony.domain.AgentOperation;
import gov.hotline.telephony.domain.AmiMessage;
import gov.hotline.telephony.domain.Call;
import gov.hotline.telephony.domain.CallFolder;
import gov.hotline.telephony.domain.FoldPolicy;
import gov.hotline.telephony.domain.ReceivedMessage;
import gov.hotline.telephony.fixtures.Fixtures;
import gov.hotline.telephony.simulator.AmiTranscript;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Agent figures by person from stored events (real PostgreSQL): the real agent_session capture is
 * stored as received (at T0 + its ms) with its call, and 王五 (工号 agent05) logged in at PJSIP/6005
 * through the platform. By hand: logged in 502 → 22 238 ms = 21.736 s, paused 午休 1.502 s and lunch
 * 1.001 s, one answered call of 6 s talk; PJSIP/6001 (no platform login) stands for itself.
 */
@Tag("db")
class AgentWorkFromEventsTest {
  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final Instant T0 = Instant.parse("2026-12-03T02:00:00Z");
  private static final Period DAY = Period.of(PeriodKind.DAY, LocalDate.of(2026, 12, 3), SHANGHAI);

  private TestDatabase db;

  @BeforeEach
  void storeTheCapture() {
    db = TestDatabase.migrated("agent_work");
    db.dsl()
        .execute(
            "INSERT INTO core.org_unit (id, name, type) VALUES ('center', '热线中心', 'CENTER');"
                + " INSERT INTO core.app_user (username, display_name, role, unit_id, password_hash)"
                + " VALUES ('agent05', '王五', 'AGENT', 'center', 'x')");
    CallFolder folder = new CallFolder("lab", FoldPolicy.defaults());
    List<ReceivedMessage> messages = new ArrayList<>();
    long seq = 0;
    for (AmiTranscript.Block b : Fixtures.transcript("agent_session").blocks()) {
      ReceivedMessage m =
          new ReceivedMessage(
              "lab", 1, seq++, T0.plusMillis(Math.max(0, b.ms())), 0, AmiMessage.parse(b.text()));
      messages.add(m);
      folder.apply(m);
    }
    List<Call> calls = folder.drain().stream().map(CallFolder.Change::after).toList();
    new JooqTelephonyTransactions(db.dsl())
        .inTransaction(
            r -> {
              r.events().append(messages);
              r.calls().upsert(calls);
              r.operations()
                  .append(
                      new AgentOperation(
                          T0.plusMillis(400),
                          1,
                          "agent05",
                          "AGENT",
                          "LOGIN",
                          "PJSIP/6005",
                          "hotline",
                          null,
                          null,
                          true,
                          "ok"));
              return null;
            });
  }

  @AfterEach
  void drop() {
    db.close();
  }

  @Test
  void theAgentsTimesAndCallsAreTheirsByPersonNotByInterface() {
    Map<String, AgentWork> work =
        new JooqAgentStatistics(db.dsl())
            .work(DAY).stream().collect(Collectors.toMap(AgentWork::username, Function.identity()));

    AgentWork five = work.get("agent05");
    assertThat(five.name()).isEqualTo("王五");
    assertThat(five.loggedIn().millis()).isEqualTo(21_736);
    assertThat(five.paused().millisByReason())
        .containsOnly(Map.entry("午休", 1_502L), Map.entry("lunch", 1_001L));
    assertThat(five.answered()).isEqualTo(1);
    assertThat(five.talkMillis()).isEqualTo(6_000);
    assertThat(five.occupancy().rate().value()).isCloseTo(6_000.0 / (21_736 - 2_503), within(1e-9));
    assertThat(work.get("PJSIP/6001").name()).isEqualTo("Agent One");
  }

  @Test
  void reportVerifyComparesTheCallsAnsweredByPersonWithTheRawCalls() {
    RollupVerification.Result check =
        new RollupVerification(
                new JooqTrafficStatistics(db.dsl(), SHANGHAI),
                null,
                null,
                new JooqAgentStatistics(db.dsl()))
            .traffic(DAY);

    assertThat(check.consistent()).as(check.toString()).isTrue();
    assertThat(check.totals())
        .filteredOn(f -> f.name().startsWith("接听数（按人员"))
        .extracting(f -> f.rollup() + "/" + f.recomputed())
        .containsExactly("1/1");
  }
}

package gov.hotline.infra.telephony;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.hotline.infra.config.HotlineConfig;
import gov.hotline.infra.config.HotlineConfig.ConfigException;
import gov.hotline.infra.support.TestDatabase;
import gov.hotline.telephony.fixtures.Fixtures;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * {@code ./hotline reconcile --from --to}: repairs calls from queue_log on demand and reports what
 * it fixed.
 */
@Tag("db")
class ReconcileCommandTest {
  private static TestDatabase db;
  private static HotlineConfig cfg;

  @BeforeAll
  static void database() {
    db = TestDatabase.empty("reconcile_cmd");
    cfg =
        HotlineConfig.from(
            Map.of(
                "HOTLINE_DB_URL",
                db.url(),
                "HOTLINE_DB_USER",
                db.user(),
                "HOTLINE_AMI_HOST",
                "pbx.example",
                "HOTLINE_AMI_SERVER_ID",
                "lab",
                "HOTLINE_AMI_QUEUE_LOG",
                Fixtures.ami("ring_no_answer.queue_log").toString()));
  }

  @AfterAll
  static void drop() {
    db.close();
  }

  private static String run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ReconcileCommand.run(cfg, List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8));
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void aCallOnlyQueueLogKnowsIsAddedAndReportedThenNothingIsLeftToFix() {
    String first = run("--from", "2026-11-21T00:00:00Z", "--to", "2026-11-23T00:00:00Z");
    String second = run("--from", "2026-11-21T00:00:00Z", "--to", "2026-11-23T00:00:00Z");

    assertThat(first).contains("服务器 lab").contains("补录 1 个").contains("补录通话 1795290672.7");
    assertThat(db.text("SELECT outcome FROM telephony.call WHERE id = '1795290672.7'"))
        .isEqualTo("ANSWERED");
    assertThat(db.number("SELECT wait_seconds FROM telephony.call WHERE id = '1795290672.7'"))
        .isEqualTo(19);
    assertThat(second).contains("补录 0 个，修复 0 个");
  }

  @Test
  void aPeriodWithoutLinesFixesNothing() {
    assertThat(run("--from", "2020-01-01", "--to", "2020-01-02")).contains("读取 queue_log 0 行");
  }

  @Test
  void missingOrBackwardsDatesAreRefusedInChinese() {
    assertThatThrownBy(() -> run("--from", "2026-11-22", "--to", "2026-11-21"))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("from 早于 to");
    assertThatThrownBy(() -> run("--from", "yesterday", "--to", "2026-11-21"))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("时间格式不正确");
  }
}

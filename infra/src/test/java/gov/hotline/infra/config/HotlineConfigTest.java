package gov.hotline.infra.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HotlineConfigTest {

  @Test
  void defaultsPointAtTheLocalPostgresqlAndPort8080() {
    HotlineConfig cfg = HotlineConfig.from(Map.of());

    assertThat(cfg.httpPort()).isEqualTo(8080);
    assertThat(cfg.dbUrl()).isEqualTo("jdbc:postgresql://localhost:5432/hotline");
    assertThat(cfg.zone().getId()).isEqualTo("Asia/Shanghai");
  }

  @Test
  void eachInstanceIsNamedByHostAndProcessAndHoldsAThreeSecondLeaseUnlessConfigured() {
    TelephonyConfig defaults = HotlineConfig.from(Map.of()).telephony();
    TelephonyConfig set =
        HotlineConfig.from(Map.of("HOTLINE_INSTANCE_ID", "node-7", "HOTLINE_AMI_LEASE_MS", "2000"))
            .telephony();

    assertThat(defaults.instanceId()).endsWith("-" + ProcessHandle.current().pid());
    assertThat(defaults.ingestLease()).hasMillis(3000);
    assertThat(defaults.amiSpoolDir().toString()).endsWith(Path.of("data", "ami-spool").toString());
    assertThat(set.ingestion().lease().instanceId()).isEqualTo("node-7");
    assertThat(set.ingestion().lease().renewEvery()).hasMillis(666);
  }

  @Test
  void environmentVariablesWinOverTheConfigFile(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("hotline.properties");
    Files.writeString(
        file, "HOTLINE_HTTP_PORT=9000\nHOTLINE_DB_USER=fromfile\nHOTLINE_TICKET_PREFIX=CY\n");

    HotlineConfig cfg =
        HotlineConfig.from(Map.of("HOTLINE_CONFIG", file.toString(), "HOTLINE_HTTP_PORT", "9100"));

    assertThat(cfg.httpPort()).isEqualTo(9100);
    assertThat(cfg.dbUser()).isEqualTo("fromfile");
    assertThat(cfg.ticketPrefix()).isEqualTo("CY");
  }

  @Test
  void theBusinessClockStartsWhereConfiguredAndRunsOn() {
    HotlineConfig cfg =
        HotlineConfig.from(Map.of("HOTLINE_CLOCK_START", "2027-01-01T00:00:30+08:00"));

    Instant now = cfg.clock().instant();

    assertThat(now)
        .isBetween(Instant.parse("2026-12-31T16:00:30Z"), Instant.parse("2026-12-31T16:01:30Z"));
    assertThat(cfg.clock().getZone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
  }

  @Test
  void aClockStartWithoutAnOffsetIsRefusedInChinese() {
    assertThatThrownBy(() -> HotlineConfig.from(Map.of("HOTLINE_CLOCK_START", "2027-01-01 00:00")))
        .isInstanceOf(HotlineConfig.ConfigException.class)
        .hasMessageContaining("HOTLINE_CLOCK_START")
        .hasMessageContaining("带时区的时刻");
  }

  @Test
  void aBadValueIsRefusedWithTheKeyInTheMessage() {
    assertThatThrownBy(() -> HotlineConfig.from(Map.of("HOTLINE_HTTP_PORT", "eighty")))
        .isInstanceOf(HotlineConfig.ConfigException.class)
        .hasMessageContaining("HOTLINE_HTTP_PORT");
    assertThatThrownBy(() -> HotlineConfig.from(Map.of("HOTLINE_CONFIG", "/no/such/file")))
        .isInstanceOf(HotlineConfig.ConfigException.class)
        .hasMessageContaining("/no/such/file");
  }

  @Test
  void theConfigurationAsLoggedHasNoSecrets() {
    HotlineConfig cfg =
        HotlineConfig.from(
            Map.of("HOTLINE_DB_PASSWORD", "pw-123", "HOTLINE_ADMIN_PASSWORD", "adm-9"));

    assertThat(cfg.toString()).doesNotContain("pw-123").doesNotContain("adm-9");
  }
}

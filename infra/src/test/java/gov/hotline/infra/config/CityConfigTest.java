package gov.hotline.infra.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CityConfigTest {

  @Test
  void withoutAUrlTheDistrictIsNotLinked() {
    CityConfig c = HotlineConfig.from(Map.of()).city();

    assertThat(c.linked()).isFalse();
    assertThat(c.maxAttempts()).isEqualTo(8);
  }

  @Test
  void theBackoffDoublesFromTheBaseUpToTheMaximum() {
    CityConfig c =
        HotlineConfig.from(
                Map.of("HOTLINE_CITY_RETRY_BASE_MS", "100", "HOTLINE_CITY_RETRY_MAX_MS", "1000"))
            .city();

    assertThat(c.backoff(1)).isEqualTo(Duration.ofMillis(100));
    assertThat(c.backoff(2)).isEqualTo(Duration.ofMillis(200));
    assertThat(c.backoff(4)).isEqualTo(Duration.ofMillis(800));
    assertThat(c.backoff(5)).isEqualTo(Duration.ofMillis(1000));
    assertThat(c.backoff(60)).isEqualTo(Duration.ofMillis(1000));
  }

  @Test
  void theSecretsAreNotPrinted() {
    CityConfig c =
        HotlineConfig.from(
                Map.of(
                    "HOTLINE_CITY_INBOUND_TOKEN",
                    "s3cret-in",
                    "HOTLINE_CITY_OUTBOUND_TOKEN",
                    "s3cret-out"))
            .city();

    assertThat(c.toString()).doesNotContain("s3cret").contains("cityInboundToken=set");
  }
}

package gov.hotline.infra.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The FastAGI survey's settings: HOTLINE_AGI_BIND and HOTLINE_AGI_PORT. */
class SurveyConfigTest {

  @Test
  void theSurveyListensOnAsterisksDefaultAgiPortOnEveryInterfaceUnlessConfigured() {
    TelephonyConfig t = HotlineConfig.from(Map.of()).telephony();

    assertThat(t.agiPort()).isEqualTo(4573);
    assertThat(t.agiBind()).isEqualTo("0.0.0.0");
  }

  @Test
  void portZeroTurnsTheSurveyOffAndTheLoggedConfigurationSaysSo() {
    HotlineConfig cfg = HotlineConfig.from(Map.of("HOTLINE_AGI_PORT", "0"));

    assertThat(cfg.telephony().agiPort()).isZero();
    assertThat(cfg.toString()).contains("agi=off");
  }

  @Test
  void aPortOutOfRangeIsRefusedInChineseNamingTheKey() {
    assertThatThrownBy(() -> HotlineConfig.from(Map.of("HOTLINE_AGI_PORT", "70000")))
        .isInstanceOf(HotlineConfig.ConfigException.class)
        .hasMessageContaining("HOTLINE_AGI_PORT")
        .hasMessageContaining("超出范围");
  }
}

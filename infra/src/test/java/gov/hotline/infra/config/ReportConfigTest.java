package gov.hotline.infra.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.hotline.reporting.domain.ReportSettings.ContractTargets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The contract targets of the reports, from HOTLINE_* settings. */
class ReportConfigTest {

  @Test
  void withoutSettingsTheTargetsAreTheServiceContractsOnes() {
    ReportConfig cfg = HotlineConfig.from(Map.of()).reports();

    assertThat(cfg.targets()).isEqualTo(ContractTargets.DEFAULT);
    assertThat(cfg.targets().maxAgentComplaintRate()).isEqualTo(0.01);
    assertThat(cfg.targets().minSatisfaction()).isEqualTo(0.95);
  }

  @Test
  void targetsAreConfigurable() {
    ReportConfig cfg =
        HotlineConfig.from(
                Map.of(
                    "HOTLINE_CONTRACT_MAX_AGENT_COMPLAINT_RATE",
                    "0.005",
                    "HOTLINE_CONTRACT_MIN_SATISFACTION",
                    "0.9"))
            .reports();

    assertThat(cfg.targets().maxAgentComplaintRate()).isEqualTo(0.005);
    assertThat(cfg.targets().minSatisfaction()).isEqualTo(0.9);
  }

  @Test
  void aTargetThatIsNotAShareIsRefusedWithTheKeyInChinese() {
    assertThatThrownBy(() -> HotlineConfig.from(Map.of("HOTLINE_CONTRACT_MIN_SATISFACTION", "95")))
        .isInstanceOf(HotlineConfig.ConfigException.class)
        .hasMessageContaining("HOTLINE_CONTRACT_MIN_SATISFACTION")
        .hasMessageContaining("0 到 1 之间");
  }
}

package gov.hotline.kb.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LoggedQueryTest {
  @Test
  void spacesCollapseAndLatinLettersAreLowerCase() {
    assertThat(LoggedQuery.of("  GJJ   提取 ")).isEqualTo("gjj 提取");
  }

  @Test
  void aPhoneNumberTypedIntoTheSearchIsMasked() {
    assertThat(LoggedQuery.of("13812345678 来电问社保")).isEqualTo("138****5678 来电问社保");
  }

  @Test
  void anIdNumberIsMaskedToo() {
    assertThat(LoggedQuery.of("身份证110101199003071234办卡"))
        .isEqualTo("身份证1101011990****1234办卡")
        .doesNotContain("0307");
  }

  @Test
  void shortNumbersSuchAsYearsStay() {
    assertThat(LoggedQuery.of("2027年 12345 热线")).isEqualTo("2027年 12345 热线");
  }
}

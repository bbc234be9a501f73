package gov.hotline.core.city;

import static gov.hotline.core.error.DomainErrors.domainErrorOf;
import static org.assertj.core.api.Assertions.assertThat;

import gov.hotline.core.ticket.AppealType;
import gov.hotline.core.ticket.Urgency;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CityCaseTest {
  private static final Instant SENT = Instant.parse("2026-12-01T01:00:00Z");
  private static final Instant DUE = Instant.parse("2026-12-08T01:00:00Z");

  private static CityCase.Input input(String no, String phone, Instant deadline) {
    return new CityCase.Input(no, null, "GY02", null, "王女士", phone, null, "小区停水", SENT, deadline);
  }

  @Test
  void aCompleteCaseIsTakenWithTheDefaultsOfTheOptionalFields() {
    CityCase c = CityCase.of(input(" SJ-0001 ", "13911112222", DUE));

    assertThat(c.caseNo()).isEqualTo("SJ-0001");
    assertThat(c.appealType()).isEqualTo(AppealType.COMPLAINT);
    assertThat(c.urgency()).isEqualTo(Urgency.NORMAL);
    assertThat(c.deadline()).isEqualTo(DUE);
  }

  @Test
  void aCaseWithoutItsNumberIsRefusedInChinese() {
    assertThat(domainErrorOf(() -> CityCase.of(input("", "13911112222", DUE))).getMessage())
        .startsWith("市级工单编号缺失或格式不正确");
  }

  @Test
  void aCaseWithoutThePhoneIsRefused() {
    assertThat(domainErrorOf(() -> CityCase.of(input("SJ-0002", null, DUE))).getMessage())
        .contains("诉求人联系电话");
  }

  @Test
  void aDeadlineBeforeTheDispatchIsRefused() {
    assertThat(domainErrorOf(() -> CityCase.of(input("SJ-0003", "13911112222", SENT))).code())
        .isEqualTo("CITY_DEADLINE_INVALID");
  }
}

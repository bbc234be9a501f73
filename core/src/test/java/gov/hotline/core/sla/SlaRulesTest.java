package gov.hotline.core.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.hotline.core.calendar.TimeLimit;
import gov.hotline.core.id.CategoryId;
import gov.hotline.core.ticket.Urgency;
import org.junit.jupiter.api.Test;

class SlaRulesTest {

  @Test
  void theFourHaidianClassesAreValidPoliciesWithTheirHandlingLimits() {
    assertThat(SlaClass.values())
        .extracting(c -> c.handling().code())
        .containsExactly("2h", "24h", "7wd", "15wd");
    for (SlaClass c : SlaClass.values()) {
      assertThatCode(() -> SlaRules.check(c.policy(CategoryId.of("GY"), Urgency.NORMAL)))
          .doesNotThrowAnyException();
      assertThat(SlaClass.of(c.policy(null, Urgency.URGENT))).isEqualTo(c);
    }
  }

  @Test
  void signingForMayNotTakeLongerThanHandling() {
    var p =
        new SlaPolicy(
            null,
            Urgency.NORMAL,
            TimeLimit.workingDays(3),
            TimeLimit.hours(24),
            TimeLimit.hours(4));

    assertThatThrownBy(() -> SlaRules.check(p)).hasMessageContaining("签收时限（3个工作日）不能长于办理时限（24小时）");
  }

  @Test
  void aLimitBeyondSixtyDaysIsATypo() {
    var p =
        new SlaPolicy(
            null,
            Urgency.NORMAL,
            TimeLimit.workingHours(4),
            TimeLimit.workingDays(700),
            TimeLimit.workingDays(2));

    assertThatThrownBy(() -> SlaRules.check(p)).hasMessageContaining("办理时限过长");
  }

  @Test
  void aPolicyWithLimitsOfItsOwnHasNoClass() {
    assertThat(
            SlaClass.of(
                new SlaPolicy(
                    null,
                    Urgency.NORMAL,
                    TimeLimit.workingHours(2),
                    TimeLimit.workingDays(10),
                    TimeLimit.workingDays(2))))
        .isNull();
  }
}

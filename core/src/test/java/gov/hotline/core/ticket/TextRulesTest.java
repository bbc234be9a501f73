package gov.hotline.core.ticket;

import static gov.hotline.core.error.DomainErrors.domainErrorOf;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextRulesTest {

  @Test
  void anOptionalBlankTextBecomesNull() {
    assertThat(TextRules.optional("   ", "note", "备注", 10)).isNull();
    assertThat(TextRules.optional(null, "note", "备注", 10)).isNull();
  }

  @Test
  void anOptionalTextIsStrippedBeforeItsLengthIsChecked() {
    assertThat(TextRules.optional("  十个字十个字十个字  ", "note", "备注", 9)).isEqualTo("十个字十个字十个字");
  }

  @Test
  void aRequiredTextOverItsLimitIsTooLong() {
    assertThat(domainErrorOf(() -> TextRules.required("12345678901", "note", "备注", 10)).code())
        .isEqualTo("FIELD_TOO_LONG");
  }

  @Test
  void aPhoneMayHaveALeadingPlusAndInnerSpaces() {
    assertThat(TextRules.phone("+86 10 6234 5678", "callerPhone", "联系电话"))
        .isEqualTo("+861062345678");
  }

  @Test
  void aPhoneWithAPlusInTheMiddleIsInvalid() {
    assertThat(domainErrorOf(() -> TextRules.phone("138+12345678", "callerPhone", "联系电话")).code())
        .isEqualTo("INVALID_PHONE");
  }

  @Test
  void aPhoneWithMoreThanTwentyDigitsIsInvalid() {
    assertThat(domainErrorOf(() -> TextRules.phone("1".repeat(21), "callerPhone", "联系电话")).code())
        .isEqualTo("INVALID_PHONE");
  }
}

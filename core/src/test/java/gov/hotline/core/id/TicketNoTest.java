package gov.hotline.core.id;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TicketNoTest {

  @Test
  void aTicketNumberIsPrefixIntakeDateAndASixDigitDailySequence() {
    assertThat(TicketNo.of("HD", LocalDate.of(2025, 6, 17), 123).value())
        .isEqualTo("HD20250617-000123");
  }

  @Test
  void aSequenceBeyondSixDigitsIsWrittenInFullRatherThanCut() {
    assertThat(TicketNo.of("HD", LocalDate.of(2025, 6, 17), 1234567).value())
        .isEqualTo("HD20250617-1234567");
  }
}

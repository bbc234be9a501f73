package gov.hotline.telephony.service;

import static org.assertj.core.api.Assertions.assertThat;

import gov.hotline.telephony.domain.RecordingStatus;
import org.junit.jupiter.api.Test;

class UnusableRecordingsTest {
  private final UnusableRecordings unusable = new UnusableRecordings();

  @Test
  void nothingNotedGivesNoSummaryLine() {
    assertThat(unusable.drain()).isEmpty();
  }

  @Test
  void theSummaryCountsTheCallsByStatusWithAFewExamples() {
    for (int i = 1; i <= 5; i++) {
      unusable.note("call-" + i, RecordingStatus.MISSING);
    }
    unusable.note("call-6", RecordingStatus.SILENT);

    assertThat(unusable.drain())
        .hasValue(
            "6 call(s) without a usable recording (MISSING=5, SILENT=1), e.g. [call-1, call-2,"
                + " call-3]");
  }

  @Test
  void aSummaryStartsTheNextIntervalEmpty() {
    unusable.note("call-1", RecordingStatus.CORRUPT);
    unusable.drain();

    assertThat(unusable.drain()).isEmpty();
  }
}

package gov.hotline.telephony.service;

import gov.hotline.telephony.domain.RecordingStatus;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The calls whose recordings were found unusable since the last summary: one log line an interval
 * instead of one a call (a busy day without recordings wrote tens of thousands of WARN lines); the
 * counts themselves go to the metrics as they come.
 */
final class UnusableRecordings {
  static final int EXAMPLES = 3;

  private final Map<RecordingStatus, Long> counts = new EnumMap<>(RecordingStatus.class);
  private final List<String> examples = new ArrayList<>();

  synchronized void note(String callId, RecordingStatus status) {
    counts.merge(status, 1L, Long::sum);
    if (examples.size() < EXAMPLES) {
      examples.add(callId);
    }
  }

  /** The summary of what was noted since the last one (call ids only: they carry no number). */
  synchronized Optional<String> drain() {
    if (counts.isEmpty()) {
      return Optional.empty();
    }
    long total = counts.values().stream().mapToLong(Long::longValue).sum();
    String byStatus =
        counts.entrySet().stream()
            .map(e -> e.getKey().name() + "=" + e.getValue())
            .collect(Collectors.joining(", "));
    String line =
        total + " call(s) without a usable recording (" + byStatus + "), e.g. " + examples;
    counts.clear();
    examples.clear();
    return Optional.of(line);
  }
}

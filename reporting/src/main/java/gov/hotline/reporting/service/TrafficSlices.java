package gov.hotline.reporting.service;

import gov.hotline.reporting.domain.CallFact;
import gov.hotline.reporting.domain.TrafficCounters;
import gov.hotline.reporting.domain.TrafficSlice;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Groups calls into hourly slices by the local time they entered the queue — the same grouping the rollups keep,
 * so a recomputation from raw calls must give the same slices.
 */
public final class TrafficSlices {
  private TrafficSlices() {
  }

  private record Key(LocalDateTime hour, String queue, String agent) {
  }

  /** Offered and after-hours calls are sliced by {@link CallFact#countedAt()}; other calls (outbound) are not. */
  public static List<TrafficSlice> of(List<CallFact> calls, ZoneId zone) {
    Map<Key, TrafficCounters> slices = new LinkedHashMap<>();
    for (CallFact c : calls) {
      if (!c.offered() && !c.afterHours() || c.countedAt() == null) {
        continue;
      }
      LocalDateTime hour = LocalDateTime.ofInstant(c.countedAt(), zone).withMinute(0).withSecond(0).withNano(0);
      Key k = new Key(hour, Objects.requireNonNullElse(c.queue(), ""), c.answered() ? c.agent() : null);
      slices.computeIfAbsent(k, x -> new TrafficCounters()).add(c);
    }
    List<TrafficSlice> out = new ArrayList<>();
    slices.forEach((k, v) -> out.add(new TrafficSlice(k.hour().toLocalDate(), k.hour().getHour(),
        k.queue().isEmpty() ? null : k.queue(), k.agent(), v)));
    return out;
  }
}

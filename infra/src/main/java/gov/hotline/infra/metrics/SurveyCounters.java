package gov.hotline.infra.metrics;

import gov.hotline.telephony.domain.SurveyOutcome;
import gov.hotline.telephony.port.SurveyMetrics;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.EnumMap;
import java.util.Map;

/**
 * Survey sessions in Prometheus, by how they ended: {@code
 * hotline_survey_sessions_total{outcome="ANSWERED"}} …
 */
public final class SurveyCounters implements SurveyMetrics {
  private final Map<SurveyOutcome, Counter> counters = new EnumMap<>(SurveyOutcome.class);

  public SurveyCounters(MeterRegistry registry) {
    for (SurveyOutcome o : SurveyOutcome.values()) {
      counters.put(
          o,
          Counter.builder("hotline_survey_sessions")
              .description("post-call satisfaction survey sessions (FastAGI) by how they ended")
              .tag("outcome", o.name())
              .register(registry));
    }
  }

  @Override
  public void ended(SurveyOutcome outcome) {
    counters.get(outcome).increment();
  }
}

package gov.hotline.infra.db.reporting;

import static gov.hotline.infra.db.schema.reporting.Tables.TRAFFIC_AGENT_DAY;
import static gov.hotline.infra.db.schema.reporting.Tables.TRAFFIC_HOUR;

import gov.hotline.reporting.domain.TrafficCounters;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jooq.Field;
import org.jooq.Record;

/**
 * The traffic counters that the hourly and the per-agent rollup rows both carry: one place that
 * writes them and reads them back (the wait histograms as bytes).
 */
record TrafficColumns(
    Field<Long> offered,
    Field<Long> answered,
    Field<Long> afterHours,
    Field<Long> sumAnsweredWait,
    Field<Long> sumTalk,
    Field<Long> sumHold,
    Field<Long> sumWrapUp,
    Field<Long> maxWait,
    Field<byte[]> answeredWaits,
    Field<byte[]> abandonedWaits,
    Field<Long> surveySatisfied,
    Field<Long> surveyBasicallySatisfied,
    Field<Long> surveyDissatisfied,
    Field<Long> complained) {

  static final TrafficColumns OF_HOUR =
      new TrafficColumns(
          TRAFFIC_HOUR.OFFERED,
          TRAFFIC_HOUR.ANSWERED,
          TRAFFIC_HOUR.AFTER_HOURS,
          TRAFFIC_HOUR.SUM_ANSWERED_WAIT_MS,
          TRAFFIC_HOUR.SUM_TALK_MS,
          TRAFFIC_HOUR.SUM_HOLD_MS,
          TRAFFIC_HOUR.SUM_WRAP_UP_MS,
          TRAFFIC_HOUR.MAX_WAIT_MS,
          TRAFFIC_HOUR.ANSWERED_WAITS,
          TRAFFIC_HOUR.ABANDONED_WAITS,
          TRAFFIC_HOUR.SURVEY_SATISFIED,
          TRAFFIC_HOUR.SURVEY_BASICALLY_SATISFIED,
          TRAFFIC_HOUR.SURVEY_DISSATISFIED,
          TRAFFIC_HOUR.COMPLAINED);
  static final TrafficColumns OF_AGENT_DAY =
      new TrafficColumns(
          TRAFFIC_AGENT_DAY.OFFERED,
          TRAFFIC_AGENT_DAY.ANSWERED,
          TRAFFIC_AGENT_DAY.AFTER_HOURS,
          TRAFFIC_AGENT_DAY.SUM_ANSWERED_WAIT_MS,
          TRAFFIC_AGENT_DAY.SUM_TALK_MS,
          TRAFFIC_AGENT_DAY.SUM_HOLD_MS,
          TRAFFIC_AGENT_DAY.SUM_WRAP_UP_MS,
          TRAFFIC_AGENT_DAY.MAX_WAIT_MS,
          TRAFFIC_AGENT_DAY.ANSWERED_WAITS,
          TRAFFIC_AGENT_DAY.ABANDONED_WAITS,
          TRAFFIC_AGENT_DAY.SURVEY_SATISFIED,
          TRAFFIC_AGENT_DAY.SURVEY_BASICALLY_SATISFIED,
          TRAFFIC_AGENT_DAY.SURVEY_DISSATISFIED,
          TRAFFIC_AGENT_DAY.COMPLAINED);

  /** The counters as column values, for an insert's {@code set(Map)}. */
  Map<Field<?>, Object> values(TrafficCounters c) {
    Map<Field<?>, Object> v = new LinkedHashMap<>();
    v.put(offered, c.offered());
    v.put(answered, c.answered());
    v.put(afterHours, c.afterHours());
    v.put(sumAnsweredWait, c.sumAnsweredWaitMillis());
    v.put(sumTalk, c.sumTalkMillis());
    v.put(sumHold, c.sumHoldMillis());
    v.put(sumWrapUp, c.sumWrapUpMillis());
    v.put(maxWait, c.maxWaitMillis());
    v.put(answeredWaits, HistogramBytes.encode(c.answeredWaits()));
    v.put(abandonedWaits, HistogramBytes.encode(c.abandonedWaits()));
    v.put(surveySatisfied, c.survey()[0]);
    v.put(surveyBasicallySatisfied, c.survey()[1]);
    v.put(surveyDissatisfied, c.survey()[2]);
    v.put(complained, c.complained());
    return v;
  }

  /** The counters a row holds. */
  TrafficCounters read(Record r) {
    return new TrafficCounters(
        r.get(offered),
        r.get(answered),
        r.get(afterHours),
        r.get(sumAnsweredWait),
        r.get(sumTalk),
        r.get(sumHold),
        r.get(sumWrapUp),
        r.get(maxWait),
        HistogramBytes.decode(r.get(answeredWaits)),
        HistogramBytes.decode(r.get(abandonedWaits)),
        new long[] {
          r.get(surveySatisfied), r.get(surveyBasicallySatisfied), r.get(surveyDissatisfied)
        },
        r.get(complained));
  }
}

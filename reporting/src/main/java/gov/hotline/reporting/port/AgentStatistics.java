package gov.hotline.reporting.port;

import gov.hotline.reporting.domain.AgentWork;
import gov.hotline.reporting.domain.Period;
import java.util.List;

/**
 * Each person's work in a period (座席工作量): time logged in and paused by reason from the queue's
 * member events, the calls they answered with talk, hold and wrap-up, by person (工号 and name from
 * the platform's agent login), read from what the telephony context recorded.
 */
public interface AgentStatistics {
  /** One entry per person who was logged in during the period or answered a call in it. */
  List<AgentWork> work(Period period);
}

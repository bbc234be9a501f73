package gov.hotline.core.sla;

import gov.hotline.core.calendar.DeadlineCalculator;
import gov.hotline.core.calendar.TimeLimit;
import gov.hotline.core.ticket.Appeal;
import java.time.Instant;
import java.util.function.Function;

/** Deadlines of a ticket's clocks, from its SLA policy on the business calendar. */
public final class TicketDeadlines {
  private final SlaPolicies policies;
  private final DeadlineCalculator calculator;

  public TicketDeadlines(SlaPolicies policies, DeadlineCalculator calculator) {
    this.policies = policies;
    this.calculator = calculator;
  }

  public Instant signForDue(Appeal appeal, Instant start) {
    return due(appeal, start, SlaPolicy::signFor);
  }

  public Instant handlingDue(Appeal appeal, Instant start) {
    return due(appeal, start, SlaPolicy::handling);
  }

  public Instant callbackDue(Appeal appeal, Instant start) {
    return due(appeal, start, SlaPolicy::callback);
  }

  private Instant due(Appeal appeal, Instant start, Function<SlaPolicy, TimeLimit> which) {
    SlaPolicy p = policies.policyFor(appeal.categoryId(), appeal.urgency());
    return calculator.due(start, which.apply(p));
  }
}

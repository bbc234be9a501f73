package gov.hotline.telephony.service;

import gov.hotline.core.calendar.ServiceBranch;
import gov.hotline.core.calendar.ServiceHours;
import gov.hotline.core.calendar.WorkCalendar;
import gov.hotline.telephony.domain.ServiceHoursDecision;
import gov.hotline.telephony.port.TelephonyTransactions;
import java.time.Clock;
import java.util.function.Supplier;

/**
 * Whether the hotline is open now (服务时间): the branch a call takes by {@link ServiceHours} on the
 * business calendar as it stands (holidays and 调休 edited by admins are read through {@code
 * calendar}), at the injected clock's time, and the decision recorded against the call.
 */
public final class ServiceHoursService {
  /** A decision and whether it was stored (false: the call had one already, which stands). */
  public record Decision(ServiceBranch branch, boolean stored) {}

  private final TelephonyTransactions store;
  private final Supplier<WorkCalendar> calendar;
  private final ServiceHours hours;
  private final Clock clock;

  public ServiceHoursService(
      TelephonyTransactions store,
      Supplier<WorkCalendar> calendar,
      ServiceHours hours,
      Clock clock) {
    this.store = store;
    this.calendar = calendar;
    this.hours = hours;
    this.clock = clock;
  }

  /** The branch for a call on {@code line} now, without recording it. */
  public ServiceBranch branchNow(String line) {
    return hours.branch(calendar.get(), line, clock.instant());
  }

  /**
   * Decides the branch of call {@code callId} (asked by channel {@code uniqueid}) on {@code line}
   * now and records it; the first decision of a call is the one kept.
   */
  public Decision decide(String callId, String uniqueid, String line) {
    if (!SurveyService.isCallId(callId) || !SurveyService.isCallId(uniqueid)) {
      throw new IllegalArgumentException("not a call id: " + callId + " / " + uniqueid);
    }
    ServiceHoursDecision d =
        new ServiceHoursDecision(callId, uniqueid, line, branchNow(line), clock.instant());
    boolean stored = store.inTransaction(r -> r.serviceHours().addIfAbsent(d));
    return new Decision(d.branch(), stored);
  }
}

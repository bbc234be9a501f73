package gov.hotline.telephony.adapter.agi;

import gov.hotline.core.calendar.ServiceBranch;
import gov.hotline.telephony.port.ServiceHoursMetrics;
import gov.hotline.telephony.service.ServiceHoursService;
import org.asteriskjava.fastagi.AgiChannel;
import org.asteriskjava.fastagi.AgiException;
import org.asteriskjava.fastagi.AgiRequest;
import org.asteriskjava.fastagi.AgiScript;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The FastAGI script {@value #NAME}: the dialplan asks, as the call arrives, whether the hotline is
 * open now; the script sets the channel variable {@value #VARIABLE} to {@code OPEN} (the 5×8
 * queue), {@code EMERGENCY} (the 7×24 emergency queue of a line configured so) or {@code
 * AFTER_HOURS} (the after-hours message) and records the decision against the call. The caller is
 * always routed: a call id that cannot be one or a store that fails still gets its branch, only
 * unrecorded (counted in the metrics and logged). Runs on the AGI server's own threads.
 */
public final class ServiceHoursScript implements AgiScript {
  /**
   * The script name in the dialplan: {@code
   * AGI(agi://host:4573/hotline-hours?callid=${CHANNEL(linkedid)}&line=${EXTEN})}.
   */
  public static final String NAME = "hotline-hours";

  /** The channel variable the dialplan branches on. */
  public static final String VARIABLE = "HOTLINE_BRANCH";

  /** The URL parameter carrying the line (the dialled number); the extension when absent. */
  public static final String LINE_PARAMETER = "line";

  private static final Logger LOG = LoggerFactory.getLogger(ServiceHoursScript.class);

  private final ServiceHoursService hours;
  private final ServiceHoursMetrics metrics;

  public ServiceHoursScript(ServiceHoursService hours, ServiceHoursMetrics metrics) {
    this.hours = hours;
    this.metrics = metrics;
  }

  @Override
  public void service(AgiRequest request, AgiChannel channel) throws AgiException {
    String line = line(request);
    ServiceBranch branch;
    boolean stored = false;
    String callId = SurveyScript.callId(request).orElse(null);
    String uniqueid = request.getUniqueId();
    if (callId == null || uniqueid == null) {
      LOG.warn(
          "service-hours decision of channel {} not recorded: no usable call id in {}",
          request.getChannel(),
          request.getRequestURL());
      branch = hours.branchNow(line);
    } else {
      try {
        ServiceHoursService.Decision d = hours.decide(callId, uniqueid, line);
        branch = d.branch();
        stored = d.stored();
      } catch (RuntimeException e) {
        // the caller is routed all the same; the decision is in the log
        branch = hours.branchNow(line);
        LOG.error(
            "service-hours decision {} of call {} on line {} could not be stored",
            branch,
            callId,
            line,
            e);
      }
    }
    channel.setVariable(VARIABLE, branch.name());
    LOG.debug("call {} on line {} takes branch {}", callId, line, branch);
    metrics.decided(branch, stored);
  }

  static String line(AgiRequest request) {
    String line = request.getParameter(LINE_PARAMETER);
    if (line == null || line.isBlank()) {
      line = request.getExtension();
    }
    return line == null || line.isBlank() ? "" : line.trim();
  }
}

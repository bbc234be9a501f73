package gov.hotline.telephony.api;

import gov.hotline.telephony.domain.Call;
import gov.hotline.telephony.domain.CallSurvey;
import gov.hotline.telephony.port.CallerHistory;
import java.util.List;

/** One call with its recording, the caller's survey answer (null when none) and the tickets created from it. */
public record CallDetail(Call call, RecordingView recording, CallSurvey survey,
                         List<CallerHistory.TicketSummary> tickets) {
}

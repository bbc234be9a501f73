package gov.hotline.telephony.api;

import gov.hotline.telephony.domain.Call;
import gov.hotline.telephony.port.CallerHistory;
import java.util.List;

/** One call with its recording and the tickets created from it. */
public record CallDetail(Call call, RecordingView recording, List<CallerHistory.TicketSummary> tickets) {
}

package gov.hotline.telephony.api;

import gov.hotline.telephony.domain.Call;

/** A call in a list, with its recording's status. */
public record CallListItem(Call call, RecordingView recording) {
}

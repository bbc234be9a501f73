package gov.hotline.telephony.domain;

import java.util.List;

/**
 * One call with its recording, the caller's survey answer (null when none) and the tickets created
 * from it.
 */
public record CallDetail(
    Call call, RecordingView recording, CallSurvey survey, List<CallerTicket> tickets) {}

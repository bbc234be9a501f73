package gov.hotline.telephony.domain;

/**
 * A call in a list, with its recording's status and the caller's survey answer (null when none).
 */
public record CallListItem(Call call, RecordingView recording, CallSurvey survey) {}

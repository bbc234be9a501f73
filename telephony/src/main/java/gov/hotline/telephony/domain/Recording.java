package gov.hotline.telephony.domain;

import java.time.Instant;

/**
 * The index entry of a call's recording (录音): the file as Asterisk named it (relative to the
 * recordings directory), what the check found, and whether the call needed one ({@code expected}:
 * answered calls and callbacks).
 */
public record Recording(
    String callId,
    String file,
    RecordingStatus status,
    Double durationSeconds,
    Long sizeBytes,
    String sha256,
    Double rmsDbfs,
    Double peak,
    boolean expected,
    Instant checkedAt) {}

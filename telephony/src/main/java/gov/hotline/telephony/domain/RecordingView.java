package gov.hotline.telephony.domain;

import java.time.Instant;

/**
 * A call's recording as the API shows it: the file name as Asterisk named it, its status, duration
 * from the WAV header, size and SHA-256 once indexed, and when it was last checked.
 */
public record RecordingView(
    String file,
    RecordingStatus status,
    Double durationSeconds,
    Long sizeBytes,
    String sha256,
    Instant checkedAt) {}

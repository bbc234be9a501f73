package gov.hotline.telephony.domain;

import java.time.Instant;

/**
 * A caller's ticket (工单) in one line, as telephony sees it; {@code open} while handled, {@code
 * confidential} 保密.
 */
public record CallerTicket(
    long id,
    String no,
    String status,
    String statusLabel,
    String appealType,
    String content,
    String callId,
    Instant createdAt,
    boolean open,
    boolean confidential) {}

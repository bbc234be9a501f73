package gov.hotline.telephony.domain;

import java.time.Instant;

/**
 * One entry of the agent operation log (座席员操作日志): who, when, what ({@code LOGIN}, {@code LOGOUT},
 * {@code PAUSE}, {@code UNPAUSE}, {@code LISTEN}, {@code WHISPER}, {@code BARGE}, {@code
 * CALLBACK}), on which interface and queue, why, about whom, and what Asterisk answered.
 */
public record AgentOperation(
    Instant at,
    long userId,
    String username,
    String role,
    String action,
    String iface,
    String queue,
    String reason,
    String target,
    boolean success,
    String message) {}

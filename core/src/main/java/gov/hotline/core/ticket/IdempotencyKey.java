package gov.hotline.core.ticket;

/**
 * A client's {@code Idempotency-Key} for one creating request: whose, the key, and what the request
 * said.
 */
public record IdempotencyKey(
    long userId, String key, String method, String path, String requestHash) {}

package gov.hotline.core.ticket;

/**
 * The citizen who appealed (诉求人); {@code confidential} (保密) hides name and phone from units
 * entirely.
 */
public record Caller(String name, String phone, boolean confidential) {}

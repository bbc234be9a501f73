package gov.hotline.telephony.domain;

import java.time.Instant;

/** A user logged in at an interface (座席签入) in a queue. */
public record Seat(String username, long userId, String iface, String queue, Instant since) {}

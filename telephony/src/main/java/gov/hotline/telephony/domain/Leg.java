package gov.hotline.telephony.domain;

import java.time.Instant;

/**
 * One channel of a call (通话腿): the caller's trunk channel, an agent's phone channel, a callback's
 * external leg.
 */
public record Leg(
    String uniqueid, String channel, Instant startedAt, Instant endedAt, Integer hangupCause) {
  public Leg withEnd(Instant at, Integer cause) {
    return new Leg(
        uniqueid,
        channel,
        startedAt,
        endedAt != null ? endedAt : at,
        hangupCause != null ? hangupCause : cause);
  }

  /** {@code PJSIP/6001} for {@code PJSIP/6001-00000001}: the device behind a channel name. */
  public static String device(String channel) {
    if (channel == null) {
      return null;
    }
    int dash = channel.lastIndexOf('-');
    int slash = channel.indexOf('/');
    return dash > slash && slash > 0 ? channel.substring(0, dash) : channel;
  }
}

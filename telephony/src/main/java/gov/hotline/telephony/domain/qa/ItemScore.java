package gov.hotline.telephony.domain.qa;

/** The points one scorecard item got in a score, and whether it is a failed fatal item. */
public record ItemScore(String code, int points, boolean fatalFailed) {}

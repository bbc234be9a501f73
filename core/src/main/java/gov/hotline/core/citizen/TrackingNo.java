package gov.hotline.core.citizen;

import gov.hotline.core.error.DomainException;
import java.security.SecureRandom;
import java.util.Locale;
import java.util.random.RandomGenerator;

/**
 * The tracking number (查询编号) a citizen gets for an appeal filed on the public page: twelve
 * characters from an alphabet without look-alikes (no 0/O, 1/I/L), random (60 bits), so that it
 * cannot be guessed from another citizen's number as a sequential ticket number could; shown in
 * groups of four ({@code K7MX-4QPA-9RTB}), read with or without the dashes and in any case.
 */
public record TrackingNo(String value) {
  static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
  private static final RandomGenerator RANDOM = new SecureRandom();

  public TrackingNo {
    if (value == null || !value.matches("[" + ALPHABET + "]{12}")) {
      throw new IllegalArgumentException("not a tracking number: " + value);
    }
  }

  /** A new random number. */
  public static TrackingNo random() {
    return random(RANDOM);
  }

  static TrackingNo random(RandomGenerator rng) {
    StringBuilder b = new StringBuilder(12);
    for (int i = 0; i < 12; i++) {
      b.append(ALPHABET.charAt(rng.nextInt(ALPHABET.length())));
    }
    return new TrackingNo(b.toString());
  }

  /**
   * What a citizen typed: dashes and spaces dropped, upper case; refused in Chinese if malformed.
   */
  public static TrackingNo parse(String typed) {
    String v = typed == null ? "" : typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    if (v.length() != 12 || !v.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
      throw DomainException.invalid(
          "INVALID_TRACKING_NO", "查询编号格式不正确：应为 12 位字母和数字，如 K7MX-4QPA-9RTB");
    }
    return new TrackingNo(v);
  }

  /** In groups of four for display. */
  public String display() {
    return value.substring(0, 4) + "-" + value.substring(4, 8) + "-" + value.substring(8);
  }
}

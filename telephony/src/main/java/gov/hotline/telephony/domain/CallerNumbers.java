package gov.hotline.telephony.domain;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The forms one citizen's number takes: Asterisk trunks present a mobile as {@code 13800138000},
 * {@code +8613800138000}, {@code 8613800138000} or {@code 013800138000} (trunk prefix), while
 * tickets hold what the agent typed. Matching a caller to their tickets tries every form.
 */
public final class CallerNumbers {
  private CallerNumbers() {}

  /** The national form: country code and trunk prefix removed from a mobile number. */
  public static String national(String number) {
    String n = number.replaceAll("[\\s-]", "");
    if (n.startsWith("+86")) {
      n = n.substring(3);
    } else if (n.startsWith("0086")) {
      n = n.substring(4);
    } else if (n.length() == 13 && n.startsWith("86")) {
      n = n.substring(2);
    }
    return n.length() == 12 && n.startsWith("01") ? n.substring(1) : n;
  }

  /** The number as given and in every form a ticket may hold it. */
  public static List<String> variants(String number) {
    Set<String> out = new LinkedHashSet<>();
    out.add(number);
    String n = national(number);
    out.add(n);
    if (n.length() == 11 && n.startsWith("1")) {
      out.add("+86" + n);
      out.add("86" + n);
      out.add("0" + n);
    }
    return List.copyOf(out);
  }
}

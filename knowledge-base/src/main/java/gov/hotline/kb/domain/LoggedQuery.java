package gov.hotline.kb.domain;

import gov.hotline.core.ticket.TicketAccess;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A search query as the search log keeps it: spaces collapsed, Latin letters in lower case (so that
 * "GJJ" and "gjj" count as one question), and every run of six or more digits — a phone or ID
 * number an agent typed in — masked as numbers are everywhere else.
 */
public final class LoggedQuery {
  private static final Pattern NUMBER = Pattern.compile("\\d{6,}[0-9Xx]?");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private LoggedQuery() {}

  public static String of(String query) {
    String q = SPACES.matcher(query.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
    Matcher m = NUMBER.matcher(q);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(TicketAccess.maskPhone(m.group())));
    }
    m.appendTail(out);
    return out.toString();
  }
}

package gov.hotline.kb.port;

import gov.hotline.core.user.Role;
import gov.hotline.kb.domain.SearchGap;
import java.time.Instant;
import java.util.List;

/** The log of knowledge-base searches: what was asked (masked), by which role, how many hits. */
public interface SearchLog {
  void record(String loggedQuery, int hits, Role role, Instant at);

  /**
   * The queries of {@code [from, to)} that found nothing at least once, most misses first (ties:
   * latest first).
   */
  List<SearchGap> gaps(Instant from, Instant to, int limit);

  SearchLog NONE =
      new SearchLog() {
        @Override
        public void record(String loggedQuery, int hits, Role role, Instant at) {}

        @Override
        public List<SearchGap> gaps(Instant from, Instant to, int limit) {
          return List.of();
        }
      };
}

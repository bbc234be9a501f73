package gov.hotline.telephony.port;

import gov.hotline.telephony.domain.qa.QaScore;
import gov.hotline.telephony.domain.qa.Scorecard;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Storage of quality inspection (录音质检): scorecard versions and scores. */
public interface QaRepository {
  /** Filters of the score list; null means any. */
  record Query(String agent, Instant from, Instant to, int page, int size) {}

  /** An agent's number of scores and average total in a period. */
  record AgentAverage(String agent, long count, double average) {}

  /** The newest scorecard version. */
  Optional<Scorecard> currentScorecard();

  Optional<Scorecard> scorecard(int version);

  /** Stores the card as the next version and returns it with that version. */
  Scorecard addScorecard(Scorecard card);

  /** Stores a new score and returns it with its id. */
  QaScore insert(QaScore score);

  Optional<QaScore> byId(long id);

  /**
   * Saves an appealed or decided score; false when someone changed it meanwhile (its version
   * moved).
   */
  boolean update(QaScore score);

  List<QaScore> search(Query q);

  long count(Query q);

  List<QaScore> ofCall(String callId);

  /** Per agent (one agent when given): number of scores and average total, scored in [from, to). */
  List<AgentAverage> averages(String agent, Instant from, Instant to);
}

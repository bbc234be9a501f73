package gov.hotline.dispatch.port;

import java.util.List;

/**
 * Earlier tickets whose content resembles a text (相似工单). Implemented in infra; the knowledge base's
 * similar-ticket engine can stand behind it. Scores are comparable to a cosine similarity in [0,
 * 1].
 */
public interface SimilarTickets {
  /** A similar ticket and how similar it is. */
  record Hit(long ticketId, double score) {}

  /** The tickets most like {@code text}, best first, never {@code excludeTicketId}. */
  List<Hit> similar(String text, long excludeTicketId, int limit);
}

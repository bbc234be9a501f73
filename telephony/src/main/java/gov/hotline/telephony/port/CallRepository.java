package gov.hotline.telephony.port;

import gov.hotline.telephony.domain.Call;
import gov.hotline.telephony.domain.CallQuery;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Stored calls (通话记录), keyed by Linkedid. */
public interface CallRepository {
  /** The stored calls among these ids (missing ids are simply absent). */
  List<Call> find(Collection<String> ids);

  Optional<Call> byId(String id);

  /** The calls of a server not ended yet. */
  List<Call> open(String serverId);

  /** Inserts or replaces calls as the fold produced them. */
  void upsert(Collection<Call> calls);

  /** Calls matching the query, newest first, one page. */
  List<Call> search(CallQuery query);

  long count(CallQuery query);

  /** Callbacks made for a ticket (the dialplan's TICKET_ID). */
  List<Call> byTicketRef(String ticketNo);

  /**
   * Member name → interface, as answered calls recorded them (for reading queue_log's agent names).
   */
  Map<String, String> memberInterfaces();

  /** Calls whose queue channel is one of these Uniqueids (queue_log's call ids). */
  List<Call> byQueueUniqueid(Collection<String> uniqueids);
}

package gov.hotline.dispatch.port;

import gov.hotline.core.id.CategoryId;
import gov.hotline.core.id.UnitId;
import gov.hotline.dispatch.domain.AppealSnapshot;
import gov.hotline.dispatch.domain.DuplicateCandidate;
import gov.hotline.dispatch.domain.DuplicateStatus;
import gov.hotline.dispatch.domain.Hotspot;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Storage of what groups tickets: where each ticket lies (its profile), probable duplicates, merges
 * under a master ticket, and hotspot alerts with their tickets.
 */
public interface ClusterRepository {
  /** Stores a ticket's profile once; a second call for the same ticket changes nothing. */
  void saveProfile(AppealSnapshot profile);

  List<AppealSnapshot> profiles(Collection<Long> ticketIds);

  /** Profiles of tickets created in a street since {@code since}, oldest first. */
  List<AppealSnapshot> recentInStreet(UnitId street, Instant since);

  /** Profiles of tickets from one caller since {@code since}, oldest first. */
  List<AppealSnapshot> recentFromCaller(String phone, Instant since);

  /** Stores a probable duplicate once; a second call for the same ticket changes nothing. */
  void saveDuplicate(DuplicateCandidate candidate);

  Optional<DuplicateCandidate> duplicate(long ticketId);

  /** Duplicates of a status, newest first. */
  List<DuplicateCandidate> duplicates(DuplicateStatus status, int limit);

  void decideDuplicate(long ticketId, DuplicateStatus status, long by, Instant at);

  void saveMerge(long ticketId, long masterTicketId, long by, Instant at, String note);

  /** The tickets merged under a master ticket. */
  List<Long> mergedInto(long masterTicketId);

  /**
   * The open hotspot of a scope and category whose last ticket came at or after {@code
   * activeSince}.
   */
  Optional<Hotspot> openHotspot(UnitId scope, CategoryId category, Instant activeSince);

  /** Stores a new hotspot with its tickets and returns its id. */
  long createHotspot(Hotspot hotspot);

  /** Adds tickets to a hotspot and moves its last time on. */
  void addToHotspot(long hotspotId, Collection<Long> ticketIds, Instant lastAt);

  Optional<Hotspot> hotspot(long id);

  /** Hotspots raised since {@code since}, newest first; only open ones when {@code openOnly}. */
  List<Hotspot> hotspots(boolean openOnly, Instant since, int limit);

  void closeHotspot(long id);
}

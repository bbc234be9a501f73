package gov.hotline.core.ticket;

import gov.hotline.core.id.CategoryId;
import gov.hotline.core.id.UnitId;
import gov.hotline.core.id.UserId;
import java.time.Instant;
import java.util.Set;

/**
 * Filters and paging of the ticket list. {@code unitId} matches the lead or an assisting unit;
 * {@code visibleUnits} (set by the service, null for all) limits a unit to its own subtree; {@code
 * text} matches number, content, address and — as {@code callerSearch} allows — the caller's name,
 * never the phone; {@code callerPhone} is an exact match of the normalised number, only for roles
 * that see full numbers; {@code overdue} compares the current deadline with {@code now}, {@code
 * nearDue} is {@link Ticket#isNearDue} at {@code now} (临期: not overdue, 80 % of the time used);
 * {@code exclusion} the state of the 不纳入考核 request (REQUESTED: the dispatchers' review queue);
 * {@code createdBy} (null for anyone) keeps the tickets a user took in (我的工单).
 */
public record TicketQuery(
    Set<TicketStatus> statuses,
    UnitId unitId,
    CategoryId categoryId,
    AppealType appealType,
    Instant createdFrom,
    Instant createdTo,
    Boolean overdue,
    String text,
    int page,
    int size,
    Set<UnitId> visibleUnits,
    Instant now,
    String callerPhone,
    CallerSearch callerSearch,
    Boolean nearDue,
    ExclusionStatus exclusion,
    UserId createdBy) {
  public static final int MAX_SIZE = 200;

  /** How far a search may look at the caller (诉求人): set by the service from the actor's role. */
  public enum CallerSearch {
    /** Never (roles that see masked numbers): the search would reveal what the mask hides. */
    NONE,
    /** Only on tickets that are not confidential (保密), for units. */
    NOT_CONFIDENTIAL,
    /** On every ticket (agents and team leads, who call citizens). */
    ALL
  }

  public TicketQuery {
    statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
    page = Math.max(page, 1);
    size = size <= 0 ? 20 : Math.min(size, MAX_SIZE);
    callerSearch = callerSearch == null ? CallerSearch.NONE : callerSearch;
  }

  public TicketQuery(
      Set<TicketStatus> statuses,
      UnitId unitId,
      CategoryId categoryId,
      AppealType appealType,
      Instant createdFrom,
      Instant createdTo,
      Boolean overdue,
      String text,
      int page,
      int size,
      Set<UnitId> visibleUnits,
      Instant now) {
    this(
        statuses,
        unitId,
        categoryId,
        appealType,
        createdFrom,
        createdTo,
        overdue,
        text,
        page,
        size,
        visibleUnits,
        now,
        null,
        CallerSearch.NONE,
        null,
        null,
        null);
  }

  /** Near-due only (true), or not near-due (false), or either (null). */
  public TicketQuery withNearDue(Boolean near) {
    return new TicketQuery(
        statuses,
        unitId,
        categoryId,
        appealType,
        createdFrom,
        createdTo,
        overdue,
        text,
        page,
        size,
        visibleUnits,
        now,
        callerPhone,
        callerSearch,
        near,
        exclusion,
        createdBy);
  }

  /** Only tickets whose 不纳入考核 request is in this state (null: any). */
  public TicketQuery withExclusion(ExclusionStatus state) {
    return new TicketQuery(
        statuses,
        unitId,
        categoryId,
        appealType,
        createdFrom,
        createdTo,
        overdue,
        text,
        page,
        size,
        visibleUnits,
        now,
        callerPhone,
        callerSearch,
        nearDue,
        state,
        createdBy);
  }

  public TicketQuery scopedTo(Set<UnitId> units, Instant at) {
    return new TicketQuery(
        statuses,
        unitId,
        categoryId,
        appealType,
        createdFrom,
        createdTo,
        overdue,
        text,
        page,
        size,
        units == null ? null : Set.copyOf(units),
        at,
        callerPhone,
        callerSearch,
        nearDue,
        exclusion,
        createdBy);
  }

  public TicketQuery withCallerSearch(CallerSearch search) {
    return new TicketQuery(
        statuses,
        unitId,
        categoryId,
        appealType,
        createdFrom,
        createdTo,
        overdue,
        text,
        page,
        size,
        visibleUnits,
        now,
        callerPhone,
        search,
        nearDue,
        exclusion,
        createdBy);
  }

  public TicketQuery withCallerPhone(String phone) {
    return new TicketQuery(
        statuses,
        unitId,
        categoryId,
        appealType,
        createdFrom,
        createdTo,
        overdue,
        text,
        page,
        size,
        visibleUnits,
        now,
        phone,
        callerSearch,
        nearDue,
        exclusion,
        createdBy);
  }

  /** Only the tickets {@code user} took in (null: anyone's). */
  public TicketQuery withCreatedBy(UserId user) {
    return new TicketQuery(
        statuses,
        unitId,
        categoryId,
        appealType,
        createdFrom,
        createdTo,
        overdue,
        text,
        page,
        size,
        visibleUnits,
        now,
        callerPhone,
        callerSearch,
        nearDue,
        exclusion,
        user);
  }
}

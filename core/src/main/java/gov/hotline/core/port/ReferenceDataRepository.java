package gov.hotline.core.port;

import gov.hotline.core.calendar.CalendarDay;
import gov.hotline.core.category.Category;
import gov.hotline.core.id.CategoryId;
import gov.hotline.core.org.OrgUnit;
import gov.hotline.core.sla.SlaPolicy;
import gov.hotline.core.ticket.Urgency;
import java.time.LocalDate;
import java.util.List;

/**
 * Storage of the data admins edit: org units, categories, the business calendar and SLA policies.
 */
public interface ReferenceDataRepository {
  List<OrgUnit> units();

  void upsertUnit(OrgUnit unit);

  List<Category> categories();

  void upsertCategory(Category category);

  List<CalendarDay> calendarDays();

  void upsertCalendarDay(CalendarDay day);

  boolean deleteCalendarDay(LocalDate date);

  List<SlaPolicy> slaPolicies();

  void upsertSlaPolicy(SlaPolicy policy);

  /** Removes a category's own policy for an urgency; false when it had none. */
  boolean deleteSlaPolicy(CategoryId category, Urgency urgency);
}

package gov.hotline.core.port;

import gov.hotline.core.calendar.WorkCalendar;
import gov.hotline.core.category.Category;
import gov.hotline.core.id.CategoryId;
import gov.hotline.core.org.OrgTree;
import gov.hotline.core.sla.SlaPolicies;
import java.util.List;
import java.util.Optional;

/**
 * A current snapshot of the reference data, cached by its provider so that a request does not
 * reload the unit tree; a provider refreshes it after edits.
 */
public interface ReferenceData {
  OrgTree orgTree();

  List<Category> categories();

  Optional<Category> category(CategoryId id);

  WorkCalendar calendar();

  SlaPolicies slaPolicies();
}

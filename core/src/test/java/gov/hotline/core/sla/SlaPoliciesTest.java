package gov.hotline.core.sla;

import static org.assertj.core.api.Assertions.assertThat;

import gov.hotline.core.calendar.TimeLimit;
import gov.hotline.core.id.CategoryId;
import gov.hotline.core.ticket.Urgency;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SlaPoliciesTest {

  private static final CategoryId URBAN_CONSTRUCTION = CategoryId.of("CJ"); // 城乡建设
  private static final CategoryId ILLEGAL_BUILDING = CategoryId.of("CJ01"); // 城乡建设/违法建设
  private static final CategoryId ROAD_REPAIR = CategoryId.of("CJ02"); // 城乡建设/道路维修
  private static final CategoryId HEATING = CategoryId.of("GR01"); // 供热/供暖不热
  private static final Map<CategoryId, CategoryId> GROUPS =
      Map.of(
          ILLEGAL_BUILDING,
          URBAN_CONSTRUCTION,
          ROAD_REPAIR,
          URBAN_CONSTRUCTION,
          HEATING,
          CategoryId.of("GR"));

  private static final SlaPolicy OWN = policy(ILLEGAL_BUILDING, Urgency.NORMAL, "15wd");
  private static final SlaPolicy OF_GROUP = policy(URBAN_CONSTRUCTION, Urgency.NORMAL, "10wd");
  private static final SlaPolicy DEFAULT_NORMAL = policy(null, Urgency.NORMAL, "5wd");
  private static final SlaPolicy DEFAULT_URGENT = policy(null, Urgency.URGENT, "24h");

  @Test
  void theCategorysOwnPolicyComesFirst() {
    SlaPolicies policies = policies(OWN, OF_GROUP, DEFAULT_NORMAL);

    assertThat(policies.policyFor(ILLEGAL_BUILDING, Urgency.NORMAL)).isEqualTo(OWN);
  }

  @Test
  void aCategoryWithoutItsOwnPolicyUsesItsGroups() {
    SlaPolicies policies = policies(OWN, OF_GROUP, DEFAULT_NORMAL);

    assertThat(policies.policyFor(ROAD_REPAIR, Urgency.NORMAL)).isEqualTo(OF_GROUP);
  }

  @Test
  void aCategoryWhoseGroupHasNoPolicyUsesTheDefaultForTheUrgency() {
    SlaPolicies policies = policies(OWN, OF_GROUP, DEFAULT_NORMAL);

    assertThat(policies.policyFor(HEATING, Urgency.NORMAL)).isEqualTo(DEFAULT_NORMAL);
  }

  @Test
  void aGroupAskedForDirectlyUsesItsOwnPolicy() {
    SlaPolicies policies = policies(OWN, OF_GROUP, DEFAULT_NORMAL);

    assertThat(policies.policyFor(URBAN_CONSTRUCTION, Urgency.NORMAL)).isEqualTo(OF_GROUP);
  }

  @Test
  void aPolicyForAnotherUrgencyIsNeverUsed() {
    SlaPolicies policies = policies(OWN, OF_GROUP, DEFAULT_NORMAL, DEFAULT_URGENT);

    assertThat(policies.policyFor(ILLEGAL_BUILDING, Urgency.URGENT)).isEqualTo(DEFAULT_URGENT);
  }

  @Test
  void withNothingConfiguredANormalTicketGetsTheBuiltInSevenWorkingDays() {
    SlaPolicy p = policies().policyFor(ILLEGAL_BUILDING, Urgency.NORMAL);

    assertThat(p).isEqualTo(SlaPolicies.BUILT_IN_NORMAL);
    assertThat(p.handling()).isEqualTo(TimeLimit.workingDays(7));
  }

  @Test
  void withNothingConfiguredForUrgentAnUrgentTicketGetsTheBuiltInTwoHours() {
    SlaPolicy p =
        policies(OWN, OF_GROUP, DEFAULT_NORMAL).policyFor(ILLEGAL_BUILDING, Urgency.URGENT);

    assertThat(p).isEqualTo(SlaPolicies.BUILT_IN_URGENT);
    assertThat(p.handling()).isEqualTo(TimeLimit.hours(2));
  }

  @Test
  void aLaterPolicyForTheSameCategoryAndUrgencyReplacesAnEarlierOne() {
    SlaPolicy edited = policy(ILLEGAL_BUILDING, Urgency.NORMAL, "20wd");

    assertThat(policies(OWN, edited).policyFor(ILLEGAL_BUILDING, Urgency.NORMAL)).isEqualTo(edited);
  }

  private static SlaPolicies policies(SlaPolicy... configured) {
    return new SlaPolicies(List.of(configured), GROUPS::get);
  }

  private static SlaPolicy policy(CategoryId category, Urgency urgency, String handling) {
    return new SlaPolicy(
        category,
        urgency,
        TimeLimit.parse("4wh"),
        TimeLimit.parse(handling),
        TimeLimit.parse("2wd"));
  }
}

package gov.hotline.core.org;

import static gov.hotline.core.org.Units.BUR_CGZF;
import static gov.hotline.core.org.Units.HD;
import static gov.hotline.core.org.Units.STR_OLD;
import static gov.hotline.core.org.Units.STR_QH;
import static gov.hotline.core.org.Units.STR_QH_C1;
import static gov.hotline.core.org.Units.STR_ZGC;
import static org.assertj.core.api.Assertions.assertThat;

import gov.hotline.core.id.UnitId;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrgTreeTest {

  private final OrgTree tree = Units.haidian();

  @Test
  void aUnitIsWithinItself() {
    assertThat(tree.isWithin(STR_QH, STR_QH)).isTrue();
  }

  @Test
  void aCommunityIsWithinItsStreetAndItsDistrict() {
    assertThat(tree.isWithin(STR_QH_C1, STR_QH)).isTrue();
    assertThat(tree.isWithin(STR_QH_C1, HD)).isTrue();
  }

  @Test
  void aStreetIsNotWithinItsOwnCommunityNorWithinAnotherStreet() {
    assertThat(tree.isWithin(STR_QH, STR_QH_C1)).isFalse();
    assertThat(tree.isWithin(STR_QH_C1, STR_ZGC)).isFalse();
  }

  @Test
  void theSubtreeOfAStreetHoldsTheStreetAndItsCommunityOnly() {
    assertThat(tree.subtree(STR_QH)).containsExactlyInAnyOrder(STR_QH, STR_QH_C1);
  }

  @Test
  void theSubtreeOfTheDistrictHoldsEveryUnitBelowIt() {
    assertThat(tree.subtree(HD))
        .containsExactlyInAnyOrder(HD, STR_QH, STR_QH_C1, STR_ZGC, BUR_CGZF, STR_OLD);
  }

  @Test
  void findReturnsNothingForAnUnknownUnit() {
    assertThat(tree.find(UnitId.of("NOPE"))).isEmpty();
  }

  @Test
  void aCycleInEditedDataDoesNotHangTheScopeCheck() {
    OrgTree cyclic =
        new OrgTree(
            List.of(
                new OrgUnit(UnitId.of("A"), UnitId.of("B"), "甲", UnitType.STREET, List.of(), true),
                new OrgUnit(
                    UnitId.of("B"), UnitId.of("A"), "乙", UnitType.STREET, List.of(), true)));

    assertThat(cyclic.isWithin(UnitId.of("A"), UnitId.of("C"))).isFalse();
    assertThat(cyclic.subtree(UnitId.of("A")))
        .containsExactlyInAnyOrder(UnitId.of("A"), UnitId.of("B"));
  }
}

package gov.hotline.dispatch.domain;

import static org.assertj.core.api.Assertions.assertThat;

import gov.hotline.core.id.UnitId;
import gov.hotline.dispatch.SampleDirectory;
import org.junit.jupiter.api.Test;

class GazetteerTest {
  private final Gazetteer gazetteer = Gazetteer.of(SampleDirectory.directory());

  @Test
  void aResidentialCompoundPlacesTheAddressInItsStreet() {
    Jurisdiction j = gazetteer.resolve("海淀区安宁里5号楼", "");

    assertThat(j.status()).isEqualTo(ResolutionStatus.RESOLVED);
    assertThat(j.streetId()).isEqualTo(UnitId.of("STR_QH"));
    assertThat(j.confidence()).isGreaterThan(0.8);
    assertThat(j.explanation()).contains("安宁里（小区）").contains("清河街道");
  }

  @Test
  void aNamedCommunityAlsoGivesTheCommunityUnit() {
    Jurisdiction j = gazetteer.resolve("海淀区皂君庙社区3号院", "");

    assertThat(j.streetId()).isEqualTo(UnitId.of("STR_BXG"));
    assertThat(j.communityId()).isEqualTo(UnitId.of("STR_BXG_C2"));
  }

  @Test
  void theDistrictsOwnNameIsNotTakenForTheHaidianStreet() {
    Jurisdiction j = gazetteer.resolve("海淀区上地五街", "");

    assertThat(j.streetId()).isEqualTo(UnitId.of("STR_SD"));
  }

  @Test
  void theLongestPlaceNameWinsOverAShortStreetNameInsideIt() {
    Jurisdiction j = gazetteer.resolve("海淀区中关村软件园二期", "");

    assertThat(j.streetId()).isEqualTo(UnitId.of("TWN_XBW"));
  }

  @Test
  void placesOfTwoStreetsMakeTheAddressAmbiguousAndNamesBoth() {
    Jurisdiction j = gazetteer.resolve("海淀区安宁里与育新花园之间", "");

    assertThat(j.status()).isEqualTo(ResolutionStatus.AMBIGUOUS);
    assertThat(j.candidates())
        .extracting(Jurisdiction.StreetScore::streetId)
        .contains(UnitId.of("STR_QH"), UnitId.of("STR_XSQ"));
    assertThat(j.explanation()).contains("歧义");
  }

  @Test
  void anAddressWithoutKnownNamesIsUnknownAndSaysSo() {
    Jurisdiction j = gazetteer.resolve("海淀区某某路边", "路灯坏了");

    assertThat(j.status()).isEqualTo(ResolutionStatus.UNKNOWN);
    assertThat(j.streetId()).isNull();
    assertThat(j.explanation()).contains("无法确定属地");
  }

  @Test
  void anAddressInAnotherDistrictIsOutside() {
    Jurisdiction j = gazetteer.resolve("朝阳区望京西园三区", "");

    assertThat(j.status()).isEqualTo(ResolutionStatus.OUTSIDE_DISTRICT);
    assertThat(j.explanation()).contains("朝阳区").contains("不在海淀区");
  }

  @Test
  void theContentIsSearchedWhenTheAddressNamesNothing() {
    Jurisdiction j = gazetteer.resolve("海淀区", "我住在牡丹园小区，楼下垃圾没人清");

    assertThat(j.streetId()).isEqualTo(UnitId.of("STR_HYL"));
    assertThat(j.fromContent()).isTrue();
    assertThat(j.explanation()).startsWith("诉求内容");
  }

  @Test
  void maskingBlanksPlaceNamesSoThatTopicWordsAreNotReadInThem() {
    String masked = gazetteer.mask(ChineseText.normalize("双榆树东里门口清河边"));

    assertThat(masked).doesNotContain("双榆树").doesNotContain("清河").contains("门口");
  }
}

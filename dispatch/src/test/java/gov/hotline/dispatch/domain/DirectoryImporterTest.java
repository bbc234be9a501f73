package gov.hotline.dispatch.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.hotline.core.error.DomainException;
import gov.hotline.core.id.CategoryId;
import gov.hotline.core.id.UnitId;
import gov.hotline.core.org.OrgUnit;
import gov.hotline.core.org.UnitType;
import gov.hotline.dispatch.SampleDirectory;
import gov.hotline.dispatch.adapter.json.DirectoryJson;
import io.vertx.core.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;

class DirectoryImporterTest {
  private final DirectoryImporter importer =
      new DirectoryImporter(DirectoryImporter.Roots.DEFAULT, KeywordLexicon.defaults());

  private DirectoryPlan plan(JsonObject json) {
    return importer.plan(DirectoryJson.parse(json));
  }

  private static JsonObject sample() {
    return new JsonObject(SampleDirectory.unitsJson());
  }

  @Test
  void unitsKeepTheirIdsAndHangBelowTheDistrict() {
    DirectoryPlan p = SampleDirectory.plan();

    OrgUnit qinghe =
        p.units().stream()
            .filter(u -> u.id().equals(UnitId.of("STR_QH")))
            .findFirst()
            .orElseThrow();
    assertThat(qinghe.name()).isEqualTo("清河街道");
    assertThat(qinghe.type()).isEqualTo(UnitType.STREET);
    assertThat(qinghe.parentId()).isEqualTo(DirectoryImporter.Roots.DEFAULT.district());
    assertThat(p.units())
        .extracting(OrgUnit::id)
        .contains(UnitId.of("BJ"), UnitId.of("HD"), UnitId.of("HD_CENTER"));
  }

  @Test
  void communitiesAndVillagesOfTheGazetteerBecomeUnitsBelowTheirStreet() {
    OrgUnit village =
        SampleDirectory.plan().units().stream()
            .filter(u -> u.name().equals("太舟坞村"))
            .findFirst()
            .orElseThrow();

    assertThat(village.id()).isEqualTo(UnitId.of("TWN_WQ_C5"));
    assertThat(village.type()).isEqualTo(UnitType.VILLAGE);
    assertThat(village.parentId()).isEqualTo(UnitId.of("TWN_WQ"));
  }

  @Test
  void eachRuleBecomesACatalogueEntryNumberedWithinItsCategoryWithKeywords() {
    List<CatalogueEntry> cj02 =
        SampleDirectory.plan().entries().stream()
            .filter(e -> e.categoryId().equals(CategoryId.of("CJ02")))
            .toList();

    assertThat(cj02).extracting(CatalogueEntry::id).containsExactly("CJ02-1", "CJ02-2", "CJ02-3");
    assertThat(cj02.get(1).lead()).isEqualTo(UnitRef.TERRITORY);
    assertThat(cj02.get(1).assists()).containsExactly(UnitRef.of("BUR_CGZF"));
    assertThat(cj02.get(1).keywords()).contains("施工扰民", "装修");
  }

  @Test
  void planningTheSameDirectoryTwiceGivesTheSamePlan() {
    assertThat(plan(sample())).isEqualTo(plan(sample()));
  }

  @Test
  void aRuleNamingAnUnknownUnitIsRefusedWithItsPosition() {
    JsonObject json = sample();
    json.getJsonArray("rules").getJsonObject(0).put("lead", "BUR_NOPE");

    assertThatThrownBy(() -> plan(json))
        .isInstanceOf(DomainException.class)
        .hasMessageContaining("第 1 条规则")
        .hasMessageContaining("BUR_NOPE");
  }

  @Test
  void aPlaceholderWithoutExplanationIsRefused() {
    JsonObject json = sample();
    json.getJsonArray("rules").getJsonObject(0).put("lead", "@water_board");

    assertThatThrownBy(() -> plan(json))
        .isInstanceOf(DomainException.class)
        .hasMessageContaining("@water_board");
  }

  @Test
  void aDuplicateUnitIdIsRefused() {
    JsonObject json = sample();
    json.getJsonArray("units").getJsonObject(1).put("id", "BUR_CGZF");

    assertThatThrownBy(() -> plan(json))
        .isInstanceOf(DomainException.class)
        .hasMessageContaining("重复");
  }

  @Test
  void anUnknownPlaceKindIsRefused() {
    assertThatThrownBy(
            () ->
                DirectoryJson.parse(
                    SampleDirectory.unitsJson().replace("\"kind\": \"地标\"", "\"kind\": \"山头\"")))
        .isInstanceOf(DomainException.class)
        .hasMessageContaining("山头");
  }

  @Test
  void malformedJsonIsRefused() {
    assertThatThrownBy(() -> DirectoryJson.parse("{\"units\": ["))
        .isInstanceOf(DomainException.class)
        .hasMessageContaining("JSON");
  }
}

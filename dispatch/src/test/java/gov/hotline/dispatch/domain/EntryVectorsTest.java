package gov.hotline.dispatch.domain;

import static org.assertj.core.api.Assertions.assertThat;

import gov.hotline.core.id.CategoryId;
import gov.hotline.core.id.UnitId;
import gov.hotline.core.ticket.AppealType;
import gov.hotline.dispatch.SampleDirectory;
import gov.hotline.dispatch.service.EvalAppeal;
import gov.hotline.embedding.SharedEmbedder;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The catalogue's dense vectors as one more signal beside the lexical ones (real bge-small-zh). */
class EntryVectorsTest {
  private static Recommender lexical;
  private static Recommender fused;

  @BeforeAll
  static void build() {
    lexical = SampleDirectory.recommender();
    fused =
        new Recommender(
            SampleDirectory.directory(),
            EntryVectors.of(SampleDirectory.directory(), SharedEmbedder.get()));
  }

  private static Recommendation recommend(Recommender r, String text, String address) {
    return r.recommend(new AppealFacts(text, address, AppealType.HELP, null), History.NONE);
  }

  @Test
  void wagesAForemanWithholdsOnABuildingSiteGoToTheLabourBureauOnTheirMeaning() {
    Recommendation r = recommend(fused, "来电人反映：在工地上跟着包工头干了小半年，到现在工钱一分没结，人也躲着不见。", "海淀区西北旺镇某工地");

    assertThat(r.category().id()).isEqualTo(CategoryId.of("LD01"));
    assertThat(r.leads().get(0).unitId()).isEqualTo(UnitId.of("BUR_RSJ"));
    assertThat(String.join("；", r.leads().get(0).reasons())).contains("语义相近");
  }

  @Test
  void aClearKeywordMatchKeepsItsCategoryAndItsKeywordsAsTheReason() {
    Recommendation r = recommend(fused, "家里暖气不热，室温只有十四度。", "海淀区安宁里");

    assertThat(r.category().id()).isEqualTo(CategoryId.of("GY01"));
    assertThat(r.leads().get(0).unitId()).isEqualTo(UnitId.of("ENT_HEAT_RL"));
    assertThat(String.join("；", r.category().reasons())).contains("暖气");
  }

  @Test
  void onAppealsWrittenApartTheVectorsRecogniseMoreCategoriesAndLoseNoLeads() {
    List<EvalAppeal> appeals = SampleDirectory.heldOut();

    long lexicalCategories = count(appeals, a -> category(lexical, a));
    long fusedCategories = count(appeals, a -> category(fused, a));
    long lexicalLeads = count(appeals, a -> lead(lexical, a));
    long fusedLeads = count(appeals, a -> lead(fused, a));

    assertThat(fusedCategories).isGreaterThan(lexicalCategories);
    assertThat(fusedLeads).isGreaterThanOrEqualTo(lexicalLeads);
  }

  private static long count(List<EvalAppeal> appeals, Predicate<EvalAppeal> hit) {
    return appeals.stream().filter(hit).count();
  }

  private static boolean category(Recommender r, EvalAppeal a) {
    return recommend(r, a.text(), a.address()).category().id().equals(a.category());
  }

  private static boolean lead(Recommender r, EvalAppeal a) {
    return recommend(r, a.text(), a.address()).leads().get(0).unitId().equals(a.lead());
  }
}

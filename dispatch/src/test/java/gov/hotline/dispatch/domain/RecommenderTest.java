package gov.hotline.dispatch.domain;

import static org.assertj.core.api.Assertions.assertThat;

import gov.hotline.core.id.CategoryId;
import gov.hotline.core.id.UnitId;
import gov.hotline.core.ticket.AppealType;
import gov.hotline.dispatch.SampleDirectory;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RecommenderTest {
  private final Recommender recommender = SampleDirectory.recommender();

  private Recommendation recommend(String text, String address) {
    return recommender.recommend(
        new AppealFacts(text, address, AppealType.COMPLAINT, null), History.NONE);
  }

  private static UnitId top(Recommendation r) {
    return r.leads().get(0).unitId();
  }

  @Test
  void aNeighbourhoodProblemGoesToTheStreetOfTheAddressWithTheCatalogueAndTheAddressAsReasons() {
    Recommendation r = recommend("来电人反映：小区楼下有人长期堆放废品和杂物，招来很多蟑螂。", "海淀区育新花园3号楼");

    assertThat(top(r)).isEqualTo(UnitId.of("STR_XSQ"));
    assertThat(r.leads().get(0).unitName()).isEqualTo("西三旗街道");
    assertThat(String.join("；", r.leads().get(0).reasons()))
        .contains("派单目录")
        .contains("属地")
        .contains("育新花园（小区）");
    assertThat(r.jurisdiction().streetId()).isEqualTo(UnitId.of("STR_XSQ"));
  }

  @Test
  void unpaidWagesGoToTheLabourBureauWhateverTheAddress() {
    Recommendation r = recommend("来电人反映：公司拖欠我三个月工资，老板一直说下个月发。", "海淀区上地十街");

    assertThat(top(r)).isEqualTo(UnitId.of("BUR_RSJ"));
    assertThat(r.category().id()).isEqualTo(CategoryId.of("LD01"));
    assertThat(r.category().name()).isEqualTo("拖欠工资");
  }

  @Test
  void heatingGoesToTheCompanyWhoseServiceAreaCoversTheStreet() {
    Recommendation xiangshan = recommend("家里暖气不热，室温只有十四度。", "海淀区香山南路");
    Recommendation qinghe = recommend("家里暖气不热，室温只有十四度。", "海淀区安宁里");

    assertThat(top(xiangshan)).isEqualTo(UnitId.of("ENT_HEAT_HD"));
    assertThat(top(qinghe)).isEqualTo(UnitId.of("ENT_HEAT_RL"));
    assertThat(String.join("；", qinghe.leads().get(0).reasons())).contains("服务区域");
  }

  @Test
  void telecomGoesToTheOperatorTheCallerNames() {
    Recommendation r = recommend("我家联通宽带断网三天了，客服一直说在排查。", "海淀区牡丹园");

    assertThat(top(r)).isEqualTo(UnitId.of("ENT_CU"));
  }

  @Test
  void aNeighbourhoodProblemWithoutALocatableAddressFallsBackToTheDistrict() {
    Recommendation r = recommend("楼下垃圾桶满了好几天没人清运，臭气熏天。", "海淀区");

    assertThat(r.jurisdiction().status()).isEqualTo(ResolutionStatus.UNKNOWN);
    assertThat(top(r)).isEqualTo(UnitId.of("HD"));
    assertThat(String.join("；", r.leads().get(0).reasons())).contains("区级兜底");
  }

  @Test
  void aCategoryChosenAtIntakeIsKeptAndDecidesTheEntries() {
    Recommendation r =
        recommender.recommend(
            new AppealFacts("门口这个问题一直没人管。", "海淀区上地西里", AppealType.COMPLAINT, CategoryId.of("GY03")),
            History.NONE);

    assertThat(r.category().id()).isEqualTo(CategoryId.of("GY03"));
    assertThat(r.category().reasons()).contains("受理时已选定该分类");
    assertThat(top(r)).isEqualTo(UnitId.of("ENT_GAS"));
  }

  @Test
  void theAssistingUnitsOfTheBestEntryFollowTheLeads() {
    Recommendation r = recommend("小区门口有流动商贩摆摊卖水果，占了半条人行道。", "海淀区茂林居小区");

    assertThat(top(r)).isEqualTo(UnitId.of("STR_YFD"));
    assertThat(r.candidates())
        .filteredOn(c -> c.role() == CandidateRole.ASSIST)
        .extracting(Candidate::unitId)
        .contains(UnitId.of("BUR_CGZF"));
  }

  @Test
  void dispatchersDecisionsForACategoryOutweighTheCatalogueOnceThereAreEnough() {
    AppealFacts facts =
        new AppealFacts("路边行道树的树枝挡住了路灯。", "海淀区学清路", AppealType.COMPLAINT, CategoryId.of("SZ04"));
    History corrected =
        new History(
            List.of(),
            new DecisionStats(Map.of(CategoryId.of("SZ04"), Map.of(UnitRef.TERRITORY, 40))));

    assertThat(top(recommender.recommend(facts, History.NONE))).isEqualTo(UnitId.of("BUR_YLLH"));
    Recommendation r = recommender.recommend(facts, corrected);
    assertThat(top(r)).isEqualTo(UnitId.of("STR_DS"));
    assertThat(String.join("；", r.leads().get(0).reasons())).contains("派单员以往");
  }

  @Test
  void aVerySimilarDecidedTicketIsGivenAsAReason() {
    PastDecision past =
        new PastDecision(
            7,
            "HD20250601-000007",
            0.9,
            CategoryId.of("GA01"),
            UnitId.of("STR_BLZ"),
            UnitRef.TERRITORY);
    Recommendation r =
        recommender.recommend(
            new AppealFacts("定慧北里花园晚上跳广场舞音乐太吵。", "海淀区定慧北里", AppealType.COMPLAINT, null),
            new History(List.of(past), DecisionStats.NONE));

    assertThat(top(r)).isEqualTo(UnitId.of("STR_BLZ"));
    assertThat(r.leads().get(0).reasons()).anyMatch(s -> s.contains("相似工单HD20250601-000007"));
  }

  @Test
  void aChoiceOfTheAppealsOwnStreetIsRememberedAsTerritorial() {
    AppealFacts facts = new AppealFacts("暖气不热", "海淀区香山南路", AppealType.COMPLAINT, null);

    assertThat(recommender.refFor(UnitId.of("STR_XS"), facts)).isEqualTo(UnitRef.TERRITORY);
    assertThat(recommender.refFor(UnitId.of("ENT_HEAT_HD"), facts)).isEqualTo(UnitRef.of("@heat"));
    assertThat(recommender.refFor(UnitId.of("BUR_CGW"), facts)).isEqualTo(UnitRef.of("BUR_CGW"));
  }
}

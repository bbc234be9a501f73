package gov.hotline.bench;

import gov.hotline.kb.domain.Article;
import gov.hotline.kb.domain.ArticleContent;
import gov.hotline.kb.domain.ArticleStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Synthetic knowledge-base articles in the shape of the hotline's (title from a place, a subject
 * and an action, 4 keywords, a 150–600 character body in labelled sections about its subject, with
 * a few article-specific terms as the long tail), from a fixed seed so every run indexes the same
 * text. The vocabulary is still far narrower than a real knowledge base's (60 subjects for 100,000
 * articles), so the common terms are very common: a pessimistic corpus for search latency.
 */
final class KbArticleGenerator {
  static final String[] SUBJECTS = {
    "社保卡", "医保", "住房公积金", "居住证", "护照", "港澳通行证", "路灯", "井盖", "供暖", "供水", "燃气", "停电", "电梯", "物业费",
    "群租房", "违法建设", "占道经营", "噪声扰民", "餐饮油烟", "垃圾分类", "共享单车", "违章停车", "公交线路", "出租车", "拖欠工资", "劳动合同",
    "工伤认定", "失业金", "养老金", "退休手续", "低保", "残疾人补贴", "老年助餐", "优待证", "生育登记", "独生子女奖励", "入学入园", "校外培训",
    "预付卡退费", "食品安全", "消费纠纷", "疫苗接种", "流浪动物", "树木修剪", "道路破损", "积水", "下水道", "不动产登记", "房屋鉴定", "公证",
    "法律援助", "献血", "图书馆", "公园年票", "健身器材", "车船税", "个税汇算", "营业执照", "户口迁移", "身份证"
  };
  static final String[] ACTIONS = {
    "办理", "申领", "补办", "查询", "报修", "投诉", "提取", "变更", "注销", "咨询", "报销", "缴纳", "续签", "认定", "整治", "预约"
  };
  static final String[] PLACES = {
    "海淀区", "清河街道", "中关村街道", "学院路", "万柳地区", "东升地区", "西三旗", "上地", "马连洼", "四季青镇", "温泉镇", "苏家坨镇"
  };
  static final String[] PHRASES = {
    "可通过政务服务网在线办理",
    "需携带本人身份证原件",
    "一般在七个工作日内办结",
    "由属地街道负责受理",
    "逾期未办理的可申请补办",
    "符合条件的可享受补贴",
    "具体标准以本市最新规定为准",
    "窗口工作日上午九点至下午五点办公",
    "可拨打热线咨询办理进度",
    "物业公司应在接报后及时处理",
    "材料不全的一次性告知",
    "涉及多个部门的由牵头单位协调",
    "企业职工与灵活就业人员政策不同",
    "非本市户籍人员按规定办理",
    "紧急情况请立即拨打110",
    "未成年人需由监护人陪同",
    "费用由责任方承担",
    "可委托他人代为办理"
  };
  static final String[] LABELS = {"政策要点", "办理条件", "所需材料", "办理渠道", "办理时限", "咨询电话", "常见问题", "坐席派单指引"};

  private KbArticleGenerator() {}

  static List<Article> generate(int n, long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    Instant now = Instant.parse("2026-11-21T00:00:00Z");
    List<Article> out = new ArrayList<>(n);
    for (int i = 1; i <= n; i++) {
      String subject = pick(rnd, SUBJECTS);
      String title =
          pick(rnd, PLACES)
              + subject
              + pick(rnd, ACTIONS)
              + (i % 7 == 0 ? "（" + (2020 + i % 7) + "年版）" : "");
      List<String> keywords =
          List.of(
              subject + pick(rnd, ACTIONS),
              pick(rnd, SUBJECTS),
              pick(rnd, SUBJECTS),
              pick(rnd, SUBJECTS) + "问题");
      int target = 150 + rnd.nextInt(451);
      StringBuilder body = new StringBuilder();
      int label = 0;
      String[] specific = {rareWord(rnd), rareWord(rnd), rareWord(rnd)};
      while (body.length() < target) {
        // mostly about its own subject, now and then another one, with its own specific terms (the
        // long tail
        // of a real knowledge base: unit names, programmes, places)
        String other = label % 6 == 5 ? pick(rnd, SUBJECTS) : subject;
        body.append('【')
            .append(LABELS[label++ % LABELS.length])
            .append('】')
            .append(subject)
            .append(pick(rnd, PHRASES))
            .append('，')
            .append(specific[rnd.nextInt(3)])
            .append(other)
            .append(pick(rnd, ACTIONS))
            .append(pick(rnd, PHRASES))
            .append("。\n");
      }
      ArticleContent c = ArticleContent.of(title, body.toString(), "综合", keywords, null, null);
      out.add(new Article(i, "KB" + i, c, ArticleStatus.PUBLISHED, 1, now, now, "bench"));
    }
    return out;
  }

  /** Queries in the agents' styles: keywords, colloquial questions, typos, long stories. */
  static List<String> queries(int n, long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    List<String> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      String s = pick(rnd, SUBJECTS);
      out.add(
          switch (i % 4) {
            case 0 -> s + " " + pick(rnd, ACTIONS);
            case 1 -> "请问" + s + "怎么" + pick(rnd, ACTIONS) + "，要带什么材料";
            case 2 -> s.length() > 1 ? s.charAt(0) + "宝" + pick(rnd, ACTIONS) : s;
            default ->
                "我家住在"
                    + pick(rnd, PLACES)
                    + "，最近"
                    + s
                    + "的事一直没人管，"
                    + pick(rnd, SUBJECTS)
                    + "也有问题，想问一下能不能"
                    + pick(rnd, ACTIONS)
                    + "，找谁都说不归他们管，实在没办法了";
          });
    }
    return out;
  }

  /**
   * Characters for the long-tail vocabulary: two or three of them make a term few articles share.
   */
  private static final String POOL =
      "安宝保北备本边变标表别宾兵病博补布材财采彩菜参仓草测层查茶产长场车城程池"
          + "出除厨传窗床春词磁村存达大代带单当道灯登地点电调东动洞都督读度段队对多儿发法番方防房放非费分"
          + "丰风峰服福府富改盖港高阁工公功宫共沟购古谷顾关观管光广规桂国果海汉行航和河荷核黑红宏湖花华化"
          + "环黄回汇会惠活火货机基吉集济家嘉价驾建健江将交郊教街节洁金津锦京经景警静九居局巨剧卷军卡开康"
          + "科可课空口库快矿昆兰蓝廊劳乐雷类冷里理力立丽利联良粮林临岭领流龙楼路旅绿码马满茂贸美门民明模";

  private static String rareWord(SplittableRandom rnd) {
    int n = 2 + rnd.nextInt(2);
    StringBuilder sb = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      sb.append(POOL.charAt(rnd.nextInt(POOL.length())));
    }
    return sb.toString();
  }

  private static String pick(SplittableRandom rnd, String[] a) {
    return a[rnd.nextInt(a.length)];
  }
}

package gov.hotline.bench;

import java.util.SplittableRandom;

/**
 * Plausible 工单 (ticket) intake bodies that differ a little from request to request: caller, phone
 * number, address, appeal type, category and text, so the server does not see the same row over and
 * over.
 *
 * <p>Plain strings on purpose: the driver runs on the bare JDK, without hotline-core or a JSON
 * library on the class path. Every fragment below is free of characters that would need JSON
 * escaping.
 */
final class TicketBodies {

  private static final String[] NAMES = {
    "张三", "李四", "王芳", "刘洋", "陈静", "赵磊", "孙丽", "周杰", "吴敏", "郑强"
  };
  private static final String[] PHONE_PREFIXES = {
    "138", "139", "135", "136", "137", "150", "151", "186", "188", "199"
  };
  private static final String[] ADDRESSES = {
    "海淀区清河街道安宁里小区", "朝阳区望京街道花家地北里", "东城区和平里街道和平里七区", "西城区德胜街道六铺炕",
    "丰台区卢沟桥街道万丰路", "通州区永顺镇新华联家园", "昌平区回龙观街道龙泽苑", "大兴区黄村镇兴华大街"
  };

  /** categoryId, appealType and a matching complaint text. */
  private static final String[][] APPEALS = {
    {"GY02", "COMPLAINT", "来电人反映：小区停水已两天，物业未说明原因，要求尽快恢复供水。"},
    {"GY02", "CONSULT", "来电人咨询：小区计划停水检修的具体时间和恢复时间。"},
    {"GY02", "HELP", "来电人求助：家中水压过低，高层住户无法正常用水。"},
    {"SR01", "COMPLAINT", "来电人反映：楼下商户夜间施工噪音扰民，影响休息。"},
    {"SR01", "REPORT", "来电人举报：小区内有人私搭乱建，占用公共绿地。"},
    {"SR01", "SUGGESTION", "来电人建议：在小区门口增设非机动车停放区。"},
    {"CJ01", "COMPLAINT", "来电人反映：公交车站台损坏，雨天无法避雨。"},
    {"CJ01", "PRAISE", "来电人表扬：公交司机主动帮助老人上下车，服务热情。"},
    {"CJ01", "CONSULT", "来电人咨询：附近公交线路调整后的首末班时间。"}
  };

  private final SplittableRandom random;

  TicketBodies(long seed) {
    this.random = new SplittableRandom(seed);
  }

  String next(long sequence) {
    String[] appeal = APPEALS[random.nextInt(APPEALS.length)];
    String phone =
        PHONE_PREFIXES[random.nextInt(PHONE_PREFIXES.length)]
            + String.format("%08d", random.nextInt(100_000_000));
    String urgency = random.nextInt(10) == 0 ? "URGENT" : "NORMAL";
    return "{\"channel\":\"PHONE\""
        + ",\"callerName\":\""
        + NAMES[random.nextInt(NAMES.length)]
        + "\""
        + ",\"callerPhone\":\""
        + phone
        + "\""
        + ",\"address\":\""
        + ADDRESSES[random.nextInt(ADDRESSES.length)]
        + (1 + random.nextInt(30))
        + "号楼\""
        + ",\"appealType\":\""
        + appeal[1]
        + "\""
        + ",\"categoryId\":\""
        + appeal[0]
        + "\""
        + ",\"urgency\":\""
        + urgency
        + "\""
        + ",\"content\":\""
        + appeal[2]
        + "（压测工单 "
        + sequence
        + "）\"}";
  }
}

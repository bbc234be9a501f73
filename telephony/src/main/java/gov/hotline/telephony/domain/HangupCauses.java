package gov.hotline.telephony.domain;

import java.util.Map;

/** Chinese labels of the Q.850 hangup causes (挂机原因) Asterisk reports, by cause code. */
public final class HangupCauses {
  private static final Map<Integer, String> LABELS =
      Map.ofEntries(
          Map.entry(0, "未知"),
          Map.entry(1, "空号"),
          Map.entry(3, "无法路由"),
          Map.entry(16, "正常挂机"),
          Map.entry(17, "用户忙"),
          Map.entry(18, "用户无响应"),
          Map.entry(19, "无应答"),
          Map.entry(20, "用户不在服务区"),
          Map.entry(21, "呼叫被拒绝"),
          Map.entry(22, "号码已更改"),
          Map.entry(26, "非选定用户挂断"),
          Map.entry(27, "目的地故障"),
          Map.entry(28, "号码格式无效"),
          Map.entry(31, "正常，未指明"),
          Map.entry(34, "无可用线路"),
          Map.entry(38, "网络故障"),
          Map.entry(41, "临时故障"),
          Map.entry(42, "交换设备拥塞"),
          Map.entry(44, "请求的线路不可用"),
          Map.entry(50, "未订购该业务"),
          Map.entry(58, "承载能力不可用"),
          Map.entry(65, "承载能力未实现"),
          Map.entry(66, "信道类型未实现"),
          Map.entry(69, "功能未实现"),
          Map.entry(79, "业务未实现"),
          Map.entry(88, "目的地不兼容"),
          Map.entry(102, "定时器超时"),
          Map.entry(111, "协议错误"),
          Map.entry(127, "互通，未指明"));

  private HangupCauses() {}

  /**
   * The Chinese label of a cause code such as 16; "其他原因（N）" for a code not listed, null without a
   * code.
   */
  public static String label(Integer cause) {
    return cause == null ? null : LABELS.getOrDefault(cause, "其他原因（" + cause + "）");
  }
}

package gov.hotline.telephony.domain;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Asterisk's answers to agent actions (QueueAdd, QueueRemove, QueuePause, Originate) in Chinese for
 * the operation log (座席员操作日志); the raw text stays beside it. Matched on the known phrases, most
 * specific first.
 */
public final class AsteriskReplies {
  private static final Map<String, String> PHRASES = new LinkedHashMap<>();
  private static final Map<String, String> ACTIONS =
      Map.of(
          "LOGIN",
          "签入",
          "LOGOUT",
          "签出",
          "PAUSE",
          "示忙",
          "UNPAUSE",
          "示闲",
          "LISTEN",
          "监听",
          "WHISPER",
          "密语",
          "BARGE",
          "强插",
          "CALLBACK",
          "回访外呼");

  static {
    PHRASES.put("interface unpaused successfully", "示闲成功");
    PHRASES.put("interface paused successfully", "示忙成功");
    PHRASES.put("interface not found", "分机不存在");
    PHRASES.put("already there", "座席已在队列中");
    PHRASES.put("not there", "座席不在队列中");
    PHRASES.put("no such queue", "队列不存在");
    PHRASES.put("added interface to queue", "签入队列成功");
    PHRASES.put("removed interface from queue", "签出队列成功");
    PHRASES.put("originate successfully queued", "外呼已发起");
    PHRASES.put("originate failed", "外呼失败");
    PHRASES.put("permission denied", "AMI 账号无此权限");
    PHRASES.put("authentication", "AMI 认证失败");
    PHRASES.put("timeout", "Asterisk 响应超时");
    PHRASES.put("timed out", "Asterisk 响应超时");
    PHRASES.put("not connected", "未连接 Asterisk");
    PHRASES.put("invalid/unknown command", "Asterisk 不支持该命令");
    PHRASES.put("extension does not exist", "分机号不存在");
    PHRASES.put("out of memory", "Asterisk 内存不足");
  }

  private AsteriskReplies() {}

  /** The answer in Chinese: a known phrase translated, else 操作成功 / 操作失败 with the raw text. */
  public static String label(boolean success, String raw) {
    String text = raw == null ? "" : raw.toLowerCase(Locale.ROOT);
    for (Map.Entry<String, String> p : PHRASES.entrySet()) {
      if (text.contains(p.getKey())) {
        return p.getValue();
      }
    }
    if (success) {
      return "操作成功";
    }
    return raw == null || raw.isBlank() ? "操作失败" : "操作失败：" + raw;
  }

  /** The action in Chinese (签入, 示忙 …), the code itself when unknown. */
  public static String actionLabel(String action) {
    return ACTIONS.getOrDefault(action, action);
  }
}

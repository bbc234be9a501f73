package gov.hotline.infra.http;

import gov.hotline.core.error.DomainException;
import gov.hotline.core.error.ErrorKind;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.RoutingContext;
import java.util.Locale;
import java.util.Map;

/**
 * One check in front of every API route: text that PostgreSQL cannot store or that no user types —
 * a NUL character (raw, {@code %00} in the path or query, {@code \u0000} in JSON) or a lone UTF-16
 * surrogate ({@code \ud800} without its pair) — is refused with a Chinese 400 before any route
 * reads it, instead of failing deep in the database.
 */
public final class InputGuard {
  static final String CODE = "INVALID_CHARACTERS";

  private InputGuard() {}

  /** Router handler: passes clean requests on, answers 400 for the rest. */
  public static void check(RoutingContext ctx) {
    try {
      checkMediaType(ctx);
      checkPath(ctx.request().path());
      for (Map.Entry<String, String> p : ctx.queryParams()) {
        checkText(p.getKey(), "查询参数");
        checkText(p.getValue(), "查询参数 " + p.getKey());
      }
      Buffer body = ctx.body() == null ? null : ctx.body().buffer();
      if (body != null && body.length() > 0) {
        checkBody(body.toString());
      }
    } catch (DomainException e) {
      ApiErrors.send(ctx, e);
      return;
    } catch (IllegalArgumentException e) { // a malformed %-escape in the query string
      ApiErrors.send(ctx, 400, "INVALID_PARAM", "请求参数编码不正确");
      return;
    }
    ctx.next();
  }

  /**
   * A body is read only as JSON (or JSON Lines for imports) and only when the client says so: a
   * {@code text/plain} POST, which a foreign page may send without a CORS preflight, is refused
   * with 415.
   */
  static void checkMediaType(RoutingContext ctx) {
    var body = ctx.body() == null ? null : ctx.body().buffer();
    if (body == null || body.length() == 0) {
      return;
    }
    String type = ctx.request().getHeader("Content-Type");
    String base = type == null ? "" : type.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
    if (!(base.equals("application/json")
        || base.endsWith("+json")
        || base.equals("application/x-ndjson")
        || base.equals("application/jsonl"))) {
      throw new DomainException(
          ErrorKind.UNSUPPORTED_MEDIA_TYPE,
          "UNSUPPORTED_MEDIA_TYPE",
          "请求体须为 JSON，请设置 Content-Type: application/json（导入 JSON Lines 时可用 application/x-ndjson）");
    }
  }

  static void checkPath(String rawPath) {
    if (rawPath == null) {
      return;
    }
    if (rawPath.indexOf('\0') >= 0 || rawPath.toLowerCase(Locale.ROOT).contains("%00")) {
      throw refused("请求路径");
    }
  }

  /** A decoded text: no NUL, no unpaired surrogate. */
  public static void checkText(String s, String where) {
    if (s == null) {
      return;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\0') {
        throw refused(where);
      }
      if (Character.isHighSurrogate(c)) {
        if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
          throw refused(where);
        }
        i++;
      } else if (Character.isLowSurrogate(c)) {
        throw refused(where);
      }
    }
  }

  /**
   * A body as sent: the raw characters, and JSON's {@code \\uXXXX} escapes (which decode to NUL or
   * to a lone surrogate only after parsing). An escaped backslash ({@code \\\\u0000}) is ordinary
   * text and passes.
   */
  static void checkBody(String s) {
    checkText(s, "请求内容");
    boolean pendingHigh = false;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) != '\\' || i + 1 >= s.length()) {
        if (pendingHigh) {
          throw refused("请求内容");
        }
        continue;
      }
      char next = s.charAt(i + 1);
      if (next != 'u' || i + 6 > s.length()) {
        if (pendingHigh) {
          throw refused("请求内容");
        }
        i++; // any other escape, including \\, covers the next character
        continue;
      }
      int code;
      try {
        code = Integer.parseInt(s.substring(i + 2, i + 6), 16);
      } catch (NumberFormatException e) {
        i++; // not a valid escape: the JSON parser will refuse it
        continue;
      }
      char c = (char) code;
      if (c == '\0' || Character.isLowSurrogate(c) != pendingHigh) {
        throw refused("请求内容");
      }
      pendingHigh = Character.isHighSurrogate(c);
      i += 5;
    }
    if (pendingHigh) {
      throw refused("请求内容");
    }
  }

  private static DomainException refused(String where) {
    return DomainException.invalid(CODE, where + "包含不允许的字符（如空字符 NUL 或不成对的代理字符），请删除后重试");
  }
}

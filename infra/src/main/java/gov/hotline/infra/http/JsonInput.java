package gov.hotline.infra.http;

import gov.hotline.core.calendar.DateBounds;
import gov.hotline.core.error.DomainException;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.Json;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A request body read defensively: malformed JSON, a non-object, or a field of the wrong type
 * becomes a 400 with a Chinese message naming the field, never an exception escaping to a 500.
 */
public final class JsonInput {
  private final JsonObject json;

  private JsonInput(JsonObject json) {
    this.json = json;
  }

  /** Parses a body; an empty body is an empty object (actions such as sign need none). */
  public static JsonInput parse(Buffer body) {
    if (body == null || body.length() == 0) {
      return new JsonInput(new JsonObject());
    }
    Object value;
    try {
      value = Json.decodeValue(body);
    } catch (DecodeException e) {
      throw DomainException.invalid("INVALID_JSON", "请求体不是合法的 JSON");
    }
    if (!(value instanceof JsonObject o)) {
      throw DomainException.invalid("INVALID_JSON", "请求体必须是 JSON 对象");
    }
    return new JsonInput(o);
  }

  public String text(String field) {
    Object v = json.getValue(field);
    if (v == null) {
      return null;
    }
    if (v instanceof String s) {
      return s;
    }
    if (v instanceof Number || v instanceof Boolean) {
      return v.toString();
    }
    throw wrongType(field, "字符串");
  }

  public Boolean bool(String field) {
    Object v = json.getValue(field);
    if (v == null) {
      return null;
    }
    if (v instanceof Boolean b) {
      return b;
    }
    throw wrongType(field, "true 或 false");
  }

  public boolean requiredBool(String field, String label) {
    Boolean b = bool(field);
    if (b == null) {
      throw DomainException.invalid("MISSING_FIELD", "缺少必填项：" + label + "（" + field + "）");
    }
    return b;
  }

  public <E extends Enum<E>> E enumValue(String field, Class<E> type, String label) {
    String v = text(field);
    return v == null || v.isBlank() ? null : parseEnum(v.trim(), field, type, label);
  }

  /** Parses an English enum code, with the allowed codes in the error. */
  public static <E extends Enum<E>> E parseEnum(
      String v, String field, Class<E> type, String label) {
    try {
      return Enum.valueOf(type, v);
    } catch (IllegalArgumentException e) {
      String allowed =
          Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining("、"));
      throw DomainException.invalid(
          "UNKNOWN_ENUM", label + "（" + field + "）取值无效：" + v + "（可选：" + allowed + "）");
    }
  }

  /** An instant as ISO-8601 with offset, e.g. 2026-11-21T09:00:00+08:00. */
  public Instant instant(String field, String label) {
    String v = text(field);
    if (v == null || v.isBlank()) {
      return null;
    }
    return parseInstant(v.trim(), field, label);
  }

  public static Instant parseInstant(String v, String field, String label) {
    try {
      return DateBounds.check(OffsetDateTime.parse(v).toInstant(), field, label);
    } catch (DateTimeParseException e) {
      try {
        return DateBounds.check(Instant.parse(v), field, label);
      } catch (DateTimeParseException e2) {
        throw DomainException.invalid(
            "INVALID_TIME",
            label + "（" + field + "）时间格式不正确：" + v + "（示例：2026-11-21T09:00:00+08:00）");
      }
    }
  }

  public static LocalDate parseDate(String v, String field, String label) {
    try {
      return DateBounds.check(LocalDate.parse(v.trim()), field, label);
    } catch (DateTimeParseException e) {
      throw DomainException.invalid(
          "INVALID_DATE", label + "（" + field + "）日期格式不正确：" + v + "（示例：2026-11-21）");
    }
  }

  public List<String> textList(String field) {
    Object v = json.getValue(field);
    if (v == null) {
      return List.of();
    }
    if (!(v instanceof JsonArray arr)) {
      throw wrongType(field, "字符串数组");
    }
    List<String> out = new ArrayList<>();
    for (Object o : arr) {
      if (!(o instanceof String s)) {
        throw wrongType(field, "字符串数组");
      }
      out.add(s);
    }
    return out;
  }

  /** An array of whole numbers (ids); missing is empty. */
  public List<Long> longList(String field, String label) {
    Object v = json.getValue(field);
    if (v == null) {
      return List.of();
    }
    if (!(v instanceof JsonArray arr)) {
      throw wrongType(field, "整数数组");
    }
    List<Long> out = new ArrayList<>();
    for (Object o : arr) {
      if (!(o instanceof Number n) || n.doubleValue() != Math.rint(n.doubleValue())) {
        throw DomainException.invalid("INVALID_FIELD_TYPE", label + "（" + field + "）必须是整数数组");
      }
      out.add(n.longValue());
    }
    return out;
  }

  /** An array of objects, each read defensively in turn; missing is empty. */
  public List<JsonInput> objects(String field) {
    Object v = json.getValue(field);
    if (v == null) {
      return List.of();
    }
    if (!(v instanceof JsonArray arr)) {
      throw wrongType(field, "对象数组");
    }
    List<JsonInput> out = new ArrayList<>();
    for (Object o : arr) {
      if (!(o instanceof JsonObject obj)) {
        throw wrongType(field, "对象数组");
      }
      out.add(new JsonInput(obj));
    }
    return out;
  }

  /** A whole number, given as a JSON number or a numeric string; null when missing. */
  public Long longValue(String field, String label) {
    Object v = json.getValue(field);
    if (v == null || (v instanceof String s && s.isBlank())) {
      return null;
    }
    if (v instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())) {
      return n.longValue();
    }
    try {
      return Long.parseLong(v.toString().trim());
    } catch (NumberFormatException e) {
      throw DomainException.invalid("INVALID_FIELD_TYPE", label + "（" + field + "）必须是整数：" + v);
    }
  }

  private static DomainException wrongType(String field, String expected) {
    return DomainException.invalid("INVALID_FIELD_TYPE", "字段 " + field + " 类型不正确：应为" + expected);
  }
}

package gov.hotline.infra.http.openapi;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A compact notation for JSON schemas, so that the contract stays readable: {@code string}, {@code
 * integer}, {@code number}, {@code boolean}, {@code object}, {@code date-time}, {@code date},
 * {@code A|B|C} (an enumeration), {@code #Ticket} (a component), {@code [T]} (an array of T) and
 * {@code {name:T, other:T}} (an object with these fields). A field written {@code name!:T} is
 * required.
 */
public final class Schemas {
  private Schemas() {}

  public static JsonObject spec(String spec) {
    String s = spec.trim();
    if (s.startsWith("#")) {
      return new JsonObject().put("$ref", "#/components/schemas/" + s.substring(1));
    }
    if (s.startsWith("[")) {
      return new JsonObject()
          .put("type", "array")
          .put("items", spec(s.substring(1, s.length() - 1)));
    }
    if (s.startsWith("{")) {
      return object(s.substring(1, s.length() - 1));
    }
    return switch (s) {
      case "string", "integer", "number", "boolean", "object" -> new JsonObject().put("type", s);
      case "date-time", "date" -> new JsonObject().put("type", "string").put("format", s);
      default ->
          s.contains("|")
              ? new JsonObject()
                  .put("type", "string")
                  .put("enum", new JsonArray(Arrays.asList(s.split("\\|"))))
              : new JsonObject().put("type", "string").put("description", s);
    };
  }

  /** An object schema from {@code name:T, name!:T …}. */
  static JsonObject object(String fields) {
    JsonObject props = new JsonObject();
    JsonArray required = new JsonArray();
    for (String f : split(fields)) {
      int colon = f.indexOf(':');
      String name = f.substring(0, colon).trim();
      if (name.endsWith("!")) {
        name = name.substring(0, name.length() - 1);
        required.add(name);
      }
      props.put(name, spec(f.substring(colon + 1)));
    }
    JsonObject o = new JsonObject().put("type", "object").put("properties", props);
    return required.isEmpty() ? o : o.put("required", required);
  }

  /** Splits on the commas outside brackets and braces. */
  private static List<String> split(String fields) {
    List<String> out = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < fields.length(); i++) {
      char c = fields.charAt(i);
      if (c == '{' || c == '[') {
        depth++;
      } else if (c == '}' || c == ']') {
        depth--;
      } else if (c == ',' && depth == 0) {
        add(out, fields.substring(start, i));
        start = i + 1;
      }
    }
    add(out, fields.substring(start));
    return out;
  }

  private static void add(List<String> out, String part) {
    if (!part.isBlank()) {
      out.add(part.trim());
    }
  }
}

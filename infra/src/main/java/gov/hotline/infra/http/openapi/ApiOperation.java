package gov.hotline.infra.http.openapi;

import gov.hotline.core.user.Role;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One operation of the API contract, written compactly: method, path ({@code /tickets/{id}}), tag,
 * Chinese summary, the roles that may call it, query parameters and the request/response schemas in
 * the field notation of {@link Schemas#spec}. Renders itself as an OpenAPI 3.1 operation object.
 */
public final class ApiOperation {
  private static final Pattern PATH_PARAM = Pattern.compile("\\{([A-Za-z]+)}");

  private final String method;
  private final String path;
  private final String tag;
  private final String summary;
  private final List<Role> roles;
  private final List<String> query = new ArrayList<>();
  private String description;
  private String body;
  private String response = "object";
  private int status = 200;
  private String mediaType = "application/json";
  private String multipartField;
  private boolean cityToken;

  private ApiOperation(String method, String path, String tag, String summary, Role... roles) {
    this.method = method;
    this.path = path;
    this.tag = tag;
    this.summary = summary;
    this.roles = List.of(roles);
  }

  static ApiOperation get(String path, String tag, String summary, Role... roles) {
    return new ApiOperation("get", path, tag, summary, roles);
  }

  static ApiOperation post(String path, String tag, String summary, Role... roles) {
    return new ApiOperation("post", path, tag, summary, roles);
  }

  static ApiOperation put(String path, String tag, String summary, Role... roles) {
    return new ApiOperation("put", path, tag, summary, roles);
  }

  static ApiOperation delete(String path, String tag, String summary, Role... roles) {
    return new ApiOperation("delete", path, tag, summary, roles);
  }

  /** Query parameters as {@code name} (string) or {@code name:type}. */
  ApiOperation query(String... params) {
    query.addAll(Arrays.asList(params));
    return this;
  }

  ApiOperation describe(String text) {
    this.description = text;
    return this;
  }

  /** The JSON request body, a component ({@code #NewTicket}) or inline fields. */
  ApiOperation body(String spec) {
    this.body = spec;
    return this;
  }

  /** A multipart/form-data request body with one file part named {@code field}. */
  ApiOperation multipart(String field) {
    this.multipartField = field;
    return this;
  }

  ApiOperation ok(String spec) {
    this.response = spec;
    return this;
  }

  ApiOperation ok(int code, String spec) {
    this.status = code;
    this.response = spec;
    return this;
  }

  /** Called by the city platform with its shared token, not by a logged-in user. */
  ApiOperation cityToken() {
    this.cityToken = true;
    return this;
  }

  /** Called with the city platform's token. */
  public boolean byCity() {
    return cityToken;
  }

  /** A response that is not JSON (recordings, downloads, the event stream). */
  ApiOperation media(String type) {
    this.mediaType = type;
    return this;
  }

  public String method() {
    return method;
  }

  public String path() {
    return path;
  }

  public List<Role> roles() {
    return roles;
  }

  /** No login needed. */
  public boolean open() {
    return roles.isEmpty();
  }

  JsonObject render() {
    JsonObject op =
        new JsonObject()
            .put("operationId", operationId())
            .put("summary", summary)
            .put("tags", new JsonArray().add(tag))
            .put("x-roles", new JsonArray(roles.stream().map(Role::name).toList()));
    if (description != null) {
      op.put("description", description);
    }
    op.put(
        "security",
        cityToken
            ? new JsonArray().add(new JsonObject().put("cityToken", new JsonArray()))
            : open()
                ? new JsonArray()
                : new JsonArray()
                    .add(new JsonObject().put("bearerAuth", new JsonArray()))
                    .add(new JsonObject().put("cookieAuth", new JsonArray())));
    JsonArray params = new JsonArray();
    Matcher m = PATH_PARAM.matcher(path);
    while (m.find()) {
      params.add(
          new JsonObject()
              .put("name", m.group(1))
              .put("in", "path")
              .put("required", true)
              .put("schema", new JsonObject().put("type", "string")));
    }
    for (String q : query) {
      String[] nt = q.split(":", 2);
      params.add(
          new JsonObject()
              .put("name", nt[0])
              .put("in", "query")
              .put("required", false)
              .put("schema", Schemas.spec(nt.length > 1 ? nt[1] : "string")));
    }
    if (!params.isEmpty()) {
      op.put("parameters", params);
    }
    if (multipartField != null) {
      op.put(
          "requestBody",
          new JsonObject()
              .put("required", true)
              .put(
                  "content",
                  new JsonObject()
                      .put(
                          "multipart/form-data",
                          new JsonObject()
                              .put(
                                  "schema",
                                  new JsonObject()
                                      .put("type", "object")
                                      .put("required", new JsonArray().add(multipartField))
                                      .put(
                                          "properties",
                                          new JsonObject()
                                              .put(
                                                  multipartField,
                                                  new JsonObject()
                                                      .put("type", "string")
                                                      .put("format", "binary")))))));
    }
    if (body != null) {
      op.put(
          "requestBody",
          new JsonObject()
              .put("required", true)
              .put(
                  "content",
                  new JsonObject()
                      .put(
                          "application/json", new JsonObject().put("schema", Schemas.spec(body)))));
    }
    JsonObject content =
        new JsonObject()
            .put(
                mediaType,
                new JsonObject()
                    .put(
                        "schema",
                        mediaType.equals("application/json")
                            ? Schemas.spec(response)
                            : new JsonObject().put("type", "string")));
    JsonObject responses =
        new JsonObject()
            .put(
                Integer.toString(status),
                new JsonObject().put("description", "成功").put("content", content))
            .put("4XX", new JsonObject().put("$ref", "#/components/responses/Error"));
    return op.put("responses", responses);
  }

  private String operationId() {
    StringBuilder b = new StringBuilder(method);
    for (String part : path.split("[/-]")) {
      if (part.isEmpty()) {
        continue;
      }
      String p = part.startsWith("{") ? "By" + part.substring(1, part.length() - 1) : part;
      b.append(Character.toUpperCase(p.charAt(0))).append(p.substring(1).replace("}", ""));
    }
    return b.toString().replace(".", "");
  }
}

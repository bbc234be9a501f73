package gov.hotline.infra.http.openapi;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The OpenAPI 3.1 document of {@code /api/v1}: every operation with its roles ({@code x-roles}).
 * The console generates its TypeScript types from it; {@code OpenApiContractTest} keeps it equal to
 * the routes mounted.
 */
public final class OpenApiDocument {
  private OpenApiDocument() {}

  public static List<ApiOperation> operations() {
    List<ApiOperation> ops = new ArrayList<>();
    ops.addAll(CoreOperations.all());
    ops.addAll(TelephonyOperations.all());
    ops.addAll(DispatchOperations.all());
    ops.addAll(ReportOperations.all());
    ops.addAll(AdminOperations.all());
    ops.addAll(PublicOperations.all());
    ops.addAll(CityOperations.all());
    return ops;
  }

  public static JsonObject build() {
    Map<String, JsonObject> paths = new TreeMap<>();
    for (ApiOperation op : operations()) {
      paths.computeIfAbsent(op.path(), p -> new JsonObject()).put(op.method(), op.render());
    }
    JsonObject pathsJson = new JsonObject();
    paths.forEach(pathsJson::put);
    JsonObject error =
        new JsonObject()
            .put("description", "请求有误、未登录（401）、无权限（403）、不存在（404）或冲突（409）")
            .put(
                "content",
                new JsonObject()
                    .put(
                        "application/json",
                        new JsonObject().put("schema", Schemas.spec("#Error"))));
    JsonObject security =
        new JsonObject()
            .put("bearerAuth", new JsonObject().put("type", "http").put("scheme", "bearer"))
            .put(
                "cityToken",
                new JsonObject()
                    .put("type", "http")
                    .put("scheme", "bearer")
                    .put("description", "市级平台共享令牌（HOTLINE_CITY_INBOUND_TOKEN）"))
            .put(
                "cookieAuth",
                new JsonObject()
                    .put("type", "apiKey")
                    .put("in", "cookie")
                    .put("name", "hotline_token"));
    return new JsonObject()
        .put("openapi", "3.1.0")
        .put(
            "info",
            new JsonObject()
                .put("title", "12345 政务服务便民热线平台 API")
                .put("version", "1")
                .put(
                    "description",
                    "除接口文档、登录和群众自助（/public）外，所有接口均需登录（Bearer 令牌或 HttpOnly Cookie），x-roles 列出允许的角色；"
                        + "错误统一为 {\"error\":{\"code\",\"message\"}}，message 为中文说明。"))
        .put("servers", new JsonArray().add(new JsonObject().put("url", "/api/v1")))
        .put(
            "security",
            new JsonArray()
                .add(new JsonObject().put("bearerAuth", new JsonArray()))
                .add(new JsonObject().put("cookieAuth", new JsonArray())))
        .put("paths", pathsJson)
        .put(
            "components",
            new JsonObject()
                .put("schemas", Components.schemas())
                .put("responses", new JsonObject().put("Error", error))
                .put("securitySchemes", security));
  }
}

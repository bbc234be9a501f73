package gov.hotline.infra.http.openapi;

import static gov.hotline.infra.http.openapi.ApiOperation.get;
import static gov.hotline.infra.http.openapi.ApiOperation.post;

import java.util.List;

/** The citizens' own intake (群众自助): no login, limited per client address. */
final class PublicOperations {
  private static final String LIMITED = "无需登录；按客户端地址限流，超限返回 429（中文提示，Retry-After 秒数）";

  private PublicOperations() {}

  static List<ApiOperation> all() {
    return List.of(
        get("/public/categories", "群众自助", "可选的问题分类（分类组及其二级分类）", Roles.OPEN)
            .describe(LIMITED)
            .ok("{items:[{id:string, name:string, children:[{id:string, name:string}]}]}"),
        post("/public/appeals", "群众自助", "群众自助提交诉求（网站、微信、留言板、APP），返回查询编号", Roles.OPEN)
            .describe(
                LIMITED
                    + "；Idempotency-Key 请求头或 30 分钟内相同手机号与内容视为重复提交，返回原查询编号（200，repeated=true）；"
                    + "照片凭 uploadToken 在 60 分钟内上传，每件最多 3 张")
            .body("#PublicAppeal")
            .ok(201, "#PublicAppealFiled"),
        post("/public/appeals/track", "群众自助", "凭查询编号和手机号码后四位查询办理进度与答复", Roles.OPEN)
            .describe(LIMITED + "；编号或后四位不符时统一返回 404，不区分哪一项有误")
            .body("{trackingNo!:string, phoneLast4!:string}")
            .ok("#CitizenProgress"),
        post("/public/appeals/rate", "群众自助", "对已答复的诉求评价（好差评，每件一次；差评自动生成整改）", Roles.OPEN)
            .describe(LIMITED)
            .body(
                "{trackingNo!:string, phoneLast4!:string,"
                    + " rating!:VERY_SATISFIED|SATISFIED|BASICALLY_SATISFIED|DISSATISFIED|VERY_DISSATISFIED,"
                    + " comment:string}")
            .ok("#CitizenProgress"),
        post(
                "/public/appeals/{trackingNo}/attachments",
                "群众自助",
                "为刚提交的诉求上传照片（multipart/form-data，字段 file；JPG/PNG/WebP，最大 5 MB；请求头 X-Upload-Token）",
                Roles.OPEN)
            .describe(LIMITED)
            .multipart("file")
            .ok(201, "{name:string, size:integer, mediaType:string}"));
  }
}

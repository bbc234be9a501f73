package gov.hotline.infra.http;

import static gov.hotline.infra.http.Requests.handle;

import gov.hotline.core.attachment.Attachment;
import gov.hotline.core.attachment.AttachmentService;
import gov.hotline.core.attachment.AttachmentType;
import gov.hotline.core.error.DomainException;
import gov.hotline.core.id.TicketId;
import gov.hotline.core.user.Actor;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.FileUpload;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * {@code /api/v1/tickets/{id}/attachments}: upload (multipart/form-data, one part named {@code
 * file}), list, download and thumbnail; every download is audited. Mounted before the ticket
 * actions, whose {@code /tickets/{id}/{action}} would otherwise take the upload.
 */
public final class AttachmentRoutes {
  private final AttachmentService attachments;

  public AttachmentRoutes(AttachmentService attachments) {
    this.attachments = attachments;
  }

  public void mount(Router api) {
    api.post("/tickets/:id/attachments").handler(handle(this::upload));
    api.get("/tickets/:id/attachments").handler(handle(this::list));
    api.get("/tickets/:id/attachments/:aid").handler(handle(this::download));
    api.get("/tickets/:id/attachments/:aid/thumbnail").handler(handle(this::thumbnail));
  }

  private void upload(RoutingContext ctx) {
    Actor actor = Requests.actor(ctx);
    TicketId id = new TicketId(Requests.longParam(ctx, "id", "工单"));
    String type = ctx.request().getHeader("Content-Type");
    if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
      throw DomainException.invalid(
          "MULTIPART_REQUIRED", "上传附件须使用 multipart/form-data，文件字段名为 file");
    }
    List<FileUpload> files =
        ctx.fileUploads().stream().filter(f -> "file".equals(f.name())).toList();
    if (files.size() != 1) {
      throw DomainException.invalid("ONE_FILE", "每次上传一个附件（字段名 file）");
    }
    FileUpload f = files.getFirst();
    if (f.size() > attachments.maxBytes()) {
      throw attachments.tooLarge();
    }
    byte[] content;
    try {
      content = Files.readAllBytes(Path.of(f.uploadedFileName()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Attachment a = attachments.upload(id, actor, f.fileName(), content);
    Audited.record(
        ctx, "ATTACHMENT_UPLOAD", target(a), "SUCCESS", a.type().mediaType() + " " + a.size());
    Requests.json(ctx, 201, json(a));
  }

  private void list(RoutingContext ctx) {
    Actor actor = Requests.actor(ctx);
    TicketId id = new TicketId(Requests.longParam(ctx, "id", "工单"));
    Requests.ok(ctx, new JsonObject().put("items", array(attachments.list(id, actor))));
  }

  private void download(RoutingContext ctx) {
    Actor actor = Requests.actor(ctx);
    TicketId id = new TicketId(Requests.longParam(ctx, "id", "工单"));
    AttachmentService.Content c =
        attachments.download(id, Requests.longParam(ctx, "aid", "附件"), actor);
    Attachment a = c.attachment();
    Audited.record(ctx, "ATTACHMENT_DOWNLOAD", target(a), "SUCCESS", a.displayName());
    // images and PDF open in the browser; Office files download; the browser never guesses the type
    String disposition =
        a.type().image() || a.type() == AttachmentType.PDF ? "inline" : "attachment";
    ctx.response()
        .putHeader("Content-Type", a.type().mediaType())
        .putHeader("X-Content-Type-Options", "nosniff")
        .putHeader("Content-Security-Policy", "default-src 'none'; sandbox")
        .putHeader("Cache-Control", "private, no-store")
        .putHeader("Content-Disposition", disposition(disposition, a))
        .putHeader("ETag", "\"" + a.sha256() + "\"")
        .end(Buffer.buffer(c.bytes()));
  }

  private void thumbnail(RoutingContext ctx) {
    Actor actor = Requests.actor(ctx);
    TicketId id = new TicketId(Requests.longParam(ctx, "id", "工单"));
    byte[] jpeg =
        attachments
            .thumbnail(id, Requests.longParam(ctx, "aid", "附件"), actor)
            .orElseThrow(() -> DomainException.notFound("NO_THUMBNAIL", "该附件没有缩略图"));
    ctx.response()
        .putHeader("Content-Type", "image/jpeg")
        .putHeader("X-Content-Type-Options", "nosniff")
        .putHeader("Cache-Control", "private, max-age=3600")
        .end(Buffer.buffer(jpeg));
  }

  /** An ASCII fallback name (附件 id and extension) and the safe display name in RFC 5987 form. */
  static String disposition(String kind, Attachment a) {
    String ascii = "attachment-" + a.id() + "." + a.type().extension();
    String utf8 = URLEncoder.encode(a.displayName(), StandardCharsets.UTF_8).replace("+", "%20");
    return kind + "; filename=\"" + ascii + "\"; filename*=UTF-8''" + utf8;
  }

  static JsonArray array(List<Attachment> list) {
    JsonArray out = new JsonArray();
    list.forEach(a -> out.add(json(a)));
    return out;
  }

  static JsonObject json(Attachment a) {
    String base = "/api/v1/tickets/" + a.ticketId().value() + "/attachments/" + a.id();
    return new JsonObject()
        .put("id", a.id())
        .put("ticketId", a.ticketId().value())
        .put("name", a.displayName())
        .put("mediaType", a.type().mediaType())
        .put("typeLabel", a.type().label())
        .put("image", a.type().image())
        .put("size", a.size())
        .put("sha256", a.sha256())
        .put("purpose", a.purpose().name())
        .put("purposeLabel", a.purpose().label())
        .put("uploadedAt", a.uploadedAt().toString())
        .put(
            "uploadedBy",
            new JsonObject()
                .put("id", a.uploadedBy().userId().value())
                .put("username", a.uploadedBy().username())
                .put("role", a.uploadedBy().role().name())
                .put("unitId", a.uploadedBy().unitId().value()))
        .put("url", base)
        .put("thumbnailUrl", a.hasThumbnail() ? base + "/thumbnail" : null);
  }

  private static String target(Attachment a) {
    return "ticket " + a.ticketId().value() + " attachment " + a.id();
  }
}

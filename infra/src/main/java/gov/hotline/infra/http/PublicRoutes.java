package gov.hotline.infra.http;

import static gov.hotline.infra.http.Requests.handle;

import gov.hotline.core.attachment.AttachmentType;
import gov.hotline.core.category.Category;
import gov.hotline.core.citizen.CitizenIntake;
import gov.hotline.core.error.DomainException;
import gov.hotline.core.error.ErrorKind;
import gov.hotline.core.event.EventAddresses;
import gov.hotline.core.port.ReferenceData;
import gov.hotline.core.rating.Rating;
import gov.hotline.core.ticket.AppealType;
import gov.hotline.core.ticket.Channel;
import gov.hotline.core.ticket.NewTicket;
import gov.hotline.core.user.Actor;
import io.vertx.core.eventbus.EventBus;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.FileUpload;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * {@code /api/v1/public}: the citizens' own intake (群众自助), without login — categories to choose
 * from, filing an appeal with photos, tracking it with the tracking number and the phone's last
 * four digits, and rating the answer (好差评). Mounted before authentication. Every route is limited
 * per client address ({@link PublicRateLimit}: 429 in Chinese with {@code Retry-After}); texts are
 * stored as typed and only ever sent back as JSON text, never as markup.
 */
public final class PublicRoutes {
  /** Photos a citizen may add to one appeal, within {@link #UPLOAD_WINDOW_MINUTES} of filing. */
  public static final int MAX_PHOTOS = 3;

  public static final long MAX_PHOTO_BYTES = 5L * 1024 * 1024;
  static final long UPLOAD_WINDOW_MINUTES = 60;

  /**
   * The limits per client address ({@code clients} resolves it behind trusted proxies: these routes
   * run before the authentication that resolves it for the others).
   */
  public record Limits(
      ClientAddress clients,
      PublicRateLimit filing,
      PublicRateLimit tracking,
      PublicRateLimit uploads) {}

  private final CitizenIntake intake;
  private final PublicUploads uploads;
  private final ReferenceData reference;
  private final EventBus bus;
  private final Limits limits;

  public PublicRoutes(
      CitizenIntake intake,
      PublicUploads uploads,
      ReferenceData reference,
      EventBus bus,
      Limits limits) {
    this.intake = intake;
    this.uploads = uploads;
    this.reference = reference;
    this.bus = bus;
    this.limits = limits;
  }

  public void mount(Router api) {
    api.route("/public/*").handler(limits.clients()::resolve);
    api.get("/public/categories").handler(handle(this::categories));
    api.post("/public/appeals").handler(handle(this::file));
    api.post("/public/appeals/track").handler(handle(this::track));
    api.post("/public/appeals/rate").handler(handle(this::rate));
    api.post("/public/appeals/:trackingNo/attachments").handler(handle(this::upload));
  }

  private void categories(RoutingContext ctx) {
    limits.tracking().acquire(client(ctx));
    JsonArray groups = new JsonArray();
    List<Category> all = reference.categories().stream().filter(Category::active).toList();
    for (Category g : all) {
      if (g.parentId() != null) {
        continue;
      }
      JsonArray children = new JsonArray();
      all.stream()
          .filter(c -> g.id().equals(c.parentId()))
          .forEach(
              c -> children.add(new JsonObject().put("id", c.id().value()).put("name", c.name())));
      if (!children.isEmpty()) {
        groups.add(
            new JsonObject()
                .put("id", g.id().value())
                .put("name", g.name())
                .put("children", children));
      }
    }
    Requests.ok(ctx, new JsonObject().put("items", groups));
  }

  private void file(RoutingContext ctx) {
    String client = client(ctx);
    limits.filing().acquire(client);
    JsonInput in = JsonInput.parse(ctx.body().buffer());
    Channel channel = in.enumValue("channel", Channel.class, "来源渠道");
    AppealType type = in.enumValue("appealType", AppealType.class, "诉求类型");
    NewTicket n =
        NewTicket.of(
            channel == null ? Channel.WEB : channel,
            in.text("name"),
            in.text("phone"),
            in.text("address"),
            type == null ? AppealType.HELP : type,
            in.text("categoryId"),
            null,
            in.text("content"),
            null,
            false);
    CitizenIntake.Filed f = intake.file(n, ctx.request().getHeader("Idempotency-Key"), client);
    if (!f.repeated()) {
      bus.publish(EventAddresses.of(f.event()), f.event());
    }
    ctx.response().putHeader("Idempotent-Replayed", Boolean.toString(f.repeated()));
    Requests.json(
        ctx,
        f.repeated() ? 200 : 201,
        new JsonObject()
            .put("trackingNo", f.trackingNo().display())
            .put("filedAt", f.filedAt().toString())
            .put("repeated", f.repeated())
            .put("uploadToken", uploads.token(f.trackingNo()))
            .put("maxPhotos", MAX_PHOTOS)
            .put(
                "message",
                f.repeated() ? "您已提交过相同的诉求，无需重复提交；查询编号不变" : "提交成功，请记下查询编号，凭编号和手机号码后四位查询办理进度"));
  }

  private void track(RoutingContext ctx) {
    limits.tracking().acquire(client(ctx));
    JsonInput in = JsonInput.parse(ctx.body().buffer());
    Requests.ok(
        ctx, CitizenJson.progress(intake.track(in.text("trackingNo"), in.text("phoneLast4"))));
  }

  private void rate(RoutingContext ctx) {
    limits.tracking().acquire(client(ctx));
    JsonInput in = JsonInput.parse(ctx.body().buffer());
    Rating rating = in.enumValue("rating", Rating.class, "评价");
    Requests.ok(
        ctx,
        CitizenJson.progress(
            intake.rate(in.text("trackingNo"), in.text("phoneLast4"), rating, in.text("comment"))));
  }

  private void upload(RoutingContext ctx) {
    limits.uploads().acquire(client(ctx));
    String type = ctx.request().getHeader("Content-Type");
    if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
      throw DomainException.invalid(
          "MULTIPART_REQUIRED", "上传照片须使用 multipart/form-data，文件字段名为 file");
    }
    List<FileUpload> files =
        ctx.fileUploads().stream().filter(f -> "file".equals(f.name())).toList();
    if (files.size() != 1) {
      throw DomainException.invalid("ONE_FILE", "每次上传一张照片（字段名 file）");
    }
    FileUpload f = files.getFirst();
    if (f.size() > MAX_PHOTO_BYTES) {
      throw new DomainException(
          ErrorKind.TOO_LARGE,
          "PHOTO_TOO_LARGE",
          "照片超过大小限制（最大 " + MAX_PHOTO_BYTES / (1024 * 1024) + " MB）");
    }
    byte[] content;
    try {
      content = Files.readAllBytes(Path.of(f.uploadedFileName()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (!AttachmentType.sniff(content).map(AttachmentType::image).orElse(false)) {
      throw DomainException.invalid("PHOTO_TYPE_UNSUPPORTED", "只能上传 JPG、PNG 或 WebP 格式的照片");
    }
    var a =
        uploads.add(
            ctx.pathParam("trackingNo"),
            ctx.request().getHeader("X-Upload-Token"),
            f.fileName(),
            content);
    Requests.json(
        ctx,
        201,
        new JsonObject()
            .put("name", a.displayName())
            .put("size", a.size())
            .put("mediaType", a.type().mediaType()));
  }

  private static String client(RoutingContext ctx) {
    return Requests.client(ctx);
  }

  /** Who the public page acts as in the history: {@code citizen} of the hotline centre. */
  public static Supplier<Actor> citizenOf(ReferenceData reference) {
    return () -> CitizenJson.citizen(reference.orgTree());
  }
}

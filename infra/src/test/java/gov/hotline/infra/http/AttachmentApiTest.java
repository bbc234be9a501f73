package gov.hotline.infra.http;

import static org.assertj.core.api.Assertions.assertThat;

import gov.hotline.infra.support.ApiClient;
import gov.hotline.infra.support.RunningServer;
import gov.hotline.infra.support.TicketIntake;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Attachments over HTTP: photos and documents accepted by their content, disguised and oversized
 * files refused in Chinese, names made safe, content under the data directory by SHA-256, other
 * units kept out, downloads audited.
 */
@Tag("db")
class AttachmentApiTest {
  private static RunningServer server;
  private static ApiClient api;
  private static String agent;
  private static String dispatcher;
  private static String handler;
  private static String otherHandler;
  private static String admin;

  @BeforeAll
  static void start() {
    server = RunningServer.demo("attachment_api");
    api = server.client();
    agent = api.login("agent1", "hotline");
    dispatcher = api.login("dispatcher1", "hotline");
    handler = api.login("handler1", "hotline");
    otherHandler = api.login("handler2", "hotline");
    admin = api.login("admin", "hotline");
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  /** A complaint dispatched to 清河街道 (handler1's street). */
  private static long dispatchedToQinghe() {
    long id = TicketIntake.fromAnning().content("来电人反映小区路灯损坏").create(api, agent);
    assertThat(api.post("/api/v1/tickets/" + id + "/submit", agent, new JsonObject()).status())
        .isEqualTo(200);
    assertThat(
            api.post(
                    "/api/v1/tickets/" + id + "/dispatch",
                    dispatcher,
                    new JsonObject().put("leadUnitId", "STR_QH"))
                .status())
        .isEqualTo(200);
    return id;
  }

  private static byte[] png(int w, int h) {
    BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    var g = img.createGraphics();
    g.setColor(Color.ORANGE);
    g.fillRect(0, 0, w, h);
    g.dispose();
    var out = new ByteArrayOutputStream();
    try {
      ImageIO.write(img, "png", out);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return out.toByteArray();
  }

  private static byte[] zip(String... entries) throws IOException {
    var out = new ByteArrayOutputStream();
    try (var zip = new ZipOutputStream(out)) {
      for (String e : entries) {
        zip.putNextEntry(new ZipEntry(e));
        zip.write("<xml/>".getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }

  private static String base(long id) {
    return "/api/v1/tickets/" + id + "/attachments";
  }

  @Test
  void aPhotoUploadedByTheAgentIsListedWithTheTicketAndHasAThumbnail() throws IOException {
    long id = dispatchedToQinghe();
    byte[] photo = png(800, 600);

    var r = api.upload(base(id), agent, "file", "路灯照片.png", "image/png", photo);

    assertThat(r.status()).as(r.body()).isEqualTo(201);
    JsonObject a = r.json();
    assertThat(a.getString("name")).isEqualTo("路灯照片.png");
    assertThat(a.getString("mediaType")).isEqualTo("image/png");
    assertThat(a.getString("purpose")).isEqualTo("APPEAL");
    assertThat(a.getLong("size")).isEqualTo(photo.length);
    assertThat(a.getString("sha256")).isEqualTo(sha256(photo));
    JsonArray listed = api.get("/api/v1/tickets/" + id, handler).json().getJsonArray("attachments");
    assertThat(listed).hasSize(1);
    assertThat(listed.getJsonObject(0).getLong("id")).isEqualTo(a.getLong("id"));

    var thumb = api.getBytes(a.getString("thumbnailUrl"), handler);
    assertThat(thumb.status()).isEqualTo(200);
    assertThat(thumb.header("content-type")).isEqualTo("image/jpeg");
    BufferedImage t = ImageIO.read(new ByteArrayInputStream(thumb.body()));
    assertThat(Math.max(t.getWidth(), t.getHeight())).isEqualTo(240);
  }

  @Test
  void theUnitsProofOfHandlingIsDownloadedAsStoredWithSafeHeaders() throws IOException {
    long id = dispatchedToQinghe();
    byte[] docx = zip("[Content_Types].xml", "_rels/.rels", "word/document.xml");

    JsonObject a =
        api.upload(base(id), handler, "file", "办理情况说明.docx", "application/octet-stream", docx)
            .json();
    var d = api.getBytes(a.getString("url"), agent);

    assertThat(a.getString("purpose")).isEqualTo("HANDLING");
    assertThat(a.getString("thumbnailUrl")).isNull();
    assertThat(d.status()).isEqualTo(200);
    assertThat(d.body()).isEqualTo(docx);
    assertThat(d.header("content-type"))
        .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    assertThat(d.header("x-content-type-options")).isEqualTo("nosniff");
    assertThat(d.header("content-disposition"))
        .startsWith(
            "attachment; filename=\"attachment-" + a.getLong("id") + ".docx\"; filename*=UTF-8''")
        .contains("%E5%8A%9E%E7%90%86");
  }

  @Test
  void aJpgThatIsReallyAProgramOrAPageIsRefusedInChinese() {
    long id = dispatchedToQinghe();
    byte[] exe = new byte[512];
    exe[0] = 'M';
    exe[1] = 'Z';
    byte[] html = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);

    var asExe = api.upload(base(id), agent, "file", "photo.jpg", "image/jpeg", exe);
    var asHtml = api.upload(base(id), agent, "file", "photo.jpg", "image/jpeg", html);
    var otherZip =
        api.upload(
            base(id),
            agent,
            "file",
            "report.docx",
            "application/octet-stream",
            zipQuietly("evil.sh"));

    for (var r : List.of(asExe, asHtml, otherZip)) {
      assertThat(r.status()).isEqualTo(400);
      assertThat(r.errorCode()).isEqualTo("ATTACHMENT_TYPE_UNSUPPORTED");
      assertThat(r.errorMessage()).startsWith("附件类型不受支持");
    }
    assertThat(api.get(base(id), agent).json().getJsonArray("items")).isEmpty();
  }

  @Test
  void aFileOverTenMegabytesIsRefusedAndNothingIsStored() {
    long id = dispatchedToQinghe();
    byte[] big = new byte[10 * 1024 * 1024 + 1];
    System.arraycopy(png(4, 4), 0, big, 0, 8);

    var justOver = api.upload(base(id), agent, "file", "big.png", "image/png", big);
    var farOver =
        api.upload(base(id), agent, "file", "huge.png", "image/png", new byte[12 * 1024 * 1024]);

    assertThat(justOver.status()).isEqualTo(413);
    assertThat(justOver.errorCode()).isEqualTo("ATTACHMENT_TOO_LARGE");
    assertThat(justOver.errorMessage()).isEqualTo("附件超过大小限制（最大 10 MB）");
    assertThat(farOver.status()).isEqualTo(413);
    assertThat(api.get(base(id), agent).json().getJsonArray("items")).isEmpty();
  }

  @Test
  void anotherUnitsHandlerMayNeitherSeeNorAddAttachments() {
    long id = dispatchedToQinghe();
    JsonObject a = api.upload(base(id), agent, "file", "a.png", "image/png", png(10, 10)).json();

    assertThat(api.getBytes(a.getString("url"), otherHandler).status()).isEqualTo(403);
    assertThat(api.get(base(id), otherHandler).status()).isEqualTo(403);
    assertThat(api.getBytes(a.getString("thumbnailUrl"), otherHandler).status()).isEqualTo(403);
    var upload = api.upload(base(id), otherHandler, "file", "b.png", "image/png", png(10, 10));
    assertThat(upload.status()).isEqualTo(403);
    assertThat(upload.errorMessage()).contains("无权");
    assertThat(api.getBytes(base(id) + "/" + a.getLong("id"), handler).status()).isEqualTo(200);
    assertThat(api.getBytes(base(id) + "/999999", handler).status()).isEqualTo(404);
  }

  @Test
  void aNameWithPathTricksIsStoredByItsHashOnlyAndShownWithoutThePath() throws IOException {
    long id = dispatchedToQinghe();
    byte[] photo = png(33, 17);

    var r =
        api.upload(
            base(id), agent, "file", "../../../etc/cron.d/x\u0007<b>.png", "image/png", photo);
    var windows =
        api.upload(base(id), agent, "file", "C:\\Windows\\..\\evil.exe", "image/png", png(5, 5));

    assertThat(r.status()).as(r.body()).isEqualTo(201);
    assertThat(r.json().getString("name")).isEqualTo("x__b_.png");
    assertThat(windows.json().getString("name")).isEqualTo("evil.png");
    Path root = server.app().config().dataDir().resolve("attachments");
    String sha = sha256(photo);
    assertThat(root.resolve(sha.substring(0, 2)).resolve(sha + ".bin"))
        .exists()
        .hasBinaryContent(photo);
    try (Stream<Path> files = Files.walk(root)) {
      assertThat(files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()))
          .allMatch(n -> n.matches("[0-9a-f]{64}(\\.bin|\\.thumb\\.jpg)"));
    }
  }

  @Test
  void everyDownloadIsAudited() {
    long id = dispatchedToQinghe();
    JsonObject a = api.upload(base(id), agent, "file", "a.png", "image/png", png(12, 12)).json();
    String target = "ticket " + id + " attachment " + a.getLong("id");

    api.getBytes(a.getString("url"), handler);
    api.getBytes(a.getString("url"), dispatcher);

    JsonArray rows =
        api.get("/api/v1/admin/audit?action=ATTACHMENT_DOWNLOAD&size=200", admin)
            .json()
            .getJsonArray("items");
    assertThat(
            rows.stream()
                .map(o -> (JsonObject) o)
                .filter(o -> target.equals(o.getString("target")))
                .map(o -> o.getString("actor")))
        .containsExactlyInAnyOrder("handler1", "dispatcher1");
  }

  @Test
  void anUploadThatIsNotMultipartIsRefusedInChinese() {
    long id = dispatchedToQinghe();

    var r = api.post(base(id), agent, new JsonObject().put("file", "x"));

    assertThat(r.status()).isEqualTo(400);
    assertThat(r.errorCode()).isEqualTo("MULTIPART_REQUIRED");
  }

  private static byte[] zipQuietly(String... entries) {
    try {
      return zip(entries);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String sha256(byte[] b) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}

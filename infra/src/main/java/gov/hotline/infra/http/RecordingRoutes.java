package gov.hotline.infra.http;

import static gov.hotline.infra.http.Requests.handle;

import gov.hotline.core.error.DomainException;
import gov.hotline.core.user.Actor;
import gov.hotline.core.user.Role;
import gov.hotline.telephony.domain.Playback;
import gov.hotline.telephony.domain.RecordingDay;
import gov.hotline.telephony.service.RecordingService;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recording playback (录音调听) with HTTP Range requests, for team leads, managers and admins only
 * (every request is audited by the service), and the daily recording check (录音核对).
 */
public final class RecordingRoutes {
  private static final Pattern RANGE = Pattern.compile("bytes=(\\d*)-(\\d*)");

  private final RecordingService recordings;
  private final ZoneId zone;

  public RecordingRoutes(RecordingService recordings, ZoneId zone) {
    this.recordings = recordings;
    this.zone = zone;
  }

  public void mount(Router api) {
    api.get("/calls/:id/recording").handler(handle(this::stream));
    api.get("/recordings/day").handler(handle(this::day));
  }

  private void stream(RoutingContext ctx) {
    Actor actor = Requests.actor(ctx);
    String id = ctx.pathParam("id");
    if (id.length() > 64) {
      throw DomainException.notFound("CALL_NOT_FOUND", "通话不存在");
    }
    String range = ctx.request().getHeader("Range");
    Playback p =
        recordings.open(
            id, actor, range == null ? null : range.substring(0, Math.min(100, range.length())));
    Audited.record(ctx, "RECORDING_PLAY", "call " + CallJson.safeId(id), "SUCCESS", range);
    long size = p.sizeBytes();
    var res =
        ctx.response()
            .putHeader("Content-Type", "audio/wav")
            .putHeader("Accept-Ranges", "bytes")
            .putHeader("Cache-Control", "private, no-store")
            .putHeader(
                "Content-Disposition",
                "inline; filename=\"recording-"
                    + CallJson.safeId(id)
                    + ".wav\"; filename*=UTF-8''"
                    + URLEncoder.encode(CallJson.downloadName(id), StandardCharsets.UTF_8));
    if (p.sha256() != null) {
      res.putHeader("ETag", "\"" + p.sha256() + "\"");
    }
    long[] r = range == null ? null : parse(range, size);
    if (r == null) {
      res.setStatusCode(200);
      res.sendFile(p.path().toString());
      return;
    }
    if (r.length == 0) {
      res.putHeader("Content-Range", "bytes */" + size);
      ApiErrors.send(ctx, 416, "RANGE_NOT_SATISFIABLE", "请求的字节范围超出录音文件大小（" + size + " 字节）");
      return;
    }
    res.setStatusCode(206).putHeader("Content-Range", "bytes " + r[0] + "-" + r[1] + "/" + size);
    res.sendFile(p.path().toString(), r[0], r[1] - r[0] + 1);
  }

  /**
   * One byte range as {@code [first, last]}; null to send the whole file (no usable Range, several
   * ranges); an empty array when the range cannot be satisfied.
   */
  static long[] parse(String header, long size) {
    Matcher m = RANGE.matcher(header.trim());
    if (!m.matches() || m.group(1).isEmpty() && m.group(2).isEmpty()) {
      return null;
    }
    try {
      if (m.group(1).isEmpty()) {
        long suffix = Long.parseLong(m.group(2));
        return suffix == 0 || size == 0
            ? new long[0]
            : new long[] {Math.max(0, size - suffix), size - 1};
      }
      long first = Long.parseLong(m.group(1));
      long last = m.group(2).isEmpty() ? size - 1 : Math.min(size - 1, Long.parseLong(m.group(2)));
      return first >= size || last < first ? new long[0] : new long[] {first, last};
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private void day(RoutingContext ctx) {
    Actor actor = Requests.requireRole(ctx, Role.TEAM_LEAD, Role.MANAGER, Role.ADMIN);
    Paging paging = Paging.of(ctx, Paging.MAX_SIZE, "date");
    String v = Requests.query(ctx, "date");
    LocalDate day = v == null ? LocalDate.now(zone) : JsonInput.parseDate(v, "date", "日期");
    RecordingDay d = recordings.day(day, zone);
    JsonArray problems = new JsonArray();
    paging
        .slice(d.problems())
        .forEach(
            p ->
                problems.add(
                    new JsonObject()
                        .put("callId", p.callId())
                        .put("callerNumber", CallJson.phone(p.callerNumber(), actor))
                        .put("agentInterface", p.agentInterface())
                        .put("file", CallJson.fileName(p.file(), p.callId(), actor))
                        .put("status", p.status())));
    Requests.ok(
        ctx,
        new JsonObject()
            .put("date", d.day().toString())
            .put("callsNeedingRecording", d.callsNeedingRecording())
            .put("verified", d.verified())
            .put("page", paging.page())
            .put("size", paging.size())
            .put("problemCount", d.problems().size())
            .put("problems", problems));
  }
}

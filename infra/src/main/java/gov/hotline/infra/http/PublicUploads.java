package gov.hotline.infra.http;

import gov.hotline.core.attachment.Attachment;
import gov.hotline.core.attachment.AttachmentService;
import gov.hotline.core.citizen.CitizenAppeal;
import gov.hotline.core.citizen.TrackingNo;
import gov.hotline.core.error.DomainException;
import gov.hotline.core.error.ErrorKind;
import gov.hotline.core.port.Transactions;
import gov.hotline.core.user.Actor;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.function.Supplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Photos a citizen adds to an appeal just filed: only with the upload token the filing answered (an
 * HMAC of the tracking number under a server secret, so nothing more is stored and another appeal's
 * number is of no use), only images, at most {@link PublicRoutes#MAX_PHOTOS}, and only within
 * {@link PublicRoutes#UPLOAD_WINDOW_MINUTES} minutes of filing. The files go through the ticket
 * attachments' own checks (content sniffing, size, count).
 */
public final class PublicUploads {
  private final SecretKeySpec key;
  private final Transactions tx;
  private final AttachmentService attachments;
  private final Supplier<Actor> citizen;
  private final Clock clock;

  public PublicUploads(
      String secret,
      Transactions tx,
      AttachmentService attachments,
      Supplier<Actor> citizen,
      Clock clock) {
    this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    this.tx = tx;
    this.attachments = attachments;
    this.citizen = citizen;
    this.clock = clock;
  }

  /** The upload token of an appeal. */
  String token(TrackingNo no) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      byte[] d = mac.doFinal(("upload:" + no.value()).getBytes(StandardCharsets.US_ASCII));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(d).substring(0, 32);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  Attachment add(String trackingNo, String token, String fileName, byte[] content) {
    TrackingNo no = TrackingNo.parse(trackingNo);
    byte[] expected = token(no).getBytes(StandardCharsets.US_ASCII);
    byte[] given = token == null ? new byte[0] : token.strip().getBytes(StandardCharsets.US_ASCII);
    if (!MessageDigest.isEqual(expected, given)) {
      throw new DomainException(
          ErrorKind.FORBIDDEN, "INVALID_UPLOAD_TOKEN", "上传凭证无效：请在提交诉求的页面上传照片");
    }
    CitizenAppeal a =
        tx.inTransaction(r -> r.citizenAppeals().byTrackingNo(no))
            .orElseThrow(() -> DomainException.notFound("TRACKING_NOT_FOUND", "诉求不存在"));
    if (clock
        .instant()
        .isAfter(a.filedAt().plus(Duration.ofMinutes(PublicRoutes.UPLOAD_WINDOW_MINUTES)))) {
      throw DomainException.conflict(
          "UPLOAD_WINDOW_CLOSED",
          "提交诉求 " + PublicRoutes.UPLOAD_WINDOW_MINUTES + " 分钟后不能再补充照片，如需补充请拨打 12345");
    }
    Actor me = citizen.get();
    long mine =
        attachments.list(a.ticketId(), me).stream()
            .filter(x -> x.uploadedBy().username().equals(me.username()))
            .count();
    if (mine >= PublicRoutes.MAX_PHOTOS) {
      throw DomainException.conflict(
          "TOO_MANY_PHOTOS", "每件诉求最多上传 " + PublicRoutes.MAX_PHOTOS + " 张照片");
    }
    return attachments.upload(a.ticketId(), me, fileName, content);
  }
}

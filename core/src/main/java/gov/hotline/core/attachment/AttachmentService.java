package gov.hotline.core.attachment;

import gov.hotline.core.error.DomainException;
import gov.hotline.core.error.ErrorKind;
import gov.hotline.core.id.TicketId;
import gov.hotline.core.port.AttachmentFiles;
import gov.hotline.core.port.ReferenceData;
import gov.hotline.core.port.Repositories;
import gov.hotline.core.port.Transactions;
import gov.hotline.core.ticket.Ticket;
import gov.hotline.core.ticket.TicketAccess;
import gov.hotline.core.user.Actor;
import gov.hotline.core.user.Role;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Attachments of tickets and replies (附件): who may add and see them, which files are accepted,
 * where they go. Anyone who may see the ticket (the same rule as reading it) may list and download
 * its attachments; agents, team leads, dispatchers and the ticket's units may add files while the
 * ticket is open. A file is accepted by its content ({@link AttachmentType#sniff}), up to {@code
 * maxBytes}, at most {@value #MAX_PER_TICKET} per ticket.
 */
public final class AttachmentService {
  public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;
  public static final int MAX_PER_TICKET = 30;
  static final Set<Role> UPLOADERS =
      Set.of(Role.AGENT, Role.TEAM_LEAD, Role.DISPATCHER, Role.UNIT_HANDLER);
  static final String UNSUPPORTED = "附件类型不受支持（仅限 JPG、PNG、WebP 图片，PDF，Word .docx 和 Excel .xlsx 文件）";

  private final Transactions tx;
  private final AttachmentFiles files;
  private final ReferenceData reference;
  private final Clock clock;
  private final long maxBytes;

  /** A download: the metadata and the content. */
  public record Content(Attachment attachment, byte[] bytes) {}

  public AttachmentService(
      Transactions tx, AttachmentFiles files, ReferenceData reference, Clock clock, long maxBytes) {
    this.tx = tx;
    this.files = files;
    this.reference = reference;
    this.clock = clock;
    this.maxBytes = maxBytes;
  }

  public long maxBytes() {
    return maxBytes;
  }

  /**
   * Adds {@code content} (uploaded as {@code uploadedName}) to the ticket; refusals before anything
   * is stored.
   */
  public Attachment upload(TicketId id, Actor actor, String uploadedName, byte[] content) {
    if (!UPLOADERS.contains(actor.role())) {
      throw DomainException.forbidden("当前角色（" + actor.role().label() + "）无权上传附件");
    }
    Ticket t = visibleTicket(id, actor);
    if (!t.status().open()) {
      throw DomainException.conflict("TICKET_NOT_OPEN", "工单" + t.status().label() + "，不能再添加附件");
    }
    if (content.length == 0) {
      throw DomainException.invalid("ATTACHMENT_EMPTY", "附件内容为空");
    }
    if (content.length > maxBytes) {
      throw tooLarge();
    }
    AttachmentType type =
        AttachmentType.sniff(content)
            .orElseThrow(() -> DomainException.invalid("ATTACHMENT_TYPE_UNSUPPORTED", UNSUPPORTED));
    String sha = sha256(content);
    if (tx.inTransaction(r -> r.attachments().ofTicket(id).size()) >= MAX_PER_TICKET) {
      throw DomainException.conflict("TOO_MANY_ATTACHMENTS", "每张工单最多 " + MAX_PER_TICKET + " 个附件");
    }
    boolean thumbnail =
        files.store(
            sha, type, content); // named by content: a file left by a failed insert is harmless
    Attachment a =
        new Attachment(
            0,
            id,
            sha,
            type,
            content.length,
            SafeNames.of(uploadedName, type),
            actor.role() == Role.UNIT_HANDLER
                ? AttachmentPurpose.HANDLING
                : AttachmentPurpose.APPEAL,
            thumbnail,
            clock.instant(),
            actor);
    return a.withId(tx.inTransaction(r -> r.attachments().insert(a)));
  }

  /** The refusal of a file over the limit, in words. */
  public DomainException tooLarge() {
    return new DomainException(
        ErrorKind.TOO_LARGE,
        "ATTACHMENT_TOO_LARGE",
        "附件超过大小限制（最大 " + (maxBytes / (1024 * 1024)) + " MB）");
  }

  public List<Attachment> list(TicketId id, Actor actor) {
    visibleTicket(id, actor);
    return tx.inTransaction(r -> r.attachments().ofTicket(id));
  }

  public Content download(TicketId id, long attachmentId, Actor actor) {
    Attachment a = find(id, attachmentId, actor);
    return new Content(a, files.read(a.sha256()));
  }

  /** The image's thumbnail (JPEG), when one could be made. */
  public Optional<byte[]> thumbnail(TicketId id, long attachmentId, Actor actor) {
    Attachment a = find(id, attachmentId, actor);
    return a.hasThumbnail() ? files.thumbnail(a.sha256()) : Optional.empty();
  }

  private Attachment find(TicketId id, long attachmentId, Actor actor) {
    visibleTicket(id, actor);
    return tx.inTransaction(r -> r.attachments().find(id, attachmentId))
        .orElseThrow(
            () -> DomainException.notFound("ATTACHMENT_NOT_FOUND", "附件不存在：" + attachmentId));
  }

  private Ticket visibleTicket(TicketId id, Actor actor) {
    Ticket t =
        tx.inTransaction((Repositories r) -> r.tickets().find(id))
            .orElseThrow(() -> DomainException.notFound("TICKET_NOT_FOUND", "工单不存在：" + id));
    new TicketAccess(reference.orgTree()).requireView(actor, t);
    return t;
  }

  static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}

package gov.hotline.infra.db.core;

import static gov.hotline.infra.db.Times.instant;
import static gov.hotline.infra.db.Times.offset;
import static gov.hotline.infra.db.schema.core.Tables.TICKET_ATTACHMENT;

import gov.hotline.core.attachment.Attachment;
import gov.hotline.core.attachment.AttachmentPurpose;
import gov.hotline.core.attachment.AttachmentType;
import gov.hotline.core.id.TicketId;
import gov.hotline.core.id.UnitId;
import gov.hotline.core.id.UserId;
import gov.hotline.core.port.AttachmentRepository;
import gov.hotline.core.user.Actor;
import gov.hotline.core.user.Role;
import gov.hotline.infra.db.schema.core.tables.records.TicketAttachmentRecord;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

/** Attachment metadata in {@code core.ticket_attachment}. */
final class JooqAttachmentRepository implements AttachmentRepository {
  private final DSLContext db;

  JooqAttachmentRepository(DSLContext db) {
    this.db = db;
  }

  @Override
  public long insert(Attachment a) {
    return db.insertInto(TICKET_ATTACHMENT)
        .set(TICKET_ATTACHMENT.TICKET_ID, a.ticketId().value())
        .set(TICKET_ATTACHMENT.SHA256, a.sha256())
        .set(TICKET_ATTACHMENT.MEDIA_TYPE, a.type().mediaType())
        .set(TICKET_ATTACHMENT.SIZE_BYTES, a.size())
        .set(TICKET_ATTACHMENT.DISPLAY_NAME, a.displayName())
        .set(TICKET_ATTACHMENT.PURPOSE, a.purpose().name())
        .set(TICKET_ATTACHMENT.HAS_THUMBNAIL, a.hasThumbnail())
        .set(TICKET_ATTACHMENT.UPLOADED_AT, offset(a.uploadedAt()))
        .set(TICKET_ATTACHMENT.UPLOADED_BY, a.uploadedBy().userId().value())
        .set(TICKET_ATTACHMENT.UPLOADER_NAME, a.uploadedBy().username())
        .set(TICKET_ATTACHMENT.UPLOADER_ROLE, a.uploadedBy().role().name())
        .set(TICKET_ATTACHMENT.UPLOADER_UNIT, a.uploadedBy().unitId().value())
        .returning(TICKET_ATTACHMENT.ID)
        .fetchOne()
        .getId();
  }

  @Override
  public List<Attachment> ofTicket(TicketId ticket) {
    return db.selectFrom(TICKET_ATTACHMENT)
        .where(TICKET_ATTACHMENT.TICKET_ID.eq(ticket.value()))
        .orderBy(TICKET_ATTACHMENT.ID)
        .fetch(JooqAttachmentRepository::toDomain);
  }

  @Override
  public Optional<Attachment> find(TicketId ticket, long id) {
    return db.selectFrom(TICKET_ATTACHMENT)
        .where(TICKET_ATTACHMENT.TICKET_ID.eq(ticket.value()))
        .and(TICKET_ATTACHMENT.ID.eq(id))
        .fetchOptional(JooqAttachmentRepository::toDomain);
  }

  private static Attachment toDomain(TicketAttachmentRecord r) {
    return new Attachment(
        r.getId(),
        TicketId.of(r.getTicketId()),
        r.getSha256(),
        AttachmentType.byMediaType(r.getMediaType()).orElseThrow(),
        r.getSizeBytes(),
        r.getDisplayName(),
        AttachmentPurpose.valueOf(r.getPurpose()),
        r.getHasThumbnail(),
        instant(r.getUploadedAt()),
        new Actor(
            new UserId(r.getUploadedBy()),
            r.getUploaderName(),
            Role.valueOf(r.getUploaderRole()),
            UnitId.of(r.getUploaderUnit())));
  }
}

package gov.hotline.core.citizen;

import gov.hotline.core.error.DomainException;
import gov.hotline.core.error.ErrorKind;
import gov.hotline.core.event.TicketCreated;
import gov.hotline.core.id.TicketNo;
import gov.hotline.core.notice.OneTimeNotice;
import gov.hotline.core.port.Repositories;
import gov.hotline.core.port.Transactions;
import gov.hotline.core.rating.Rating;
import gov.hotline.core.rating.RatingSource;
import gov.hotline.core.rating.Ratings;
import gov.hotline.core.rating.TicketRating;
import gov.hotline.core.ticket.Channel;
import gov.hotline.core.ticket.NewTicket;
import gov.hotline.core.ticket.TextRules;
import gov.hotline.core.ticket.Ticket;
import gov.hotline.core.ticket.TicketRules;
import gov.hotline.core.ticket.TicketService;
import gov.hotline.core.user.Actor;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Citizen intake (群众自助受理): appeals filed on the public page without an account, tracked with the
 * tracking number and the last four digits of the phone, and rated (好差评) once answered.
 *
 * <p>The same appeal sent twice — the same {@code Idempotency-Key}, or the same phone and text
 * within {@link #DUPLICATE_WINDOW} (a double tap, a resend after a lost answer) — gives the first
 * ticket back instead of a second one; both checks run under a lock on the appeal's fingerprint in
 * the intake's own transaction, so concurrent copies are decided one after the other. A tracking
 * lookup that fails says only that the number and the digits do not match (never which one), and
 * compares the digits in constant time.
 */
public final class CitizenIntake {
  public static final Duration DUPLICATE_WINDOW = Duration.ofMinutes(30);
  public static final int KEY_MAX = 100;

  /** The channels the public page serves (网站, 微信, 留言板, APP). */
  public static final Set<Channel> CHANNELS =
      Set.of(Channel.WEB, Channel.WECHAT, Channel.MESSAGE_BOARD, Channel.APP);

  private final Transactions tx;
  private final TicketService tickets;
  private final Ratings ratings;
  private final Clock clock;
  private final Supplier<Actor> citizen;

  /**
   * {@code citizen}: the actor the history shows for the public page, asked at each use (the unit
   * tree it belongs to may change).
   */
  public CitizenIntake(
      Transactions tx,
      TicketService tickets,
      Ratings ratings,
      Clock clock,
      Supplier<Actor> citizen) {
    this.tx = tx;
    this.tickets = tickets;
    this.ratings = ratings;
    this.clock = clock;
    this.citizen = citizen;
  }

  /** What filing produced: the ticket, its tracking number, and the event (null for a repeat). */
  public record Filed(Ticket ticket, TrackingNo trackingNo, Instant filedAt, TicketCreated event) {
    public boolean repeated() {
      return event == null;
    }
  }

  /** What the citizen may read about an appeal once the number and the digits match. */
  public record Progress(
      TrackingNo trackingNo,
      Ticket ticket,
      Instant filedAt,
      Optional<OneTimeNotice> notice,
      Optional<TicketRating> rating) {
    public CitizenStatus status() {
      return CitizenStatus.of(ticket.status());
    }

    /** Whether the citizen may rate now: answered, and not rated by the citizen yet. */
    public boolean canRate() {
      return rating.isEmpty() && TicketRules.RATED.contains(ticket.status());
    }
  }

  /**
   * Files an appeal; the phone is required here (it is how the citizen tracks it), the channel must
   * be one the public page serves.
   */
  public Filed file(NewTicket n, String idempotencyKey, String client) {
    if (!CHANNELS.contains(n.appeal().channel())) {
      throw DomainException.invalid(
          "CHANNEL_NOT_PUBLIC", "自助提交的来源渠道只能是网站、微信、留言板或 APP：" + n.appeal().channel().label());
    }
    if (n.caller().phone() == null) {
      throw DomainException.invalid("MISSING_FIELD", "缺少必填项：联系电话（callerPhone）");
    }
    String key = TextRules.optional(idempotencyKey, "Idempotency-Key", "幂等键", KEY_MAX);
    String duplicateKey = fingerprint(n);
    Optional<Filed> first = tx.inTransaction(r -> earlier(r, n, key, duplicateKey));
    if (first.isPresent()) {
      return first.get();
    }
    TicketNo no = tickets.nextNumber();
    return tx.inTransaction(
        r -> {
          Optional<Filed> raced = earlier(r, n, key, duplicateKey);
          if (raced.isPresent()) {
            return raced.get();
          }
          var outcome = tickets.createIn(r, n, citizen.get(), no);
          TrackingNo tracking = TrackingNo.random();
          Instant at = outcome.event().at();
          r.citizenAppeals()
              .insert(
                  new CitizenAppeal(
                      outcome.ticket().id(), tracking, duplicateKey, key, client, at));
          return new Filed(outcome.ticket(), tracking, at, outcome.event());
        });
  }

  private Optional<Filed> earlier(Repositories r, NewTicket n, String key, String duplicateKey) {
    r.citizenAppeals().lock(duplicateKey);
    if (key != null) {
      r.citizenAppeals().lock("idem:" + key);
      Optional<Filed> byKey = r.citizenAppeals().byIdempotencyKey(key).flatMap(a -> filed(r, a));
      // a key answers only for the phone that used it: a stranger's copy of the key learns nothing
      if (byKey.isPresent() && !n.caller().phone().equals(byKey.get().ticket().caller().phone())) {
        throw DomainException.conflict("IDEMPOTENCY_KEY_REUSED", "该提交编号已用于另一份诉求，请刷新页面后重新提交");
      }
      if (byKey.isPresent()) {
        return byKey;
      }
    }
    return r.citizenAppeals()
        .recent(duplicateKey, clock.instant().minus(DUPLICATE_WINDOW))
        .flatMap(a -> filed(r, a));
  }

  private static Optional<Filed> filed(Repositories r, CitizenAppeal a) {
    return r.tickets().find(a.ticketId()).map(t -> new Filed(t, a.trackingNo(), a.filedAt(), null));
  }

  /**
   * The appeal behind a tracking number, for the citizen who knows the phone's last four digits.
   */
  public Progress track(String trackingNo, String lastFour) {
    return tx.inTransaction(r -> progress(r, verified(r, trackingNo, lastFour)));
  }

  /** The citizen's own rating (好差评) of an answered appeal; once per appeal. */
  public Progress rate(String trackingNo, String lastFour, Rating rating, String comment) {
    if (rating == null) {
      throw DomainException.invalid("MISSING_FIELD", "缺少必填项：评价（rating）");
    }
    String text = TextRules.optional(comment, "comment", "评价意见", TicketRating.COMMENT_MAX);
    return tx.inTransaction(
        r -> {
          CitizenAppeal a = verified(r, trackingNo, lastFour);
          Ticket t = r.tickets().findForUpdate(a.ticketId()).orElseThrow();
          if (!TicketRules.RATED.contains(t.status())) {
            throw DomainException.conflict("NOT_YET_ANSWERED", "您的诉求尚未答复，答复后才能评价");
          }
          if (r.ratings().has(t.id(), RatingSource.CITIZEN)) {
            throw DomainException.conflict("ALREADY_RATED", "您已评价过该诉求，感谢您的参与");
          }
          ratings.record(
              r, t, rating, RatingSource.CITIZEN, text, null, citizen.get(), clock.instant(), true);
          return progress(r, a);
        });
  }

  private static Progress progress(Repositories r, CitizenAppeal a) {
    Ticket t = r.tickets().find(a.ticketId()).orElseThrow();
    return new Progress(
        a.trackingNo(),
        t,
        a.filedAt(),
        r.notices().of(t.id()),
        r.ratings().ofTicket(t.id()).stream()
            .filter(x -> x.source() == RatingSource.CITIZEN)
            .findFirst());
  }

  private static CitizenAppeal verified(Repositories r, String trackingNo, String lastFour) {
    TrackingNo no = TrackingNo.parse(trackingNo);
    String digits = lastFour == null ? "" : lastFour.strip();
    if (!digits.matches("\\d{4}")) {
      throw DomainException.invalid("INVALID_LAST_FOUR", "请输入手机号码后四位（4 位数字）");
    }
    Optional<CitizenAppeal> a = r.citizenAppeals().byTrackingNo(no);
    String phone =
        a.flatMap(x -> r.tickets().find(x.ticketId()))
            .map(t -> t.caller().phone())
            .orElse("0000000000");
    String tail = phone.length() >= 4 ? phone.substring(phone.length() - 4) : phone;
    // compared in constant time, and also when the number is unknown, so that timing does not tell
    // an existing tracking number from a wrong one
    boolean same =
        MessageDigest.isEqual(
            tail.getBytes(StandardCharsets.US_ASCII), digits.getBytes(StandardCharsets.US_ASCII));
    if (a.isEmpty() || !same) {
      throw new DomainException(ErrorKind.NOT_FOUND, "TRACKING_MISMATCH", "查询编号或手机号码后四位不正确，请核对后重试");
    }
    return a.get();
  }

  /** The same phone and the same text (spaces ignored) give the same fingerprint. */
  static String fingerprint(NewTicket n) {
    String text = n.caller().phone() + "\n" + n.appeal().content().replaceAll("\\s+", "");
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}

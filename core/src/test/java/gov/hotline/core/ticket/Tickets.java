package gov.hotline.core.ticket;

import static gov.hotline.core.ShanghaiTime.at;

import gov.hotline.core.id.CategoryId;
import gov.hotline.core.id.TicketId;
import gov.hotline.core.id.TicketNo;
import gov.hotline.core.id.UnitId;
import gov.hotline.core.id.UserId;
import gov.hotline.core.org.Units;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Tickets in a given shape, without walking them through the lifecycle. */
public final class Tickets {
  public static final TicketId ID = TicketId.of(42);
  public static final TicketNo NO = TicketNo.of("HD", LocalDate.of(2025, 9, 30), 123);

  /** 城乡建设 (a category group). */
  public static final CategoryId URBAN_CONSTRUCTION = CategoryId.of("CJ");

  /** 城乡建设/违法建设 (a leaf). */
  public static final CategoryId ILLEGAL_BUILDING = CategoryId.of("CJ01");

  public static final Instant RECEIVED_AT = at(2025, 9, 30, 9, 30);

  private Tickets() {}

  /** A complaint about illegal building, just received by an agent of the centre. */
  public static Builder aReceivedTicket() {
    return new Builder();
  }

  /** Builds a {@link Ticket}; defaults are a plain complaint with a mobile number. */
  public static final class Builder {
    private TicketStatus status = TicketStatus.RECEIVED;
    private Caller caller = new Caller("张三", "13812345678", false);
    private AppealType appealType = AppealType.COMPLAINT;
    private Urgency urgency = Urgency.NORMAL;
    private Assignment assignment = Assignment.NONE;
    private Deadlines deadlines = Deadlines.NONE;
    private Progress progress = Progress.NONE;
    private Flags flags = Flags.NONE;
    private String cityCaseNo;

    private Builder() {}

    /** A case the city platform dispatched down (市级派单) under this case number. */
    public Builder fromCity(String caseNo) {
      this.cityCaseNo = caseNo;
      return this;
    }

    public Builder appealType(AppealType type) {
      this.appealType = type;
      return this;
    }

    public Builder consultation() {
      return appealType(AppealType.CONSULT);
    }

    public Builder urgent() {
      this.urgency = Urgency.URGENT;
      return this;
    }

    public Builder callerPhone(String phone) {
      this.caller = new Caller(caller.name(), phone, caller.confidential());
      return this;
    }

    public Builder confidential() {
      this.caller = new Caller(caller.name(), caller.phone(), true);
      return this;
    }

    public Builder status(TicketStatus s) {
      this.status = s;
      return this;
    }

    public Builder ledBy(UnitId lead, UnitId... assists) {
      this.assignment = new Assignment(lead, List.of(assists));
      return this;
    }

    public Builder deadlines(Deadlines d) {
      this.deadlines = d;
      return this;
    }

    public Builder progress(Progress p) {
      this.progress = p;
      return this;
    }

    public Builder flags(Flags f) {
      this.flags = f;
      return this;
    }

    public Ticket build() {
      Appeal appeal =
          new Appeal(
              Channel.PHONE,
              appealType,
              ILLEGAL_BUILDING,
              urgency,
              "清河街道毛纺北小区5号楼",
              "5号楼顶层住户在楼顶私搭乱建彩钢房，存在安全隐患，请相关部门处理。",
              "1750123456.42",
              cityCaseNo);
      return Ticket.received(NO, caller, appeal, RECEIVED_AT, new UserId(101), Units.CENTER)
          .withId(ID)
          .withStatus(status)
          .withAssignment(assignment)
          .withDeadlines(deadlines)
          .withProgress(progress)
          .withFlags(flags);
    }
  }
}

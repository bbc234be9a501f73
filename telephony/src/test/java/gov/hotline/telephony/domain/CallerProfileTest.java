package gov.hotline.telephony.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CallerProfileTest {
  private static final Instant NOW = Instant.parse("2026-12-03T02:00:00Z");

  private static CallerTicket ticket(long id, boolean open, boolean confidential, Duration age) {
    return new CallerTicket(
        id,
        "HD-" + id,
        open ? "DISPATCHED" : "CLOSED",
        open ? "已派单" : "已结案",
        "HELP",
        "诉求" + id,
        null,
        NOW.minus(age),
        open,
        confidential);
  }

  private static ScreenPop.PreviousCall call(String id, Duration ago) {
    return new ScreenPop.PreviousCall(id, NOW.minus(ago), "ANSWERED", "已接听", "PJSIP/6001");
  }

  @Test
  void openTicketsComeFirstAndAConfidentialOpenTicketFlagsThePop() {
    List<CallerTicket> newestFirst =
        List.of(
            ticket(3, false, true, Duration.ofDays(1)),
            ticket(2, true, true, Duration.ofDays(2)),
            ticket(1, true, false, Duration.ofDays(3)));

    ScreenPop pop =
        CallerProfile.pop(
            "PJSIP/6001", "c9", "13800138000", "hotline", NOW, newestFirst, List.of());

    assertThat(pop.openTickets()).extracting(CallerTicket::id).containsExactly(2L, 1L);
    assertThat(pop.previousTickets()).extracting(CallerTicket::id).containsExactly(2L, 1L, 3L);
    assertThat(pop.confidential()).isTrue();
    assertThat(pop.repeatCaller()).isTrue();
  }

  @Test
  void aCallerIsARepeatCallerWithinSevenDaysOfAnEarlierCallOnly() {
    List<CallerTicket> closedOnly = List.of(ticket(1, false, true, Duration.ofDays(30)));

    ScreenPop recent =
        CallerProfile.pop(
            "PJSIP/6001",
            "c9",
            "1",
            "q",
            NOW,
            closedOnly,
            List.of(call("c9", Duration.ZERO), call("c8", Duration.ofDays(6))));
    ScreenPop old =
        CallerProfile.pop(
            "PJSIP/6001", "c9", "1", "q", NOW, closedOnly, List.of(call("c7", Duration.ofDays(8))));

    assertThat(recent.repeatCaller()).isTrue();
    assertThat(recent.previousCalls())
        .extracting(ScreenPop.PreviousCall::callId)
        .containsExactly("c8");
    assertThat(old.repeatCaller()).isFalse();
    assertThat(old.confidential()).as("only open tickets make the pop confidential").isFalse();
  }

  @Test
  void aNumberFromTheTrunkMatchesTheFormsATicketMayHold() {
    assertThat(CallerNumbers.national("+8613800138000")).isEqualTo("13800138000");
    assertThat(CallerNumbers.national("013800138000")).isEqualTo("13800138000");
    assertThat(CallerNumbers.national("8613800138000")).isEqualTo("13800138000");
    assertThat(CallerNumbers.variants("013800138000"))
        .contains("013800138000", "13800138000", "+8613800138000", "8613800138000");
    assertThat(CallerNumbers.variants("01062345678")).containsExactly("01062345678");
  }

  @Test
  void asteriskAnswersAndHangupCausesReadInChinese() {
    assertThat(AsteriskReplies.label(true, "Interface paused successfully")).isEqualTo("示忙成功");
    assertThat(AsteriskReplies.label(true, "Interface unpaused successfully")).isEqualTo("示闲成功");
    assertThat(AsteriskReplies.label(false, "Interface not found")).isEqualTo("分机不存在");
    assertThat(AsteriskReplies.label(false, "Something odd")).isEqualTo("操作失败：Something odd");
    assertThat(HangupCauses.label(16)).isEqualTo("正常挂机");
    assertThat(HangupCauses.label(17)).isEqualTo("用户忙");
    assertThat(HangupCauses.label(19)).isEqualTo("无应答");
    assertThat(HangupCauses.label(21)).isEqualTo("呼叫被拒绝");
    assertThat(HangupCauses.label(0)).isEqualTo("未知");
    assertThat(HangupCauses.label(999)).isEqualTo("其他原因（999）");
    assertThat(HangupCauses.label(null)).isNull();
  }
}

package gov.hotline.core.ticket;

import static gov.hotline.core.error.DomainErrors.domainErrorOf;
import static org.assertj.core.api.Assertions.assertThat;

import gov.hotline.core.error.DomainException;
import gov.hotline.core.error.ErrorKind;
import gov.hotline.core.id.CategoryId;
import org.junit.jupiter.api.Test;

class NewTicketTest {

  private static final String CONTENT = "小区门口道路井盖缺失，夜间行人容易踩空，请尽快处理。";

  @Test
  void aCompleteIntakeKeepsWhatTheAgentEntered() {
    NewTicket n = intake().build();

    assertThat(n.caller()).isEqualTo(new Caller("李四", "13812345678", false));
    assertThat(n.appeal())
        .isEqualTo(
            new Appeal(
                Channel.PHONE,
                AppealType.HELP,
                CategoryId.of("CJ02"),
                Urgency.URGENT,
                "清河街道安宁庄路口",
                CONTENT,
                "1750123456.42"));
  }

  @Test
  void urgencyDefaultsToNormal() {
    NewTicket n = intake().urgency(null).build();

    assertThat(n.appeal().urgency()).isEqualTo(Urgency.NORMAL);
  }

  @Test
  void textsAreTrimmed() {
    NewTicket n = intake().content("  " + CONTENT + "\n").address(" 安宁庄路口 ").build();

    assertThat(n.appeal().content()).isEqualTo(CONTENT);
    assertThat(n.appeal().address()).isEqualTo("安宁庄路口");
  }

  @Test
  void anAnonymousCallerHasNoName() {
    NewTicket n = intake().callerName("  ").build();

    assertThat(n.caller().name()).isNull();
  }

  @Test
  void theConfidentialityFlagIsKeptOnTheCaller() {
    NewTicket n = intake().confidential().build();

    assertThat(n.caller().confidential()).isTrue();
  }

  @Test
  void phoneSeparatorsAreRemoved() {
    NewTicket n = intake().phone("+86 138-1234-5678").build();

    assertThat(n.caller().phone()).isEqualTo("+8613812345678");
  }

  @Test
  void missingContentIsNamedInChinese() {
    DomainException e = domainErrorOf(() -> intake().content(null).build());

    assertMissing(e, "缺少必填项：诉求内容（content）");
  }

  @Test
  void blankContentCountsAsMissing() {
    DomainException e = domainErrorOf(() -> intake().content(" \t\n").build());

    assertMissing(e, "缺少必填项：诉求内容（content）");
  }

  @Test
  void aMissingPhoneIsNamedInChinese() {
    DomainException e = domainErrorOf(() -> intake().phone("").build());

    assertMissing(e, "缺少必填项：联系电话（callerPhone）");
  }

  @Test
  void aWebAppealWithoutAPhoneIsTakenWithNoNumber() {
    NewTicket n = intake().channel(Channel.WEB).phone(" ").build();

    assertThat(n.caller().phone()).isNull();
  }

  @Test
  void everyChannelButThePhoneTakesAnAppealWithoutANumber() {
    for (Channel c : Channel.values()) {
      if (c == Channel.CITY) {
        continue; // city cases come only from the city platform (CityIntake), never by staff intake
      }
      if (c == Channel.PHONE) {
        assertThat(domainErrorOf(() -> intake().channel(c).phone(null).build()).code())
            .isEqualTo("MISSING_FIELD");
      } else {
        assertThat(intake().channel(c).phone(null).build().caller().phone()).as(c.name()).isNull();
      }
    }
  }

  @Test
  void aPhoneGivenOnAChannelWithoutOneIsStillChecked() {
    DomainException e = domainErrorOf(() -> intake().channel(Channel.WECHAT).phone("abc").build());

    assertThat(e.code()).isEqualTo("INVALID_PHONE");
  }

  @Test
  void aMissingCategoryIsNamedInChinese() {
    DomainException e = domainErrorOf(() -> intake().category(null).build());

    assertMissing(e, "缺少必填项：问题分类（categoryId）");
  }

  @Test
  void aMissingChannelIsNamedInChinese() {
    DomainException e = domainErrorOf(() -> intake().channel(null).build());

    assertMissing(e, "缺少必填项：来源渠道（channel）");
  }

  @Test
  void aMissingAppealTypeIsNamedInChinese() {
    DomainException e = domainErrorOf(() -> intake().appealType(null).build());

    assertMissing(e, "缺少必填项：诉求类型（appealType）");
  }

  @Test
  void contentOfExactlyTheLimitIsAccepted() {
    NewTicket n = intake().content("诉".repeat(TextRules.CONTENT_MAX)).build();

    assertThat(n.appeal().content()).hasSize(4000);
  }

  @Test
  void contentOverTheLimitIsTooLong() {
    DomainException e = domainErrorOf(() -> intake().content("诉".repeat(4001)).build());

    assertThat(e.kind()).isEqualTo(ErrorKind.INVALID);
    assertThat(e.code()).isEqualTo("FIELD_TOO_LONG");
    assertThat(e.getMessage()).isEqualTo("诉求内容（content）过长：最多 4000 个字符");
  }

  @Test
  void theLimitCountsCharactersNotUtf16Units() {
    NewTicket n = intake().content("😀".repeat(TextRules.CONTENT_MAX)).build();

    assertThat(n.appeal().content().codePointCount(0, n.appeal().content().length()))
        .isEqualTo(4000);
  }

  @Test
  void aTooLongCallerNameIsRefused() {
    DomainException e = domainErrorOf(() -> intake().callerName("名".repeat(51)).build());

    assertThat(e.code()).isEqualTo("FIELD_TOO_LONG");
    assertThat(e.getMessage()).startsWith("来电人姓名");
  }

  @Test
  void aPhoneWithLettersIsInvalid() {
    DomainException e = domainErrorOf(() -> intake().phone("138-abcd-5678").build());

    assertThat(e.kind()).isEqualTo(ErrorKind.INVALID);
    assertThat(e.code()).isEqualTo("INVALID_PHONE");
    assertThat(e.getMessage()).startsWith("联系电话（callerPhone）格式不正确");
  }

  @Test
  void aPhoneWithTooFewDigitsIsInvalid() {
    DomainException e = domainErrorOf(() -> intake().phone("12").build());

    assertThat(e.code()).isEqualTo("INVALID_PHONE");
  }

  private static void assertMissing(DomainException e, String message) {
    assertThat(e.kind()).isEqualTo(ErrorKind.INVALID);
    assertThat(e.code()).isEqualTo("MISSING_FIELD");
    assertThat(e.getMessage()).isEqualTo(message);
  }

  private static Intake intake() {
    return new Intake();
  }

  /** The raw fields of the intake form, valid unless a test changes one. */
  private static final class Intake {
    private Channel channel = Channel.PHONE;
    private String callerName = "李四";
    private String phone = "13812345678";
    private String address = "清河街道安宁庄路口";
    private AppealType appealType = AppealType.HELP;
    private String category = "CJ02";
    private Urgency urgency = Urgency.URGENT;
    private String content = CONTENT;
    private boolean confidential;

    Intake channel(Channel c) {
      channel = c;
      return this;
    }

    Intake callerName(String n) {
      callerName = n;
      return this;
    }

    Intake phone(String p) {
      phone = p;
      return this;
    }

    Intake address(String a) {
      address = a;
      return this;
    }

    Intake appealType(AppealType t) {
      appealType = t;
      return this;
    }

    Intake category(String c) {
      category = c;
      return this;
    }

    Intake urgency(Urgency u) {
      urgency = u;
      return this;
    }

    Intake content(String c) {
      content = c;
      return this;
    }

    Intake confidential() {
      confidential = true;
      return this;
    }

    NewTicket build() {
      return NewTicket.of(
          channel,
          callerName,
          phone,
          address,
          appealType,
          category,
          urgency,
          content,
          "1750123456.42",
          confidential);
    }
  }
}

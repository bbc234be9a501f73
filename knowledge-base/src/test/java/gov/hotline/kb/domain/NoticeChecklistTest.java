package gov.hotline.kb.domain;

import static org.assertj.core.api.Assertions.assertThat;

import gov.hotline.core.notice.NoticeItem;
import gov.hotline.core.notice.NoticeKind;
import org.junit.jupiter.api.Test;

class NoticeChecklistTest {

  @Test
  void bracketedSectionsGiveMaterialsPlaceAndHours() {
    String body =
        "【政策要点】中国公民因私出国可申请普通护照。\n"
            + "【所需材料】本人居民身份证；现场采集照片和指纹。\n"
            + "【办理渠道】区出入境接待大厅。\n"
            + "【办理时限】一般7个工作日内制证。\n"
            + "【咨询电话】12367。";

    assertThat(NoticeChecklist.items(body))
        .containsExactly(
            new NoticeItem(NoticeKind.MATERIALS, "本人居民身份证；现场采集照片和指纹。"),
            new NoticeItem(NoticeKind.PLACE, "区出入境接待大厅。"),
            new NoticeItem(NoticeKind.HOURS, "一般7个工作日内制证。"));
  }

  @Test
  void numberedHeadingsWithAColonAreFoundToo() {
    String body = "一、政策要点：略。\n二、所需材料：居民身份证。\n三、收费标准：免费。";

    assertThat(NoticeChecklist.items(body))
        .containsExactly(
            new NoticeItem(NoticeKind.MATERIALS, "居民身份证。"), new NoticeItem(NoticeKind.FEES, "免费。"));
  }

  @Test
  void anArticleWithoutSuchSectionsOffersNoChecklist() {
    assertThat(NoticeChecklist.items("路灯不亮请拨打12345，我们将转交市政部门处理。")).isEmpty();
  }
}

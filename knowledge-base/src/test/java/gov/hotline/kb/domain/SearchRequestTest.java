package gov.hotline.kb.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.hotline.core.error.DomainException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SearchRequestTest {

  @Test
  void anEmptyQueryIsRefusedWithAChineseMessage() {
    assertThatThrownBy(() -> SearchRequest.of("  ", null, null))
        .isInstanceOf(DomainException.class)
        .hasMessageContaining("请输入检索词");
  }

  @Test
  void aThousandCharacterQueryIsRefusedAsTooLong() {
    assertThatThrownBy(() -> SearchRequest.of("路".repeat(1000), null, null))
        .isInstanceOf(DomainException.class)
        .extracting(e -> ((DomainException) e).code())
        .isEqualTo("QUERY_TOO_LONG");
  }

  @Test
  void limitsOutsideTheRangeAreRefusedAndDefaultsApply() {
    assertThatThrownBy(() -> SearchRequest.of("护照", 0, null)).isInstanceOf(DomainException.class);
    assertThat(SearchRequest.of(" 护照 ", null, " ").limit()).isEqualTo(SearchRequest.LIMIT_DEFAULT);
    assertThat(SearchRequest.of(" 护照 ", null, " ").category()).isNull();
  }

  @Test
  void articleContentRefusesAnEndBeforeTheStart() {
    assertThatThrownBy(
            () ->
                ArticleContent.of(
                    "标题", "正文", "", List.of(), LocalDate.of(2026, 2, 1), LocalDate.of(2026, 1, 1)))
        .isInstanceOf(DomainException.class)
        .hasMessageContaining("validTo");
  }
}

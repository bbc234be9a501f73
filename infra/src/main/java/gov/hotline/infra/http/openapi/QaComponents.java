package gov.hotline.infra.http.openapi;

import java.util.LinkedHashMap;
import java.util.Map;

/** Schemas of quality inspection (录音质检). */
final class QaComponents {
  private QaComponents() {
  }

  static Map<String, String> all() {
    return new LinkedHashMap<>();
  }
}

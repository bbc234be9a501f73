package gov.hotline.kb.service;

import gov.hotline.core.error.DomainException;

/**
 * Article codes (知识编号) such as KB0001: letters, digits, '-', '_' and '.', at most 40 characters.
 */
public final class ArticleCodes {
  private ArticleCodes() {}

  public static String check(String code) {
    if (code == null || code.isBlank()) {
      throw DomainException.invalid("MISSING_FIELD", "缺少必填项：知识编号（code / id）");
    }
    String c = code.strip();
    if (!c.matches("[A-Za-z0-9._-]{1,40}")) {
      throw DomainException.invalid("INVALID_CODE", "知识编号格式不正确：只能包含字母、数字、-、_、.，最多 40 个字符");
    }
    return c;
  }
}

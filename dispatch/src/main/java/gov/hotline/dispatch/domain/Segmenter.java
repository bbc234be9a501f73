package gov.hotline.dispatch.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Forward maximum matching over a fixed vocabulary: at each position the longest known word wins
 * and the scan goes on after it, so 垃圾分类 counts as one word and not also as 垃圾 and 分类.
 */
final class Segmenter {
  private final Set<String> words;
  private final int maxLength;

  Segmenter(Collection<String> vocabulary) {
    this.words = new HashSet<>(vocabulary);
    this.maxLength = vocabulary.stream().mapToInt(String::length).max().orElse(1);
  }

  /** A vocabulary word found at {@code position}. */
  record Found(String word, int position) {}

  /** The vocabulary words found in {@code text}, in order, with repeats. */
  List<Found> words(String text) {
    List<Found> out = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      int found = 0;
      for (int len = Math.min(maxLength, text.length() - i); len >= 1; len--) {
        if (words.contains(text.substring(i, i + len))) {
          found = len;
          break;
        }
      }
      if (found > 0) {
        out.add(new Found(text.substring(i, i + found), i));
        i += found;
      } else {
        i++;
      }
    }
    return out;
  }
}

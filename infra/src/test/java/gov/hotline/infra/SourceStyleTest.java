package gov.hotline.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What the compiler does not check about how the sources read: types are imported, not written out
 * in full inside the code (a newcomer reads {@code Map}, not {@code java.util.Map}); generated jOOQ
 * code is exempt.
 */
class SourceStyleTest {
  private static final Pattern INLINE_QUALIFIED =
      Pattern.compile(
          "(?<![\\w.])(?:java|javax|jakarta|io|org|com|gov)\\.(?:[a-z_][a-z0-9_]*\\.)+[A-Z]\\w*");
  private static final Pattern STRING_OR_COMMENT =
      Pattern.compile("\"(?:\\\\.|[^\"\\\\])*\"|//.*$");

  @Test
  void noInlineFullyQualifiedNames() {
    List<String> found = new ArrayList<>();
    for (Path file : sources()) {
      boolean inComment = false;
      int n = 0;
      for (String line : lines(file)) {
        n++;
        String s = line.strip();
        if (inComment) {
          inComment = !s.contains("*/");
          continue;
        }
        if (s.startsWith("/*")) {
          inComment = !s.contains("*/");
          continue;
        }
        if (s.startsWith("import ")
            || s.startsWith("package ")
            || s.startsWith("*")
            || s.startsWith("//")) {
          continue;
        }
        if (INLINE_QUALIFIED.matcher(STRING_OR_COMMENT.matcher(line).replaceAll("")).find()) {
          found.add(file + ":" + n + ": " + s);
        }
      }
    }
    assertThat(found).as("inline fully-qualified names (import them)").isEmpty();
  }

  private static List<Path> sources() {
    Path root = Path.of("..").toAbsolutePath().normalize();
    List<Path> out = new ArrayList<>();
    for (String module :
        List.of(
            "core",
            "embedding",
            "telephony",
            "knowledge-base",
            "dispatch",
            "reporting",
            "vertx-support",
            "infra",
            "bench")) {
      for (String tree : List.of("src/main/java", "src/test/java")) {
        Path dir = root.resolve(module).resolve(tree);
        if (Files.isDirectory(dir)) {
          try (Stream<Path> files = Files.walk(dir)) {
            files
                .filter(
                    p -> p.toString().endsWith(".java") && !p.toString().contains("/db/schema/"))
                .forEach(out::add);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }
      }
    }
    assertThat(out).as("sources found from " + root).hasSizeGreaterThan(100);
    return out;
  }

  private static List<String> lines(Path file) {
    try {
      return Files.readAllLines(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

package gov.hotline.infra.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed jOOQ classes must be what the migrations generate; regenerate with ./hotline
 * jooq-codegen.
 */
@Tag("db")
class GeneratedSchemaIsCurrentTest {
  private static final Path COMMITTED = Path.of("src/main/java/gov/hotline/infra/db/schema");

  @Test
  void committedJooqClassesMatchTheMigrations(@TempDir Path out) throws Exception {
    JooqCodegen.generate(
        JooqCodegen.adminUrl(), "t_codegen_" + UUID.randomUUID().toString().substring(0, 8), out);

    Map<String, String> fresh = read(out.resolve("gov/hotline/infra/db/schema"));
    Map<String, String> committed = read(COMMITTED);

    assertThat(fresh).isNotEmpty();
    assertThat(committed.keySet())
        .as("generated files (run ./hotline jooq-codegen and commit the result)")
        .isEqualTo(fresh.keySet());
    fresh.forEach(
        (file, text) ->
            assertThat(committed.get(file))
                .as("%s is stale: run ./hotline jooq-codegen and commit the result", file)
                .isEqualTo(text));
  }

  private static Map<String, String> read(Path root) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        files.put(root.relativize(p).toString(), Files.readString(p));
      }
    }
    return files;
  }
}

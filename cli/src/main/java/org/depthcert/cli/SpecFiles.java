package org.depthcert.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Expands the SPEC arguments of a command: a file stays, a directory gives its spec files. */
final class SpecFiles {
  private SpecFiles() {}

  /** True for a name a spec may have: YAML or JSON. */
  static boolean isSpecName(Path p) {
    String n = p.getFileName().toString();
    return n.endsWith(".yaml") || n.endsWith(".yml") || n.endsWith(".json");
  }

  /**
   * Each argument in order; a directory is replaced by its spec files (not recursive), sorted by
   * name so that the order, and so every report, is deterministic.
   */
  static List<Path> expand(List<Path> args) {
    List<Path> out = new ArrayList<>();
    for (Path a : args) {
      if (Files.isDirectory(a)) {
        List<Path> inside;
        try (Stream<Path> s = Files.list(a)) {
          inside = s.filter(Files::isRegularFile).filter(SpecFiles::isSpecName).sorted()
              .collect(Collectors.toList());
        } catch (IOException e) {
          throw new UsageError("cannot list directory " + a + ": " + e.getMessage());
        }
        if (inside.isEmpty()) {
          throw new UsageError("directory " + a + " holds no spec (*.yaml, *.yml, *.json)");
        }
        out.addAll(inside);
      } else {
        out.add(a);
      }
    }
    return out;
  }

  /** {@code samples/tensor-attention.yaml} -> {@code tensor-attention}. */
  static String stem(Path p) {
    String n = p.getFileName().toString();
    int dot = n.lastIndexOf('.');
    return dot > 0 ? n.substring(0, dot) : n;
  }
}

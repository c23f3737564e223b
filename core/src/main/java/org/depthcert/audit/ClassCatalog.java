package org.depthcert.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.depthcert.spec.Fields;
import org.depthcert.spec.LocatedTree;

/**
 * Complexity classes with their inclusions (Fact 3.15 of the seed paper) and problems with the
 * class they are complete for, read from a YAML file such as the bundled {@code classes.yaml}.
 */
public final class ClassCatalog {
  /** A problem complete for a class, with the reference that proves it. */
  public record Problem(String id, String name, String complete, String reference) {}

  private final Map<String, List<String>> includedIn;
  private final Map<String, String> names;
  private final Map<String, Problem> problems;

  private ClassCatalog(Map<String, List<String>> includedIn, Map<String, String> names,
      Map<String, Problem> problems) {
    this.includedIn = includedIn;
    this.names = names;
    this.problems = problems;
  }

  public static ClassCatalog read(String file, byte[] yaml) {
    LocatedTree tree = LocatedTree.parse(file, yaml);
    Fields f = new Fields(tree);
    f.onlyFields(tree.root(), "", Set.of("classes", "problems"));
    Map<String, List<String>> inc = new LinkedHashMap<>();
    Map<String, String> names = new LinkedHashMap<>();
    JsonNode classes = f.object(tree.root(), "", "classes", true);
    for (Map.Entry<String, JsonNode> e : f.entries(classes)) {
      String p = Fields.child("classes", e.getKey());
      f.onlyFields(e.getValue(), p, Set.of("name", "includedIn"));
      names.put(e.getKey(), f.text(e.getValue(), p, "name", true));
      JsonNode up = f.array(e.getValue(), p, "includedIn", true);
      List<String> ups = new java.util.ArrayList<>();
      for (int i = 0; i < up.size(); i++) {
        ups.add(f.scalar(up.get(i), Fields.index(Fields.child(p, "includedIn"), i)));
      }
      inc.put(e.getKey(), List.copyOf(ups));
    }
    for (Map.Entry<String, List<String>> e : inc.entrySet()) {
      for (String up : e.getValue()) {
        if (!inc.containsKey(up)) {
          throw f.error(Fields.child(Fields.child("classes", e.getKey()), "includedIn"),
              "unknown class '" + up + "'");
        }
      }
    }
    Map<String, Problem> problems = new LinkedHashMap<>();
    JsonNode probs = f.object(tree.root(), "", "problems", true);
    for (Map.Entry<String, JsonNode> e : f.entries(probs)) {
      String p = Fields.child("problems", e.getKey());
      f.onlyFields(e.getValue(), p, Set.of("name", "complete", "reference"));
      String complete = f.text(e.getValue(), p, "complete", true);
      if (!inc.containsKey(complete)) {
        throw f.error(Fields.child(p, "complete"), "unknown class '" + complete + "'");
      }
      problems.put(e.getKey(), new Problem(e.getKey(), f.text(e.getValue(), p, "name", true),
          complete, f.text(e.getValue(), p, "reference", true)));
    }
    return new ClassCatalog(inc, names, problems);
  }

  public boolean knows(String cls) {
    return includedIn.containsKey(cls);
  }

  /** {@code TC^0} for {@code TC0}: the name people read. */
  public String display(String cls) {
    return names.getOrDefault(cls, cls);
  }

  public Optional<Problem> problem(String id) {
    return Optional.ofNullable(problems.get(id));
  }

  public Set<String> problemIds() {
    return new TreeSet<>(problems.keySet());
  }

  /** True when the inclusions (reflexive, transitive) give {@code small ⊆ big}. */
  public boolean included(String small, String big) {
    Set<String> seen = new TreeSet<>();
    Deque<String> todo = new ArrayDeque<>(List.of(small));
    while (!todo.isEmpty()) {
      String c = todo.pop();
      if (c.equals(big)) {
        return true;
      }
      if (seen.add(c)) {
        todo.addAll(includedIn.getOrDefault(c, List.of()));
      }
    }
    return false;
  }
}

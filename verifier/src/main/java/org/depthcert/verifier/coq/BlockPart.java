package org.depthcert.verifier.coq;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.depthcert.verifier.Poly;

/**
 * One section per block: the block inputs (arrival 0), every node's arrival defined as the max
 * over its inputs plus its rule's local depth, in the spec's order; then the upper bounds by the
 * certificate's potentials, the critical paths that attain them, and the block's depth.
 */
final class BlockPart {
  private final CoqContext cx;
  private final Problem.Block block;
  private final Set<String> blockInputs;
  private final StringBuilder out;

  BlockPart(CoqContext cx, Problem.Block block, StringBuilder out) {
    this.cx = cx;
    this.block = block;
    this.blockInputs = new LinkedHashSet<>(block.inputs());
    this.out = out;
  }

  static String depthName(CoqContext cx, String block) {
    return cx.names.get("depth:" + block);
  }

  static String nodeName(CoqContext cx, String block, String node) {
    return cx.names.get("node:" + block + "." + node);
  }

  static String sizeName(CoqContext cx, String block) {
    return cx.names.get("size:" + block);
  }

  /** Gives the block's identifiers before any part of the file uses them. */
  static void name(CoqContext cx, Problem.Block b) {
    cx.names.of("section:" + b.name(), b.name());
    for (String in : b.inputs()) {
      cx.names.of("node:" + b.name() + "." + in, b.name() + "_" + in);
    }
    for (Problem.Node n : b.nodes()) {
      cx.names.of("node:" + b.name() + "." + n.name(), b.name() + "_" + n.name());
    }
    cx.names.of("depth:" + b.name(), b.name() + "_depth");
    cx.names.of("size:" + b.name(), b.name() + "_size");
  }

  void write() {
    String section = cx.names.get("section:" + block.name());
    out.append("\n(* ").append("=".repeat(70)).append("\n   Block ").append(block.name())
        .append(": ").append(Comments.text(block.title())).append("\n   ").append("=".repeat(70))
        .append(" *)\nSection ").append(section).append(".\n\n");
    if (block.opaque()) {
      writeOpaque();
    } else {
      writeDefinitions();
      writeUpperBounds();
      writeCriticalPaths();
    }
    out.append("End ").append(section).append(".\n");
  }

  private void writeOpaque() {
    String depth = depthName(cx, block.name());
    List<Poly> d = block.opaqueDepth().orElseThrow();
    out.append("(* An opaque block: a circuit the spec assumes given, of depth ")
        .append(Comments.text(cx.max(d))).append(", counted as one gadget. *)\n")
        .append("Definition ").append(depth).append(" : Z := ").append(cx.max(d)).append(".\n")
        .append("Definition ").append(sizeName(cx, block.name())).append(" : Q := 1%Q.\n\n");
    cx.defined(depth, d, List.of());
  }

  private void writeDefinitions() {
    out.append("(* Block inputs arrive at depth 0. *)\n");
    for (String in : block.inputs()) {
      String id = nodeName(cx, block.name(), in);
      out.append("Definition ").append(id).append(" : Z := 0.\n");
      cx.defined(id, List.of(), List.of());
    }
    out.append("\n(* Each node's arrival: the max over its inputs' arrivals plus the local depth of"
        + " its\n   rule, instantiated with the node's bindings. *)\n");
    for (Problem.Node n : block.nodes()) {
      String id = nodeName(cx, block.name(), n.name());
      out.append("(* ").append(Comments.text(n.name())).append(": ").append(Comments.text(n.op()))
          .append(", ").append(Comments.text(n.lemma())).append(" (")
          .append(Comments.text(n.ruleId())).append(")");
      if (!n.note().isEmpty()) {
        out.append(". ").append(Comments.text(n.note()));
      }
      out.append(" *)\nDefinition ").append(id).append(" : Z := ").append(arrival(n))
          .append(".\n");
      List<String> deps = n.inputs().stream().map(i -> nodeName(cx, block.name(), i)).toList();
      cx.defined(id, n.local(), deps);
    }
    String depth = depthName(cx, block.name());
    String output = nodeName(cx, block.name(), block.output());
    out.append("\n(* The block's depth: the arrival of its output ").append(block.output())
        .append(". *)\nDefinition ").append(depth).append(" : Z := ").append(output)
        .append(".\n");
    cx.defined(depth, List.of(), List.of(output));
    out.append("\n(* Gadget counts by kind, from the catalog. *)\n");
    List<String> sizes = new ArrayList<>();
    for (Problem.Node n : block.nodes()) {
      String id = cx.names.of("nodesize:" + block.name() + "." + n.name(),
          block.name() + "_" + n.name() + "_size");
      List<String> kinds = new ArrayList<>();
      n.size().forEach((kind, p) -> kinds.add("(* " + Comments.text(kind) + " *) " + cx.q(p)));
      out.append("Definition ").append(id).append(" : Q := (")
          .append(kinds.isEmpty() ? "0" : String.join(" + ", kinds)).append(")%Q.\n");
      sizes.add(id);
    }
    out.append("Definition ").append(sizeName(cx, block.name())).append(" : Q := (")
        .append(sizes.isEmpty() ? "0" : String.join(" + ", sizes)).append(")%Q.\n\n");
    cx.sizeDefinitions.addAll(sizes);
  }

  private String arrival(Problem.Node n) {
    return arrival(cx, n.inputs().stream().map(i -> nodeName(cx, block.name(), i)).toList(),
        n.local());
  }

  /** A node's arrival: the max over its inputs' arrivals plus its local depth. */
  static String arrival(CoqContext cx, List<String> inputs, List<Poly> localTerm) {
    boolean simple = localTerm.size() == 1 && localTerm.get(0).terms().size() <= 1;
    String local = simple ? cx.max(localTerm) : "(" + cx.max(localTerm) + ")";
    return inputs.isEmpty() ? local : maxOf(inputs) + " + " + local;
  }

  private static String maxOf(List<String> xs) {
    if (xs.size() == 1) {
      return xs.get(0);
    }
    String rest = maxOf(xs.subList(1, xs.size()));
    return "Z.max " + xs.get(0) + " " + (xs.size() == 2 ? rest : "(" + rest + ")");
  }

  private List<Poly> potential(String node) {
    List<Poly> p = cx.witnesses.arrivals().getOrDefault(block.name(), Map.of()).get(node);
    if (p == null) {
      throw new NotExportable("the certificate gives no arrival for node " + block.name() + "."
          + node);
    }
    return p;
  }

  /** The names to unfold to see a node's definition: the node and its block inputs. */
  private String unfold(Problem.Node n) {
    LinkedHashSet<String> u = new LinkedHashSet<>();
    u.add(nodeName(cx, block.name(), n.name()));
    for (String in : n.inputs()) {
      if (blockInputs.contains(in)) {
        u.add(nodeName(cx, block.name(), in));
      }
    }
    return String.join(", ", u);
  }

  private Problem.Node node(String name) {
    return block.nodes().stream().filter(n -> n.name().equals(name)).findFirst().orElseThrow(
        () -> new NotExportable("no node " + name + " in block " + block.name()));
  }

  private void writeUpperBounds() {
    out.append("(* Upper bounds: every node's arrival is at most its potential, the certificate's"
        + "\n   arrival term (checked edge by edge). *)\n");
    for (Problem.Node n : block.nodes()) {
      String id = nodeName(cx, block.name(), n.name());
      out.append("Lemma ").append(id).append("_upper : ").append(id).append(" <= ")
          .append(cx.max(potential(n.name()))).append(".\nProof using Type*.\n  unfold ")
          .append(unfold(n)).append(".\n");
      for (String in : new LinkedHashSet<>(n.inputs())) {
        if (!blockInputs.contains(in)) {
          out.append("  pose proof ").append(nodeName(cx, block.name(), in)).append("_upper.\n");
        }
      }
      out.append("  lia.\nQed.\n");
    }
    String depth = depthName(cx, block.name());
    String output = nodeName(cx, block.name(), block.output());
    out.append("\nTheorem ").append(depth).append("_upper : ").append(depth).append(" <= ")
        .append(cx.max(potential(block.output()))).append(".\nProof using Type*. exact ")
        .append(output).append("_upper. Qed.\n\n");
  }

  private void writeCriticalPaths() {
    String depth = depthName(cx, block.name());
    List<Poly> terms = potential(block.output());
    List<String> paths = new ArrayList<>();
    for (int k = 0; k < terms.size(); k++) {
      List<Step> chain = chain(block.output(), terms.get(k));
      String id = depth + "_path_" + (k + 1);
      paths.add(id);
      out.append("(* Critical path ").append(k + 1).append(": ")
          .append(Comments.text(pathText(chain))).append(" *)\nLemma ").append(id)
          .append(" : ").append(cx.z(terms.get(k))).append(" <= ").append(depth)
          .append(".\nProof using Type*.\n");
      writeChain(chain);
      out.append("  unfold ").append(depth).append(". lia.\nQed.\n");
    }
    out.append("\nTheorem ").append(depth).append("_attained : ")
        .append(cx.max(terms)).append(" <= ").append(depth).append(".\nProof using Type*.\n");
    for (String p : paths) {
      out.append("  pose proof ").append(p).append(".\n");
    }
    out.append("  lia.\nQed.\n\nTheorem ").append(depth).append("_eq : ").append(depth)
        .append(" = ").append(cx.max(terms)).append(".\nProof using Type*.\n  apply Z.le_antisymm;"
            + " [exact ").append(depth).append("_upper | exact ").append(depth)
        .append("_attained].\nQed.\n\n");
    cx.mainTheorems.add(depth + "_eq");
    for (Problem.Claim c : cx.problem.claims()) {
      String prefix = block.name() + ".";
      if (c.subject().startsWith(prefix)) {
        writeNodeEquality(c.subject().substring(prefix.length()));
      }
    }
  }

  /** A node that is a claim's subject gets its own closed form, both directions. */
  private void writeNodeEquality(String nodeName) {
    String id = nodeName(cx, block.name(), node(nodeName).name());
    if (!cx.nodeEqualities.add(id)) {
      return;
    }
    List<Poly> terms = potential(nodeName);
    out.append("(* ").append(Comments.text(block.name() + "." + nodeName))
        .append(" is a claim's subject: its arrival in closed form. *)\nTheorem ").append(id)
        .append("_eq : ").append(id).append(" = ").append(cx.max(terms))
        .append(".\nProof using Type*.\n  apply Z.le_antisymm; [exact ").append(id)
        .append("_upper |].\n");
    for (Poly t : terms) {
      writeChain(chain(nodeName, t));
    }
    out.append("  lia.\nQed.\n\n");
  }

  private record Step(String node, Poly term) {}

  /** Walks the certificate's attainment witnesses back from (node, term) to a block input. */
  private List<Step> chain(String node, Poly term) {
    List<Step> steps = new ArrayList<>();
    String at = node;
    Poly t = term;
    for (int guard = 0; guard <= block.nodes().size(); guard++) {
      steps.add(0, new Step(at, t));
      Poly want = t;
      String here = at;
      Witnesses.Attained w = cx.witnesses.attainedBy().getOrDefault(block.name(), Map.of())
          .getOrDefault(at, List.of()).stream().filter(a -> a.term().equals(want)).findFirst()
          .orElseThrow(() -> new NotExportable("the certificate does not say how node "
              + block.name() + "." + here + " attains " + want));
      if (w.input().isEmpty() || blockInputs.contains(w.input())) {
        if (!w.input().isEmpty()) {
          steps.add(0, new Step(w.input(), Poly.ZERO));
        }
        return steps;
      }
      at = w.input();
      t = w.inputTerm();
    }
    throw new NotExportable("the attainment witnesses of " + block.name() + "." + node
        + " go round a cycle");
  }

  private static String pathText(List<Step> chain) {
    return String.join(" -> ", chain.stream().map(Step::node).toList());
  }

  /** One assertion per node on the path: its prefix of the path's term is attained there. */
  private void writeChain(List<Step> chain) {
    for (Step s : chain) {
      if (blockInputs.contains(s.node())) {
        continue;
      }
      Problem.Node n = node(s.node());
      out.append("  assert (").append(cx.z(s.term())).append(" <= ")
          .append(nodeName(cx, block.name(), n.name())).append(") by (unfold ").append(unfold(n))
          .append("; lia).\n");
    }
  }
}

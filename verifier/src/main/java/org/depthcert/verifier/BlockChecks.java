package org.depthcert.verifier;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Re-checks one block as a longest-path certificate: the DAG is acyclic, every node's local
 * term is the one its lemma gives, every node's arrival is exactly the normalised max over its
 * inputs' arrivals plus its local term (block inputs arrive at 0), every arrival term is
 * attained by the input and terms the certificate names, the block's depth is its output's
 * arrival, every critical path is a real path whose local terms add up to its term, and the
 * block's size is the sum of its nodes' sizes.
 */
final class BlockChecks {
  private static final Set<Poly> ZERO = Set.of(Poly.ZERO);

  private BlockChecks() {}

  static BlockInfo check(At block, Map<String, RuleInfo> rules) {
    String name = block.field("name").text();
    boolean opaque = block.field("opaque").bool();
    Set<Poly> depth = Terms.depth(block.field("depth"));
    if (opaque) {
      // An opaque block is a circuit the paper assumes given: one gadget of its own kind.
      return new BlockInfo(name, true, depth, Map.of("block:" + name, Poly.ONE), Map.of());
    }
    Set<String> inputs = new HashSet<>();
    for (At in : block.field("inputs").elements()) {
      if (!inputs.add(in.field("name").text())) {
        throw in.field("name").reject("input '" + in.field("name").text() + "' declared twice");
      }
    }
    List<At> nodes = block.field("nodes").elements();
    Map<String, At> byName = new LinkedHashMap<>();
    for (At n : nodes) {
      String nn = n.field("name").text();
      if (inputs.contains(nn) || byName.put(nn, n) != null) {
        throw n.field("name").reject("name '" + nn + "' used twice in block '" + name + "'");
      }
    }
    Map<String, Set<Poly>> arrivals = new LinkedHashMap<>();
    for (At n : nodes) {
      // in normal form once checked equal to the max the node's inputs give (checkNode)
      arrivals.put(n.field("name").text(), Terms.depthTerms(n.field("arrival")));
    }
    checkAcyclic(nodes, inputs, byName);
    Map<String, Poly> size = Map.of();
    Set<String> checked = new HashSet<>();
    for (At n : nodes) {
      checkNode(n, inputs, arrivals, rules, checked);
      checked.add(n.field("name").text());
      size = Sizes.plus(size, Terms.sizes(n.field("size")));
    }
    At output = block.field("output");
    if (!arrivals.containsKey(output.text())) {
      throw output.reject("output '" + output.text() + "' is not a node of the block");
    }
    if (!depth.equals(arrivals.get(output.text()))) {
      throw block.field("depth").reject("block depth " + depth + " is not the arrival "
          + arrivals.get(output.text()) + " of its output " + output.text());
    }
    checkCriticalPaths(block.field("criticalPaths"), depth, output.text(), inputs, byName,
        arrivals);
    if (!Sizes.same(size, Terms.sizes(block.field("size")))) {
      throw block.field("size").reject("block size is not the sum of its nodes' sizes "
          + size);
    }
    return new BlockInfo(name, false, depth, Terms.sizes(block.field("size")), arrivals);
  }

  /**
   * Kahn's algorithm, linear in nodes plus edges: every node must become ready (all its inputs
   * resolved) without going round a cycle.
   */
  private static void checkAcyclic(List<At> nodes, Set<String> inputs, Map<String, At> byName) {
    Map<String, Integer> waiting = new HashMap<>();
    Map<String, List<String>> users = new HashMap<>();
    ArrayDeque<String> ready = new ArrayDeque<>();
    for (At n : nodes) {
      String nn = n.field("name").text();
      int count = 0;
      for (At in : n.field("inputs").elements()) {
        if (!inputs.contains(in.text()) && !byName.containsKey(in.text())) {
          throw in.reject("unknown input '" + in.text() + "'");
        }
        if (byName.containsKey(in.text())) {
          users.computeIfAbsent(in.text(), k -> new ArrayList<>()).add(nn);
          count++;
        }
      }
      waiting.put(nn, count);
      if (count == 0) {
        ready.add(nn);
      }
    }
    while (!ready.isEmpty()) {
      for (String user : users.getOrDefault(ready.poll(), List.of())) {
        if (waiting.merge(user, -1, Integer::sum) == 0) {
          ready.add(user);
        }
      }
    }
    for (At n : nodes) {
      if (waiting.get(n.field("name").text()) != 0) {
        throw n.field("inputs").reject("node '" + n.field("name").text()
            + "' is on a cycle or depends on one");
      }
    }
  }

  /** Checks one node; the arrivals of the nodes in {@code checked} are known normal forms. */
  private static void checkNode(At n, Set<String> inputs, Map<String, Set<Poly>> arrivals,
      Map<String, RuleInfo> rules, Set<String> checked) {
    At ruleId = n.field("rule");
    RuleInfo rule = rules.get(ruleId.text());
    if (rule == null) {
      throw ruleId.reject("rule '" + ruleId.text() + "' is not in the rules section");
    }
    if (!rule.ops().contains(n.field("op").text())) {
      throw n.field("op").reject("op '" + n.field("op").text() + "' is not one of rule "
          + rule.id() + "'s ops " + rule.ops());
    }
    Set<Poly> local = Terms.depth(n.field("local"));
    // issue #9 class 1: the lemma's term instantiated with the node's bindings, as sizes are
    Map<String, Poly> bindings = bindings(n);
    List<Poly> instantiated = new ArrayList<>();
    lemmaTerm(n.field("mode"), rule).forEach(t -> instantiated.add(t.substituteAll(bindings)));
    Set<Poly> expectedLocal = MaxTerm.normalise(instantiated);
    if (!local.equals(expectedLocal)) {
      throw n.field("local").reject("local depth " + local + " is not " + rule.id() + "'s "
          + expectedLocal);
    }
    List<String> ins = n.field("inputs").elements().stream().map(At::text).toList();
    List<Set<Poly>> from = new ArrayList<>();
    for (String in : ins) {
      // an input listed after this node is not checked yet: its normal form is taken here
      from.add(inputs.contains(in) ? ZERO : checked.contains(in) ? arrivals.get(in)
          : MaxTerm.normalise(new ArrayList<>(arrivals.get(in))));
    }
    Set<Poly> expected = ins.isEmpty() ? local : MaxTerm.maxOfSums(from, local);
    Set<Poly> arrival = arrivals.get(n.field("name").text());
    if (!arrival.equals(expected)) {
      Terms.checkNormalForm(n.field("arrival"), arrival); // the reading's own rejection first
      throw n.field("arrival").reject("arrival " + arrival + " is not max over inputs "
          + ins + " plus local = " + expected);
    }
    checkAttainment(n, ins, inputs, arrivals, local);
  }

  /** The term a node's mode takes from its lemma: the axiom, the body's fold, or the statement. */
  private static Set<Poly> lemmaTerm(At mode, RuleInfo rule) {
    switch (mode.text()) {
      case "axiom":
        if (rule.derived()) {
          throw mode.reject("rule " + rule.id() + " is derived, not an axiom");
        }
        return rule.depth();
      case "tight":
        if (!rule.derived()) {
          throw mode.reject("rule " + rule.id() + " is an axiom: mode must be axiom");
        }
        return rule.depth();
      case "modular":
        // issue #9 class 2: a statement is used only once its body's fold is proved below it
        rule.checkStatementProved(mode);
        return rule.stated().orElseThrow(() -> mode.reject("rule " + rule.id()
            + " states no depth to use modularly"));
      default:
        throw mode.reject("mode must be axiom, tight or modular, not '" + mode.text() + "'");
    }
  }

  /** The node's shape bindings as exact polynomials ({@code bindings}, canonical texts). */
  private static Map<String, Poly> bindings(At n) {
    Map<String, Poly> out = new LinkedHashMap<>();
    n.field("bindings").members().forEach((k, v) -> out.put(k, Terms.polynomial(v)));
    return out;
  }

  /**
   * Equality on each witness: the i-th arrival term (in the arrival's written order) is the
   * named input's term {@code inputTerm} (a position in that input's arrival; 0, the term 0,
   * for a block input or a node without inputs) plus the local term {@code localTerm}.
   */
  private static void checkAttainment(At n, List<String> ins, Set<String> inputs,
      Map<String, Set<Poly>> arrivals, Set<Poly> local) {
    List<Poly> arrival = List.copyOf(arrivals.get(n.field("name").text()));
    List<At> attained = n.field("attainedBy").elements();
    if (attained.size() != arrival.size()) {
      throw n.field("attainedBy").reject("expected one witness per arrival term ("
          + arrival.size() + "), found " + attained.size());
    }
    List<Poly> locals = List.copyOf(local);
    for (int i = 0; i < attained.size(); i++) {
      At a = attained.get(i);
      Poly term = arrival.get(i);
      String input = a.field("input").text();
      Set<Poly> from;
      if (input.isEmpty()) {
        if (!ins.isEmpty()) {
          throw a.field("input").reject("node has inputs: the witness must name one");
        }
        from = ZERO;
      } else if (!ins.contains(input)) {
        throw a.field("input").reject("'" + input + "' is not an input of this node");
      } else {
        from = inputs.contains(input) ? ZERO : arrivals.get(input);
      }
      Poly inputTerm = position(a.field("inputTerm"), List.copyOf(from),
          "the arrival of '" + input + "'");
      Poly localTerm = position(a.field("localTerm"), locals, "the local depth");
      if (!inputTerm.plus(localTerm).equals(term)) {
        throw a.reject("input term + local term = " + inputTerm.plus(localTerm)
            + ", not the arrival term " + term);
      }
    }
  }

  /** The term at a written position (0-based) of a depth term. */
  private static Poly position(At index, List<Poly> terms, String of) {
    int i = index.smallInt();
    if (i < 0 || i >= terms.size()) {
      throw index.reject("no term " + i + " in " + of + " " + terms);
    }
    return terms.get(i);
  }

  /**
   * One critical path per term of the block's depth, each ending at the output: walking it
   * backwards along the witnesses must visit exactly the listed nodes and end at a block input
   * with nothing left (or at a node without inputs whose witness is its local term).
   */
  private static void checkCriticalPaths(At paths, Set<Poly> depth, String output,
      Set<String> inputs, Map<String, At> byName, Map<String, Set<Poly>> arrivals) {
    List<At> all = paths.elements();
    if (all.size() != depth.size()) {
      throw paths.reject("expected one critical path per term of the depth (" + depth.size()
          + "), found " + all.size());
    }
    Set<Poly> covered = new HashSet<>();
    for (At p : all) {
      Poly term = Terms.polynomial(p.field("term"));
      if (!depth.contains(term) || !covered.add(term)) {
        throw p.field("term").reject("not a distinct term of the block depth " + depth);
      }
      List<At> names = p.field("nodes").elements();
      if (names.isEmpty() || !names.get(names.size() - 1).text().equals(output)) {
        throw p.field("nodes").reject("a critical path must end at the output " + output);
      }
      Poly t = term;
      int i = names.size() - 1;
      while (true) {
        At here = names.get(i);
        if (inputs.contains(here.text())) {
          if (i != 0 || !t.isZero()) {
            throw here.reject("path reaches block input '" + here.text() + "' with " + t
                + " left over");
          }
          break;
        }
        At node = Optional.ofNullable(byName.get(here.text())).orElseThrow(
            () -> here.reject("'" + here.text() + "' is not a node or input of the block"));
        List<Poly> arrival = List.copyOf(arrivals.get(here.text()));
        int k = arrival.indexOf(t);
        final Poly sought = t;
        if (k < 0) {
          throw here.reject("no witness of " + sought + " at " + here.text());
        }
        At w = node.field("attainedBy").elements().get(k);
        String input = w.field("input").text();
        if (input.isEmpty()) {
          if (i != 0) {
            throw here.reject("path continues before a node without inputs");
          }
          break;
        }
        if (i == 0 || !names.get(i - 1).text().equals(input)) {
          throw here.reject("the witness of " + t + " at " + here.text() + " comes from '"
              + input + "', not from the previous node on the path");
        }
        // checked by checkAttainment: a valid position in the input's arrival
        t = inputs.contains(input) ? Poly.ZERO
            : List.copyOf(arrivals.get(input)).get(w.field("inputTerm").smallInt());
        i--;
      }
    }
  }
}

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
    Map<String, Map<Poly, Witness>> witnesses = new HashMap<>();
    for (At n : nodes) {
      witnesses.put(n.field("name").text(), checkNode(n, inputs, arrivals, rules,
          witnesses.keySet()));
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
        witnesses);
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

  /** One arrival term's witness: the input it comes from ("" for none) and that input's term. */
  private record Witness(String input, Poly inputTerm) {}

  /**
   * Checks one node; returns its witnesses by the arrival term they attain. The arrivals of the
   * nodes in {@code checked} are known to be in normal form.
   */
  private static Map<Poly, Witness> checkNode(At n, Set<String> inputs,
      Map<String, Set<Poly>> arrivals, Map<String, RuleInfo> rules, Set<String> checked) {
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
    return checkAttainment(n, ins, inputs, arrivals, local);
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

  /**
   * The node's shape bindings as exact polynomials ({@code bindingTerms}), each agreeing with
   * its ASCII form in {@code bindings}.
   */
  private static Map<String, Poly> bindings(At n) {
    Map<String, Poly> out = new LinkedHashMap<>();
    At terms = n.field("bindingTerms");
    Map<String, At> texts = n.field("bindings").members();
    for (Map.Entry<String, At> e : terms.members().entrySet()) {
      Poly p = Terms.polynomial(e.getValue());
      At text = texts.get(e.getKey());
      // the same text as bindingTerms' checked ASCII form says the same polynomial
      if (text == null || !text.text().equals(e.getValue().node().path("ascii").asText())
          && !AsciiForm.polynomial(text.text()).equals(Optional.of(p))) {
        throw e.getValue().reject("binding " + e.getKey() + " differs from bindings");
      }
      out.put(e.getKey(), p);
    }
    if (!texts.keySet().equals(terms.members().keySet())) {
      throw terms.reject("bindingTerms and bindings name different variables");
    }
    return out;
  }

  /** Equality on each witness: every arrival term is some input's term plus a local term. */
  private static Map<Poly, Witness> checkAttainment(At n, List<String> ins, Set<String> inputs,
      Map<String, Set<Poly>> arrivals, Set<Poly> local) {
    Set<Poly> arrival = arrivals.get(n.field("name").text());
    List<At> attained = n.field("attainedBy").elements();
    if (attained.size() != arrival.size()) {
      throw n.field("attainedBy").reject("expected one witness per arrival term ("
          + arrival.size() + "), found " + attained.size());
    }
    Map<Poly, Witness> covered = new HashMap<>();
    for (At a : attained) {
      Poly term = Terms.polynomial(a.field("term"));
      Poly inputTerm = Terms.polynomial(a.field("inputTerm"));
      Poly localTerm = Terms.polynomial(a.field("localTerm"));
      String input = a.field("input").text();
      if (!arrival.contains(term) || covered.putIfAbsent(term, new Witness(input, inputTerm))
          != null) {
        throw a.field("term").reject("not a distinct term of the arrival " + arrival);
      }
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
      if (!from.contains(inputTerm)) {
        throw a.field("inputTerm").reject(inputTerm + " is not a term of the arrival of '"
            + input + "' " + from);
      }
      if (!local.contains(localTerm)) {
        throw a.field("localTerm").reject(localTerm + " is not a term of the local depth");
      }
      if (!inputTerm.plus(localTerm).equals(term)) {
        throw a.field("term").reject("input term + local term = " + inputTerm.plus(localTerm)
            + ", not " + term);
      }
    }
    return covered;
  }

  /**
   * One critical path per term of the block's depth, each ending at the output: walking it
   * backwards along the witnesses must visit exactly the listed nodes and end at a block input
   * with nothing left (or at a node without inputs whose witness is its local term).
   */
  private static void checkCriticalPaths(At paths, Set<Poly> depth, String output,
      Set<String> inputs, Map<String, At> byName, Map<String, Map<Poly, Witness>> witnesses) {
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
        if (!byName.containsKey(here.text())) {
          throw here.reject("'" + here.text() + "' is not a node or input of the block");
        }
        // the witnesses checkAttainment has read and checked, by the term they attain
        Witness w = witnesses.get(here.text()).get(t);
        if (w == null) {
          throw here.reject("no witness of " + t + " at " + here.text());
        }
        String input = w.input();
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
        t = w.inputTerm();
        i--;
      }
    }
  }
}

package org.depthcert.simulate;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.function.LongConsumer;
import org.depthcert.algebra.Polynomial;
import org.depthcert.fold.BlockResult;
import org.depthcert.fold.Folded;
import org.depthcert.fold.NodeResult;
import org.depthcert.spec.BlockSpec;
import org.depthcert.spec.ModelItem;
import org.depthcert.spec.NodeSpec;
import org.depthcert.spec.Parameter;
import org.depthcert.spec.Shape;
import org.depthcert.spec.Spec;
import org.depthcert.spec.SpecError;

/**
 * Builds the explicit circuit of a folded spec at concrete sizes and compares it, node by node,
 * with the fold evaluated at the same point (docs/simulate.md).
 */
public final class Simulator {
  /** The default limit on the gadgets the fold predicts, checked before building. */
  public static final long DEFAULT_LIMIT = 50_000_000L;

  /**
   * What to simulate.
   *
   * @param parameters values of the spec's parameters (at least 1 each)
   * @param profile depth constants given a value; the others are drawn with {@code seed}
   * @param progress told the gadget count as the circuit grows
   */
  public record Request(Map<String, BigInteger> parameters, Map<String, BigInteger> profile,
      long seed, long limit, LongConsumer progress) {}

  private final Folded folded;
  private final Spec spec;
  private final Values values;
  private final Circuit circuit;
  private final Kinds kinds = new Kinds();
  private final Expander expander;
  private Difference first;
  private String deepestBlock;
  private int deepestInstance;
  private NodeResult deepestNode;
  private long deepestArrival = -1;
  private long deepestSymbolic;
  private boolean stopped;
  private int instance;

  private Simulator(Folded folded, Values values, long predicted) {
    this.folded = folded;
    this.spec = folded.spec();
    this.values = values;
    long cap = Math.min(predicted + 4096, Integer.MAX_VALUE - 64);
    this.circuit = new Circuit((int) cap, (int) Math.min(2 * cap, Integer.MAX_VALUE - 64));
    this.expander = new Expander(folded.catalog(), circuit, kinds);
    expander.at(values);
  }

  /** The gadgets the fold predicts at the request's sizes (what the limit is checked against). */
  public static BigInteger predicted(Folded folded, Map<String, BigInteger> parameters) {
    Map<String, BigInteger> known = new HashMap<>();
    parameters(folded.spec(), parameters).forEach((k, x) -> {
      if (x != null) {
        known.put(k, x);
      }
    });
    parameters.forEach((k, x) -> {
      if (x != null) {
        known.putIfAbsent(k, x);
      }
    });
    Values v = new Values(known);
    BigInteger total = BigInteger.ZERO;
    for (Map.Entry<String, Polynomial> e : folded.model().size().entrySet()) {
      total = total.add(v.count(e.getValue(), "the size of kind " + e.getKey()));
    }
    return total;
  }

  public static Simulation run(Folded folded, Request request) {
    long started = System.nanoTime();
    Spec spec = folded.spec();
    Map<String, BigInteger> params = parameters(spec, request.parameters());
    TreeMap<String, BigInteger> profile = Profile.of(folded, request.profile(), request.seed());
    Map<String, BigInteger> point = new HashMap<>();
    params.forEach((k, v) -> {
      if (v != null) {
        point.put(k, v);
      }
    });
    point.putAll(profile);
    Values values = new Values(point);
    BigInteger predicted = predicted(folded, point);
    if (predicted.compareTo(BigInteger.valueOf(request.limit())) > 0) {
      throw new SimulationError("the circuit would have " + predicted + " gadgets (the fold's "
          + "count at these sizes), more than the limit of " + request.limit()
          + "; use smaller sizes or --limit");
    }
    Simulator s = new Simulator(folded, values, predicted.longValue());
    s.circuit.onProgress(request.progress());
    s.items(spec.model(), new State(new int[0], BigInteger.ZERO));
    TreeMap<String, BigInteger> symbolicGadgets = new TreeMap<>();
    folded.model().size().forEach((k, p) -> {
      BigInteger c = values.count(p, "the size of kind " + k);
      if (c.signum() != 0) {
        symbolicGadgets.put(k, c);
      }
    });
    TreeMap<String, BigInteger> explicitGadgets = new TreeMap<>();
    for (int k = 0; k < s.kinds.names().size(); k++) {
      if (s.circuit.count(k) != 0) {
        explicitGadgets.put(s.kinds.names().get(k), BigInteger.valueOf(s.circuit.count(k)));
      }
    }
    BigInteger symbolicDepth = BigInteger.valueOf(values.depth(folded.model().depth(),
        "the model's depth"));
    OptionalLong explicitDepth = s.stopped ? OptionalLong.empty()
        : OptionalLong.of(s.circuit.depth());
    if (s.first == null && explicitDepth.isPresent()
        && explicitDepth.getAsLong() != symbolicDepth.longValueExact()
        && s.deepestNode != null) {
      // every node agrees, yet the longest path ends deeper than the model: at a node whose
      // result no output uses
      s.first = s.difference("depth", s.deepestBlock, s.deepestInstance, s.deepestNode,
          s.deepestArrival, Map.of(), "", s.deepestSymbolic, Map.of(), "");
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    LinkedHashMap<String, BigInteger> shownParams = new LinkedHashMap<>(params);
    return new Simulation(shownParams, profile, request.seed(), folded.model().depth(),
        symbolicDepth, explicitDepth, symbolicGadgets, explicitGadgets, s.circuit.gadgets(),
        s.circuit.nodes(), s.circuit.edges(), s.circuit.bytes(), seconds,
        Optional.ofNullable(s.first));
  }

  /**
   * Every parameter the spec declares, in its order; null for one given no value. A parameter
   * the spec defines by others ({@code d: {equals: "h*e"}}) takes its value from them once they
   * all have one; given a value too, the two must agree (anything else is bad input at the
   * relation: the fold's reshapes were checked against it).
   */
  private static Map<String, BigInteger> parameters(Spec spec, Map<String, BigInteger> given) {
    LinkedHashMap<String, BigInteger> params = new LinkedHashMap<>();
    for (Parameter p : spec.parameters()) {
      BigInteger v = given.get(p.name());
      if (v != null && v.signum() < 1) {
        throw new SimulationError("parameter " + p.name() + " must be at least 1, not " + v);
      }
      params.put(p.name(), v);
    }
    java.util.Set<String> derived = new java.util.HashSet<>();
    boolean more = true;
    while (more) { // a relation may name a parameter that is itself defined by others
      more = false;
      for (Parameter p : spec.parameters()) {
        if (p.equals().isEmpty() || derived.contains(p.name())) {
          continue;
        }
        Polynomial rel = p.equals().get();
        TreeMap<String, BigInteger> known = new TreeMap<>();
        List<String> shown = new ArrayList<>();
        for (String x : new java.util.TreeSet<>(rel.variables())) {
          if (params.get(x) != null) {
            known.put(x, params.get(x));
            shown.add(x + "=" + params.get(x));
          }
        }
        if (!known.keySet().containsAll(rel.variables())) {
          continue;
        }
        String path = "parameters." + p.name() + ".equals";
        org.apache.commons.numbers.fraction.BigFraction f = rel.evaluate(known);
        String at = p.name() + " = " + rel.ascii() + " at " + String.join(", ", shown);
        if (!f.getDenominator().equals(BigInteger.ONE) || f.getNumerator().signum() < 1) {
          throw spec.error(path, "simulate: " + at + " is " + f + ", not a whole number >= 1");
        }
        BigInteger v = f.getNumerator();
        BigInteger g = params.get(p.name());
        if (g != null && !g.equals(v)) {
          throw spec.error(path, "simulate: " + p.name() + " is given as " + g + " but the spec "
              + "defines " + at + ", which is " + v + "; give " + v + " or leave "
              + p.name() + " out");
        }
        params.put(p.name(), v);
        derived.add(p.name());
        more = true;
      }
    }
    return params;
  }

  /** Where the circuit is between blocks: the previous output's entries, the symbolic time. */
  private record State(int[] output, BigInteger symbolicTime) {}

  private State items(List<ModelItem> items, State state) {
    State s = state;
    for (ModelItem item : items) {
      if (stopped) {
        return s;
      }
      if (item instanceof ModelItem.BlockStep) {
        s = block(((ModelItem.BlockStep) item).block(), s);
      } else {
        ModelItem.Repeat r = (ModelItem.Repeat) item;
        int times = at(item.path(), () -> values.of(r.count(), "repeat count"));
        for (int i = 0; i < times && !stopped; i++) {
          s = items(r.body(), s);
        }
      }
    }
    return s;
  }

  private State block(String name, State state) {
    instance++;
    BlockSpec b = spec.blocks().get(name);
    circuit.begin();
    for (int id : state.output()) {
      circuit.edge(id);
    }
    int start = circuit.end(Circuit.WIRE, 0, 0);
    if (b.isOpaque()) {
      int depth = at(b.path(), () -> values.depth(b.opaqueDepth().orElseThrow(), "the depth"));
      circuit.begin();
      circuit.edge(start);
      int g = circuit.end(kinds.of("block:" + name), depth, 1);
      BigInteger end = state.symbolicTime().add(BigInteger.valueOf(depth));
      long arrival = circuit.arrival(g);
      if (first == null && arrival != end.longValueExact()) {
        first = new Difference("arrival", name, instance, "", "opaque", "",
            new Difference.Side(arrival, Map.of("block:" + name, BigInteger.ONE), ""),
            new Difference.Side(end.longValueExact(), Map.of("block:" + name, BigInteger.ONE),
                ""));
      }
      return new State(new int[] {g}, end);
    }
    BlockResult folded = this.folded.blocks().get(name);
    Map<String, Mat> mats = new HashMap<>();
    for (Map.Entry<String, Shape> in : b.inputs().entrySet()) {
      String path = b.path() + ".inputs." + in.getKey();
      Mat m = at(path, () -> Mat.of(Expander.dims(in.getValue(), values)));
      for (int i = 0; i < m.entries(); i++) {
        circuit.begin();
        circuit.edge(start);
        m.ids()[i] = circuit.end(Circuit.WIRE, 0, 0);
      }
      mats.put(in.getKey(), m);
    }
    for (NodeSpec n : at(b.path(), () -> Topology.order(b))) {
      List<Mat> args = new ArrayList<>();
      n.inputs().forEach(x -> args.add(mats.get(x)));
      long[] before = counts();
      Mat out = at(n.path(), () -> expander.node(n, args, values));
      mats.put(n.name(), out);
      compare(name, folded.node(n.name()), out, before, state.symbolicTime());
      if (stopped) {
        return state;
      }
    }
    Mat out = mats.get(b.output());
    int[] ids = java.util.Arrays.copyOfRange(out.ids(), out.offset(),
        out.offset() + out.entries());
    BigInteger depth = BigInteger.valueOf(values.depth(folded.depth(), "the block's depth"));
    return new State(ids, state.symbolicTime().add(depth));
  }

  private void compare(String block, NodeResult r, Mat out, long[] before, BigInteger time) {
    long arrival = circuit.latest(out.ids(), out.offset(), out.entries());
    long symbolic = time.add(BigInteger.valueOf(values.depth(r.arrival(), "the arrival")))
        .longValueExact();
    if (arrival > deepestArrival) {
      deepestArrival = arrival;
      deepestSymbolic = symbolic;
      deepestBlock = block;
      deepestInstance = instance;
      deepestNode = r;
    }
    TreeMap<String, BigInteger> explicit = new TreeMap<>();
    for (int k = 0; k < kinds.names().size(); k++) {
      long d = circuit.count(k) - (k < before.length ? before[k] : 0);
      if (d != 0) {
        explicit.put(kinds.names().get(k), BigInteger.valueOf(d));
      }
    }
    TreeMap<String, BigInteger> sym = new TreeMap<>();
    r.size().forEach((k, p) -> {
      BigInteger c = values.count(p, "the size of " + r.name());
      if (c.signum() != 0) {
        sym.put(k, c);
      }
    });
    String shape = out.shape();
    List<String> dims = new ArrayList<>();
    r.shape().dims().forEach(x -> dims.add(values.count(x, "a dimension").toString()));
    String symShape = "[" + String.join(", ", dims) + "]";
    String what = !shape.equals(symShape) ? "shape" : !explicit.equals(sym) ? "gadgets"
        : arrival != symbolic ? "arrival" : null;
    if (what != null && first == null) {
      first = difference(what, block, instance, r, arrival, explicit, shape, symbolic, sym,
          symShape);
    }
    if ("shape".equals(what)) {
      stopped = true; // later nodes would read a matrix of another shape than the fold's
    }
  }

  private Difference difference(String what, String block, int inst, NodeResult r,
      long arrival, Map<String, BigInteger> explicit, String shape, long symbolic,
      Map<String, BigInteger> sym, String symShape) {
    return new Difference(what, block, inst, r.name(), r.op(), r.rule().id(),
        new Difference.Side(arrival, explicit, shape),
        new Difference.Side(symbolic, sym, symShape));
  }

  private long[] counts() {
    long[] c = new long[kinds.names().size()];
    for (int k = 0; k < c.length; k++) {
      c[k] = circuit.count(k);
    }
    return c;
  }

  /** Runs a step of the build, turning a simulation error into one located in the spec. */
  private <T> T at(String path, java.util.function.Supplier<T> step) {
    try {
      return step.get();
    } catch (SimulationError e) {
      SpecError located = spec.error(path, "simulate: " + e.getMessage());
      throw located;
    }
  }
}

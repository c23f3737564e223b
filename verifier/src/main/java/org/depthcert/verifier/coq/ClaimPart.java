package org.depthcert.verifier.coq;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.numbers.fraction.BigFraction;
import org.depthcert.verifier.AsciiForm;
import org.depthcert.verifier.Poly;

/**
 * The claims, after the section has closed, each a theorem quantified explicitly over its
 * variables (integers >= 1 and the spec's assumptions over them) under the paper's id. HOLDS:
 * computed <= stated, TIGHT: equality, each bound from the certificate's weights and multipliers
 * as a polynomial identity ({@code ring}) whose shifted residual has only non-negative terms.
 * FAILS: the negation, by the counterexample computed by {@code vm_compute}.
 */
final class ClaimPart {
  private final CoqContext cx;
  private final StringBuilder out;

  ClaimPart(CoqContext cx, StringBuilder out) {
    this.cx = cx;
    this.out = out;
  }

  void write() {
    out.append("\n(* ").append("=".repeat(70)).append("\n   The claims, under the paper's ids\n   ")
        .append("=".repeat(70)).append(" *)\n");
    for (Problem.Claim c : cx.problem.claims()) {
      writeClaim(c);
    }
  }

  private void writeClaim(Problem.Claim c) {
    String id = cx.names.of("claim:" + c.id(), c.id());
    out.append("\n(* ").append(Comments.text(c.id())).append(" (subject ")
        .append(Comments.text(c.subject())).append("): ").append(Comments.text(c.source()))
        .append(" *)\n");
    Witnesses.ClaimWitness w = cx.witnesses.claims().get(c.id());
    if (c.stated().isEmpty() || w == null || w.verdict().isEmpty()) {
      out.append("(* States no depth");
      c.claimedClass().ifPresent(k -> out.append(", only the class ").append(Comments.text(k)));
      out.append(": nothing arithmetic to prove. *)\n");
      return;
    }
    List<Poly> stated = c.stated().get();
    Subject s = subject(c.subject());
    switch (w.verdict()) {
      case "HOLDS", "TIGHT" -> writeHolds(id, s, stated, w);
      case "FAILS" -> writeFails(id, c, s, stated, w);
      default -> out.append("(* The certificate leaves this claim UNDECIDED: nothing is proved "
          + "about it. *)\n");
    }
  }

  /** A claim's subject: the definition it is about and how to rewrite it to its closed form. */
  private record Subject(String definition, String toClosedForm, List<Poly> closedForm) {}

  private Subject subject(String subject) {
    if (subject.equals("model")) {
      return new Subject("model_depth", "rewrite model_depth_closed_form by lia.",
          cx.witnesses.modelDepth());
    }
    if (subject.startsWith("rule:")) {
      String op = subject.substring(5);
      return new Subject(RulePart.depthName(cx, op), RulePart.toClosedForm(cx, op),
          RulePart.rule(cx, op).depth());
    }
    int dot = subject.indexOf('.');
    String blockName = dot < 0 ? subject : subject.substring(0, dot);
    Problem.Block b = cx.problem.blocks().stream().filter(x -> x.name().equals(blockName))
        .findFirst().orElseThrow(() -> new NotExportable("unknown subject " + subject));
    if (dot >= 0) {
      String node = BlockPart.nodeName(cx, blockName, subject.substring(dot + 1));
      return new Subject(node, "rewrite " + node + "_eq by lia.",
          arrival(blockName, subject.substring(dot + 1)));
    }
    String depth = BlockPart.depthName(cx, blockName);
    return b.opaque() ? new Subject(depth, "unfold " + depth + ".", b.opaqueDepth().get())
        : new Subject(depth, "rewrite " + depth + "_eq by lia.", arrival(blockName, b.output()));
  }

  private List<Poly> arrival(String block, String node) {
    List<Poly> a = cx.witnesses.arrivals().getOrDefault(block, Map.of()).get(node);
    if (a == null) {
      throw new NotExportable("the certificate gives no arrival for node " + block + "." + node);
    }
    return a;
  }

  /** {@code forall x y : Z, 1 <= x -> 1 <= y -> assumptions ->} over the claim's variables. */
  private List<String> binders(Set<String> vars) {
    return cx.closure(vars);
  }

  private String quantified(List<String> vars, List<String> extra) {
    StringBuilder sb = new StringBuilder("forall");
    vars.forEach(v -> sb.append(' ').append(cx.var(v)));
    sb.append(" : Z,\n  ");
    List<String> hyps = new ArrayList<>();
    vars.forEach(v -> hyps.add("1 <= " + cx.var(v)));
    hyps.addAll(cx.assumptionsOver(vars));
    hyps.addAll(extra);
    hyps.forEach(h -> sb.append(h).append(" ->\n  "));
    return sb.toString();
  }

  private Set<String> variables(Subject s, List<Poly> stated) {
    Set<String> v = new TreeSet<>(cx.uses(s.definition()));
    stated.forEach(p -> v.addAll(p.variables()));
    return v;
  }

  private void writeHolds(String id, Subject s, List<Poly> stated, Witnesses.ClaimWitness w) {
    boolean tight = w.verdict().equals("TIGHT");
    List<String> vars = binders(variables(s, stated));
    out.append("(* ").append(tight ? "TIGHT: the computed depth equals the stated one"
        : "HOLDS: the computed depth is at most the stated one").append(". *)\nTheorem ")
        .append(id).append(" : ").append(quantified(vars, List.of()))
        .append(cx.applied(s.definition(), cx::var)).append(tight ? " = " : " <= ")
        .append(cx.max(stated)).append(".\nProof.\n  intros.\n  ").append(s.toClosedForm())
        .append('\n');
    int k = 0;
    for (Witnesses.Bound b : w.bounds()) {
      writeBound(++k, b, w.weighted(), stated);
    }
    out.append("  lia.\nQed.\n");
    cx.mainTheorems.add(id);
  }

  /**
   * {@code t <= max_j s_j} from weights lambda_j and multipliers mu_k: with D clearing every
   * denominator, D (sum lambda_j s_j - sum mu_k c_k (rhs_k - lhs_k) - t) is, by ring, a
   * polynomial in the shifted variables x - 1 >= 0 with non-negative coefficients. The weights
   * refer to {@code stated} in the certificate's order; the assertion is about the claim's own
   * stated terms, so a certificate whose terms are not the claim's cannot prove it.
   */
  private void writeBound(int k, Witnesses.Bound b, List<Poly> stated, List<Poly> claim) {
    if (b.lambdas().size() != stated.size()) {
      throw new NotExportable("a bound has " + b.lambdas().size() + " weights for "
          + stated.size() + " stated terms");
    }
    Poly combination = Poly.ZERO;
    BigInteger denominators = BigInteger.ONE;
    for (int j = 0; j < stated.size(); j++) {
      combination = combination.plus(stated.get(j).scale(b.lambdas().get(j)));
      denominators = lcm(denominators, b.lambdas().get(j).getDenominator());
    }
    List<String> gaps = new ArrayList<>();
    for (Witnesses.Multiplier m : b.multipliers()) {
      if (m.assumption() < 0 || m.assumption() >= cx.problem.assumptions().size()) {
        throw new NotExportable("a multiplier names no assumption of the spec");
      }
      Problem.Assumption a = cx.problem.assumptions().get(m.assumption());
      Poly cofactor = Poly.monomial(m.cofactor(), BigFraction.ONE);
      combination = combination.minus(cofactor.times(a.rhs().minus(a.lhs())).scale(m.value()));
      denominators = lcm(denominators, m.value().getDenominator());
      gaps.add(cx.z(cofactor) + " * (" + cx.z(a.rhs()) + " - " + grouped(a.lhs()) + ")");
    }
    combination = combination.minus(b.term());
    for (BigFraction c : combination.terms().values()) {
      denominators = lcm(denominators, c.getDenominator());
    }
    BigFraction d = BigFraction.of(denominators);
    Poly residual = combination.scale(d).shifted();
    List<String> rv = cx.variables.stream().filter(residual.variables()::contains).toList();
    out.append("  (* computed term ").append(k).append(": ").append(Comments.text(cx.z(b.term())))
        .append(" *)\n  assert (").append(cx.z(b.term())).append(" <= ").append(cx.max(claim))
        .append(").\n  {\n");
    String shifted = cx.terms.z(residual, v -> cx.var(v) + "'");
    if (rv.isEmpty()) {
      out.append("    (* the residual is the constant ").append(shifted).append(" *)\n");
    } else {
      out.append("    assert (R : forall");
      rv.forEach(v -> out.append(' ').append(cx.var(v)).append('\''));
      out.append(" : Z, ");
      rv.forEach(v -> out.append("0 <= ").append(cx.var(v)).append("' -> "));
      out.append("0 <= ").append(shifted).append(")\n      by (intros; repeat apply "
          + "Z.add_nonneg_nonneg; repeat apply Z.mul_nonneg_nonneg; lia).\n    specialize (R");
      rv.forEach(v -> out.append(" (").append(cx.var(v)).append(" - 1)"));
      rv.forEach(v -> out.append(" ltac:(lia)"));
      out.append(").\n");
    }
    int g = 0;
    for (String gap : gaps) {
      out.append("    assert (G").append(++g).append(" : 0 <= ").append(gap)
          .append(") by (apply Z.mul_nonneg_nonneg; [repeat apply Z.mul_nonneg_nonneg | ]; "
              + "lia).\n");
    }
    List<String> lhs = new ArrayList<>();
    for (int j = 0; j < stated.size(); j++) {
      BigFraction l = b.lambdas().get(j).multiply(d);
      if (l.signum() != 0) {
        lhs.add(l.getNumerator() + " * (" + cx.z(stated.get(j)) + ")");
      }
    }
    for (int i = 0; i < gaps.size(); i++) {
      BigFraction mu = b.multipliers().get(i).value().multiply(d);
      lhs.add("- " + mu.getNumerator() + " * (" + gaps.get(i) + ")");
    }
    lhs.add("- " + denominators + " * (" + cx.z(b.term()) + ")");
    String residualAtX = cx.terms.z(residual, v -> "(" + cx.var(v) + " - 1)");
    out.append("    assert (E : ").append(String.join(" ", lhs).replace(" - ", " - "))
        .append(" = ").append(residualAtX).append(") by ring.\n    lia.\n  }\n");
  }

  private void writeFails(String id, Problem.Claim c, Subject s, List<Poly> stated,
      Witnesses.ClaimWitness w) {
    Map<String, BigInteger> point = w.counterexample().orElseThrow(
        () -> new NotExportable("claim " + c.id() + " FAILS without a counterexample"));
    List<String> vars = binders(variables(s, stated));
    for (String v : vars) {
      if (!point.containsKey(v)) {
        throw new NotExportable("the counterexample of claim " + c.id() + " gives no value to "
            + v);
      }
    }
    String cex = cx.names.of("claim:" + c.id() + ":counterexample", c.id() + " counterexample");
    String atPoint = cx.applied(s.definition(), v -> point.get(v).toString());
    out.append("(* FAILS: at the certificate's counterexample ").append(pointText(vars, point))
        .append(" the computed depth exceeds the stated one. *)\nTheorem ").append(cex)
        .append(" : ").append(atPoint).append(" > ")
        .append(cx.terms.max(stated, v -> point.get(v).toString()))
        .append(".\nProof. vm_compute. reflexivity. Qed.\n\nTheorem ").append(id)
        .append("_is_false : ~ (").append(quantified(vars, List.of()))
        .append(cx.applied(s.definition(), cx::var)).append(" <= ").append(cx.max(stated))
        .append(").\nProof.\n  intro H.\n  pose proof ").append(cex).append(" as C.\n  specialize (H");
    vars.forEach(v -> out.append(' ').append(point.get(v)));
    int premises = vars.size() + cx.assumptionsOver(vars).size();
    for (int i = 0; i < premises; i++) {
      out.append(" ltac:(lia)");
    }
    out.append(").\n  lia.\nQed.\n");
    cx.mainTheorems.add(cex);
    cx.mainTheorems.add(id + "_is_false");
    w.holdsIf().flatMap(h -> sufficient(h, s, stated)).ifPresent(cond ->
        writeHoldsIf(id, c, s, stated, cond, w.holdsIf().get()));
  }

  private static String pointText(List<String> vars, Map<String, BigInteger> point) {
    List<String> parts = new ArrayList<>();
    vars.forEach(v -> parts.add(v + " = " + point.get(v)));
    return String.join(", ", parts);
  }

  /**
   * The holdsIf condition {@code A <= B}, when it is a single comparison that implies the claim
   * term for term: computed and stated single, and stated - computed - (B - A) has non-negative
   * coefficients after the shift. Otherwise the file only quotes it.
   */
  private Optional<Poly[]> sufficient(String holdsIf, Subject s, List<Poly> stated) {
    int le = holdsIf.indexOf(" <= ");
    if (le < 0 || holdsIf.contains(" and ") || stated.size() != 1
        || s.closedForm().size() != 1) {
      return Optional.empty();
    }
    Optional<Poly> a = AsciiForm.polynomial(holdsIf.substring(0, le).strip());
    Optional<Poly> b = AsciiForm.polynomial(holdsIf.substring(le + 4).strip());
    if (a.isEmpty() || b.isEmpty()) {
      return Optional.empty();
    }
    Poly slack = stated.get(0).minus(s.closedForm().get(0)).minus(b.get().minus(a.get()));
    return slack.shifted().nonNegativeCoefficients() ? Optional.of(new Poly[] {a.get(), b.get()})
        : Optional.empty();
  }

  private void writeHoldsIf(String id, Problem.Claim c, Subject s, List<Poly> stated,
      Poly[] cond, String text) {
    Set<String> v = variables(s, stated);
    v.addAll(cond[0].variables());
    v.addAll(cond[1].variables());
    List<String> vars = binders(v);
    String condition = cx.z(cond[0]) + " <= " + cx.z(cond[1]);
    out.append("\n(* The certificate's holdsIf, ").append(Comments.text(text))
        .append(", is sufficient. *)\nTheorem ").append(id).append("_holds_if : ")
        .append(quantified(vars, List.of(condition)))
        .append(cx.applied(s.definition(), cx::var)).append(" <= ").append(cx.max(stated))
        .append(".\nProof.\n  intros.\n  ").append(s.toClosedForm())
        .append("\n  first [lia | nia].\nQed.\n");
    cx.mainTheorems.add(id + "_holds_if");
  }

  private String grouped(Poly p) {
    return p.terms().size() == 1 && p.terms().values().iterator().next().signum() > 0 ? cx.z(p)
        : "(" + cx.z(p) + ")";
  }

  private static BigInteger lcm(BigInteger a, BigInteger b) {
    return a.divide(a.gcd(b)).multiply(b);
  }
}

package org.depthcert.verifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The class conclusion re-derived from its premises, on small hand-made domains. */
class ClassChecksTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static Poly p(String ascii) {
    return AsciiForm.polynomial(ascii).orElseThrow();
  }

  private static Domain.Assumption le(String lhs, String rhs) {
    return new Domain.Assumption(p(lhs), p(rhs));
  }

  private static At klass(String id, boolean constantDepth, boolean polynomialSize) {
    ObjectNode o = JSON.createObjectNode();
    o.put("constantDepth", constantDepth);
    o.put("id", id);
    o.put("polynomialSize", polynomialSize);
    return At.root(o);
  }

  @Test
  void chainPositionsFollowFact315() {
    // NC^1 ⊆ AC^1 ⊆ TC^1 ⊆ NC^2: positions 3, 4, 5, 6; TC^0 is 2.
    assertThat(ClassChecks.position("NC1")).contains(3);
    assertThat(ClassChecks.position("AC^1")).contains(4);
    assertThat(ClassChecks.position("TC^{1}")).contains(5);
    assertThat(ClassChecks.position("NC2")).contains(6);
    assertThat(ClassChecks.position("TC0")).contains(2);
    assertThat(ClassChecks.position("P")).isEmpty();
    assertThat(ClassChecks.position("none")).isEmpty();
  }

  @Test
  void constantGrowthGivesTc0AndPolylogGivesTcOfTheLogPowerTimesTheDegree() {
    Domain constant = new Domain(List.of(le("d", "n")),
        List.of(new Domain.Growth("m", "constant", 0)), Set.of("n", "d", "m"), Map.of());
    Set<Poly> depth = Set.of(p("m*d_std + d_g"));
    assertThat(ClassChecks.check(klass("TC0", true, true), constant, depth, p("d*m*n")))
        .isEqualTo("TC0");
    // m = O(log^1 n) and depth m^2 * d_std: O(log^2 n) depth, TC^2.
    Domain polylog = new Domain(List.of(), List.of(new Domain.Growth("m", "polylog", 1)),
        Set.of("n", "m"), Map.of());
    assertThat(ClassChecks.check(klass("TC2", false, true), polylog, Set.of(p("m^2*d_std")),
        p("m*n"))).isEqualTo("TC2");
    assertThatThrownBy(() -> ClassChecks.check(klass("TC1", false, true), polylog,
        Set.of(p("m^2*d_std")), p("m*n"))).isInstanceOf(Rejected.class)
        .hasMessage("$.id: the premises give class TC2, not TC1");
    // a polylog bound of power 3 on a linear depth: TC^3
    Domain cube = new Domain(List.of(), List.of(new Domain.Growth("m", "polylog", 3)),
        Set.of("n", "m"), Map.of());
    assertThat(ClassChecks.check(klass("TC3", false, true), cube, Set.of(p("m*d_std")),
        p("n"))).isEqualTo("TC3");
  }

  @Test
  void depthGrowingWithAnUnboundedOrLinearParameterGivesNoClass() {
    Domain none = new Domain(List.of(), List.of(new Domain.Growth("m", "linear", 0)),
        Set.of("n", "m", "L"), Map.of());
    assertThat(ClassChecks.check(klass("none", false, true), none, Set.of(p("m*d_std")),
        p("n"))).isEqualTo("none");
    assertThat(ClassChecks.check(klass("none", false, true), none, Set.of(p("L*d_std")),
        p("n"))).isEqualTo("none");
    // depth constants alone never make the depth grow
    assertThat(ClassChecks.check(klass("TC0", true, true), none, Set.of(p("d_std + d_g")),
        p("n"))).isEqualTo("TC0");
  }

  @Test
  void sizeIsPolynomialThroughGrowthBoundsAndAssumptionChains() {
    // e <= n and d <= e: d is bounded by n through a chain; k has no bound at all.
    Domain chain = new Domain(List.of(le("d", "e"), le("e", "n")), List.of(),
        Set.of("n", "d", "e"), Map.of());
    assertThat(ClassChecks.check(klass("TC0", true, true), chain, Set.of(p("d_std")),
        p("d^2*n"))).isEqualTo("TC0");
    assertThat(ClassChecks.check(klass("none", true, false), chain, Set.of(p("d_std")),
        p("k*n"))).isEqualTo("none");
    // d <= k*n with k unbounded does not bound d
    Domain half = new Domain(List.of(le("d", "k*n")), List.of(), Set.of("n", "d", "k"), Map.of());
    assertThat(ClassChecks.check(klass("none", true, false), half, Set.of(p("d_std")),
        p("d*n"))).isEqualTo("none");
    // a precision parameter p needs a bound even when the gadget count does not mention it
    Domain precision = new Domain(List.of(), List.of(), Set.of("n", "p"), Map.of());
    assertThat(ClassChecks.check(klass("none", true, false), precision, Set.of(p("d_std")),
        p("n"))).isEqualTo("none");
    Domain bounded = new Domain(List.of(), List.of(new Domain.Growth("p", "polynomial", 0)),
        Set.of("n", "p"), Map.of());
    assertThat(ClassChecks.check(klass("TC0", true, true), bounded, Set.of(p("d_std")),
        p("n"))).isEqualTo("TC0");
    // a cycle of assumptions bounds nothing (and terminates)
    Domain cycle = new Domain(List.of(le("a", "b"), le("b", "a")), List.of(), Set.of("n"),
        Map.of());
    assertThat(ClassChecks.check(klass("none", true, false), cycle, Set.of(p("d_std")),
        p("a*n"))).isEqualTo("none");
  }

  private static String bound(String gadgets, Domain domain) {
    ObjectNode size = JSON.createObjectNode();
    size.put("bound", "?");
    try {
      ClassChecks.checkDegree(At.root(size), p(gadgets), p(gadgets), domain);
    } catch (Rejected r) {
      return r.reason();
    }
    return "accepted";
  }

  @Test
  void sizeDegreeFollowsEveryPolynomialBound() {
    // d <= n and m = O(1): 2*d^2*m*n + d*m*n has degree 2 + 1 = 3 in n
    Domain linear = new Domain(List.of(le("d", "n")),
        List.of(new Domain.Growth("m", "constant", 0)), Set.of("n", "d", "m"), Map.of());
    assertThat(bound("2*d^2*m*n + d*m*n", linear)).contains("is O(n^3)");
    // d <= n^2 (issue #9 class 7): d^2*n is degree 2*2 + 1 = 5
    Domain square = new Domain(List.of(le("d", "n^2")), List.of(), Set.of("n", "d"),
        Map.of());
    assertThat(bound("d^2*n", square)).contains("is O(n^5)");
    // of two bounds the smaller degree wins: d <= n^2 and d <= 2*n give degree 1
    Domain both = new Domain(List.of(le("d", "n^2"), le("d", "2*n")), List.of(),
        Set.of("n", "d"), Map.of());
    assertThat(bound("d", both)).contains("is O(n^1)");
    // p <= poly(n) or m = O(log n): polynomial, but no exponent
    Domain poly = new Domain(List.of(), List.of(new Domain.Growth("m", "polylog", 1)),
        Set.of("n", "m"), Map.of());
    assertThat(bound("m*n", poly)).contains("is poly(n)");
    // no bound on d: not polynomial
    assertThat(bound("d*n", new Domain(List.of(), List.of(), Set.of("n", "d"),
        Map.of()))).contains("not shown poly(n)");
  }
}

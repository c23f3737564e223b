package org.depthcert.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class MathMlTest {
  private static JsonNode json(String s) throws Exception {
    return new ObjectMapper().readTree(s.replace('\'', '"'));
  }

  @Test
  void monomialsBecomeNumbersFractionsPowersAndPaperSubscripts() throws Exception {
    // 6 m d_std + 5/2 n^2 + d_sum: the coefficient 1 is not printed, 5/2 is a fraction,
    // d_sum is d with a circled plus as the seed paper writes d_⊕
    JsonNode p = json("{'ascii':'6*m*d_std + 5/2*n^2 + d_sum','monomials':["
        + "{'coefficient':'6','exponents':{'d_std':1,'m':1}},"
        + "{'coefficient':'5/2','exponents':{'n':2}},"
        + "{'coefficient':'1','exponents':{'d_sum':1}}]}");
    assertThat(MathMl.polynomial(p)).isEqualTo("<math><mrow>"
        + "<mrow><mn>6</mn><mi>m</mi><msub><mi>d</mi><mi mathvariant=\"normal\">std</mi></msub>"
        + "</mrow><mo>+</mo>"
        + "<mrow><mfrac><mn>5</mn><mn>2</mn></mfrac><msup><mi>n</mi><mn>2</mn></msup></mrow>"
        + "<mo>+</mo><mrow><msub><mi>d</mi><mo>\u2295</mo></msub></mrow></mrow></math>");
  }

  @Test
  void zeroAndMaximaAreRendered() throws Exception {
    assertThat(MathMl.polynomial(json("{'monomials':[]}"))).isEqualTo(
        "<math><mrow><mn>0</mn></mrow></math>");
    JsonNode max = json("{'max':[{'monomials':[{'coefficient':'1','exponents':{'d_exp':1}}]},"
        + "{'monomials':[{'coefficient':'2','exponents':{'d_trig':1}}]}]}");
    String mml = MathMl.term(max);
    // one row per maximal term, in the certificate's order
    assertThat(mml).startsWith("<math><mrow><mi>max</mi>");
    assertThat(mml.indexOf("exp</mi>")).isLessThan(mml.indexOf("\u25B3"));
    assertThat(mml.split("<mtr>", -1)).hasSize(3);
  }
}

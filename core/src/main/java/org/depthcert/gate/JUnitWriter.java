package org.depthcert.gate;

import java.io.StringWriter;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.depthcert.algebra.Verdict;
import org.depthcert.audit.AuditResult;
import org.depthcert.audit.AuditedClaim;
import org.depthcert.check.CheckResult;
import org.depthcert.check.ClaimResult;
import org.depthcert.check.Finding;
import org.depthcert.diff.Change;
import org.depthcert.diff.DiffResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The JUnit XML report CI systems read (the Jenkins/Ant shape: testsuites / testsuite /
 * testcase with failure, error or skipped). One testsuite per spec, one testcase per claim: a
 * failing claim is a failure carrying its counterexample, an undecided one is skipped, a spec
 * that cannot be read is an error; a baseline comparison adds a testcase "baseline". No times or
 * timestamps, so the same input gives the same bytes. Written with the JDK's DOM, which escapes.
 */
public final class JUnitWriter {
  private JUnitWriter() {}

  public static String write(List<SpecOutcome> outcomes) {
    Document doc = newDocument();
    Element suites = doc.createElement("testsuites");
    suites.setAttribute("name", "depthcert");
    doc.appendChild(suites);
    int[] total = new int[4]; // tests, failures, errors, skipped (the last per suite only)
    for (SpecOutcome o : outcomes) {
      int[] counts = new int[4];
      Element suite = doc.createElement("testsuite");
      suite.setAttribute("name", o.file());
      suites.appendChild(suite);
      if (o.error().isPresent()) {
        Element tc = testcase(doc, suite, o.file(), "read spec");
        Element e = doc.createElement("error");
        e.setAttribute("type", "input-error");
        e.setAttribute("message", o.error().get().oneLine());
        tc.appendChild(e);
        counts[0]++;
        counts[2]++;
      } else {
        CheckResult r = o.check().orElseThrow();
        Element props = doc.createElement("properties");
        suite.appendChild(props);
        property(doc, props, "title", r.folded().spec().title());
        property(doc, props, "depth", r.folded().model().depth().ascii());
        property(doc, props, "class", r.conclusion().id());
        for (ClaimResult c : r.claims()) {
          Element tc = testcase(doc, suite, o.file(), c.claim().id());
          counts[0]++;
          if (c.verdict() == Verdict.FAILS) {
            Element f = doc.createElement("failure");
            f.setAttribute("type", "FAILS");
            f.setAttribute("message", c.claim().id() + " FAILS: stated "
                + c.claim().stated().map(t -> t.ascii()).orElse("-") + ", not established by "
                + "this construction: it needs " + c.computed().ascii());
            f.setTextContent(GateFindings.explain(c));
            tc.appendChild(f);
            counts[1]++;
          } else if (c.verdict() == Verdict.UNDECIDED) {
            Element s = doc.createElement("skipped");
            s.setAttribute("message", "UNDECIDED: " + GateFindings.explain(c));
            tc.appendChild(s);
            counts[3]++;
          }
        }
        if (o.baseline().isPresent()) {
          DiffResult d = o.baseline().get();
          Element tc = testcase(doc, suite, o.file(), "baseline");
          counts[0]++;
          if (d.regressed()) {
            Element f = doc.createElement("failure");
            f.setAttribute("type", "REGRESSION");
            f.setAttribute("message", d.regressions().size() + " depth(s) grew against "
                + d.before());
            StringBuilder body = new StringBuilder();
            for (Change ch : d.regressions()) {
              ch.lines().forEach(l -> body.append(l).append('\n'));
            }
            f.setTextContent(body.toString());
            tc.appendChild(f);
            counts[1]++;
          }
        }
      }
      String[] names = {"tests", "failures", "errors", "skipped"};
      for (int i = 0; i < 4; i++) {
        suite.setAttribute(names[i], Integer.toString(counts[i]));
        total[i] += counts[i];
      }
    }
    // the common schema has no 'skipped' on testsuites: only on each testsuite
    String[] names = {"tests", "failures", "errors"};
    for (int i = 0; i < 3; i++) {
      suites.setAttribute(names[i], Integer.toString(total[i]));
    }
    return serialise(doc);
  }

  /**
   * The audit of a paper as one testsuite: one testcase per statement (classname the paper
   * file, name the result's id). A failing statement is a failure, an undecided one skipped,
   * as in {@code check}; the statement's findings (proof arithmetic, cross-references, ...) go
   * to its system-out, since they do not fail the audit (docs/audit.md).
   */
  public static String write(AuditResult r) {
    Document doc = newDocument();
    Element suites = doc.createElement("testsuites");
    suites.setAttribute("name", "depthcert audit");
    doc.appendChild(suites);
    Element suite = doc.createElement("testsuite");
    String file = r.paper().file();
    suite.setAttribute("name", file);
    suites.appendChild(suite);
    Element props = doc.createElement("properties");
    suite.appendChild(props);
    property(doc, props, "title", r.paper().title());
    for (String s : new String[] {"error", "warning", "info"}) {
      property(doc, props, "findings." + s, Long.toString(r.count(s)));
    }
    int failures = 0;
    int skipped = 0;
    for (AuditedClaim c : r.claims()) {
      Element tc = testcase(doc, suite, file, c.result().id());
      if (c.verdict() == Verdict.FAILS) {
        Element f = doc.createElement("failure");
        f.setAttribute("type", "FAILS");
        f.setAttribute("message", c.result().id() + " FAILS" + AuditFindings.rests(c)
            + ": stated " + c.stated() + ", not established by this construction: it needs "
            + c.computed());
        f.setTextContent(AuditFindings.explain(c));
        tc.appendChild(f);
        failures++;
      } else if (c.verdict() == Verdict.UNDECIDED) {
        Element s = doc.createElement("skipped");
        s.setAttribute("message", "UNDECIDED: " + AuditFindings.explain(c));
        tc.appendChild(s);
        skipped++;
      }
      StringBuilder out = new StringBuilder();
      for (Finding x : r.findings()) {
        if (x.claim().equals(c.result().id())) {
          out.append(x.severity()).append(' ').append(x.check()).append(": ")
              .append(x.message())
              .append(x.about().isEmpty() ? "" : " [about " + x.about() + "]").append('\n');
        }
      }
      if (!out.isEmpty()) {
        Element so = doc.createElement("system-out");
        so.setTextContent(out.toString());
        tc.appendChild(so);
      }
    }
    int tests = r.claims().size();
    suite.setAttribute("tests", Integer.toString(tests));
    suite.setAttribute("failures", Integer.toString(failures));
    suite.setAttribute("errors", "0");
    suite.setAttribute("skipped", Integer.toString(skipped));
    suites.setAttribute("tests", Integer.toString(tests));
    suites.setAttribute("failures", Integer.toString(failures));
    suites.setAttribute("errors", "0");
    return serialise(doc);
  }

  private static Element testcase(Document doc, Element suite, String file, String name) {
    Element tc = doc.createElement("testcase");
    tc.setAttribute("classname", file);
    tc.setAttribute("name", name);
    suite.appendChild(tc);
    return tc;
  }

  private static void property(Document doc, Element props, String name, String value) {
    Element p = doc.createElement("property");
    p.setAttribute("name", name);
    p.setAttribute("value", value);
    props.appendChild(p);
  }

  private static Document newDocument() {
    try {
      return DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("the JDK's DOM is always available", e);
    }
  }

  private static String serialise(Document doc) {
    try {
      Transformer t = TransformerFactory.newInstance().newTransformer();
      t.setOutputProperty(OutputKeys.INDENT, "yes");
      t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
      t.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
      doc.setXmlStandalone(true);
      StringWriter w = new StringWriter();
      t.transform(new DOMSource(doc), new StreamResult(w));
      // the JDK writes the declaration and the root on one line: split them for readability
      String xml = w.toString().replace("\r\n", "\n").replaceFirst("\\?><", "?>\n<");
      return xml.endsWith("\n") ? xml : xml + "\n";
    } catch (TransformerException e) {
      throw new IllegalStateException("serialising a DOM tree cannot fail", e);
    }
  }
}

package org.depthcert.report;

import com.fasterxml.jackson.databind.JsonNode;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.SimpleObjectWrapper;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

/**
 * Renders a certificate (the JSON tree of {@code CertificateBuilder}) or a paper's audit (the
 * JSON tree of {@code AuditReport}) as a self-contained HTML page and as LaTeX. FreeMarker is
 * locked down: auto-escaping by output format (HTML, and our LaTeX format), no {@code ?new}
 * class instantiation, no {@code ?api}, and an object wrapper that only knows maps, lists,
 * strings, numbers and booleans. No clock or locale reaches the output, so the same input
 * always gives the same bytes.
 */
public final class Reports {
  private static final Configuration CONFIG = configuration();

  private static final java.util.concurrent.atomic.AtomicBoolean PRELOADING =
      new java.util.concurrent.atomic.AtomicBoolean();

  private Reports() {}

  /**
   * Starts loading the certificate templates and the layout engine on a background thread, so
   * that their start-up (about a fifth of a one-shot {@code certify}: ELK's and FreeMarker's
   * classes, the templates' parse) overlaps the fold and the check on another core. It lays out
   * a throw-away two-box graph: ELK keeps no state from one layout to the next (each run seeds
   * its own random generator, see {@link DagLayout}), and FreeMarker caches each parsed template
   * as it would on first use, so no output changes. Does nothing once started.
   */
  public static void preload() {
    if (!PRELOADING.compareAndSet(false, true)) {
      return;
    }
    Thread t = new Thread(() -> {
      try {
        CONFIG.getTemplate("certificate.ftlh");
        CONFIG.getTemplate("certificate.tex.ftl");
        DagLayout.layout(List.of(new DagLayout.Box("a", 40, 20), new DagLayout.Box("b", 40, 20)),
            List.of(new DagLayout.Arc("a", "b")), 9, 16);
      } catch (IOException | RuntimeException e) {
        // only a head start: the real use reports any problem where it happens
      }
    }, "depthcert-report-preload");
    t.setDaemon(true);
    t.start();
  }

  /** The HTML certificate: one file, inline CSS, SVG and MathML, no scripts, no network. */
  public static String html(JsonNode certificate) {
    return render("certificate.ftlh", ReportModel.build(certificate, ReportModel.Flavour.HTML),
        false);
  }

  /**
   * The LaTeX certificate; as a whole document for pdflatex, or with {@code fragment} only the
   * body, for {@code \input} into a paper whose preamble loads amsmath, amssymb, amsthm,
   * booktabs, longtable and tikz.
   */
  public static String latex(JsonNode certificate, boolean fragment) {
    return render("certificate.tex.ftl", ReportModel.build(certificate, ReportModel.Flavour.TEX),
        fragment);
  }

  /**
   * The audit of a paper (the JSON tree of {@code AuditReport.build}) as one self-contained HTML
   * page: verdict banner naming the failing statements, claims table, findings by claim.
   */
  public static String auditHtml(JsonNode audit) {
    return render("audit.ftlh", AuditModel.build(audit, ReportModel.Flavour.HTML), false);
  }

  /** The audit of a paper as a LaTeX document for pdflatex (the same content as the HTML). */
  public static String auditLatex(JsonNode audit) {
    return render("audit.tex.ftl", AuditModel.build(audit, ReportModel.Flavour.TEX), false);
  }

  private static String render(String name, Map<String, Object> model, boolean fragment) {
    try {
      Template t = CONFIG.getTemplate(name);
      Map<String, Object> root = new java.util.LinkedHashMap<>(model);
      root.put("fragment", fragment);
      StringWriter out = new StringWriter();
      t.process(root, out);
      return out.toString();
    } catch (IOException | TemplateException e) {
      throw new IllegalStateException("report template " + name + " failed: " + e.getMessage(), e);
    }
  }

  private static Configuration configuration() {
    Configuration c = new Configuration(Configuration.VERSION_2_3_34);
    c.setClassLoaderForTemplateLoading(Reports.class.getClassLoader(), "org/depthcert/report");
    c.setDefaultEncoding("UTF-8");
    c.setOutputEncoding("UTF-8");
    c.setLocale(Locale.ROOT);
    c.setTimeZone(TimeZone.getTimeZone("UTC"));
    c.setNumberFormat("computer");
    c.setLocalizedLookup(false);
    c.setRecognizeStandardFileExtensions(true);
    c.setRegisteredCustomOutputFormats(List.of(LatexOutputFormat.INSTANCE));
    c.setAutoEscapingPolicy(Configuration.ENABLE_IF_DEFAULT_AUTO_ESCAPING_POLICY);
    c.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
    c.setAPIBuiltinEnabled(false);
    c.setObjectWrapper(new SimpleObjectWrapper(Configuration.VERSION_2_3_34));
    c.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    c.setLogTemplateExceptions(false);
    c.setWrapUncheckedExceptions(true);
    c.setFallbackOnNullLoopVariable(false);
    return c;
  }
}

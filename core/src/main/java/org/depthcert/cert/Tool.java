package org.depthcert.cert;

/** The tool's name and version as written into every output. */
public final class Tool {
  public static final String NAME = "depthcert";
  public static final String VERSION = "0.1.0";
  /** Version of the certificate format; a verifier refuses any other. */
  public static final String CERT_VERSION = "2";

  private Tool() {}
}

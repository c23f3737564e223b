package org.depthcert.audit;

import org.depthcert.spec.Spec;

/**
 * One architecture a paper is about: its key in the paper file ({@code tensor}), the name the
 * paper gives it, and its spec, loaded from a path relative to the paper file.
 */
public record Architecture(String key, String name, Spec spec, String path) {}

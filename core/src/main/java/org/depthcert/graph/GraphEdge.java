package org.depthcert.graph;

/** Data flowing from one vertex to another; critical when it lies on a critical path. */
public record GraphEdge(String from, String to, boolean critical) {}

package org.depthcert.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.depthcert.algebra.Polynomial;
import org.depthcert.fold.BlockResult;
import org.depthcert.fold.Folded;
import org.depthcert.fold.NodeResult;
import org.depthcert.rules.Declaration;

/**
 * The catalog declarations a folded spec relies on: every declared depth constant that occurs in
 * a node's local depth and every declared gadget kind that a node's size counts. These are the
 * user's assumptions (the depth is a constant, the gadget a poly(n)-size uniform circuit), so the
 * class conclusion lists them as premises and the certificate records them with their file hash.
 */
public final class UserAssumptions {
  private UserAssumptions() {}

  /** The declarations used, constants first, each kind in name order. */
  public static List<Declaration> used(Folded folded) {
    Set<String> constants = new TreeSet<>();
    Set<String> kinds = new TreeSet<>();
    for (BlockResult b : folded.blocks().values()) {
      for (NodeResult n : b.nodes()) {
        for (Polynomial t : n.local().terms()) {
          constants.addAll(t.variables());
        }
        kinds.addAll(n.size().keySet());
      }
    }
    for (Polynomial t : folded.model().depth().terms()) {
      constants.addAll(t.variables());
    }
    List<Declaration> used = new ArrayList<>();
    for (Declaration d : folded.catalog().declarations()) {
      if ((d.kind() == Declaration.Kind.CONSTANT ? constants : kinds).contains(d.name())) {
        used.add(d);
      }
    }
    return List.copyOf(used);
  }
}

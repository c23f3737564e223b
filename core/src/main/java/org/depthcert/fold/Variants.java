package org.depthcert.fold;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.depthcert.rules.Catalog;
import org.depthcert.spec.BlockSpec;
import org.depthcert.spec.NodeSpec;
import org.depthcert.spec.Shape;
import org.depthcert.spec.Spec;
import org.depthcert.spec.VariantSpec;

/**
 * Applies a spec's variants (docs/audit.md, "Readings and variants"): a variant is the same spec
 * with some nodes turned into block inputs (arriving at depth 0, with the shape the base reading
 * computes for them, after the block's other inputs so that the first input still carries the
 * data) and some nodes computed with another catalog op on the same inputs. Every reading is then
 * folded like any spec, so its depth is the depth of that construction and nothing else.
 */
public final class Variants {
  private Variants() {}

  /** The base reading (key {@code ""}) and every variant, in declared order, each folded. */
  public static LinkedHashMap<String, Folded> foldAll(Spec spec, Catalog catalog) {
    LinkedHashMap<String, Folded> all = new LinkedHashMap<>();
    Folded base = Folder.fold(spec, catalog);
    all.put("", base);
    for (VariantSpec v : spec.readings().variants()) {
      all.put(v.name(), Folder.fold(apply(base, v.name()), catalog));
    }
    return all;
  }

  /** The spec folded in {@code base}, rewritten to the named variant. */
  public static Spec apply(Folded base, String name) {
    Spec spec = base.spec();
    VariantSpec v = spec.readings().variant(name).orElseThrow(() -> new IllegalArgumentException(
        "no variant '" + name + "' in " + spec.file()));
    for (Map.Entry<String, String> e : v.ops().entrySet()) {
      if (base.catalog().forOp(e.getValue()).isEmpty()) {
        throw spec.error(v.path() + ".ops." + e.getKey(), "unknown op '" + e.getValue()
            + "' in variant '" + v.name() + "' (an unknown op is never counted as depth 0); "
            + "known ops: " + String.join(", ", base.catalog().ops()));
      }
    }
    LinkedHashMap<String, BlockSpec> blocks = new LinkedHashMap<>();
    for (BlockSpec b : spec.blocks().values()) {
      blocks.put(b.name(), b.isOpaque() ? b : rewrite(base, b, v));
    }
    return spec.withBlocks(blocks, spec.readings().applying(v.name()));
  }

  private static BlockSpec rewrite(Folded base, BlockSpec b, VariantSpec v) {
    LinkedHashMap<String, Shape> inputs = new LinkedHashMap<>(b.inputs());
    List<NodeSpec> nodes = new ArrayList<>();
    // given nodes follow the block's inputs in the order the variant lists them (as the
    // verifier's own spec reader does), so both write the same inputs
    for (String ref : v.given()) {
      if (ref.startsWith(b.name() + ".")) {
        String node = ref.substring(b.name().length() + 1);
        inputs.put(node, base.blocks().get(b.name()).node(node).shape());
      }
    }
    for (NodeSpec n : b.nodes()) {
      String ref = b.name() + "." + n.name();
      if (v.given().contains(ref)) {
        continue;
      } else if (v.ops().containsKey(ref)) {
        nodes.add(new NodeSpec(n.name(), v.ops().get(ref), n.inputs(), n.each(), n.count(),
            n.shape(), n.modular(), n.note() + " [variant " + v.name() + ": "
                + v.ops().get(ref) + "]", v.path() + ".ops." + ref));
      } else {
        nodes.add(n);
      }
    }
    return new BlockSpec(b.name(), b.title(), inputs, List.copyOf(nodes), b.output(),
        b.opaqueDepth(), b.path());
  }
}

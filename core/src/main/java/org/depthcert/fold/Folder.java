package org.depthcert.fold;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.depthcert.algebra.Decider;
import org.depthcert.algebra.DepthTerm;
import org.depthcert.algebra.Polynomial;
import org.depthcert.algebra.TermLimit;
import org.depthcert.rules.Catalog;
import org.depthcert.spec.BlockSpec;
import org.depthcert.spec.ModelItem;
import org.depthcert.spec.Parameter;
import org.depthcert.spec.Shape;
import org.depthcert.spec.Spec;

/**
 * Folds a spec: each block's DAG, then the model's composition. Blocks run in sequence, so depths
 * add; {@code repeat: m} multiplies its body's depth by m in closed form. A block's depth is its
 * longest input-to-output path, every input arriving when the block starts: exact when, as in a
 * transformer layer, the data input is the latest one.
 */
public final class Folder {
  private Folder() {}

  public static Folded fold(Spec spec, Catalog catalog) {
    RuleProofs proofs = new RuleProofs(catalog);
    Set<String> params = new TreeSet<>();
    spec.parameters().forEach(p -> params.add(p.name()));
    SideConditions sides = new SideConditions(spec.assumptions(), spec.growthBounds(), params);
    BlockFolder folder = new BlockFolder(catalog, proofs, Optional.of(sides),
        new Decider(spec.assumptions()), spec::error, spec.relations());
    LinkedHashMap<String, BlockResult> blocks = new LinkedHashMap<>();
    for (BlockSpec b : spec.blocks().values()) {
      if (!b.isOpaque()) {
        blocks.put(b.name(), folder.fold(b));
      }
    }
    checkShapes(spec, blocks, spec.model(), Optional.empty());
    return new Folded(spec, catalog, proofs, blocks, compose(spec, blocks, spec.model()));
  }

  static DepthTerm blockDepth(Spec spec, Map<String, BlockResult> blocks, String name) {
    BlockSpec b = spec.blocks().get(name);
    return b.isOpaque() ? b.opaqueDepth().orElseThrow() : blocks.get(name).depth();
  }

  private static ModelResult compose(Spec spec, Map<String, BlockResult> blocks,
      List<ModelItem> items) {
    DepthTerm depth = DepthTerm.ZERO;
    Map<String, Polynomial> size = Map.of();
    List<String> parts = new ArrayList<>();
    for (ModelItem item : items) {
      if (item instanceof ModelItem.BlockStep) {
        String name = ((ModelItem.BlockStep) item).block();
        depth = depth.plus(blockDepth(spec, blocks, name));
        size = Sizes.plus(size, blockSize(spec, blocks, name));
        parts.add(name);
      } else {
        ModelItem.Repeat r = (ModelItem.Repeat) item;
        ModelResult body = compose(spec, blocks, r.body());
        depth = depth.plus(body.depth().times(r.count()));
        size = Sizes.plus(size, Sizes.times(body.size(), r.count()));
        String count = r.count().terms().size() > 1 ? "(" + r.count().ascii() + ")"
            : r.count().ascii();
        parts.add(count + "*(" + body.composition() + ")");
      }
      Optional<String> tooLarge = TermLimit.exceeded(depth);
      if (tooLarge.isPresent()) {
        throw spec.error(item.path(), tooLarge.get());
      }
    }
    return new ModelResult(depth, String.join(" + ", parts), size);
  }

  /** An opaque block counts as one gadget of its own kind: a circuit the paper assumes given. */
  private static Map<String, Polynomial> blockSize(Spec spec, Map<String, BlockResult> blocks,
      String name) {
    BlockSpec b = spec.blocks().get(name);
    return b.isOpaque() ? Map.of("block:" + name, Polynomial.ONE) : blocks.get(name).size();
  }

  /** Each block's first input must have the shape the previous block outputs. */
  private static Optional<Shape> checkShapes(Spec spec, Map<String, BlockResult> blocks,
      List<ModelItem> items, Optional<Shape> incoming) {
    Optional<Shape> current = incoming;
    for (ModelItem item : items) {
      if (item instanceof ModelItem.BlockStep) {
        String name = ((ModelItem.BlockStep) item).block();
        BlockSpec b = spec.blocks().get(name);
        if (b.isOpaque()) {
          continue;
        }
        Shape first = b.inputs().values().iterator().next();
        if (current.isPresent() && !current.get().equals(first)) {
          String in = b.inputs().keySet().iterator().next();
          throw spec.error(item.path(), "shape mismatch: block '" + name + "' takes " + in + " "
              + first.ascii() + " but the previous block outputs " + current.get().ascii());
        }
        current = Optional.of(blocks.get(name).outputShape());
      } else {
        ModelItem.Repeat r = (ModelItem.Repeat) item;
        Optional<Shape> after = checkShapes(spec, blocks, r.body(), current);
        // the body runs again on its own output: check that it composes with itself
        checkShapes(spec, blocks, r.body(), after);
        current = after;
      }
    }
    return current;
  }

  /** Parameters declared structural (with a growth), e.g. the layer count. */
  static Set<String> structural(Spec spec) {
    Set<String> s = new TreeSet<>();
    for (Parameter p : spec.parameters()) {
      if (p.kind() == Parameter.Kind.STRUCTURAL) {
        s.add(p.name());
      }
    }
    return s;
  }
}

#!/usr/bin/env python3
"""Exports the ONNX fixtures the Java tests import (onnx/src/test/resources/org/depthcert/onnx).

Run with Debian's python3-torch (1.13) and python3-onnx (1.12):
    /usr/bin/python3 onnx/src/test/resources/org/depthcert/onnx/export_models.py [OUT_DIR]

Models (all with the sequence length as the dynamic axis 'n'):
  encoder-post.onnx   torch.nn.TransformerEncoderLayer(d_model=64, nhead=2, dim_feedforward=128)
  encoder-pre.onnx    the same with norm_first=True
  llama-layer.onnx    one Llama-style decoder layer written to match samples/llama-block.yaml
  llama-layer-extra.onnx  the same with one more sequential block (an extra SwiGLU MLP): the
                      regression the model-repository CI job must catch
Bad inputs for the error tests:
  bad-opset.onnx      a valid graph declaring opset 99
  bad-unmapped.onnx   a graph with an op that has no mapping (Einsum)
  bad-external.onnx   weights in external data whose file is absent
The exports are deterministic (fixed seed; the weights do not change the depth anyway).
"""
import math
import os
import sys

import numpy
import onnx
import torch
from onnx import TensorProto, helper, numpy_helper

torch.manual_seed(0)
D, HEADS, F = 64, 2, 128
E = D // HEADS


def export(module, args, names, path, dynamic):
    module.eval()
    torch.onnx.export(module, args, path, input_names=names, output_names=["out"],
                      dynamic_axes=dynamic, opset_version=13, do_constant_folding=True)


class RMSNorm(torch.nn.Module):
    """x / sqrt(mean(x^2) + eps) * g: the catalog's rmsnorm, step by step."""

    def __init__(self, d):
        super().__init__()
        self.g = torch.nn.Parameter(torch.ones(d))

    def forward(self, x):
        return x / torch.sqrt(torch.mean(x * x, dim=-1, keepdim=True) + 1e-6) * self.g


def rotate_half(x):
    half = x.shape[-1] // 2
    return torch.cat((-x[..., half:], x[..., :half]), dim=-1)


class SwiGLU(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.w_gate = torch.nn.Parameter(torch.randn(D, F) / 8)
        self.w_up = torch.nn.Parameter(torch.randn(D, F) / 8)
        self.w_down = torch.nn.Parameter(torch.randn(F, D) / 8)

    def forward(self, z):
        return (torch.nn.functional.silu(z @ self.w_gate) * (z @ self.w_up)) @ self.w_down


class LlamaLayer(torch.nn.Module):
    """X + Attn(RMSNorm(X)), then H + MLP(RMSNorm(H)), as samples/llama-block.yaml's 'layer'.

    Inputs as in the sample: X [n, d], positions [n, 1] (1..n as floats); and the causal mask as
    an additive [n, n] input (0 on and below the diagonal, -inf above), which the sample reads as
    wiring (causal_mask) but the exported graph adds (one Add).
    """

    def __init__(self, extra_block=False):
        super().__init__()
        self.norm1 = RMSNorm(D)
        self.norm2 = RMSNorm(D)
        self.w_q = torch.nn.Parameter(torch.randn(D, D) / 8)
        self.w_k = torch.nn.Parameter(torch.randn(D, D) / 8)
        self.w_v = torch.nn.Parameter(torch.randn(D, D) / 8)
        self.w_o = torch.nn.Parameter(torch.randn(D, D) / 8)
        inv = 1.0 / (10000 ** (torch.arange(0, D // 2).float() * 2 / D))
        self.register_buffer("theta", torch.cat((inv, inv)).reshape(1, D))
        self.mlp = SwiGLU()
        self.extra = torch.nn.ModuleList([RMSNorm(D), SwiGLU()]) if extra_block else None

    def forward(self, x, positions, mask):
        n = x.shape[0]
        a = self.norm1(x)
        q, k, v = a @ self.w_q, a @ self.w_k, a @ self.w_v
        angle = positions * self.theta
        c, s = torch.cos(angle), torch.sin(angle)
        q = q * c + rotate_half(q) * s
        k = k * c + rotate_half(k) * s
        q = q.reshape(n, HEADS, E).transpose(0, 1)
        k = k.reshape(n, HEADS, E).transpose(0, 1)
        v = v.reshape(n, HEADS, E).transpose(0, 1)
        scores = q @ k.transpose(1, 2) / math.sqrt(E) + mask
        att = torch.softmax(scores, dim=-1) @ v
        h = x + att.transpose(0, 1).reshape(n, D) @ self.w_o
        out = h + self.mlp(self.norm2(h))
        if self.extra is not None:
            out = out + self.extra[1](self.extra[0](out))
        return out


def main(out):
    os.makedirs(out, exist_ok=True)
    seq = {"src": {0: "n"}, "out": {0: "n"}}
    x = torch.randn(10, 1, D)
    for norm_first, name in ((False, "encoder-post.onnx"), (True, "encoder-pre.onnx")):
        layer = torch.nn.TransformerEncoderLayer(d_model=D, nhead=HEADS, dim_feedforward=F,
                                                 dropout=0.0, norm_first=norm_first)
        export(layer, (x,), ["src"], os.path.join(out, name), seq)
    n = 10
    xs = torch.randn(n, D)
    pos = torch.arange(1, n + 1).float().reshape(n, 1)
    mask = torch.triu(torch.full((n, n), float("-inf")), diagonal=1)
    dyn = {"x": {0: "n"}, "positions": {0: "n"}, "mask": {0: "n", 1: "n"}, "out": {0: "n"}}
    for extra, name in ((False, "llama-layer.onnx"), (True, "llama-layer-extra.onnx")):
        export(LlamaLayer(extra), (xs, pos, mask), ["x", "positions", "mask"],
               os.path.join(out, name), dyn)
    bad_models(out)


def bad_models(out):
    x = helper.make_tensor_value_info("x", TensorProto.FLOAT, ["n", 4])
    y = helper.make_tensor_value_info("y", TensorProto.FLOAT, ["n", 4])
    relu = helper.make_graph([helper.make_node("Relu", ["x"], ["y"], name="relu")], "g", [x],
                             [y])
    onnx.save(helper.make_model(relu, opset_imports=[helper.make_opsetid("", 99)]),
              os.path.join(out, "bad-opset.onnx"))
    einsum = helper.make_graph(
        [helper.make_node("Einsum", ["x", "x"], ["y"], name="mix", equation="ij,ij->ij")],
        "g", [x], [y])
    onnx.save(helper.make_model(einsum, opset_imports=[helper.make_opsetid("", 13)]),
              os.path.join(out, "bad-unmapped.onnx"))
    w = numpy_helper.from_array(numpy.full((4, 4), 0.5, dtype=numpy.float32), "w")
    mm = helper.make_graph([helper.make_node("MatMul", ["x", "w"], ["y"], name="mm")], "g",
                           [x], [y], initializer=[w])
    model = helper.make_model(mm, opset_imports=[helper.make_opsetid("", 13)])
    onnx.save(model, os.path.join(out, "bad-external.onnx"), save_as_external_data=True,
              all_tensors_to_one_file=True, location="bad-external.weights",
              size_threshold=0)
    os.remove(os.path.join(out, "bad-external.weights"))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__)))

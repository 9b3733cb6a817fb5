"""KorQuAD 1.0's official answer metrics (evaluate-v1.0.py of the KorQuAD site): the answer is
normalised (quotes and brackets to spaces, punctuation removed, lower case, spaces collapsed),
exact match compares the normalised strings, F1 counts common characters (spaces ignored).

>>> exact_match("《경고》", "경고")
1.0
>>> round(f1_score("로널드 레이건", "로널드 레이건 대통령"), 3)
0.8
"""

from __future__ import annotations

import string
from collections import Counter

__all__ = ["exact_match", "f1_score", "normalize_answer"]

_BRACKETS = ["'", '"', "《", "》", "<", ">", "〈", "〉", "(", ")", "‘", "’"]
_PUNCT = set(string.punctuation)


def normalize_answer(s: str) -> str:
    for ch in _BRACKETS:
        s = s.replace(ch, " ")
    s = "".join(ch for ch in s.lower() if ch not in _PUNCT)
    return " ".join(s.split())


def exact_match(prediction: str | None, truth: str) -> float:
    return float(normalize_answer(prediction or "") == normalize_answer(truth))


def f1_score(prediction: str | None, truth: str) -> float:
    pred = list("".join(normalize_answer(prediction or "").split()))
    gold = list("".join(normalize_answer(truth).split()))
    same = sum((Counter(pred) & Counter(gold)).values())
    if same == 0:
        return 0.0
    precision, recall = same / len(pred), same / len(gold)
    return 2 * precision * recall / (precision + recall)

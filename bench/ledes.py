"""How often the ledes of Korean business news give the relation they state, over company names of
both kinds news uses: a stem with a kind (한빛전자, 누리소프트) and a bare coined word (the way
real startups are named: 야놀자, 뤼이드), made up here (bench/coined_names.py), never seen in any
gold article.

    python bench/ledes.py                 # every frame
    python bench/ledes.py acq inv -v      # some frames, with their misses

Each frame is one sentence ("{S}가 {O}를 인수했다고 3일 밝혔다") with the relation it states; a
frame counts as read when the extraction holds that relation between the two names (either way
round for PARTNER_OF).  Particles follow the name's last syllable.
"""

from __future__ import annotations

import argparse
import itertools
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.coined_names import coin
from kg import analyze_document, resolve
from kg.josa import attach, has_final_consonant

#: frame -> (sentence, relation, subject slot, object slot)
FRAMES = {
    "acq": ("{S}{S_ga} {O}{O_reul} 인수했다고 3일 밝혔다.", "ACQUIRED", "S", "O"),
    "acq-stake": ("{S}{S_eun} {O} 지분 100%를 1200억원에 인수하기로 했다.", "ACQUIRED", "S", "O"),
    "inv": ("{S}{S_ga} {O}에 300억원을 투자했다.", "INVESTED_IN", "S", "O"),
    "inv-raise": (
        "{O}{O_eun} {S}{S_euro}부터 200억원 규모의 투자를 유치했다.",
        "INVESTED_IN",
        "S",
        "O",
    ),
    "inv-round": (
        "{O}{O_ga} 120억원 규모의 시리즈B 투자를 유치했다. 이번 투자에는 {S}{S_ga} 참여했다.",
        "INVESTED_IN",
        "S",
        "O",
    ),
    "dev": ("{S}{S_ga} 개발한 {M}{M_eun} 한국어 성능이 뛰어나다.", "DEVELOPED", "S", "M"),
    "dev-launch": ("{S}{S_ga} {M}{M_reul} 출시했다고 5일 밝혔다.", "DEVELOPED", "S", "M"),
    "ceo": ("{S}{S_eun} 신임 대표이사에 {P} 부사장을 선임했다.", "WORKED_AT", "P", "S"),
    "ceo-title": ("{P} {S} 대표는 기자간담회에서 계획을 밝혔다.", "WORKED_AT", "P", "S"),
    "fnd": ("{S}{S_eun} 2019년 {P} 대표가 설립한 회사다.", "FOUNDED", "P", "S"),
    "ptn-mou": ("{S}{S_ga} {O}{O_wa} 업무협약을 맺었다고 5일 밝혔다.", "PARTNER_OF", "S", "O"),
    "ptn-hands": ("{S}{S_ga} {O}{O_wa} 손잡고 클라우드 사업에 나선다.", "PARTNER_OF", "S", "O"),
}
KINDS = ["전자", "소프트", "바이오", "랩스", "테크", "로보틱스"]
PEOPLE = ["김민준", "이서연", "박지훈", "최유나", "정하늘"]
MODELS = ["아라 2", "솔빛 X", "노바 프로", "가람 3", "하늘 1.5"]


def _particles(slot: str, word: str) -> dict[str, str]:
    """The particles of the frames after ``word`` (kg.josa reads its last syllable); 으로 as 로
    after ㄹ ("모델로")."""
    rieul = "가" <= word[-1] <= "힣" and (ord(word[-1]) - 0xAC00) % 28 == 8
    return {
        f"{slot}_ga": attach(word, "이")[len(word) :],
        f"{slot}_eun": attach(word, "은")[len(word) :],
        f"{slot}_reul": attach(word, "을")[len(word) :],
        f"{slot}_wa": attach(word, "과")[len(word) :],
        f"{slot}_euro": "으로" if has_final_consonant(word) and not rieul else "로",
    }


def company_names(n: int, seed: int = 7) -> list[str]:
    """Half stem-and-kind names, half bare coined words."""
    rng = random.Random(seed)
    taken: set[str] = set()
    out = []
    for i in range(n):
        stem = coin(rng, "가", taken)
        out.append(stem + KINDS[i % len(KINDS)] if i % 2 else stem)
    return out


def _holds(ex, rel: str, x: str, y: str) -> bool:
    """Does the extraction hold ``rel`` from the entity named ``x`` to the one named ``y``?"""
    names = {e.id: {e.name, *e.aliases} for e in ex.entities.values()}
    return any(
        r.type == rel and x in names[r.subject] and y in names[r.object] for r in ex.relations
    )


def read(frame: str, names: list[str]) -> tuple[int, int, list[str]]:
    sentence, rel, a, b = FRAMES[frame]
    hits, n, misses = 0, 0, []
    for i, (s, o) in enumerate(itertools.permutations(names, 2)):
        if i % 5:
            continue
        slots = {"S": s, "O": o, "P": PEOPLE[i % 5], "M": MODELS[i % 5]}
        fill = dict(slots)
        for k in ("S", "O", "M"):
            fill.update(_particles(k, slots[k]))
        text = sentence.format(**fill)
        ex = resolve([analyze_document("d", text)])
        x, y = slots[a], slots[b]
        ok = _holds(ex, rel, x, y) or (rel == "PARTNER_OF" and _holds(ex, rel, y, x))
        n += 1
        hits += ok
        if not ok:
            misses.append(text)
    return hits, n, misses


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("frames", nargs="*", help=f"frames to read (default all: {', '.join(FRAMES)})")
    ap.add_argument("-v", "--verbose", action="store_true", help="print the sentences missed")
    args = ap.parse_args(argv)
    names = company_names(12)
    total = hits = 0
    for frame in args.frames or FRAMES:
        h, n, misses = read(frame, names)
        hits, total = hits + h, total + n
        print(f"{frame:10s} {h:3d} / {n}")
        for m in misses[: 5 if args.verbose else 0]:
            print("    missed:", m)
    print(f"{'all':10s} {hits:3d} / {total}  ({hits / total:.3f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())

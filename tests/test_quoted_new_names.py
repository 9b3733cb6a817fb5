"""search/new_names.py: the name a sentence quotes right before "(으)로 이름/사명" is the new
name asked, over the other names of that sentence; sentences written for the test."""

from __future__ import annotations

from types import SimpleNamespace as NS

import pytest

from search.new_names import quoted_new_names, renamed_only

_Q = NS(english=False, text="두 조합의 새 이름은?", entities=[])


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("두 조합은 가칭 '하늘조합'으로 이름을 정하고 솔빛조합과 협의한다.", ["하늘조합"]),
        ("합병 법인은 “누리온”으로 사명을 바꾼다.", ["누리온"]),
        ("합병 법인은 ‘누리온’ 으로 명칭을 바꾼다.", ["누리온"]),
        ("'누리온'이라는 이름으로 출범한다.", []),  # no (으)로 right after the quote
        ("사명을 '누리온'으로 바꾼다.", []),  # the name noun before: no name noun after it
        ("두 조합은 합병안을 가결했다.", []),
    ],
)
def test_quoted_new_names(text, names):
    assert quoted_new_names(text) == names


def _read(text: str, *spans: tuple[str, str | None]):
    ri = NS(passages=[NS(text=text)])
    return ri, [NS(passage=0, text=s, entity={"id": e} if e else None) for s, e in spans]


def test_the_quoted_name_wins_over_the_sentences_other_names():
    ri, cands = _read(
        "두 조합은 가칭 '하늘조합'으로 이름을 정하고 솔빛조합과 협의한다.",
        ("솔빛조합", "s"),
        ("하늘조합", None),
    )
    assert renamed_only(_Q, ri, cands) == [cands[1]]


def test_no_candidate_is_the_quoted_name_keeps_them_all():
    ri, cands = _read(
        "두 조합은 가칭 '하늘조합'으로 이름을 정하고 솔빛조합과 협의한다.", ("솔빛조합", "s")
    )
    assert renamed_only(_Q, ri, cands) == cands


def test_a_blank_candidate_is_no_quoted_name():
    ri, cands = _read("합병 법인은 '누리온'으로 사명을 바꾼다.", (" ", None), ("누리온", None))
    assert renamed_only(_Q, ri, cands) == [cands[1]]


def test_other_sentences_keep_their_candidates():
    ri = NS(
        passages=[
            NS(text="합병 법인은 '누리온'으로 사명을 바꾼다."),
            NS(text="사명은 다온으로 바뀐다."),
        ]
    )
    cands = [NS(passage=0, text="누리온", entity=None), NS(passage=1, text="다온", entity=None)]
    assert renamed_only(_Q, ri, cands) == cands

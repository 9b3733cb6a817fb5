"""A new title of a series named with a colon ("별빛전기:새로운 여정") is asked about: the series'
own name ("별빛전기") is no answer to it, as a version's family is none to the version
(search/reader_input.py).  Real Kiwi, real e5 embeddings, real FAISS; the article is invented."""

from __future__ import annotations

import pytest
from article_kb import article_kb

from search.reader_input import _version_of

ARTICLE = (
    "누리게임즈 '별빛전기:새로운 여정' 사전예약 300만 명 돌파\n"
    "누리게임즈는 신작 '별빛전기:새로운 여정'의 사전예약자가 300만 명을 넘어섰다고 밝혔다. "
    "별빛전기:새로운 여정은 별빛전기를 만든 한솔스튜디오에서 직접 개발하고 있는 모바일 "
    "역할수행게임이다. 한솔스튜디오는 3분기 안에 비공개 시험을 한다."
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "game", "별빛전기 신작 사전예약") as kb:
        yield kb


def test_the_series_is_no_maker_of_its_new_title(kb):
    ans = kb.ask("별빛전기:새로운 여정을 개발한 곳은?")
    assert ans.answer == "한솔스튜디오", (ans.answer, ans.method, ans.sentence)


@pytest.mark.parametrize(
    ("name", "family", "version"),
    [
        ("별빛전기:새로운 여정", "별빛전기", True),
        ("별빛전기: 새로운 여정", "별빛전기", True),
        ("카노 2", "카노", True),
        ("별빛전기", "별빛전기", False),  # the same name
        ("별빛전기 키우기", "별빛전기", False),  # another name that starts alike
        ("누리 별빛전기", "별빛전기", False),
    ],
)
def test_version_of(name, family, version):
    assert _version_of(name, family) is version

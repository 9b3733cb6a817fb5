"""A time of day is answered whole: the part of the day before the hour and the minutes after
it ("오후 2시 40분", not "2시"), and the day before both when 언제 is asked ("14일 오전 7시 5분")
(search/times_of_day.py).  Real Kiwi, real e5 embeddings, real FAISS; the article is invented."""

from __future__ import annotations

import pytest
from article_kb import article_kb

from search.times_of_day import whole_time

ARTICLE = (
    "한결우주, 관측위성 '누리별' 궤도 진입\n"
    "한결우주의 관측위성 누리별이 14일 오전 7시 5분 호주 서부 발사장에서 발사됐다. "
    "위성은 발사 약 48분 뒤 발사체에서 정상 분리됐다. "
    "한결우주는 오후 2시 40분 대전 관제센터와 첫 교신을 할 예정이라고 밝혔다."
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "nuribyeol", "누리별 궤도 진입") as kb:
        yield kb


def test_the_hour_asked_comes_with_its_part_of_day_and_minutes(kb):
    ans = kb.ask("첫 교신은 몇 시에 하나?")
    assert ans.answer == "오후 2시 40분", (ans.answer, ans.method, ans.sentence)


def test_when_asked_the_day_comes_too(kb):
    ans = kb.ask("누리별은 언제 발사됐나?")
    assert ans.answer == "14일 오전 7시 5분", (ans.answer, ans.method, ans.sentence)


@pytest.mark.parametrize(
    ("text", "name", "with_day", "whole"),
    [
        # the minutes after the hour, the part of the day before it, the day before both
        ("20일 오후 4시 30분 중단됐다.", "4시", True, "20일 오후 4시 30분"),
        # 몇 시 asked: no day
        ("20일 오후 4시 30분 중단됐다.", "4시", False, "오후 4시 30분"),
        # the minutes read already: only the part of the day is added
        ("오전 11시 15분경 분리됐다.", "11시 15분경", True, "오전 11시 15분경"),
        # the part of the day read already: no day looked for before it
        ("20일 오후 4시 중단됐다.", "오후 4시", True, "오후 4시"),
        # a longer part of the day first
        ("한국시간 오전 10시 21분 이륙했다.", "10시 21분", False, "한국시간 오전 10시 21분"),
        # no part of the day, no day: the hour and its minutes only
        ("발사는 10시 21분 이뤄졌다.", "10시", True, "10시 21분"),
        # a word that only ends like a part of the day ("이번밤" is no 밤) is not taken
        ("이번밤 10시 출발한다.", "10시", False, "10시"),
        # a length of time is no hour of the clock
        ("장애는 9시간 28분 동안 이어졌다.", "9시간", True, "9시간"),
        # no hour at all: a day is left as read
        ("20일 오후 중단됐다.", "20일", True, "20일"),
        # a name not in the text is left as read
        ("20일 오후 4시 중단됐다.", "5시", True, "5시"),
    ],
)
def test_whole_time(text, name, with_day, whole):
    assert whole_time(text, name, with_day) == whole

"""A name with "역시" or "또한" ("also") after it and no particle of its own is read as with 도:
"카카오 역시 스켈터랩스에 투자했다" as "카카오도 ..." (grammar.toml [particles] also_words,
kg/particles.py).  Found on real news of start-up deals, where the investor of such a clause
was no subject and the investment was lost.  Real Kiwi; the sentences are invented."""

from __future__ import annotations

import pytest

from kg import analyze_document, resolve


def _invested(text: str) -> set[tuple[str, str]]:
    ex = resolve([analyze_document("doc", text)])
    name = {e.id: e.name for e in ex.entities.values()}
    return {(name[r.subject], name[r.object]) for r in ex.relations if r.type == "INVESTED_IN"}


def _particle(text: str, name: str) -> str:
    a = analyze_document("doc", text)
    return next(m.particle for m in a.mentions if m.text == name)


@pytest.mark.parametrize("also", ["역시", "또한"])
def test_also_after_a_name_stands_for_do(also):
    text = f"대형 포털인 한빛포털 {also} 로봇 스타트업인 누리랩에 투자했다."
    assert ("한빛포털", "누리랩") in _invested(text)
    assert _particle(text, "한빛포털") == "도"


def test_also_not_right_after_the_name_is_no_particle():
    # the adverb opens the sentence: the name keeps its own particle
    assert _particle("역시 한빛포털이 누리랩에 투자했다.", "한빛포털") == "이"


def test_another_adverb_is_no_particle():
    assert _particle("한빛포털 이미 누리랩에 투자했다.", "한빛포털") == ""

"""A career written as bullets with bracketed years ("▲A(2008~2013년) ▲미국 물류사 B(Bx·2018~2021년)를
거쳐") names every step, each without its bracket: at 699752d the answer was cut inside the last
bracket ("B(Bx·2018~2021년") at 0.97 and the earlier bullets were lost.  Real Kiwi; invented
names."""

from __future__ import annotations

import pytest

from search.career_glosses import period_open, without_gloss
from search.org_words import org_text
from search.passages import sentence_tokens
from search.past_cues import past_affiliations

BULLETS = (
    "하 대표는 ▲미리소프트(2008~2013년) ▲초록랩스(2013~2018년) ▲미국 물류사 "
    "카고린(Cargolin·2018~2021년)을 거쳐 2021년 나래픽을 세웠다."
)


def _orgs(text: str) -> list[str]:
    return [o for o, who in past_affiliations(text, sentence_tokens(text), [(0, 4)]) if who == 0]


def test_every_bullet_of_a_career_is_a_step_without_its_years():
    assert _orgs(BULLETS) == ["미리소프트", "초록랩스", "카고린"]


def test_coordinated_steps_with_brackets_of_years():
    text = "하 후보는 은빛소프트(2010~2015년)와 라쿠모(Rakumo·2019~2022년)를 거쳐 지난해 합류했다."
    assert _orgs(text) == ["은빛소프트", "라쿠모"]


def test_a_bracket_of_the_names_spelling_stays():
    assert _orgs("하 후보는 보칼릭스(Vocalix)에서 일했다.") == ["보칼릭스(Vocalix)"]


@pytest.mark.parametrize(
    ("name", "kept"),
    [
        ("라쿠모(Rakumo·2019~2022년", "라쿠모"),  # an item never ends inside an open bracket
        ("초록게임즈(2015~2019년)", "초록게임즈"),  # a bracket of years says when
        ("보칼릭스(Vocalix)", "보칼릭스(Vocalix)"),
        ("보칼릭스", "보칼릭스"),
        ("(주)", "(주)"),  # a bracket opening the name is none after it
        ("", ""),
    ],
)
def test_without_gloss(name, kept):
    assert without_gloss(name) == kept


def test_period_open_finds_the_bracket_of_years_only():
    toks = sentence_tokens("카고린(Cargolin·2018~2021년)을 거쳐")
    close = next(i for i, t in enumerate(toks) if t.tag == "SSC")
    assert toks[period_open("", toks, 0)] is toks[0]  # nothing before
    text = "카고린(Cargolin·2018~2021년)을 거쳐"
    assert toks[period_open(text, toks, close + 1)].tag == "SSO"
    assert period_open(text, toks, close) == close  # not right after a closing bracket
    spelled = "보칼릭스(Vocalix)를 거쳐"
    stoks = sentence_tokens(spelled)
    sclose = next(i for i, t in enumerate(stoks) if t.tag == "SSC")
    assert period_open(spelled, stoks, sclose + 1) == sclose + 1  # the spelling: no years
    odd = "A) B)를"
    otoks = sentence_tokens(odd)
    oclose = max(i for i, t in enumerate(otoks) if t.tag == "SSC")
    assert period_open(odd, otoks, oclose + 1) == oclose + 1  # no opening bracket


def test_a_kind_noun_kiwi_reads_as_a_name_still_says_the_kind():
    text = "미국 게임사 라쿠모에서"
    toks = sentence_tokens(text)
    chain = [t for t in toks if t.tag in {"NNP", "NNG"}]
    assert org_text(text, chain, False) == "라쿠모"

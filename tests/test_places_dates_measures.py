"""Places, areas and relative dates as news writes them (issue 13):

- the place asked where something is built or held is the site written with 에/에서 and the
  region before it ("경남 사천테크노밸리", "광주 빛가람컨벤션센터"), not the city alone;
- an area asked (부지 면적, 넓이) is the figure written in a unit of area ("30만7천평"), though
  the sentence writes neither 부지 nor 면적;
- a year written relative to the article ("올해") answers "언제" when no other time is written
  for the event.

Real Kiwi, real e5 embeddings, real FAISS; the shipped reader and calibration.  The articles
are invented for the test."""

from __future__ import annotations

import pytest
from article_kb import article_kb

SATELLITE = (
    "누리우주, 경남 사천에 위성체공장 구축\n"
    "[가온일보 한서율 기자] 누리우주는 경남 사천테크노밸리에 위성체공장을 구축하고, 경상남도와 "
    "사천시는 인허가와 보조금을 지원할 예정이라고 3일 밝혔다. 누리우주 관계자는 『위성체공장은 "
    "당장 올해 착공할 계획』이라고 말했다. 착공식은 광주 빛가람컨벤션센터(GCC)에서 개최됐다."
)

PLANT = (
    "다온테크, 충북 오창에 2공장 세운다\n"
    "[산업일보 마도윤 기자] 다온테크는 충북 오창에 30만7천평을 매입해 2공장을 세운다고 3일 "
    "밝혔다. 투자 금액은 4천억원이다. 다온테크는 2015년 설립된 배터리 소재 기업이다."
)

CELLS = (
    "해솔배터리, 전남 광양에 생산시설…전남도·광양시 지원\n"
    "[남도경제 윤가람 기자] 해솔배터리는 2천억원을 투자해 전남 광양2산단에 생산시설을 "
    "구축하고, 전남도와 광양시는 인허가와 보조금을 지원할 예정이다."
)


@pytest.fixture(scope="module")
def cells(tmp_path_factory):
    with article_kb(tmp_path_factory, CELLS, "cells", "해솔배터리 생산시설 구축") as kb:
        yield kb


def test_the_site_built_on_is_no_body_that_helps(cells):
    # the province and the city are subjects of another verb, not where it is built
    assert cells.ask("해솔배터리는 어디에 생산시설을 구축하나?").answer == "전남 광양2산단"


@pytest.fixture(scope="module")
def satellite(tmp_path_factory):
    with article_kb(tmp_path_factory, SATELLITE, "sat", "누리우주 위성체공장 구축") as kb:
        yield kb


@pytest.fixture(scope="module")
def plant(tmp_path_factory):
    with article_kb(tmp_path_factory, PLANT, "plant", "다온테크 2공장") as kb:
        yield kb


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("누리우주는 어디에 위성체공장을 구축하나?", "경남 사천테크노밸리"),
        ("착공식은 어디서 열렸나?", "광주 빛가람컨벤션센터"),
    ],
)
def test_the_site_with_its_region_is_the_place(satellite, question, expected):
    assert satellite.ask(question).answer == expected


def test_a_relative_year_alone_answers_when(satellite):
    ans = satellite.ask("위성체공장은 언제 착공하나?")
    assert ans.answer == "올해"
    assert "착공" in ans.sentence


EXPANSION = (
    "비손케미칼, 울산 공장 증설\n[화학신문 고다인 기자] 비손케미칼은 울산 공장을 올해 착공해 "
    "2027년 3월 완공한다고 4일 밝혔다. 신제품은 내년 출시된다."
)


@pytest.fixture(scope="module")
def expansion(tmp_path_factory):
    with article_kb(tmp_path_factory, EXPANSION, "exp", "비손케미칼 울산 공장 증설") as kb:
        yield kb


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("울산 공장은 언제 착공하나?", "올해"),  # not the completion's 2027년 3월
        ("울산 공장은 언제 완공하나?", "2027년 3월"),  # the absolute date of its own event
        ("신제품은 언제 출시되나?", "내년"),
    ],
)
def test_each_event_keeps_its_own_time(expansion, question, expected):
    assert expansion.ask(question).answer == expected


@pytest.mark.parametrize(
    "question", ["다온테크가 매입하는 부지 면적은?", "다온테크가 매입한 땅의 넓이는?"]
)
def test_an_area_asked_is_the_figure_in_a_unit_of_area(plant, question):
    assert plant.ask(question).answer == "30만7천평"


def test_an_amount_asked_is_no_area(plant):
    assert plant.ask("다온테크의 투자 금액은?").answer == "4천억원"

"""Extraction on news-style Korean: sentences of our own for each pattern family of issue 12,
each run with the built-in lexicon and without it (grammar must not depend on known names),
and a slow gate that runs the gold benchmark with minimums on the development sets."""

from __future__ import annotations

import importlib.util

import pytest
from conftest import ROOT

from kg import analyze_document, resolve
from kg.document_names import document_names, repeated_names
from kg.kiwi import kiwi
from kg.model import Mention, Sentence
from kg.names import name_key
from kg.pieces import Tok, pieces
from kg.tagger import NameSpan, _parenthesised


def _extract(text):
    ex = resolve([analyze_document("t", text)])
    name = {eid: e.name for eid, e in ex.entities.items()}
    rels = {(name[r.subject], r.type, name[r.object]): r for r in ex.relations}
    return ex, rels


def test_name_organisation_title_chain(lexicon):
    ex, rels = _extract(
        "김하늘 누리AI 대표는 지난해 투자를 유치했다고 밝혔다. 김 대표가 2019년 설립한 이 회사는 판교에 있다."
    )
    assert ex.entity_by_name("김하늘").type == "Person"
    assert ex.entity_by_name("누리AI").type == "Company"
    assert ex.entity_by_name("김하늘 누리AI") is None
    assert ex.entity_by_name("김") is None  # a family name alone is a reference, not a person
    assert rels[("김하늘", "WORKED_AT", "누리AI")].role == "대표"


def test_organisation_title_person_and_former_employer(lexicon):
    ex, rels = _extract(
        "한빛반도체 최고기술책임자(CTO) 박정우는 솔바람전자 연구원 출신이다. "
        "회사에는 네이버 연구원 출신인 정민혁 이사가 합류했다."
    )
    assert rels[("박정우", "WORKED_AT", "한빛반도체")].role.startswith("최고기술책임자")
    assert ("정민혁", "WORKED_AT", ex.entity_by_name("네이버").name) in rels


def test_round_lead_and_followers_invest_in_the_raiser(lexicon):
    _, rels = _extract(
        "누리AI가 400억원 규모의 시리즈B 투자를 유치했다고 3일 밝혔다. "
        "이번 라운드는 한빛벤처스가 주도했으며 알파캐피털과 베타파트너스, 감마인베스트먼트가 참여했다. "
        "기존 투자자인 델타벤처스도 후속 투자를 단행했다."
    )
    for investor in ("한빛벤처스", "알파캐피털", "베타파트너스", "감마인베스트먼트", "델타벤처스"):
        assert (investor, "INVESTED_IN", "누리AI") in rels, investor
    # investors of one round are not partners of each other
    assert not any(t == "PARTNER_OF" for _, t, _ in rels)


def test_bulleted_investors(lexicon):
    _, rels = _extract(
        "솔빛로보틱스가 시리즈A 투자를 유치했다. "
        "이번 투자에는 ▲한빛벤처스(300억원) ▲솔빛전자의 투자 자회사인 솔빛인베스트(70억원) 등이 참여했다."
    )
    assert ("한빛벤처스", "INVESTED_IN", "솔빛로보틱스") in rels
    assert ("솔빛인베스트", "INVESTED_IN", "솔빛로보틱스") in rels
    assert ("솔빛전자", "INVESTED_IN", "솔빛로보틱스") not in rels


def test_bulleted_investors_under_a_word_for_them_whatever_the_verb(lexicon):
    text = (
        "물류 로봇 기업 가온로보틱스가 120억원 규모의 시리즈A 투자를 유치했다. "
        "신규 투자자로는 ▲청솔벤처스(40억원) ▲다온파트너스(30억원)가 이름을 올렸다."
    )
    _, rels = _extract(text)
    assert ("청솔벤처스", "INVESTED_IN", "가온로보틱스") in rels
    assert ("다온파트너스", "INVESTED_IN", "가온로보틱스") in rels
    # a bulleted list of partners is no list of investors
    _, rels = _extract(
        "가온로보틱스가 120억원 규모의 시리즈A 투자를 유치했다. "
        "주요 고객사로는 ▲청솔물산 ▲다온유통이 이름을 올렸다."
    )
    assert not [r for r in rels if r[1] == "INVESTED_IN" and r[0] in {"청솔물산", "다온유통"}]


def test_a_quoted_name_of_a_word_and_a_number_keeps_its_last_syllable(lexicon):
    ex, rels = _extract(
        "한울로보틱스의 주력 제품은 건설 현장용 로봇 '든든이 2'다. "
        "2026년 5월 출시된 든든이 2에는 회사가 자체 개발한 AI 모델 '바람 1.5'가 탑재됐다."
    )
    names = {e.name for e in ex.entities.values()}
    assert "든든이 2" in names and "든든" not in names
    assert ("든든이 2", "RELEASED_IN", "2026년 5월") in rels
    assert ("바람 1.5", "INTEGRATED_INTO", "든든이 2") in rels


def test_a_person_in_two_scripts_then_an_organisation_and_a_title_works_there(lexicon):
    ex, rels = _extract(
        "토마스 베버(Thomas Weber) 한결모터스 전장설계실장(상무)은 계약을 설명했다."
    )
    assert ex.entity_by_name("한결모터스").type == "Company"
    assert ("Thomas Weber", "WORKED_AT", "한결모터스") in rels
    # the person's own title after the brackets is no organisation
    ex, rels = _extract("제이슨 박(Jason Park) 대표는 계약을 설명했다.")
    assert [e.type for e in ex.entities.values()] == ["Person"]


def test_an_employer_in_one_founders_relative_clause_is_not_the_other_founders(lexicon):
    _, rels = _extract(
        "부산에 본사를 둔 가람로보틱스는 온누리소프트에서 개발자로 일한 윤서진 대표와 "
        "한결전자 연구소 출신인 배민호 최고기술책임자(CTO)가 2023년 공동 창업했다."
    )
    assert ("윤서진", "WORKED_AT", "온누리소프트") in rels
    assert ("배민호", "WORKED_AT", "한결전자") in rels
    assert ("배민호", "WORKED_AT", "온누리소프트") not in rels


def test_this_company_is_not_the_place_a_person_worked_before(lexicon):
    _, rels = _extract(
        "윤서진 가람로보틱스 대표는 이날 기자간담회에서 신제품을 공개했다. "
        "윤 대표는 2020년 가람로보틱스를 창업하기 전 온누리소프트에서 검색 서비스 개발을 맡았다. "
        "윤 대표가 2020년 창업한 이 회사는 직원이 80명이다."
    )
    assert ("윤서진", "FOUNDED", "가람로보틱스") in rels
    assert ("윤서진", "FOUNDED", "온누리소프트") not in rels
    assert ("온누리소프트", "FOUNDED_IN", "2020년") not in rels


def test_co_founders_joined_past_the_second_ones_background(lexicon):
    _, rels = _extract(
        "가람로보틱스는 윤서진 대표와 한결전자 출신인 배민호 CTO가 2023년 공동 창업했다."
    )
    assert ("윤서진", "FOUNDED", "가람로보틱스") in rels
    assert ("배민호", "FOUNDED", "가람로보틱스") in rels
    # past a modifier only a name of the same kind joins: two companies someone worked at
    _, rels = _extract("청솔전자와 한결전자에서 일한 김도윤 대표는 가람로보틱스를 세웠다.")
    assert ("김도윤", "WORKED_AT", "청솔전자") in rels
    assert ("김도윤", "FOUNDED", "가람로보틱스") in rels
    assert ("청솔전자", "FOUNDED", "가람로보틱스") not in rels


def test_a_name_of_family_name_shape_before_an_office_is_a_person(lexicon):
    ex, rels = _extract(
        "가람로보틱스는 권태민 대표가 2022년 세운 회사다. "
        "권 대표는 한결전자에서 제어 엔지니어로 7년간 일했다."
    )
    assert ex.entity_by_name("권태민").type == "Person"
    assert ("권태민", "FOUNDED", "가람로보틱스") in rels
    assert ("권태민", "WORKED_AT", "한결전자") in rels
    # a line of work is no office, and a word Kiwi reads as a verb form is no name
    ex, _ = _extract(
        "가람로보틱스는 백엔드 개발자를 뽑는다. 윤서진 부사장은 지난달 대표로 선임됐다."
    )
    names = {e.name for e in ex.entities.values()}
    assert "백엔드" not in names and "지난달" not in names


def test_a_name_kiwi_reads_as_a_word_before_a_modified_title_is_a_person(lexicon):
    # "유지비" is a common noun to Kiwi (유지 + 비, an upkeep cost); before "전임 대표이사" it is
    # a name; a common noun right before a plain title stays none ("이사회 의장")
    ex, rels = _extract(
        '가람기획은 "유지비 전임 대표이사의 사임에 따라 대표이사를 새로 뽑았다"고 밝혔다. '
        "이사회 의장은 회의를 열었다."
    )
    assert ex.entity_by_name("유지비").type == "Person"
    assert ("유지비", "WORKED_AT", "가람기획") in rels
    assert "이사회" not in {e.name for e in ex.entities.values()}


def test_a_surname_glued_to_a_title_is_the_person_named_before(lexicon):
    # "김사장은": Kiwi reads 김/NNP 사장/NNG in one word; "이사장" stays a title
    ex, rels = _extract(
        "가람자동차보험은 신임 대표로 김도경 사장을 뽑았다. 김사장은 2010년부터 누리화재에서 일했다. "
        "누리재단 이사장은 말했다."
    )
    assert ("김도경", "WORKED_AT", "누리화재") in rels
    assert "이사장" not in {e.name for e in ex.entities.values()}


def test_a_background_written_of_a_surname_and_title_is_the_persons(lexicon):
    _, rels = _extract(
        "가람로보틱스는 김태민 대표가 2022년 세운 회사다. "
        "한결전자 로봇연구소 연구원 출신인 김 대표는 물류 로봇을 개발했다."
    )
    assert ("김태민", "WORKED_AT", "한결전자") in rels


def test_data_and_security_chiefs_are_titles(lexicon):
    _, rels = _extract("박도윤 누리AI CDO는 데이터 전략을 설명했다. 한서진 누리AI CISO도 참석했다.")
    assert ("박도윤", "WORKED_AT", "누리AI") in rels
    assert ("한서진", "WORKED_AT", "누리AI") in rels


def test_reporting_subject_is_not_an_investor(lexicon):
    _, rels = _extract(
        "누리AI가 투자를 유치했다. 이번 라운드에 한빛벤처스가 참여했다고 테크뉴스가 보도했다."
    )
    assert ("한빛벤처스", "INVESTED_IN", "누리AI") in rels
    assert ("테크뉴스", "INVESTED_IN", "누리AI") not in rels


def test_particles_do_not_eat_names(lexicon):
    # Kiwi splits 퓨리오사에이아이 into common nouns: the tagger joins them. (Refitted on 101
    # articles, it asks the subject for more than "새 칩을 공개했다" to call it a name: a cue noun
    # before it or a topic particle.)
    ex, _ = _extract("퓨리오사에이아이는 새 칩을 공개했다. 미스트랄은 새 모델을 공개했다.")
    assert ex.entity_by_name("퓨리오사에이아이") is not None
    assert ex.entity_by_name("미스트랄") is not None
    ex, _ = _extract("AI 반도체 스타트업 퓨리오사에이아이가 새 칩을 공개했다.")
    assert ex.entity_by_name("퓨리오사에이아이") is not None


def test_partner_agreement(lexicon):
    _, rels = _extract("누리AI는 지난해 한빛은행과 업무협약(MOU)을 맺었다.")
    assert ("누리AI", "PARTNER_OF", "한빛은행") in rels or (
        "한빛은행",
        "PARTNER_OF",
        "누리AI",
    ) in rels


def test_sound_alone_never_merges_two_organisations(lexicon):
    ex, _ = _extract("KT 클라우드는 데이터센터를 운영한다. 앤스로픽은 Claude를 개발했다.")
    kt, claude = ex.entity_by_name("KT 클라우드"), ex.entity_by_name("Claude")
    assert kt is not None and claude is not None and kt.id != claude.id


def test_model_names_keep_their_editions_and_sizes(lexicon):
    ex, _ = _extract(
        "누리AI는 자체 개발한 언어모델 '가람 3 미니'를 공개했다. 이 모델은 메타의 라마 3.1 70B보다 빠르다."
    )
    assert ex.entity_by_name("가람 3 미니").type == "Model"
    assert ex.entity_by_name("라마 3.1 70B").type == "Model"


def test_a_name_and_its_latin_name_in_parentheses_are_one(lexicon):
    ex, _ = _extract("숨결랩스는 호흡 분석 모델 숨넷(BreathNet)을 공개했다.")
    assert ex.entity_by_name("숨넷").id == ex.entity_by_name("BreathNet").id


def _pieces(s):
    toks = [Tok.of(t) for t in kiwi().tokenize(s)]
    return pieces(s, toks), toks


def test_the_tagger_finding_one_side_of_parentheses_finds_the_other():
    s = "한빛전자는 피규어 AI(Figure AI)와 손잡았고 숨넷(BreathNet)을 도입했다."
    ps, _ = _pieces(s)
    at = {p.stem: i for i, p in enumerate(ps)}
    found = [
        NameSpan(at["Figure"], at["Figure"] + 1, "Company", 0.9, {"Company": 0.9}),
        NameSpan(at["숨넷"], at["숨넷"], "Model", 0.8, {"Model": 0.8}),
    ]
    names = _parenthesised(ps, found)
    assert [(s[ps[n.first].start : ps[n.last].stem_end], n.type) for n in names] == [
        ("피규어 AI", "Company"),  # as many words before the bracket as sound like the name
        ("Figure AI", "Company"),
        ("숨넷", "Model"),
        ("BreathNet", "Model"),
    ]
    # generic acronyms in brackets are not names: "신경망처리장치(NPU)"
    ps, _ = _pieces("시온칩스의 신경망처리장치(NPU)를 썼다.")
    npu = NameSpan(1, 1, "Model", 0.6, {"Model": 0.6})
    assert _parenthesised(ps, [npu]) == [npu]


def test_a_name_found_once_is_a_name_where_the_document_repeats_it():
    s = Sentence("t:1", "t", 1, 0, 0, "도담로보틱스는 지난달 국토교통부로부터 인증을 받았다.")
    toks = _pieces(s.text)[1]
    known = {name_key("국토교통부"): {"Organization": 1.0}, name_key("서초동"): {"Place": 1.0}}
    names = repeated_names(s, toks, [], known)
    assert [(m.text, m.rule, m.particle) for m in names] == [("국토교통부", "repeat", "로부터")]
    # an address's last unit is known with the address: "서울 서초동" ... "서초동"
    whole = Mention("t:0", 0, 6, "서울 서초동", votes={"Place": 3.0})
    assert document_names([whole])[name_key("서초동")] == {"Place": 1.0}


def test_a_name_the_document_knows_whole_wins_over_its_cut_pieces():
    s = Sentence("t:1", "t", 1, 0, 0, "이음데이터는 이음 독스를 한컴오피스에 탑재한다.")
    toks = _pieces(s.text)[1]
    cut = [
        Mention("t:1", 7, 9, "이음", votes={"Place": 1.5}),
        Mention("t:1", 10, 12, "독스", votes={"Place": 1.6}),
    ]
    known = {name_key("이음 독스"): {"Model": 1.0}}
    names = repeated_names(s, toks, cut, known)
    assert [(m.text, m.rule, m.votes) for m in names] == [("이음 독스", "repeat", {"Model": 1.0})]


def test_a_city_after_its_country_is_a_place_of_its_own(lexicon):
    ex, _ = _extract("누리AI는 미국 보스턴에 연구소를 열었다. 본사는 서울 강남구에 있다.")
    assert ex.entity_by_name("보스턴").type == "Place"
    assert ex.entity_by_name("미국 보스턴") is None
    assert ex.entity_by_name("서울 강남구").type == "Place"


def _bench():
    spec = importlib.util.spec_from_file_location(
        "bench_extraction", ROOT / "bench" / "extraction.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.slow
def test_gold_benchmark_minimums():
    bench = _bench()
    gold = ROOT / "tests" / "gold"
    result = bench.run([*bench.index_sets(gold), *bench.dir_sets(gold / "news")])
    seed = bench.rates(result["sets"]["seed"]["counts"])
    assert seed["entity"][2] >= 0.98
    assert seed["relation"][0] >= 0.95 and seed["relation"][1] >= 0.95
    news = bench.rates(result["groups"]["news"])
    # the tagger was fitted on these articles: the minimums guard against regressions; the
    # cross-validated scores are in bench/RESULTS.md. Each spent held-out round joins news/ before
    # anything is fitted on it (round 9 brought entity F1 from 0.956 to 0.948; the general fixes
    # after it and the tagger refitted on all the articles brought it back over 0.95; session 22's
    # answer-path articles, whose role phrases "유럽 발주처", "해양시공사" are read as names, took
    # it to 0.9499; session 23's helper articles (0.946 with them, same code) and spent round 25
    # (0.870 on its own) to 0.9435; spent round 27 (0.858 on its own, same code) to 0.9393;
    # spent rounds 28 and 29 (0.867 and 0.884 on their own) to 0.9367; spent round 30 (0.868 on
    # its own, same extraction code) to 0.9352; spent round 31 (0.885 on its own, extraction code
    # unchanged since) to 0.9336: the minimum goes to 0.93, which still catches a regression of a
    # third of a point; spent round 32 (0.845 on its own, extraction code unchanged) to 0.9318;
    # spent round 33 (0.881 on its own, extraction code unchanged) to 0.9302; spent round 34
    # (0.868 on its own, extraction code unchanged) to 0.9291: each spent round measured as it
    # came out pulls the mean of the old articles down by about a tenth of a point, so the
    # minimum goes to 0.925, four tenths of a point under the score with it)
    assert news["entity"][2] >= 0.925
    assert news["type_accuracy"] >= 0.95
    assert news["alias_merge"] >= 0.93
    # spent round 29 brought the first wrong merge of two organisations (r29-busfare-01,
    # measured as it came out): one is a known miss, a second is a regression
    assert news["org_merges"] <= 1
    assert news["relation"][0] >= 0.80
    assert news["relation"][1] >= 0.35


def test_a_university_written_short_is_the_same_university(lexicon):
    # news names a university in full once and short after ("한결대학교" ... "한결대 총장"): one
    # organisation, so the president works at it; a short form never joins a person
    ex, rels = _extract(
        "누리시와 한결대학교, 다온모빌리티가 자율주행 실증 협약을 맺었다. "
        "협약식에는 표지윤 한결대 총장이 참석했다. 한결대는 연구 인력을 보탠다."
    )
    uni = ex.entity_by_name("한결대학교")
    assert uni is not None and uni is ex.entity_by_name("한결대"), ex.entities
    assert ("표지윤", "WORKED_AT", uni.name) in rels

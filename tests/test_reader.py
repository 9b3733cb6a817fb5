"""The answer reader's parts on real Kiwi morphemes: candidate spans, what a question asks for,
its form, question repair, and the shipped model reading a short answer out of sentences."""

from __future__ import annotations

import json

import pytest

from kg import analyze_document, resolve
from kg.kiwi import kiwi
from search.answer_types import read_asked
from search.question_forms import question_form
from search.question_repair import repair_question
from search.reader import (
    Passage,
    ReaderModel,
    question_reading,
    read,
    reader_model,
)
from search.reader_features import candidate_features
from search.spans import span_candidates, tokens_of


def _toks(text):
    return tokens_of(kiwi().tokenize(text))


def test_candidates_end_where_particles_begin_and_keep_dates_and_titles_whole():
    text = "1989년 12월 18일 경찰은 경희대학교 학생회관 건물 계단을 내려오는 임종석을 발견했다."
    spans = {c.text for c in span_candidates(text, _toks(text))}
    assert {"1989년 12월 18일", "학생회관 건물 계단", "계단", "임종석"} <= spans
    assert not any(s.endswith(("을", "은")) for s in spans)
    title = "저서로 회고록 《경고:현실주의, 레이건과 외교 정책》(1984년 발간)이 있다."
    quoted = [c for c in span_candidates(title, _toks(title)) if c.quoted]
    assert [c.text for c in quoted] == ["경고:현실주의, 레이건과 외교 정책"]


def test_a_closing_quote_opens_no_title():
    # the quote closing 'Jai Ho!' is followed by 의, the one closing "팻" by a space: what runs
    # from them to the next quote ("의 리믹스 버전(", " 라이언(Thelma ") is no title
    text = "사운드트랙에서 'Jai Ho!'의 리믹스 버전('Jai Ho! (You Are My Destiny)')이 나왔다."
    quoted = [c.text for c in span_candidates(text, _toks(text)) if c.quoted]
    assert quoted == ["Jai Ho!", "Jai Ho! (You Are My Destiny)"]
    text = '닉슨은 1940년 텔마 "팻" 라이언(Thelma "Pat" Ryan)과 결혼하였다.'
    quoted = [c.text for c in span_candidates(text, _toks(text)) if c.quoted]
    assert quoted == ["팻", "Pat"]


def _features(question: str, text: str) -> dict[str, dict]:
    p = Passage("d#1", text, _toks(text), rank=0, score=1.0)
    return {c.text: c.features for c in candidate_features(question_reading(_toks(question)), [p])}


def test_a_date_and_a_count_say_how_they_are_written():
    assert question_reading(_toks("헤이그가 군대에서 퇴역한 년도는?")).grain == "year"
    assert question_reading(_toks("2003년에 창간된 잡지의 첫 호가 나온 날짜는?")).grain == "day"
    assert question_reading(_toks("헤이그는 언제 퇴역했나?")).grain == "unsaid"
    f = _features("헤이그가 군대에서 퇴역한 년도는?", "헤이그는 1979년 6월 30일 군대에서 퇴역했다.")
    assert f["1979년 6월 30일"]["grain=year&date=YMD"] == 1.0
    assert f["1979년"]["grain=year&date=Y"] == 1.0
    f = _features("협력을 약속한 국가는 몇 개인가?", "이 경우 14개 나라가 협력을 약속했다.")
    assert f["14개 나라"]["number&words_after_counter"] == 1.0
    assert "number&words_after_counter" not in f["14개"]
    assert f["경우 14개"]["number&word_before_number"] == 1.0


def test_a_sentence_is_worked_out_once_and_its_mentions_still_decide_a_span_s_class():
    from search.reader_sentence import sentence_facts

    text = "1989년 3월 12일 서울지방검찰청 공안부는 임종석의 사전구속영장을 발부받았다."
    r = question_reading(_toks("임종석의 사전구속영장을 발부받은 곳은?"))

    def features(entities):
        p = Passage("d#1", text, _toks(text), rank=0, score=1.0, entities=entities)
        return {c.text: c.features for c in candidate_features(r, [p])}

    first = features([])
    hits = sentence_facts.cache_info().hits
    assert features([]) == first  # the same sentence again: read from what was kept
    assert sentence_facts.cache_info().hits == hits + 1
    assert {s.text for s in span_candidates(text, _toks(text))} == set(first)
    org = {"id": "e1", "type": "Organization", "start": 13, "end": 24}
    typed = features([org])["서울지방검찰청 공안부"]
    assert first["서울지방검찰청 공안부"]["cand=name"] == 1.0
    assert typed["cand=organization"] == 1.0 and "cand=name" not in typed


def test_the_question_s_verb_beside_a_candidate_and_a_head_that_only_says_name():
    # 발견 of the question stands right after 학생회관 건물 계단 (the answer), far from the date
    f = _features(
        "경찰이 임종석을 발견한 곳은?",
        "1989년 12월 18일 경찰은 경희대학교 학생회관 건물 계단을 내려오는 임종석을 발견했다.",
    )
    assert f["학생회관 건물 계단"]["pred_after"] == 1.0
    assert f["학생회관 건물 계단"]["pred_near"] > 5 * f["1989년 12월 18일"]["pred_near"]
    assert "pred_after" not in f["1989년 12월 18일"]
    # a light verb (있다) is no predicate to look for
    f = _features("경찰이 있는 곳은?", "경찰은 학생회관에 있다.")
    assert not any(k.startswith("pred_") for v in f.values() for k in v)
    # "이름은?" says only "a name" (KorQuAD asks it of missiles too), 사람 says a person
    # ("미사일의 이름은?" asks for a thing: answer_types reads the noun a name belongs to)
    f = _features("북한이 쏜 것의 이름은?", "북한은 화성 14형 미사일을 쐈다.")
    assert f["화성 14형 미사일"]["ask=person&head=name&cand=number"] == 1.0
    f = _features("미사일을 쏜 사람은?", "김정은은 화성 14형 미사일을 쐈다.")
    assert f["김정은"]["ask=person&head=noun&cand=name"] == 1.0


@pytest.mark.parametrize(
    "question, kind, head",
    [
        ("알렉산더 헤이그는 어느 대통령의 밑에서 국무장관을 지냈는가?", "person", "대통령"),
        ("헤이그가 군대에서 퇴역한 년도는?", "date", "년도"),
        ("임종석을 검거한 장소는 경희대 내 어디인가?", "place", "장소"),
        ("정성공군의 숫자는 몇 명이였나?", "number", "명"),
        ("케이스브릿지가 이번에 유치한 투자 금액은?", "money", "금액"),
        ("클로드 3 출시일", "date", "출시일"),
        ("Which OpenAI model generates images from text?", "model", "model"),
        # news-style heads: compounds Kiwi splits, heads written onto the name, 얼마나
        ("바람솔루션 누적 투자 유치액", "money", "유치액"),
        ("누리전자 기업가치", "money", "기업가치"),
        ("새봄로보틱스본사", "place", "본사"),
        ("김도윤 대표 이전 직장", "company", "직장"),
        ("새 모델의 정답률이 얼마나 높았어?", "number", "정답률"),  # 정답/NNG 률/XSN
        ("누리전자가 개발 중인 학습용 칩 이름은?", "model", "칩"),
        ("한지수 대표는 어느 병원 출신인가?", "organization", "병원"),
        # the name of a thing no table knows is no person's name; a titled one is
        ("2019년 누리건설이 지은 아파트단지 이름은?", "thing", "단지"),
        ("한별이 데뷔한 밴드의 이름은 무엇인가?", "thing", "밴드"),
        ("소가 누운 모양을 한 섬의 이름은 무엇인가?", "thing", "섬"),
        ("백두호 함장의 이름은?", "person", "이름"),
        ("…를 처음 만든 사람의 이름은?", "person", "사람"),
    ],
)
def test_what_a_question_asks_for(question, kind, head):
    asked = read_asked(_toks(question))
    assert (asked.kind, asked.head) == (kind, head)


@pytest.mark.parametrize(
    "question, names, form",
    [
        ("LG유플러스가 케이스브릿지에 투자했나?", 2, "yes_no"),
        ("권태민 대표는 현대건설 출신인가요?", 2, "yes_no"),
        ("Was OpenAI a nonprofit at first?", 1, "yes_no"),
        ("케이스브릿지 신한은행 관계", 2, "relation"),
        ("미르-X 2.0과 미르-X 1.0의 관계는?", 2, "relation"),
        ("케이스브릿지에 투자한 곳을 모두 알려줘", 1, "list"),
        ("ChatGPT 말고 OpenAI가 서비스하는 다른 모델들 알려줘", 2, "list"),
        ("케이스브릿지를 창업한 사람은?", 1, "factoid"),
        ("케이스브릿지 누적 투자 유치액", 1, "factoid"),
        # every one of them: an interrogative said twice, or co-founders
        ("바람솔루션 공동 창업자는 누구누구야?", 1, "list"),
        ("바람솔루션이 손잡은 곳은 어디 어디야?", 1, "list"),
        ("푸른벤처스 공동 창업자", 1, "list"),
        # 있다 after "어느 회사에" asks where someone was, not what there is
        ("김도윤 대표는 창업 전에 어느 회사에 있었나?", 1, "factoid"),
        ("OpenAI가 만든 모델은 뭐가 있어?", 1, "list"),
        # 어떤 + a noun of what things are + the copula: a description of the thing named
        ("바람길은 어떤 서비스야?", 1, "description"),
        ("바람솔루션은 어떤 회사인가요?", 1, "description"),
        ("바람길은 어떤 모델을 바탕으로 만들었나요?", 1, "factoid"),
    ],
)
def test_question_forms(question, names, form):
    toks = _toks(question)
    assert question_form(toks, question, names, read_asked(toks)) == form


def test_repair_spaces_glued_names_and_corrects_one_slip_only_when_unique():
    ex = resolve(
        [analyze_document("d", "케이스브릿지는 2020년 설립되었다. 케이스웍스는 2021년 설립되었다.")]
    )
    assert repair_question("케이스브릿지언제설립", ex) == "케이스브릿지 언제설립"
    assert repair_question("케이스브리지 설립자", ex) == "케이스브릿지 설립자"
    assert repair_question("케이스브릿지는 언제 설립되었나", ex) == "케이스브릿지는 언제 설립되었나"
    assert repair_question("삼성전자 설립자", ex) == "삼성전자 설립자"  # nothing close: untouched


def test_the_shipped_model_reads_a_short_answer():
    text = "1989년 3월 12일 서울지방검찰청 공안부는 임종석의 사전구속영장을 발부받았다."
    other = "임종석은 청량리경찰서에서 약 1시간 동안 조사를 받았다."
    passages = [
        Passage("d#1", text, _toks(text), rank=0, score=1.0),
        Passage("d#2", other, _toks(other), rank=1, score=0.6),
    ]
    r = question_reading(_toks("임종석의 사전구속영장을 발부받은 곳은?"))
    cands = read(r, passages)
    assert cands[0].text == "서울지방검찰청 공안부"
    assert abs(sum(c.probability for c in cands) - 1.0) < 1e-6
    date = read(question_reading(_toks("사전구속영장은 언제 발부되었나?")), passages)
    assert date[0].text == "1989년 3월 12일"


def test_the_model_says_what_it_was_fitted_on(tmp_path):
    model = reader_model()
    assert model.weights and "0-69" in model.meta["data"]["korquad"]
    assert "70-139" not in json.dumps(model.meta)
    copy = tmp_path / "reader.json"
    model.save(copy)
    again = ReaderModel.load(copy)
    assert again.weights == model.weights and again.meta == model.meta

"""Relation shapes of Korean news that used to be missed (issue 12): the last item of a list
closed by 등, two-token join verbs (함께/MAG 하/VV), names of several tokens inside a list, a
branch or lab that places a company, founders in apposition.  Sentences of our own, run with the
built-in lexicon and without it (the grammar must not depend on known names)."""

from __future__ import annotations

from kg import analyze_document, resolve
from kg.analysis import relation_pairs


def _relations(text):
    ex = resolve([analyze_document("t", text)])
    name = {eid: e.name for eid, e in ex.entities.items()}
    return ex, {(name[r.subject], r.type, name[r.object]) for r in ex.relations}


def _linked(rels, a, rel, b):
    return (a, rel, b) in rels or (b, rel, a) in rels


def test_the_last_investor_before_deung_invests_too(lexicon):
    _, rels = _relations(
        "물류 로봇 기업 아라로보틱스가 200억원 규모의 시리즈A 투자를 유치했다고 2일 밝혔다. "
        "이번 라운드에는 솔빛벤처스와 누리인베스트먼트, 한결파트너스 등이 참여했다."
    )
    for investor in ("솔빛벤처스", "누리인베스트먼트", "한결파트너스"):
        assert (investor, "INVESTED_IN", "아라로보틱스") in rels, investor


def test_followers_joined_by_a_two_word_verb_invest(lexicon):
    _, rels = _relations(
        "음성 AI 스타트업 소리담이 120억원 규모의 시리즈A 투자를 유치했다고 5일 밝혔다. "
        "이번 라운드는 솔빛벤처스가 리드하고 다온캐피털, 미르테크투자가 함께했다."
    )
    for investor in ("솔빛벤처스", "다온캐피털", "미르테크투자"):
        assert (investor, "INVESTED_IN", "소리담") in rels, investor
    assert not _linked(rels, "다온캐피털", "INVESTED_IN", "미르테크투자")


def test_founder_in_apposition_founded_the_text_s_company(lexicon):
    _, rels = _relations(
        "테라보이스는 콜센터용 음성 AI를 만드는 스타트업이다. "
        "창업자인 남궁준 대표는 삼성전자에서 음성인식 연구원으로 일했다."
    )
    assert ("남궁준", "FOUNDED", "테라보이스") in rels


def test_partners_of_a_launch_join_its_maker_not_the_product(lexicon, monkeypatch):
    # the grammar's own candidates (no learned scorer): the list joins the company the text is
    # about, not the product the sentence before was about
    monkeypatch.setenv("KGSEARCH_RELATIONS", "rules")
    _, rels = _relations(
        "문서 AI 기업 누리데이터가 사내 문서 에이전트 '누리봇 2'를 출시했다고 3일 밝혔다. "
        "누리봇 2는 사내 문서를 읽고 질문에 근거와 함께 답한다. "
        "베타 테스트에는 한빛은행, 다온정보통신과 솔빛병원이 파트너로 참여한다. "
        "누리데이터는 연내 정식 버전을 내놓을 계획이다."
    )
    for partner in ("한빛은행", "다온정보통신", "솔빛병원"):
        assert _linked(rels, "누리데이터", "PARTNER_OF", partner), partner
        assert not _linked(rels, "누리봇 2", "PARTNER_OF", partner), partner
    assert not _linked(rels, "한빛은행", "PARTNER_OF", "솔빛병원")


def test_every_investor_listed_before_rofuteo_invests(lexicon):
    # Kiwi reads "소리담은" as 소리/NNG 담/VV 은/ETM: the name keeps its particle all the same
    _, rels = _relations(
        "음성 AI 스타트업 소리담은 의료 상담용 음성 인식 모델을 만든다. "
        "한밭벤처스와 다온인베스트로부터 45억원을 유치한 소리담은 내년 일본에 진출한다."
    )
    for investor in ("한밭벤처스", "다온인베스트"):
        assert (investor, "INVESTED_IN", "소리담") in rels, investor


def test_a_profile_s_rounds_belong_to_the_company_it_is_about(lexicon):
    _, rels = _relations(
        "반도체 스타트업 하람칩스는 데이터센터용 추론 칩을 설계한다. "
        "하람칩스의 주력 제품은 3세대 칩 '아라 X3'다. "
        "초기 투자사인 솔빛벤처파트너스가 시드 단계부터 참여했고, "
        "지난해 시리즈B에는 KT와 미르벤처투자가 합류했다."
    )
    for investor in ("솔빛벤처파트너스", "KT", "미르벤처투자"):
        assert (investor, "INVESTED_IN", "하람칩스") in rels, investor


def test_followers_of_a_lead_invest_in_the_company_not_in_the_lead(lexicon, monkeypatch):
    monkeypatch.setenv("KGSEARCH_RELATIONS", "rules")  # the grammar's own candidates
    _, rels = _relations(
        "법률 AI 스타트업 케이스랩이 150억원 규모의 시리즈B 투자를 유치했다고 2일 밝혔다. "
        "이번 라운드는 스톤베이인베스트먼트가 주도했으며 미래온캐피탈과 하이랜드벤처파트너스가 "
        "신규 투자자로 참여했다."
    )
    for investor in ("스톤베이인베스트먼트", "미래온캐피탈", "하이랜드벤처파트너스"):
        assert (investor, "INVESTED_IN", "케이스랩") in rels, investor
    assert ("미래온캐피탈", "INVESTED_IN", "스톤베이인베스트먼트") not in rels


def test_a_product_compared_inside_a_quote_not_the_person_quoting(lexicon):
    _, rels = _relations(
        "하이브리온은 추론 칩 '카노 2'를 공개했다. "
        '장민서 대표는 "카노 2는 같은 전력을 쓸 때 엔비디아 H100보다 추론 처리량이 2.4배 '
        '높다"고 주장했다.'
    )
    assert _linked(rels, "카노 2", "COMPARED_WITH", "H100")
    assert not _linked(rels, "장민서", "COMPARED_WITH", "H100")


def test_the_company_opening_a_sentence_was_founded_by_its_subject(lexicon):
    ex, rels = _relations(
        "호흡음 분석 스타트업 숨결에이아이가 60억원 규모의 투자를 유치했다. "
        "회사는 서울대병원 전문의 출신인 한지우 대표가 2022년 창업했다."
    )
    assert ("한지우", "FOUNDED", "숨결에이아이") in rels
    founded = [
        r
        for r in ex.relations
        if r.type == "FOUNDED_IN" and ex.entities[r.subject].name == "숨결에이아이"
    ]
    assert founded, rels


def test_a_foreign_family_name_with_a_title_refers_to_the_person(lexicon):
    ex, rels = _relations(
        "반도체 스타트업 하이브리온은 장민서 대표와 라이언 피셔 최고기술책임자(CTO)가 2021년 공동 "
        "창업한 회사다. 미국 출신인 피셔 CTO는 엔비디아에서 GPU 아키텍트로 일했고, 그 전에는 "
        "인텔에서 7년간 서버용 프로세서 검증을 맡았다."
    )
    for employer in ("엔비디아", "인텔"):
        org = ex.entity_by_name(employer).name
        assert ("라이언 피셔", "WORKED_AT", org) in rels, employer
        assert ("장민서", "WORKED_AT", org) not in rels, employer
    assert not any(s.startswith("피셔") for s, _, _ in rels)


def test_hoesaneun_after_a_round_s_lead_is_the_company_that_raised_it(lexicon):
    # "이번 투자는 X가 주도했으며": X is the sentence's subject, not what the text is about
    _, rels = _relations(
        "의료 AI 스타트업 다솜랩스가 200억원 규모의 시리즈B 투자를 유치했다고 3일 밝혔다. "
        "이번 투자는 한결벤처스가 주도했으며 누리캐피털이 참여했다. "
        "이로써 다솜랩스의 누적 투자 유치액은 350억원으로 늘었다. "
        "회사는 같은 날 진료 기록 요약 모델 '다솜 메드'를 공개했다."
    )
    assert ("다솜랩스", "DEVELOPED", "다솜 메드") in rels
    assert ("한결벤처스", "DEVELOPED", "다솜 메드") not in rels
    assert ("한결벤처스", "INVESTED_IN", "다솜랩스") in rels


def test_a_raise_verb_governs_its_investors():
    from kg.kiwi import kiwi
    from kg.pieces import Tok
    from kg.predicates import predicates

    s = "한밭벤처스로부터 45억원을 유치한 소리담은 내년 일본에 진출한다."
    toks = [Tok.of(t) for t in kiwi().tokenize(s)]
    raise_verb = next(p for p in predicates(toks) if p.lemma == "유치")
    assert "INVESTED_IN" in raise_verb.senses
    assert raise_verb.voice.value == "passive"  # the raiser is invested in


def test_people_written_with_their_organisation_and_title_work_there_only(lexicon):
    _, rels = _relations(
        "한빛항만공사는 누리해운, 다온AI와 항만 관제 업무협약을 맺었다. "
        "협약식에는 서지훈 한빛항만공사 사장과 문가람 누리해운 AI센터장, 백도윤 다온AI 대표가 참석했다."
    )
    works = {(p, o) for p, t, o in rels if t == "WORKED_AT"}
    assert {("서지훈", "한빛항만공사"), ("문가람", "누리해운"), ("백도윤", "다온AI")} <= works
    assert len(works) == 3, works


def test_a_degree_is_not_a_job(lexicon):
    _, rels = _relations(
        "물류 AI 스타트업 길잡이랩스는 2021년 설립됐다. "
        "회사는 누리마트 물류센터 운영총괄 출신인 하도윤 대표와 KAIST 산업공학과 박사 출신인 "
        "엄가은 최고기술책임자(CTO)가 공동 창업했다."
    )
    assert ("하도윤", "WORKED_AT", "누리마트") in rels
    assert ("엄가은", "WORKED_AT", "KAIST") not in rels


def test_a_name_in_the_genitive_belongs_to_the_name_it_modifies(lexicon):
    _, rels = _relations(
        "솔바람AI가 개발한 '솔바람 8B'는 메타의 오픈소스 모델 라마 3를 바탕으로 만들었다. "
        "한빛게임즈의 AI 자회사 누리랩이 대화 모델 '누리톡 2'를 공개했다."
    )
    assert ("솔바람AI", "DEVELOPED", "솔바람 8B") in rels
    assert ("누리랩", "DEVELOPED", "누리톡 2") in rels
    assert ("Meta", "DEVELOPED", "솔바람 8B") not in rels
    assert ("메타", "DEVELOPED", "솔바람 8B") not in rels
    assert ("한빛게임즈", "DEVELOPED", "누리톡 2") not in rels


def test_what_a_model_was_made_from_was_not_made_by_its_maker(lexicon):
    _, rels = _relations(
        "문서 AI 기업 이음소프트가 마이크로소프트의 소형언어모델(sLM) '파이-4(Phi-4)'를 바탕으로 "
        "만든 문서 에이전트 '이음 노트'를 출시했다."
    )
    developed = {(s, o) for s, t, o in rels if t == "DEVELOPED"}
    assert not any(s == "이음소프트" and o in {"파이-4", "Phi-4"} for s, o in developed), developed
    assert not any(s in {"Microsoft", "마이크로소프트"} and o == "이음 노트" for s, o in developed)


def test_co_founders_written_with_their_titles_each_founded(lexicon):
    _, rels = _relations(
        "물류 AI 기업 길목랩스는 2021년 김은솔 대표와 도가람 최고제품책임자(CPO), "
        "하준서 최고기술책임자(CTO)가 공동 창업한 회사다."
    )
    for founder in ("김은솔", "도가람", "하준서"):
        assert (founder, "FOUNDED", "길목랩스") in rels, founder


def test_a_base_s_own_maker_written_in_its_relative_clause_made_it(lexicon):
    _, rels = _relations(
        "'가온 메드'는 가온랩스가 2024년 9월 내놓은 범용 모델 '가온 2'를 기반으로 추가 학습한 모델이다."
    )
    assert ("가온랩스", "DEVELOPED", "가온 2") in rels


def test_a_reporter_whose_report_names_the_investor_is_a_source(lexicon):
    _, rels = _relations(
        "물류 AI 기업 길목랩스가 시리즈A 투자를 유치했다. "
        "미국 IT 전문매체 테크웨이브는 이번 라운드를 현지 벤처캐피털 솔빛벤처스가 주도했다고 보도했다. "
        "한결파트너스는 이번 라운드에 참여했다고 밝혔다."
    )
    assert ("솔빛벤처스", "INVESTED_IN", "길목랩스") in rels
    assert ("한결파트너스", "INVESTED_IN", "길목랩스") in rels  # its own report, no other subject
    assert ("테크웨이브", "INVESTED_IN", "길목랩스") not in rels


def test_a_considered_or_rumoured_investment_is_none(lexicon):
    _, rels = _relations(
        "물류 AI 기업 길목랩스가 시리즈A 투자를 유치했다. 이번 라운드에는 솔빛벤처스가 참여했다. "
        "한편 업계에서는 한빛제약이 후속 투자를 검토하고 있다는 관측도 나온다. "
        "앞서 일부 매체는 누리물류가 이번 라운드에 참여할 것이라고 보도했다."
    )
    assert ("솔빛벤처스", "INVESTED_IN", "길목랩스") in rels
    assert ("한빛제약", "INVESTED_IN", "길목랩스") not in rels
    assert ("누리물류", "INVESTED_IN", "길목랩스") not in rels


def test_who_develops_a_model_is_an_organisation_when_both_look_like_models(lexicon):
    # two bare Latin names with no cue both look like models to the tagger; the clause's frame
    # (X는 Y를 개발했다/출시했다) says who makes and what is made
    for text, maker, model in [
        ("Norivo는 Halcyon을 개발했다.", "Norivo", "Halcyon"),
        ("Velora는 Quill을 출시했다.", "Velora", "Quill"),
    ]:
        ex, rels = _relations(text)
        assert (maker, "DEVELOPED", model) in rels, text
        types = {e.name: e.type for e in ex.entities.values()}
        assert types[maker] in {"Company", "Organization"} and types[model] == "Model", types


def test_a_clause_frame_does_not_retype_a_place(lexicon):
    # "X에 투자했다" wants a company in 에, but a place the tagger is sure of stays a place
    ex, rels = _relations("한결테크는 미국에 200억원을 투자했다.")
    types = {e.name: e.type for e in ex.entities.values()}
    assert types.get("미국") == "Place", types
    assert ("한결테크", "INVESTED_IN", "미국") not in rels


def test_a_rival_s_model_in_a_comparison_is_not_the_subject_s(lexicon):
    # the company the text is about published the scores; the models it beat are the rivals'
    ex, rels = _relations(
        "음성 AI 스타트업 누리소리(Nurisori)가 새 음성인식 모델 '소리결 3'를 공개했다고 "
        "2026년 5월 3일 밝혔다. 회사가 공개한 성능표에 따르면 소리결 3는 한국어 받아쓰기 "
        "평가에서 92.1점을 받아 한빛전자의 '말길 2'(88.0점)와 가람랩스의 '온새 7B'(85.2점)를 앞섰다."
    )
    maker = next(e.name for e in ex.entities.values() if "누리소리" in e.aliases)
    assert (maker, "DEVELOPED", "소리결 3") in rels
    for rival in ("말길 2", "온새 7B"):
        assert (maker, "DEVELOPED", rival) not in rels, rival
    assert ("한빛전자", "DEVELOPED", "말길 2") in rels


def test_a_place_written_as_a_market_is_not_where_the_company_is(lexicon):
    # not even a candidate: the sentence says where it sells, not where it is
    analysis, pairs = relation_pairs(
        "t", "셈틀은 태국 방콕에 법인을 세우고 동남아시아 시장 공략에 나선다."
    )
    name = [m.text for m in analysis.mentions]
    located = {(name[p.subject], name[p.object]) for p in pairs if p.type == "LOCATED_IN"}
    assert ("셈틀", "방콕") in located
    assert ("셈틀", "동남아시아") not in located, located


def test_a_benchmark_is_no_model(lexicon):
    ex, rels = _relations(
        "코딩 AI 스타트업 가온코드가 코드 생성 모델 '가온 4'를 공개했다. "
        "가온 4는 코딩 평가 'CodeArena-K'에서 81점을 받아 경쟁 모델을 앞섰다. "
        "CodeArena-K 점수는 전작보다 9점 올랐다."
    )
    names = {a for e in ex.entities.values() for a in e.aliases}
    assert "CodeArena-K" not in names, names
    assert ("가온코드", "DEVELOPED", "가온 4") in rels


def test_a_name_in_two_scripts_is_one_person_with_both_aliases(lexicon):
    ex, rels = _relations(
        "물류 AI 기업 길목랩스가 베트남 하노이에 현지 법인을 세웠다. "
        "현지 법인장에는 네이버에서 일한 쩐 반 남(Tran Van Nam)을 영입했다. "
        "남 법인장은 베트남 통신사 비엣텔에서 사업개발을 맡았다."
    )
    people = [e for e in ex.entities.values() if e.type == "Person"]
    assert [sorted(e.aliases) for e in people] == [["Tran Van Nam", "쩐 반 남"]], people
    person = people[0].name
    assert (person, "WORKED_AT", "비엣텔") in rels  # '남 법인장' is that person
    assert not any(s in {"Tran", "Van Nam", "남", "쩐"} for s, _, _ in rels), rels


def test_a_copula_with_a_cue_noun_says_what_its_topic_is(lexicon):
    # "X는 ... 회사다": the sentence says X is a company, whatever X looks like alone
    ex, _ = _relations("Lumeo는 미국 실리콘밸리의 반도체 회사다.")
    types = {e.name: e.type for e in ex.entities.values()}
    assert types["Lumeo"] == "Company", types


def test_a_branch_being_set_up_is_not_where_its_parent_is(lexicon):
    # the rules read "Y에 본사를 둔 X" as X LOCATED_IN Y, but "Y에 법인을 세우고" places the
    # new branch, not the company setting it up
    text = (
        "물류 AI 기업 길목랩스는 서울 강남구에 본사를 두고 있다. "
        "길목랩스는 확보한 자금으로 태국 방콕에 현지 법인을 세우고 연구 인력을 늘릴 계획이다."
    )
    analysis, pairs = relation_pairs("t", text)
    name = [m.text for m in analysis.mentions]
    ruled = {(name[p.subject], name[p.object]) for p in pairs if p.rule == "headquarters"}
    assert ("길목랩스", "서울 강남구") in ruled
    assert ("길목랩스", "방콕") not in ruled, ruled

"""Answering a question: yes/no, relation and "before" questions by their forms (forms.py),
descriptions by the best sentence (descriptions.py), everything else by a typed short answer
the reader picks from the best sentences, graph edges counting as one of its features
(graph_answers.py), else honestly nothing.  The confidence is calibrated (calibration.py)."""

from __future__ import annotations

from dataclasses import replace
from functools import partial

from .answer_agreement import agreement_capped
from .answer_types import answer_type_tables, read_asked
from .asked_rows import asked_row
from .asked_schools import school_or_none
from .bullet_pairs import bullet_pair_answer
from .calibration import Calibrator, answer_signals, calibrator, named_path
from .charges import charge_answer
from .coordinated_items import coordinated_items
from .counted_rows import counted_row_answer
from .court_panels import panel_answer
from .departments import department_answer
from .descriptions import (
    NO_ANSWER_THRESHOLD,
    asks_what_named_is,
    called_answer,
    no_answer,
    passage_answer,
)
from .duty_fillers import duty_party_answer, unstated_or_none
from .former_employers import former_employer_or_none
from .former_titles import asks_former
from .given_names import given_name_answer
from .granted_parts import granted_part_answer
from .graph_answers import (
    answer_sentence,
    graph_edges,
)
from .head_lists import head_list_answer
from .headed_names import headed_name_answer
from .kin_asks import kin_answer
from .list_doubts import doubted_list
from .measure_context import change_of_another_or_none
from .named_posts import named_post_answer
from .passages import passage_at, passages_from_hits, sentence_tokens
from .passed_posts import passed_posts_answer
from .penalties import penalty_answer
from .phrase_answers import phrase_answer_for
from .post_appointees import post_appointee_answer, post_of_appointee_answer
from .post_holders import post_holder_answer
from .promoted import promoted_answer
from .purposes import asks_purpose, purpose_answer
from .question import Question
from .question_forms import question_form
from .reader import ReaderModel
from .reader_answers import sentence_answer
from .reader_describe import span_for_description
from .reader_input import reader_input, relation_kind
from .results import Answer, Hit
from .role_slots import role_echo_or_none, role_party_answer
from .sources import source_answer
from .stated_support import withheld_or_none
from .topic_answers import defined_by_topic
from .typed_candidates import NAME_KINDS as _NAMES
from .unnamed_parties import unnamed_or_none
from .venue_asks import asks_venue
from .venue_subjects import venue_or_doer
from .venues import venue_answer
from .whole_rows import whole_row

__all__ = [
    "NO_ANSWER_PROBABILITY",
    "NO_ANSWER_THRESHOLD",
    "answer",
    "answer_sentence",
    "answer_signals",
    "graph_edges",
    "passage_answer",
    "passage_at",
    "passages_from_hits",
    "reader_input",
    "sentence_answer",
    "sentence_tokens",
]


#: below this calibrated probability no answer is given ("none" with the nearest sentences);
#: on the dev gold the answers of 0.15-0.2 were right 17 % of the time and half of them were
#: answers to questions the text cannot answer (bench/RESULTS.md, fourth round)
NO_ANSWER_PROBABILITY = calibrator().no_answer  # chosen with the weights (fit_calibration)


def answer(
    q: Question,
    snap,
    hits: list[Hit],
    hit_for,
    model: ReaderModel | None = None,
    calibrate: Calibrator | None = None,
    signals_out: list | None = None,
) -> Answer:
    """Answer a read question from a snapshot and its best hits: yes/no, relation and "before"
    questions by their forms, descriptions by the best sentence, everything else by a typed
    short answer (graph or sentence, one scale).  ``confidence`` is the calibrated probability
    that the answer is right; below NO_ANSWER_PROBABILITY the answer is "none" with the nearest
    sentences.  ``model``/``calibrate`` replace the shipped ones (for fitting); the signals the
    confidence came from are appended to ``signals_out`` when given."""
    ans, signals = _answer(q, snap, hits, hit_for, model)
    signals.update(answer_signals(q, hits, ans))
    if ans.method != "none":
        ans.confidence = round((calibrate or calibrator())(signals), 3)
        ans = doubted_list(q, ans)  # a list short of its sentence's row (list_doubts.py)
        # "수입은?" from a 수출 clause (answer_agreement.py): capped below the line, no answer
        ans = agreement_capped(q.text, ans)
        if (
            ans.confidence < NO_ANSWER_PROBABILITY
            and ans.answer_type != "yes_no"
            and not defined_by_topic(q, ans)  # "최대주주는 ... 세진홀딩스다" (topic_answers.py)
        ):
            ans = no_answer(q, hits, ans.answer_type)
        ans = school_or_none(q, ans, hits)  # "출신 학교는?": a school or nothing
        ans = venue_or_doer(q, ans, hits)  # "어디서 발표됐나?": no "소담전자가 ... 발표했다"
        ans = former_employer_or_none(q, snap, ans, hits)  # "전에 일한 곳": "X 전 ORG 부행장"
        ans = unnamed_or_none(q, ans, hits)  # "계열 펀드에 팔렸다": the text names no fund
        ans = role_echo_or_none(q, ans, hits)  # "발주처는?": no "유럽 발주처" (role_slots.py)
        ans = withheld_or_none(q, ans, hits)  # "주관사는 정해지지 않았다" (stated_support.py)
        ans = unstated_or_none(q, ans, hits)  # "주관사는?": no text writes 주관 (duty_fillers.py)
        ans = change_of_another_or_none(q, snap, ans, hits)  # no 수출's % (measure_context.py)
    if signals_out is not None:
        signals_out.append(signals)
    return ans


def _answer(q: Question, snap, hits, hit_for, model) -> tuple[Answer, dict[str, float]]:
    from .forms import (  # they build on this module
        before_answer,
        free_names,
        relation_answer,
        yes_no_answer,
    )
    from .past import not_founded
    from .quoted_rows import quoted_row_answer
    from .two_ends import two_ends_answer

    asked = relation_kind(q, read_asked(q.tokens))
    form = question_form(q.tokens, q.text, len(q.entities), asked)
    relation_nouns = answer_type_tables()["forms"]["relation_nouns"]
    if (
        form != "relation"
        and len(q.entities) == 1
        and any(t.form in relation_nouns for t in q.tokens)
        and free_names(q, snap.extraction, [h.text for h in hits])
    ):
        form = "relation"  # "A B 관계" where B is written in the text but is no entity
    if form == "yes_no":
        return yes_no_answer(q, snap, hits, hit_for)
    if (found := kin_answer(q, snap, hits, hit_for)) is not None:
        return found  # "A는 B 회장의 누구인가?": "B 회장 장남인 A" (kin_asks.py)
    if (found := two_ends_answer(q, hits)) is not None:
        return found  # "어디와 어디를 오가나?": both ends, "A와 B를 오가는"
    if (found := department_answer(q, hits)) is not None:
        return found  # "X 교수의 진료과는?": "X 심장내과 교수" (departments.py)
    if (found := passed_posts_answer(q, snap, hits)) is not None:
        return found  # "X가 거친 자리는?": "A과 B를 거쳤다" (passed_posts.py)
    from .affiliation import affiliation_answer

    if (found := affiliation_answer(q, snap, hits, hit_for)) is not None:
        return found  # "함은재 교수 소속": the organisation written after the name
    from .destinations import destination_answer
    from .first_employer import first_employer_answer
    from .person_roles import role_answer
    from .stint_lengths import stint_answer

    if (found := role_answer(q, snap, hits, hit_for)) is not None:
        return found  # "허윤재의 이전 직책은?": the title written with the person
    if (found := first_employer_answer(q, snap, hits, hit_for)) is not None:
        return found  # "처음 입사한 회사는?": the organisation dated earliest
    if (found := stint_answer(q, snap, hits, hit_for)) is not None:
        return (
            found  # careers30: "몇 년 일했나?" from "2012년 입사해 2019년 퇴사" (stint_lengths.py)
        )
    if (found := destination_answer(q, snap, hits, hit_for)) is not None:
        return found  # "어디로 옮기나?": the organisation before "(으)로 자리를 옮긴다"
    from .party_roles import party_role_answer

    if (found := party_role_answer(q, snap, hits)) is not None:
        return found  # "합작법인에서 A가 맡는 역할은?": the object of A's act, "전력과 부지 제공"
    from .contract_parties import contract_party_answer

    if form == "factoid" and (found := contract_party_answer(q, snap, asked, hits)) is not None:
        return found  # "발주한 선사는?": B of "A가 B로부터 수주했다"
    from .first_partners import first_partner_answer

    if form == "factoid" and (found := first_partner_answer(q, snap, asked, hits)) is not None:
        return (
            found  # "첫 기술수출 상대는?": the party of the earlier deal, this one counted second
        )
    if form in {"factoid", "relation"} and (found := named_post_answer(q, asked, hits)):
        return found  # "쌍용양회 사장으로 임명된 사람은?": the post's new holder (named_posts.py)
    if form == "factoid" and (found := post_appointee_answer(q, asked, hits)):
        return found  # "새 의료원장은 누구인가?": "새 의료원장에 X 교수를" (post_appointees.py)
    if form == "factoid" and (found := post_of_appointee_answer(q, snap, asked, hits)):
        return found  # "X는 어떤 자리에 발탁됐나?": "POST에는 X가 발탁됐다" (post_appointees.py)
    from .post_bodies import post_body_answer
    from .titled_holders import titled_holder_answer

    if form == "factoid" and (found := titled_holder_answer(q, asked, hits)):
        return found  # "누리공단 이사장은 누구?": "X 누리공단 신임 이사장" (titled_holders.py)
    from .predecessors import predecessor_answer
    from .successors import successor_answer

    if form in {"factoid", "relation"} and (found := predecessor_answer(q, snap, hits)):
        return found  # "X 원장의 전임 원장은?": "Y 전 원장의 후임이다" (predecessors.py)

    if form in {"factoid", "relation"} and (found := successor_answer(q, asked, hits)):
        return found  # "X 사장의 후임은 누구인가?": the name after 후임으로 (successors.py)

    if form in {"factoid", "relation"} and (found := post_body_answer(q, snap, asked, hits)):
        return found  # "권지훈은 어느 기관 이사장인가?": the body of the title (post_bodies.py)
    if form == "factoid" and (found := penalty_answer(q, asked, hits)):
        return found  # "선고된 형량은?": "징역 1년에 집행유예 2년" before 을 선고 (penalties.py)
    if form == "factoid" and (found := charge_answer(q, asked, hits)):
        return found  # "윤 모 씨의 혐의는?": "재물손괴 혐의로 … 윤 모 씨" (charges.py)
    if form == "factoid" and (found := panel_answer(q, asked, hits)):
        return found  # "선고한 재판부는?": "부산고법 형사2부(…부장판사)" (court_panels.py)
    if form == "factoid" and (found := bullet_pair_answer(q, asked, hits)):
        return found  # "투키사정은 무슨 치료제?": its own item of "▲유방암 치료제 '투키사정'"
    if form == "relation":
        found = relation_answer(q, snap, hits, hit_for)
        if found is not None:
            return found
    if form == "factoid" and asked.kind == "person" and asked.wh in {"who", "누구"}:
        from .who_is import who_is_answer

        found = who_is_answer(q, snap, hits, hit_for)  # "Who is 마크 헨더슨?"
        if found is not None:
            return found
    if form in {"factoid", "list"} and (found := promoted_answer(q, asked, hits)):
        return found  # "부사장으로 승진한 사람은?": every person promoted (promoted.py)
    if (
        form in {"factoid", "list"}
        and asks_venue(q, asked)
        and (found := venue_answer(q, asked, hits))
    ):
        return found  # "협약식은 어디서 열렸나?": the words before 에서 (venues.py)
    if (
        form == "factoid"
        and not asks_former(q.tokens)  # "전임 대표 누구야?": former_titles.py reads those
        and (found := post_holder_answer(q, asked, hits))
    ):
        return found  # "한빛정밀 감사위원장": the person written with the post (post_holders.py)
    if form == "factoid" and (found := given_name_answer(q, asked, hits)):
        return found  # "첫 공동 상품은?": "첫 상품은 … '누리론'이다" (given_names.py)
    if form == "factoid" and (found := role_party_answer(q, asked, hits)):
        return found  # "낙찰자는?": "A가 낙찰자로 결정됐다" (role_slots.py)
    if form == "factoid" and (found := duty_party_answer(q, asked, hits)):
        return found  # "설계를 맡은 곳은?": "설계는 A가 맡았고" (duty_fillers.py)
    if form in {"factoid", "list"} and (found := headed_name_answer(q, asked, hits, form)):
        return asked_row(q, asked, form, found, snap)  # "어떤 게임 엔진으로": "크로마 엔진 3"
    if form in {"factoid", "description"} and (found := phrase_answer_for(q, snap, asked, hits)):
        return found  # "무슨 병 치료제야?", "어느 단계", "어느 정도", "what caused" (phrase_answers.py)
    if form in {"factoid", "list"} and asks_purpose(q.tokens, asked):
        found = purpose_answer(q, snap.extraction, hits)  # "투자금은 어디에 쓰이나?"
        if found is not None:
            top = hits[0].score if hits else 0.0
            return found, named_path("description", "purpose", prior=found.confidence, support=top)
        asked = replace(asked, kind="thing")  # no use read: still a use, never a place
    if form in {"list", "factoid"} and (found := head_list_answer(q, asked, hits, form)):
        return found  # "진료과는 어디 어디인가?": the row of 재활의학과와 소아청소년과
    if form == "list" and (found := quoted_row_answer(q, asked, hits)):
        return found  # "첫 공개작은 어떤 작품들인가?": every quoted title of the row
    if form in {"factoid", "list"} and (
        found := counted_row_answer(q, snap, asked, form, hits, hit_for)
    ):
        return found  # "세 가지를 요구했다. ▲A ▲B ▲C": the three, not "가지"
    if form in {"factoid", "list"} and (found := granted_part_answer(q, asked, hits)):
        return found  # "받아들인 신청은?": "신청 가운데 X 부분을 인용" gives "X 부분"
    if form in {"factoid", "list"} and asked.kind in {"where", "company", "organization", "place"}:
        from .past import past_answer

        # the sentences that say where someone worked before, else the graph's WORKED_AT
        found = past_answer(q, snap, hits, hit_for) or before_answer(q, snap, hits, hit_for)
        if found is not None:
            return found
    if form == "factoid" and (found := source_answer(q, snap.extraction, asked, hits)):
        top = hits[0].score if hits else 0.0  # "전력을 어디서 받나?": "… 발전소에서 받는다"
        return found, named_path("description", "source", prior=found.confidence, support=top)
    if form in {"factoid", "list"} and asked.kind in _NAMES | {"thing"}:
        from .bullets import bulleted_answer

        found = bulleted_answer(q, snap.extraction, asked.head, hits)  # "▲A ▲B ▲C": all
        if found is not None:
            return found
    if form == "factoid" and asked.kind == "thing" and asks_what_named_is(q, asked.wh_index):
        found = called_answer(q, snap.extraction, hits)  # "큐비스 폴드는 무엇인가?"
        if found is not None:
            found.answer_type = "description"
            top = hits[0].score if hits else 0.0
            return found, named_path("description", "called", prior=found.confidence, support=top)
    # an interrogative of a date, a count or a person asks for one, whatever nouns the
    # question has ("…라고 말한 게 언제야?" is no question about 역사)
    short = asked.wh_index >= 0 and asked.kind in {"date", "number", "money", "person"}
    if (q.descriptive and not short) or form == "description":
        # "말벗콜은 어떤 서비스야?" asks what the text calls it; "왜 ...?" does not
        called = form == "description" and asked.wh in {"어떤", "무슨"}
        ans = passage_answer(q, snap.extraction, hits, form == "description", called)
        ans.answer_type = "description"
        factoid = "list" if form == "list" else "factoid"
        read = partial(sentence_answer, q, snap, hits, hit_for, asked, factoid, model)
        if (found := span_for_description(q, hits, ans, form, read)) is not None:
            found = whole_row(q, form, found)  # the reader's span (reader_describe.py), its row
            return coordinated_items(q, asked, form, asked_row(q, asked, form, found, snap))
        top = hits[0].score if hits else 0.0
        return ans, named_path("description", "passage", prior=ans.confidence, support=top)
    found = sentence_answer(q, snap, hits, hit_for, asked, form, model)
    found = whole_row(q, form, found)  # "제주해협과 동중국해": the row's every item
    found = asked_row(q, asked, form, found, snap)  # "참여한 곳은?": "A, B와 C가" (asked_rows.py)
    found = coordinated_items(q, asked, form, found)  # "투입한 인력은?": "A과 B를" both
    return not_founded(q, snap, hits, found)  # "창업 전에 일한 곳": never the founded one

"""The reader's candidates that may answer what is asked: the rules of search/fits.py (the kind
asked), the figure rules (what a figure measures, whose it is, the asked phrase's qualifiers),
the date rules (the event asked, not the day it was said; the end of a period asked) and the
name rules (the body asked for, the number the question gives, the holder of the post at the
named company; no title alone for a person), applied in
that order to the reader's candidates.  None may be left: the text does not say what is asked.
"""

from __future__ import annotations

from .ages import aged
from .answer_types import Asked
from .asked_schools import school_candidates
from .beaten_parties import not_winners
from .bodies import of_asked_body
from .bound_dates import bound_dated
from .candidates_analysts import analysts_back
from .candidates_named import named_things
from .candidates_options import option_counts
from .change_ends import changed_ends
from .change_sizes import change_asked, sized_changes
from .counted_nouns import counted_nouns
from .countries import countries_only, no_country_for_city
from .current_figures import not_planned
from .event_dates import event_dated, not_reported
from .figure_answers import measured_figures
from .figure_qualifiers import qualified_figures
from .fits import fitting, not_related, numbered, of_asked_families
from .former_dates import former_dated
from .former_titles import former_holders
from .founding_owners import founding_owned
from .frequencies import of_asked_period
from .holders import at_named
from .kind_names import of_asked_kind
from .labelled_figures import labelled_figures
from .makers import not_publishers
from .measured_quantities import measured_quantities
from .numbered_parts import of_asked_part
from .ordinals import ordered
from .other_owners import not_others_places
from .other_things import of_named_thing
from .own_titles import in_office
from .paired_dates import paired_dated
from .placed_candidates import placed_candidates
from .predicate_dates import verb_dated
from .qualifiers import stated_qualifiers
from .question import Question
from .range_ends import asked_end
from .ranks import rank_asked, ranked
from .ratios import named_share
from .reader import Candidate
from .reader_input import ReaderInput
from .research_teams import of_asked_team
from .respective_figures import respective_figures
from .reverse_edges import not_reversed
from .revised_figures import revised_figures
from .since_events import since_events
from .so_far import so_far_figures
from .title_names import named_people
from .topic_dates import topic_dated
from .topic_figures import topic_figures
from .topic_owners import topic_owned
from .unnamed import unanswerable
from .unwritten_asks import of_written_ask

__all__ = ["NAME_KINDS", "typed_candidates"]

#: the kinds of answer a row of names can give ("KT와 라쿠텐")
NAME_KINDS = frozenset({"company", "organization", "investor", "where", "person", "model"})


#: the kinds of answer whose asked phrase's nouns its sentence must write (search/qualifiers.py)
_QUALIFIED = frozenset({"money", "number", "date"})


def typed_candidates(q: Question, snap, ri: ReaderInput, asked: Asked, model) -> list[Candidate]:
    """The reader's candidates that may answer what is asked (search/fits.py and the rules
    of attributes, event dates and holders); none when the question is about what the text
    never names."""
    ex = snap.extraction
    raw = ri.candidates(model) if not unanswerable(q, ex, ri) else []
    cands = fitting(change_asked(q, asked), raw, ri) if raw else []  # "얼마나 줄었나": 80.1%
    cands = not_related(q, ex, cands)
    cands = not_reversed(q, snap, ri, cands)  # "X의 바탕이 된 모델": no Y built on X
    cands = school_candidates(q, cands)  # "출신 학교는?": "가람대", no employer
    cands = named_share(q, ex, asked, cands, ri)  # "리버스톤 비중" is no other thing's share
    cands = of_written_ask(q, snap, ri, asked, cands)  # "기업가치는?": the text writes no 가치
    cands = aged(snap, asked, ri, cands)  # "나이는?": "권태윤(52)" of the person asked, or none
    # "몇 위에 올랐나": "12위에 올랐다", no "1조원 이상 늘리며" (a rank is a level asked, no
    # change: search/changes.asks_level); the figure rules when no rank is written
    ranks = ranked(q, asked, ri, cands) if rank_asked(asked) else cands
    ranks = ordered(q.tokens, asked, ri, raw, ranks)  # "몇 번째": "세 번째", read as "번째"
    if ranks is not cands:
        cands = ranks
    elif asked.kind in {"money", "number"}:
        cands = qualified_figures(q, ri, cands)  # "평균 경쟁률" is no "최고 214대 1"
        ends = changed_ends(q, ri, cands)  # "얼마로 오르나": the new figure of the asked row
        # "얼마나 줄었나": the change ("6.4% 감소한"), no level
        # "A와 B 주가는 각각 2.1%, 3.4% 올랐다": B's change is 3.4%, no row whole
        each = respective_figures(q, snap, ri, cands) if ends is None else cands
        sized = sized_changes(q, snap, ri, each) if ends is None else None
        # "송파구는 얼마나 올랐나?": "성동구가 0.57% 올랐고 송파구가 0.48%" - its own change
        sized = topic_figures(q, ri, sized, subjects=True) if sized is not None else None
        ends = ends if ends is not None else sized
        # "중국 법인 투자": "중국 법인은 56억원", before the nouns of the figure rules (no 투자
        # is written with it) set it aside
        topics = topic_figures(q, ri, cands) if ends is None else cands
        # "2일권 가격은?": "1일권 9,500원, 2일권 1만6,000원" gives 1만6,000원 (realqa40)
        topics = labelled_figures(q, ri, topics) if ends is None else topics
        cands = ends if ends is not None else measured_figures(q, snap, ri, topics)
        cands = since_events(q, ri, cands)  # "11척을 수주한 이래로": an earlier order
        cands = revised_figures(q, ri, cands)  # "원래 과태료": "22억원을 받았으나 5억원으로 확정"
        cands = of_named_thing(q, snap, ri, cands)  # "HSP-417 계약금" is no HSP-102's
        cands = of_asked_part(q, snap, asked, ri, cands)  # "1공장 부지 면적" is no "2공장은 33만㎡"
        cands = topic_owned(q, ri, cands)  # "A사가 위탁한 공사": no "B사는 ... 17건"
        cands = measured_quantities(q, cands)  # "How much can it carry?": 5kg, no 6대
        cands = counted_nouns(q, ri, asked, cands)  # "몇 개 나라" is "14개국", no "212개 병원"
        cands = option_counts(q, asked, ri, cands)  # "옵션 몇 대": "옵션 6대", no firm 18대
        cands = of_asked_period(q, ri, cands)  # "한 달에 몇 번" is no "주 7회"
        cands = so_far_figures(q, ri, cands)  # "지금까지 유치한 투자금": no one round's
        cands = not_planned(q, ri, cands)  # "현재 연봉 총액": no "58억 원까지 채우겠다"
        # "공장에 들이는 돈": no rule's pick of another unit ("14만 장"; search/unit_families.py)
        cands = of_asked_families(change_asked(q, asked), ri, cands)
    former = former_dated(q, ri, cands) if asked.kind == "date" else None
    if former is not None:
        cands = former  # "종전 최고치는 언제": "종전 최고치인 지난해 8월의", no new record's day
    elif asked.kind == "date":
        cands = topic_dated(q, ri, cands)  # "해외 출시는 언제": "해외 출시는 2027년 3월로"
        cands = event_dated(q, ri, cands)  # "설립 시기" is no plan's year
        cands = founding_owned(q, ri, cands)  # "해담파워 설립": no "B사는 2009년 설립된"
        cands = verb_dated(q, asked, ri, cands)  # "언제 끝나?": "31일 서비스를 종료한다"
        cands = paired_dated(q, ri, cands)  # "1호기는 언제": no "2030년 2호기를"
        cands = bound_dated(q, asked, ri, cands)  # "언제부터 시작되나?": "15일부터 판매한다"
        cands = not_reported(q, ri, cands)  # "시작한다고 1일 밝혔다": 1일 is when it was said
        cands = asked_end(q, ri, raw, cands)  # "언제까지" is the end of "A부터 B까지"
    if asked.kind in _QUALIFIED:
        cands = stated_qualifiers(
            q, snap, ri, cands, asked.kind
        )  # "시리즈A 투자 규모" is no 시리즈B's
    cands = not_winners(q, ri, cands)  # "밀린 대기업은?": no "노스게이트PE에 밀렸다"
    cands = countries_only(q, ex, ri, asked, cands)  # "어느 나라" is no city of that country
    cands = no_country_for_city(asked, cands)  # "어느 도시" is no "인도네시아"
    cands = placed_candidates(q, snap, ri, asked, cands)  # "2공장은 어느 도시에": not 1공장's
    cands = not_others_places(q, snap, ri, asked, cands)  # "A 본사는": no "판교에 본사를 둔 B가"
    cands = of_asked_team(asked, cands)  # "개발한 연구팀": "이재길 교수 연구팀", no 카이스트
    cands = named_things(asked, ri, cands)  # "기종은?": "A321neo", no "차세대 기종"
    cands = of_asked_kind(q, asked, ri, cands)  # "사무취급 증권사" is no 엠버홀딩스
    if asked.kind in NAME_KINDS:
        cands = of_asked_body(
            asked, ri.expected, cands
        )  # "어느 법원" is no company the court ruled on
        cands = numbered(q, ri, cands)
        cands = not_publishers(q, ri, cands)  # "개발한 회사" is no publisher of the work
        named = at_named(q, ex, ri, asked, cands)  # "마음결 대표" is no head of another company
        cands = analysts_back(q, asked, cands, named, ri)  # an analyst is another firm's
        cands = former_holders(q.tokens, ri, cands)  # "전 대표" is "X 전 KT 대표"
        cands = in_office(q, snap, ri, asked, cands)  # "하윤슬 지회장" is no 대표이사
    if asked.kind == "person":
        cands = named_people(cands)  # "부사장" alone is no one's name
    return cands

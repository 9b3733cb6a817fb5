"""Which figure answers an amount or a count asked: the rules that read what each figure of a
sentence measures, in the order they apply (each module says why).

- the attribute of the thing and period asked (attributes.py): "직원 수" is no head count
  of something else;
- the unit of the measure asked (figure_kinds.py): "X 지분" is "75%", no "870억 원";
- the unit of money with the number (amount_units.py): "2000억 원 안팎" is "2000억 원";
- a figure's pieces are the figure (figure_pieces.py): "4천" and "200억 개" are "4천 200억 개";
- whose figure it is (figure_owners.py): "A가 51%, B가 49%를" gives B's share 49%;
- a far figure of another name is no answer beside the asked one's own (nearest_owners.py):
  "A가 … 48%를 차지한 가운데 B(31%)" gives B 31%;
- a rival's figure in brackets is no answer about the thing the clause is about
  (bracketed_rivals.py): "A는 81.2점을 받아 B(77.5점)를 앞섰다" gives A 81.2점;
- whose figure of a 각각 row it is (respective_figures.py): "A와 B의 점유율은 각각 34%, 26%"
  gives B 26%;
- whose stake it is (stakes.py): "최대주주는 함도윤으로, 지분 19.2%를 갖고 있다" is no
  stake of the bidder asked;
- whose figure a sentence naming no one writes (carried_owners.py): the company the sentence
  before it names ("A는 계약을 체결했다. 계약금액은 412억원");
- a total asked (totals.py): "총사업비" is "총 1850억 원", not its 국비 900억 원;
- a total asked is no part of one (figure_parts.py): "모두 몇 가구" is no "이 가운데 372가구";
- a price asked (prices.py): "인수 금액" is "350억원에 인수", not "신주 인수 140억원";
- a sum claimed (claims.py): "배상해야 하는 금액" is no "청구한 금액";
- a quarter asked is no half's figure, a half no quarter's (part_periods.py): "1분기
  순이익" is no "상반기 당기순이익도 2조9967억 원";
- an earlier period (prior_periods.py): "전년 동기(310억원)" is no 3분기 figure;
- the other side of a comparison (yardsticks.py): "가격은 종가(2만 4500원)보다 28.6% 높다"
  gives no 가격, "주가는 가격보다 높은 3만 2800원" no 가격 either;
- an area asked (areas.py): "부지 면적" is "30만7천평", no "4천억원";
- a level asked is no change (change_levels.py): "계약건수는 1건 늘었다" is no 건수 of
  "총 15건의 기술을 수출했다", "841억원에서 현재는 1688억원으로" gives 현재 1688억원;
- a line crossed is no measure (thresholds.py): "50대 1을 넘은 것은 처음" is no 경쟁률;
- a rounded figure is the exact one (rounded_figures.py): a headline's "9천억원" is the body's
  "9천266억원";
- a deal's 규모 is money (deal_sizes.py): "계약 규모" is "4571억원 규모", no "2척";
- of the figures the rules above leave, the nouns each is written with (figure_nouns.py,
  written_nouns.py):
  "계약 규모" is "계약 규모는 약 45억 원", no "병원 5곳" nor "지난해 매출 6조9000억원".
"""

from __future__ import annotations

from .amount_units import with_units
from .areas import area_figures
from .attributes import attributed
from .bracketed_rivals import rivals_bracketed
from .carried_owners import carried_figures
from .change_amounts import change_amounts
from .change_levels import change_levels
from .claims import not_claimed
from .deal_sizes import deal_sizes
from .figure_kinds import not_counts, of_measured_kind
from .figure_nouns import noun_figures
from .figure_owners import owned_figures
from .figure_parts import not_parts
from .figure_pieces import pooled_pieces
from .nearest_owners import nearest_owned
from .part_periods import part_figures
from .prices import priced
from .prior_periods import prior_figures
from .question import Question
from .reader import Candidate
from .reader_input import ReaderInput
from .respective_figures import respective_figures
from .rounded_figures import rounded_figures
from .stakes import stake_owners
from .thresholds import threshold_figures
from .totals import totals
from .yardsticks import yardstick_figures

__all__ = ["measured_figures"]


def measured_figures(q: Question, snap, ri: ReaderInput, cands: list[Candidate]) -> list[Candidate]:
    """The candidates that may answer an amount or a count asked, with their belief."""
    cands = not_counts(ri, of_measured_kind(ri, attributed(q, snap, ri, cands)))  # no 대 for 원
    cands = pooled_pieces(with_units(cands), ri)
    cands = respective_figures(q, snap, ri, owned_figures(q, ri, cands))
    cands = nearest_owned(q, ri, cands)  # "A가 … 48%를 차지한 가운데 B(31%)": B 31%
    cands = rivals_bracketed(q, ri, cands)  # "A는 81.2점을 받아 B(77.5점)를 앞섰다": A's
    cands = stake_owners(q, ri, carried_figures(q, snap, ri, cands))
    cands = not_parts(q, ri, totals(q, ri, cands))
    cands = prior_figures(q, ri, part_figures(q, ri, cands))
    cands = yardstick_figures(q, ri, cands)  # "종가(2만 4500원)보다" is no 공개매수 가격
    cands = threshold_figures(ri, cands)  # "50대 1을 넘은 것은 처음" is no 경쟁률 (thresholds.py)
    cands = change_amounts(q, ri, cands)  # "10건 줄어든 7건": 7건
    cands = change_levels(q, ri, cands)  # "1건 늘었다" is no 건수, "841억원에서 1688억원으로"
    cands = rounded_figures(q, ri, cands)  # a headline's "9천억원" is the body's "9천266억원"
    cands = deal_sizes(q, cands)  # "계약 규모" is "4571억원 규모", no "LNG운반선 2척"
    cands = priced(q, ri, cands)
    cands = not_claimed(q, ri, cands)
    return noun_figures(q, ri, area_figures(q.text, cands))

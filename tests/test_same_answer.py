"""One answer written as several spans is one group (search/same_answer.py): a figure with
and without the words around it ("8월 2천억 원", "2천억 원 규모", "2천억 원"), a date with and
without its year, a name with and without its title.  Different figures, dates that differ in a
part and a name beside another word stay apart.  Sentences and names invented for the test."""

from __future__ import annotations

from search.figures import whole_figure
from search.reader import Candidate
from search.same_answer import figure_value, same_answers
from search.spans import Span


def _cands(sentences: list[str], spans: list[tuple[int, str]]) -> list[Candidate]:
    out = []
    for passage, text in spans:
        start = sentences[passage].index(text)
        span = Span(text, start, start + len(text), 0, 0)
        out.append(Candidate(text, passage, span, {}, probability=0.1))
    return out


def _groups(cands: list[Candidate]) -> set[frozenset[str]]:
    return {frozenset(g) for g in same_answers(cands, lambda c: c.text).values()}


def test_a_figure_written_with_its_scale_word_is_read_whole():
    sentence = "새봄벤처스는 8월 2천억 원 규모의 성장펀드를 결성한다."
    start = sentence.index("2천억")
    assert whole_figure(sentence, start, start + 3) == "2천억 원"
    assert figure_value("2천억 원 규모") == figure_value("8월 2천억 원") == "2천억원"


def test_spans_of_one_figure_pool_and_other_figures_or_places_stay_apart():
    sentences = [
        "새봄벤처스는 8월 2천억 원 규모의 성장펀드를 결성한다.",
        "이 가운데 모태펀드 출자는 200억 원이고, 내년에 2천억 원 이상을 더 모은다.",
    ]
    cands = _cands(
        sentences,
        [
            (0, "8월 2천억 원"),
            (0, "2천억 원 규모"),
            (0, "2천억 원"),
            (1, "200억 원"),
            (0, "8월"),
            (1, "2천억 원 이상"),
        ],
    )
    assert _groups(cands) == {
        frozenset({"8월 2천억 원", "2천억 원 규모", "2천억 원"}),
        frozenset({"200억 원"}),
        frozenset({"8월"}),
        frozenset({"2천억 원 이상"}),  # another sentence's figure may be another thing's
    }


def test_a_date_with_and_without_its_year_pools_at_one_place_only():
    sentences = [
        "물빛소재는 2027년 3월 공장을 짓는다.",
        "시제품은 4월에 나온다.",
        "3월 9일 계약했다.",
    ]
    cands = _cands(sentences, [(0, "2027년 3월"), (0, "3월"), (1, "4월"), (2, "3월 9일")])
    assert _groups(cands) == {
        frozenset({"2027년 3월", "3월"}),
        frozenset({"4월"}),
        frozenset({"3월 9일"}),  # another sentence's 3월: maybe another year
    }


def test_a_name_with_and_without_its_title_pools():
    sentences = ["회사는 류다온 최고기술책임자와 한결 연구원이 이끈다."]
    cands = _cands(
        sentences, [(0, "류다온 최고기술책임자"), (0, "류다온"), (0, "한결 연구원이 이끈다")]
    )
    assert _groups(cands) == {
        frozenset({"류다온 최고기술책임자", "류다온"}),
        frozenset({"한결 연구원이 이끈다"}),
    }

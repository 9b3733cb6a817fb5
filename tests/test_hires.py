"""Who an organisation names to a post, as personnel news writes it: "X는 P를 새 대표이사로
영입한다", "X는 Y 사장 후임에 P를 내정했다", "X는 P를 최고재무책임자(CFO)로 발탁했다": P works at
X in that post, whatever organisation the title written with P's name belongs to.  Invented
names."""

from __future__ import annotations

import pytest
from relation_cases import extraction


def _posts(text: str) -> set[tuple[str, str, str]]:
    ex = extraction(text)
    name = {eid: e.name for eid, e in ex.entities.items()}
    return {
        (name[r.subject], name[r.object], r.role) for r in ex.relations if r.type == "WORKED_AT"
    }


@pytest.mark.parametrize(
    ("text", "post"),
    [
        ("한빛일보는 김하늘 누리그룹 고문을 새 대표이사 사장으로 영입한다.", "대표이사"),
        ("한빛일보는 사의를 표명한 박서준 사장 후임에 김하늘 누리경제 사장을 내정했다.", "사장"),
        ("한빛전자는 김하늘 부사장을 최고재무책임자(CFO)로 발탁했다.", "최고재무책임자"),
        ("한빛전자는 김하늘 부사장을 신임 대표이사로 선임했다고 밝혔다.", "대표이사"),
    ],
)
def test_the_named_person_works_in_the_post(text, post):
    org = "한빛일보" if text.startswith("한빛일보") else "한빛전자"
    assert ("김하늘", org, post) in _posts(text), _posts(text)


def test_the_outside_post_stays_where_it_was():
    posts = _posts("한빛일보는 김하늘 누리그룹 고문을 새 대표이사 사장으로 영입한다.")
    assert ("김하늘", "누리그룹", "고문") in posts

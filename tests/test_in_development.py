"""A product under way is its developer's (DEVELOPED), on invented sentences: "A가 개발 중인
'X'", "A가 임상 중인 X", "A는 X를 임상 중이다" (Kiwi: 임상/NNG 중/NNB 이/VCP)."""

from __future__ import annotations

import pytest
from relation_cases import assert_relations


@pytest.mark.parametrize(
    ("text", "drug"),
    [
        ("한결제약이 임상 중인 비만 치료제 HK-701은 내년 허가를 신청한다.", "HK-701"),
        ("다솜바이오가 임상 중인 'DS-12'는 올해 2상을 마친다.", "DS-12"),
        ("한결제약이 개발 중인 비만 치료제 'HK-501'은 임상 2상에 들어갔다.", "HK-501"),
    ],
)
def test_the_developer_of_a_drug_in_trials(text, drug):
    maker = text.split("이 ", 1)[0].split("가 ", 1)[0]
    assert_relations(text, [{(maker, "DEVELOPED", drug)}], [])

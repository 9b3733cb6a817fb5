"""A person named for a post and not in it yet, the 내정자 ("designate") of appointment news:
"하서준 신임 사장 내정자는 ...", "하 내정자는 ... 입사해" (grammar.toml [titles] designates).
Found on real news of insurers' CEO successions: "조 내정자는 1984년 X에 입사해" had no
person (내정자 was no title a family name could take), and "P 신임 사장 내정자는" left P out
of the topic, so the career sentence after it went to the previous chief.  Real Kiwi; the
sentences are invented."""

from __future__ import annotations

from kg import analyze_document, resolve


def _worked(text: str) -> dict[tuple[str, str], str]:
    ex = resolve([analyze_document("doc", text)])
    name = {e.id: e.name for e in ex.entities.values()}
    return {
        (name[r.subject], name[r.object]): r.role or ""
        for r in ex.relations
        if r.type == "WORKED_AT"
    }


def test_a_family_name_and_designate_is_the_person_named_before():
    text = (
        "한결화재는 하서준 사장(62)을 새 대표이사로 내정했다. "
        "하 내정자는 1958년생으로 1984년 누리건설에 입사해 1988년 한결화재로 자리를 옮겼다."
    )
    worked = _worked(text)
    assert ("하서준", "누리건설") in worked
    # the designate is no post held at the firm of the person's first job
    assert worked[("하서준", "누리건설")] != "내정자"


def test_designate_after_a_title_makes_the_person_the_topic():
    text = (
        "현 사장은 누리카드 부사장 등을 거쳐 한결생명 대표이사로 재직해왔다. "
        "구민재 신임 사장 내정자는 1964년생으로 누리대 경영학과를 졸업했다. "
        "한결생명 입사 이후 자산운용본부 전무와 한결증권 경영지원실 부사장을 거쳐 "
        "한결자산운용 대표이사로 재직했다."
    )
    worked = _worked(text)
    assert ("구민재", "한결증권") in worked
    assert not any(p != "구민재" and o == "한결증권" for p, o in worked)


def test_a_title_without_designate_reads_as_before():
    worked = _worked("구민재 한결생명 사장은 실적을 발표했다.")
    assert worked.get(("구민재", "한결생명")) == "사장"

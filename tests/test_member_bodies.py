"""Cooperatives, unions and state banks are organisations (kg.member_bodies), with real Kiwi."""

from kg import analyze_document, member_bodies, resolve
from kg.member_bodies import is_member_body, vote_member_bodies
from kg.model import Mention


def _types(text: str) -> dict[str, str]:
    ex = resolve([analyze_document("d", text)])
    return {e.name: e.type for e in ex.entities.values()}


def test_endings_of_cooperatives_unions_and_state_banks():
    assert is_member_body("솔내농협")
    assert is_member_body("솔내농업협동조합")
    assert is_member_body("가람방송 노동조합")  # spaces do not count
    assert is_member_body("한국산업은행")
    assert not is_member_body("가람은행")  # a commercial bank ends in 은행 alone
    assert not is_member_body("농협경제지주")  # begins so, ends as a company
    assert not is_member_body("")


def test_a_listed_exception_is_no_body(monkeypatch):
    monkeypatch.setattr(member_bodies, "_table", lambda: (("농협",), frozenset({"가상농협"})))
    assert not is_member_body("가상농협")
    assert is_member_body("솔내농협")


def test_vote_goes_to_names_of_bodies_only():
    body = Mention("s", 0, 4, "솔내농협", rule="tagger", votes={"Company": 2.0})
    firm = Mention("s", 6, 10, "가람은행", rule="tagger", votes={"Company": 2.0})
    date = Mention("s", 12, 16, "2024", kind="date")
    vote_member_bodies([body, firm, date])
    assert body.voted_type == "Organization"
    assert firm.votes == {"Company": 2.0}
    assert date.votes == {}


def test_cooperatives_in_an_article_are_organisations():
    types = _types(
        "솔내농업협동조합(조합장 도가람)은 지난 3일 여울농협과 업무협약을 체결했다. "
        "도가람 조합장은 여울농협과 함께 쌀 판로를 넓히겠다고 밝혔다."
    )
    assert types.get("솔내농업협동조합") == "Organization"
    assert types.get("여울농협") == "Organization"
    assert types.get("도가람") == "Person"


def test_a_state_bank_as_main_creditor_is_an_organisation():
    types = _types("주채권은행인 한국산업은행은 가람건설에 자구안을 요구했다.")
    assert types.get("한국산업은행") == "Organization"
    assert types.get("가람건설") == "Company"


def test_a_federation_is_an_organisation():
    """answerable42: a federation of clubs or unions ("한국배구연맹(KOVO)") was typed a company,
    so "어느 기관의 이사회 승인을 거쳐야 하나?" left it out and got no answer."""
    assert is_member_body("한국배구연맹")
    assert is_member_body("전국노동조합총연맹")
    ex = resolve(
        [
            analyze_document(
                "d",
                "대한스키연맹은 새 회장을 뽑았다. 아시아축구연맹은 대회 일정을 바꿨다. "
                "한국프로야구연맹과 세계태권도연맹이 협약을 맺었다.",
            )
        ]
    )
    types = {a: e.type for e in ex.entities.values() for a in e.aliases}
    for name in ("대한스키연맹", "아시아축구연맹", "한국프로야구연맹", "세계태권도연맹"):
        assert types.get(name) == "Organization", (name, types)


def test_a_chamber_of_commerce_is_an_organisation():
    """realext44: a chamber of commerce, written in full or short ("서울상의"), was typed a
    company; its member firms own it."""
    assert _types("솔내상공회의소는 지역 기업의 수출 지원을 요청했다.").get("솔내상공회의소") == (
        "Organization"
    )
    assert (
        _types("솔내상의는 중소기업 애로 조사 결과를 발표했다.").get("솔내상의") == "Organization"
    )

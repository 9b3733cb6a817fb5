"""What a speaker says of themself in the first person, with no subject (kg.speakers finds who
speaks where):

    "삼성전자 시스템LSI사업부에서 10년 동안 칩을 설계했고"   speaker WORKED_AT 삼성전자
    "이후 미국 퀄컴 본사로 옮겨"                              speaker WORKED_AT 퀄컴
    "저는 누리텔레콤 출신입니다"                              speaker WORKED_AT 누리텔레콤
    "2021년 동료 탁 CTO와 둘이서 회사를 차렸다"               speaker (and 탁 CTO) FOUNDED the
                                                              company the speaker heads, 2021

Only clauses whose subject is the speaker: none written, or 저/제가.  A clause with a named
subject of its own ("탁 이사는 퀄컴에서 일했다") is that subject's, and "저희/우리" make it the
company's.  A verb that modifies a noun ("퀄컴에서 함께 일하던 탁 CTO") describes that noun.
The company the speaker heads is the one a title chain places them at as its head ("모라칩스
여준호 대표"), else the document's organisation.
"""

from __future__ import annotations

from .clause import token_indices
from .model import Mention, RelationCandidate
from .names import name_key
from .roles import is_title
from .speakers import interviewee, speaker_spans, table
from .work_limits import TITLE_CHAINS

__all__ = ["with_speaker_relations"]

_RULE = "speaker"
_NOUNISH = frozenset({"NNG", "NNP", "SL", "SN", "SH", "SSO", "SSC", "NNB"})
_ORGISH = frozenset({"Company", "Organization"})
_NEAR = 6  # at most this many tokens (department words, a bracket) between a name and its particle


def with_speaker_relations(
    analysis, all_toks, per_sentence, types, about
) -> list[RelationCandidate]:
    """The document's candidates with the WORKED_AT, FOUNDED and FOUNDED_IN of the first-person
    clauses its speakers say (``analysis``: its sentences, mentions and candidates so far),
    less the WORKED_AT that gave such a clause's organisation to a person named after it ("저는
    다올에너지에서 일했고, 권 이사는 …": 다올에너지 is the speaker's, not 권 이사's)."""
    ours = _speaker_relations(analysis, all_toks, per_sentence, types, about)
    return [c for c in analysis.candidates if not _taken(c, ours, analysis.mentions)] + ours


def _taken(c: RelationCandidate, ours: list[RelationCandidate], mentions: list[Mention]) -> bool:
    """``c`` places someone named after the organisation, as the subject of a clause of their
    own, at the organisation of a speaker's clause of the same sentence ("…에서 만난 선배 탁 씨와"
    is no clause of 탁 씨's own: both may have worked there)."""
    return c.type == "WORKED_AT" and any(
        o.type == "WORKED_AT"
        and o.sentence_id == c.sentence_id
        and o.object == c.object
        and name_key(mentions[c.subject].text) != name_key(mentions[o.subject].text)
        and mentions[c.subject].sentence_id == c.sentence_id
        and mentions[c.subject].start > mentions[c.object].start
        and mentions[c.subject].role in {"JKS", "JX"}
        for o in ours
    )


def _speaker_relations(analysis, all_toks, per_sentence, types, about) -> list[RelationCandidate]:
    """WORKED_AT, FOUNDED and FOUNDED_IN candidates of the first-person clauses speakers say."""
    mentions = analysis.mentions
    speaker = interviewee(analysis.sentences, all_toks, per_sentence, mentions, types)
    spans = speaker_spans(analysis.text, analysis.sentences, per_sentence, mentions, types, speaker)
    out = []
    for s, toks, ids in zip(analysis.sentences, all_toks, per_sentence):
        first_tok, next_tok = token_indices(toks, mentions, ids)
        for a, b, who in spans.get(s.id, []):
            inside = [i for i in ids if a <= mentions[i].start < b]
            clause = _Clause(toks, inside, mentions, first_tok, next_tok, a, b, types)
            company = _headed(analysis.candidates, mentions, who, types, about)
            for o, role in clause.worked():
                out.append(RelationCandidate("WORKED_AT", who, o, s.id, _RULE, 0.9, role))
            if company is not None:
                for date, partners in clause.founded():
                    for p in [who, *partners]:
                        out.append(RelationCandidate("FOUNDED", p, company, s.id, _RULE, 0.9))
                    if date is not None:
                        out.append(RelationCandidate("FOUNDED_IN", company, date, s.id, _RULE, 0.9))
    return out


def _headed(candidates, mentions, who: int, types, about) -> int | None:
    """The organisation a title chain makes the speaker the head of, else ``about``."""
    key = name_key(mentions[who].text)
    heads = set(table()["founded"]["head_titles"])
    for c in candidates:
        if (
            c.type == "WORKED_AT"
            and c.rule in TITLE_CHAINS
            and name_key(mentions[c.subject].text) == key
            and c.role in heads
            and types.get(c.object, ("",))[0] in _ORGISH
        ):
            return c.object
    return about


class _Clause:
    """The tokens of one sentence inside a speaker's span, and the clauses they hold."""

    def __init__(self, toks, inside, mentions: list[Mention], first_tok, next_tok, a, b, types):
        self.toks = toks
        self.inside = inside
        self.mentions = mentions
        self.first_tok, self.next_tok = first_tok, next_tok
        self.lo = next((k for k, t in enumerate(toks) if t.start >= a), len(toks))
        self.hi = next((k for k, t in enumerate(toks) if t.start >= b), len(toks))
        self.types = types
        self._starts = {first_tok[x] for x in inside}

    def _subject_before(self, k: int) -> bool:
        """A subject of its own is written before token ``k``: a name or "저희" as topic or
        subject, in the same clause."""
        start = self._clause_start(k)
        for i in self.inside:
            m = self.mentions[i]
            if start <= self.first_tok[i] < k and m.kind != "date" and m.role in {"JKS", "JX"}:
                return True
        company = set(table()["first_person"]["company"])
        return any(
            t.form in company and j + 1 < k and self.toks[j + 1].tag in {"JKS", "JX"}
            for j, t in enumerate(self.toks[start:k], start)
        )

    def _clause_start(self, k: int) -> int:
        """The first token of the clause token ``k`` is in (after the last sentence-final or
        quote boundary: connective endings do not end the subject's reach)."""
        j = k
        while j > self.lo and self.toks[j - 1].tag not in {"EF", "SF"}:
            j -= 1
        return j

    def _predicate(self, k: int) -> tuple[str, int] | None:
        """The first predicate from token ``k``: (its word, its last token), None past the span
        or at another subject first.  "설계했" -> 설계, "설계를 했" -> 설계, "옮겨" -> 옮기."""
        for j in range(k, self.hi):
            t = self.toks[j]
            if t.tag in {"JKS"} or (t.tag == "JX" and t.form in {"은", "는"}):
                return None
            if t.tag == "XSV" and j > 0:
                return self.toks[j - 1].form, j
            if t.tag in {"VV", "VA", "VCP"}:
                if t.form == "하" and j >= 2 and self.toks[j - 1].tag == "JKO":
                    return self.toks[j - 2].form, j
                return t.form, j
        return None

    def _modifies(self, j: int) -> bool:
        """The predicate ending at token ``j`` modifies a noun ("일하던 탁 CTO")."""
        j += 1
        while j < len(self.toks) and self.toks[j].tag == "EP":
            j += 1
        return j < len(self.toks) and self.toks[j].tag == "ETM"

    def _particle(self, i: int) -> tuple[str, int] | None:
        """The particle after a name, or after the department words or the bracket after it
        ("삼성전자 시스템LSI사업부에서", "퀄컴(Qualcomm) 본사로"), or 출신: (its form, its token)."""
        end = self.mentions[i].end
        start = next((j for j, t in enumerate(self.toks) if t.start >= end), len(self.toks))
        for j in range(start, min(start + _NEAR, self.hi)):
            t = self.toks[j]
            if t.form in table()["worked"]["alumnus"] or t.tag == "JKB":
                return t.form, j
            named = j > 0 and self.toks[j - 1].tag != "SSO" and j in self._starts
            if t.tag not in _NOUNISH or named:
                return None
        return None

    def worked(self) -> list[tuple[int, str]]:
        """(organisation, title) of "X에서 일했다", "X 연구실에서 연구원으로 일하며" (the title
        연구원), "X로 옮겼다", "X에 입사했다", "X 출신이다"."""
        w = table()["worked"]
        verbs = {"에서": w["at"], "로": w["to"], "으로": w["to"], "에": w["into"]}
        out = []
        for i in self.inside:
            if self.mentions[i].kind != "name" or self.types.get(i, ("",))[0] not in _ORGISH:
                continue
            found = self._particle(i)
            if found is None or self._subject_before(self.first_tok[i]):
                continue
            form, j = found
            if form in w["alumnus"]:
                ok = j + 1 < len(self.toks) and self.toks[j + 1].tag == "VCP"
            else:
                pred = self._predicate(j + 1)
                ok = (
                    pred is not None
                    and pred[0] in verbs.get(form, ())
                    and not self._modifies(pred[1])
                )
            if ok:
                out.append((i, "" if form in w["alumnus"] else self._title(pred[1])))
        return out

    def _title(self, j: int) -> str:
        """The title a predicate ending at token ``j`` is done as: "연구원으로 일하며"."""
        k = j - 1 if self.toks[j].tag == "XSV" else j
        if k >= 2 and self.toks[k - 1].form in {"로", "으로"} and is_title(self.toks[k - 2].form):
            return self.toks[k - 2].form
        return ""

    def founded(self) -> list[tuple[int | None, list[int]]]:
        """Each "회사를 차렸다" / "창업했다" clause: (its date mention or None, the people
        founding with the speaker: "탁 CTO와 둘이서")."""
        f = table()["founded"]
        out = []
        for k in range(self.lo, self.hi):
            pred = self._predicate(k)
            if pred is None or pred[1] != k or pred[0] not in f["verbs"]:
                continue
            verb = k - 1 if self.toks[k].tag == "XSV" else k
            if (
                self._modifies(k)
                or self._subject_before(verb)
                or not self._object_ok(verb, pred[0])
            ):
                continue
            start = self._clause_start(verb)
            before = [i for i in self.inside if start <= self.first_tok[i] < verb]
            date = next((i for i in before if self.mentions[i].kind == "date"), None)
            partners = [
                i
                for i in before
                if self.mentions[i].particle in {"와", "과"}
                and self.types.get(i, ("",))[0] == "Person"
            ]
            out.append((date, partners))
        return out

    def _object_ok(self, verb: int, word: str) -> bool:
        """The founding verb's object is a company noun ("회사를"), or it needs none (창업)."""
        f = table()["founded"]
        j = verb - 1
        if j >= 1 and self.toks[j].tag == "JKO":
            return self.toks[j - 1].form in f["company_nouns"]
        return word in f["bare"]

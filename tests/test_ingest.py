"""Bad and unusual input files get a clear error or a documented clean handling."""

import pytest

from search.ingest import InputError, read_paths, strip_markup


def test_cp949_file_is_decoded(tmp_path):
    f = tmp_path / "old.txt"
    f.write_bytes("앤스로픽은 Claude를 개발했다.".encode("cp949"))
    [doc] = read_paths([f])
    assert doc.text.startswith("앤스로픽은") and doc.id == "old"


def test_binary_file_is_refused(tmp_path):
    f = tmp_path / "blob.txt"
    f.write_bytes(b"\x00\x01\x02binary")
    with pytest.raises(InputError, match="binary"):
        read_paths([f])


def test_undecodable_file_names_the_encoding_problem(tmp_path):
    f = tmp_path / "bad.txt"
    f.write_bytes(b"\xff\xfe\xfa\xfb" * 10)
    with pytest.raises(InputError, match="not UTF-8"):
        read_paths([f])


def test_empty_file(tmp_path):
    f = tmp_path / "empty.md"
    f.write_text(" \n\n")
    with pytest.raises(InputError, match="empty"):
        read_paths([f])


def test_jsonl_broken_lines_are_reported_with_numbers(tmp_path):
    f = tmp_path / "news.jsonl"
    f.write_text('{"id": "a", "text": "좋은 글"}\n{broken\n{"text": ""}\n')
    with pytest.raises(InputError, match=r"line\(s\) 2, 3"):
        read_paths([f])


def test_jsonl_documents(tmp_path):
    f = tmp_path / "news.jsonl"
    f.write_text('{"id": "a", "title": "제목", "text": "첫 글"}\n\n{"text": "둘째 글"}\n')
    docs = read_paths([f])
    assert [d.id for d in docs] == ["a", "news-3"] and docs[0].title == "제목"


def test_folder_and_unknown_suffix(tmp_path):
    (tmp_path / "a.txt").write_text("가나다")
    (tmp_path / "b.pdf").write_bytes(b"%PDF")
    assert [d.id for d in read_paths([tmp_path])] == ["a"]
    with pytest.raises(InputError, match="unsupported"):
        read_paths([tmp_path / "b.pdf"])
    with pytest.raises(InputError, match="no such"):
        read_paths([tmp_path / "missing.txt"])


def test_oversized_file(tmp_path, monkeypatch):
    import search.ingest as ingest

    monkeypatch.setattr(ingest, "MAX_FILE_BYTES", 100)
    f = tmp_path / "big.txt"
    f.write_text("가" * 200)
    with pytest.raises(InputError, match="limit"):
        read_paths([f])


def test_markup_is_reduced_to_text():
    assert strip_markup("<p>앤스로픽<script>alert(1)</script>은 <b>좋다</b></p>").split() == [
        "앤스로픽",
        "은",
        "좋다",
    ]
    assert strip_markup("# 제목\n**굵게** [링크](http://x)", markdown=True) == "제목\n굵게 링크"


def test_analyses_stored_with_the_old_mention_value_still_read():
    """Analyses stored before ``Mention.value`` was split (one string held a date, antecedent
    ids as "3,5", or "plural"/"pair") read into the typed fields, and resolve the same."""
    from kg import analyze_document, resolve
    from kg.analysis import DocumentAnalysis

    text = (
        "업스테이지와 리벨리온은 2024년 3월 협력을 발표했다. 두 회사는 AI 칩을 함께 만든다. "
        "이들은 2020년 설립된 스타트업이다."
    )
    fresh = analyze_document("d", text)
    stored = fresh.to_dict()
    for m in stored["mentions"]:
        date, antecedents = m.pop("date"), m.pop("antecedents")
        m.pop("number")
        m["value"] = date if m["kind"] == "date" else ",".join(map(str, antecedents))
    assert any(m["kind"] == "coref" and m["value"] for m in stored["mentions"])
    old = DocumentAnalysis.from_dict(stored)
    for a, b in zip(old.mentions, fresh.mentions):
        assert (a.date, a.antecedents) == (b.date, b.antecedents)
    assert [r.key for r in resolve([old]).relations] == [r.key for r in resolve([fresh]).relations]


def test_a_file_removed_while_a_folder_is_read_is_left_out(tmp_path, monkeypatch):
    # another process removes a file after the folder was listed and before it is read (a
    # writer's `remove` beside a `build` of the folder): the build reads the folder as it is
    # now, with no error; a file given by name that is missing is still an error
    from search import ingest

    (tmp_path / "a.txt").write_text("업스테이지는 솔라를 개발했다.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("구글은 제미나이를 개발했다.", encoding="utf-8")
    real = ingest._read_file

    def vanishing(path):
        if path.name == "b.txt":
            path.unlink()
        return real(path)

    monkeypatch.setattr(ingest, "_read_file", vanishing)
    assert [d.id for d in ingest.read_paths([tmp_path])] == ["a"]
    with pytest.raises(ingest.InputError, match="no such file"):
        ingest.read_paths([tmp_path / "b.txt"])

import unicodedata

from kg.text import MAX_SENTENCE_CHARS, normalize, split_sentences


def test_title_line_is_its_own_sentence():
    text = "AI가 어떤 정보를 더 중요하게 생각할지 결정해주는 숫자값 -\n주말에 그림 그려보셨나요? 많이 업데이트 됐어요."
    sents = split_sentences("d", text)
    assert [s.text for s in sents] == [
        "AI가 어떤 정보를 더 중요하게 생각할지 결정해주는 숫자값 -",
        "주말에 그림 그려보셨나요?",
        "많이 업데이트 됐어요.",
    ]
    assert [s.paragraph for s in sents] == [0, 1, 1]


def test_sentence_offsets_point_into_the_document():
    text = normalize("  첫 문장입니다. 둘째 문장입니다.\n\n셋째 줄이에요.")
    for s in split_sentences("d", text):
        assert text[s.start : s.start + len(s.text)] == s.text
        assert s.id == f"d#{s.index}"


def test_nfd_and_fullwidth_and_zero_width_are_normalised():
    nfd = unicodedata.normalize("NFD", "앤스로픽")
    assert normalize(nfd + "\u200b（Ａｎｔｈｒｏｐｉｃ）") == "앤스로픽(Anthropic)"


def test_a_very_long_sentence_is_cut_at_spaces():
    text = ("가나다라 " * 5000).strip()
    sents = split_sentences("d", text)
    assert len(sents) >= 20
    assert all(len(s.text) <= MAX_SENTENCE_CHARS for s in sents)


def test_empty_text_has_no_sentences():
    assert split_sentences("d", " \n\t\n") == []

import pytest

from reconcile.segment import split_paragraph, split_text


def sentences(text: str) -> list[str]:
    return [text[s:e] for _, s, e in split_text(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("U.S. President Donald Trump spoke. He left.", ["U.S. President Donald Trump spoke.", "He left."]),
        ("Mr. Coale met Mrs. Tsikhanouskaya. They talked.", ["Mr. Coale met Mrs. Tsikhanouskaya.", "They talked."]),
        ("The deadline is Jan. 5 at noon. It may move.", ["The deadline is Jan. 5 at noon.", "It may move."]),
        ("About 3.5 million people voted. Turnout rose.", ["About 3.5 million people voted.", "Turnout rose."]),
        ('"We are free." The crowd cheered.', ['"We are free."', "The crowd cheered."]),
        ('"Are you sure?" he asked. She nodded.', ['"Are you sure?" he asked.', "She nodded."]),
        ("It was backed by the U.S. The deal closed.", ["It was backed by the U.S.", "The deal closed."]),
        ("It ended at 10 p.m. on Monday. Crews left.", ["It ended at 10 p.m. on Monday.", "Crews left."]),
        (
            "Brig. Gen. Jane Doe and Sen. Ed Roe spoke. Both agreed.",
            ["Brig. Gen. Jane Doe and Sen. Ed Roe spoke.", "Both agreed."],
        ),
        ("He lives at No. 2 Elm St. in Leeds. It burned.", ["He lives at No. 2 Elm St. in Leeds.", "It burned."]),
        ("John F. Kennedy Jr. arrived. Cameras flashed.", ["John F. Kennedy Jr. arrived.", "Cameras flashed."]),
        (
            "Shares of Acme Inc. rose 4.5% on Friday. Rivals fell.",
            ["Shares of Acme Inc. rose 4.5% on Friday.", "Rivals fell."],
        ),
        ("He said it was “over.” Then he left.", ["He said it was “over.”", "Then he left."]),
        ("Wait! Stop. Now.", ["Wait!", "Stop.", "Now."]),
        ("One.\n\nTwo is here.", ["One.", "Two is here."]),
        (
            "東京で地震があった。被害は確認されていない！本当か？",
            ["東京で地震があった。", "被害は確認されていない！", "本当か？"],
        ),
        ("彼は「行く。」と言った。翌日、出発した。", ["彼は「行く。」と言った。", "翌日、出発した。"]),
        ("北京今天下雨。气温下降了。", ["北京今天下雨。", "气温下降了。"]),
    ],
)
def test_split(text, expected):
    assert sentences(text) == expected


def test_offsets_index_into_text():
    text = "First one here.  Second one there.\n\nThird, in a new paragraph."
    spans = split_text(text)
    assert [p for p, _, _ in spans] == [0, 0, 1]
    for _, s, e in spans:
        assert text[s:e].strip() == text[s:e] and text[s:e]


def test_long_text_is_linear_enough():
    text = " ".join(f"Sentence number {i} is here." for i in range(20000))
    assert len(split_text(text)) == 20000


def test_scripts_without_letter_case_are_split():
    arabic = "انهار جسر في المدينة يوم الاثنين. قالت الشرطة إن ثلاثة أشخاص أصيبوا؟ وأغلقت السلطات الطريق."
    hindi = "सरकार ने सोमवार को बजट पेश किया। विपक्ष ने इसका विरोध किया। संसद में हंगामा हुआ।"
    hebrew = "מזג האוויר היה חם. הכביש נסגר."
    assert [len(list(split_paragraph(t))) for t in (arabic, hindi, hebrew)] == [3, 3, 2]
    # lower case after a full stop still continues the sentence in a cased script
    assert len(list(split_paragraph("He paid 3.5 m. euros for it. Then he left."))) == 2


def test_a_councillors_title_does_not_end_the_sentence():
    # Canadian papers write a councillor's title 'Coun.' before the name (round 97: 'Ward 7 Coun.' was cut off)
    text = "The motion came from Ward 7 Coun. Jasmine Delorme, who chairs the committee. It passed 9-6."
    assert len(list(split_paragraph(text))) == 2

"""Extraction of quantities, time references, entity mentions and negated predicates."""

from __future__ import annotations

import math
from datetime import datetime

import pytest

from reconcile.facts import SentenceFacts, extract_facts, stem

MON = datetime(2026, 3, 2, 17, 0)  # Monday 2 March 2026


def only_quantity(text: str) -> tuple[float, float, float, str]:
    f = extract_facts(text, MON)
    assert len(f.quantities) == 1, [q.text for q in f.quantities]
    q = f.quantities[0]
    assert text[q.span[0] : q.span[1]] == q.text
    return q.value, q.low, q.high, q.dimension


# ------------------------------------------------------------------------------ quantities


@pytest.mark.parametrize(
    ("text", "value", "dimension"),
    [
        ("Rescuers reached twelve miners.", 12, "count"),
        ("Rescuers reached a dozen miners.", 12, "count"),
        ("Rescuers reached 1,200 miners.", 1200, "count"),
        ("The city has 1.2 million residents.", 1_200_000, "count"),
        ("The city has one hundred and twenty residents.", 120, "count"),
        ("The city has twenty-five residents.", 25, "count"),
        ("The tunnel cost €1.8bn.", 1.8e9, "money:EUR"),
        ("The tunnel cost 1,800 million euros.", 1.8e9, "money:EUR"),
        ("The tunnel cost EUR 1.8 billion.", 1.8e9, "money:EUR"),
        ("The tunnel cost $2.4 billion.", 2.4e9, "money:USD"),
        ("The tunnel cost 2.4bn dollars.", 2.4e9, "money:USD"),
        ("The tunnel cost £3.2m.", 3.2e6, "money:GBP"),
        ("The tunnel cost 3.2 million pounds.", 3.2e6, "money:GBP"),
        ("Inflation hit 15%.", 15, "percent"),
        ("Inflation hit 15 per cent.", 15, "percent"),
        ("Inflation hit 15 percent.", 15, "percent"),
        ("Rates rose 2 percentage points.", 2, "pp"),
        ("Two-thirds of members agreed.", 100 * 2 / 3, "percent"),
        ("One in five members agreed.", 20, "percent"),
        ("He served eight and a half years.", 8.5 * 365.25, "duration"),
        ("The talks took a year and a half.", 1.5 * 365.25, "duration"),
        ("The siege lasted 72 hours.", 3.0, "duration"),
        ("The 45-year-old was detained.", 45, "age"),
        ("The winds reached 120 km an hour.", 120, "measure:kph"),
        # a hyphenated span in words, and changes of a rate in points
        ("He was handed a three-year sentence.", 3 * 365.25, "duration"),
        ("The rate was cut by a quarter of a percentage point.", 0.25, "pp"),
        ("The rate was cut by 150 basis points.", 1.5, "pp"),
    ],
)
def test_quantity_values(text: str, value: float, dimension: str) -> None:
    v, _lo, _hi, dim = only_quantity(text)
    assert dim == dimension
    assert v == pytest.approx(value, rel=1e-6)


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("More than 300 people came.", 300, math.inf),
        ("At least 3 people died.", 3, math.inf),
        ("Up to 50 people were hurt.", 0, 50),
        ("Fewer than 20 people came.", 0, 20),
        ("About 200 people came.", 180, 220),
        ("Roughly 200 people came.", 180, 220),
        ("Some 200 people came.", 180, 220),
        ("Between 300 and 400 people came.", 300, 400),
        ("More than a dozen people came.", 12, math.inf),
        ("Dozens of people came.", 20, 200),
        ("Hundreds of people came.", 150, 1500),
        ("300 or more people came.", 300, math.inf),
        ("Inflation picked up to 3.4% in May.", 3.4, 3.4),  # a rise to a figure, not a maximum
        ("The forecast was revised up to 2.1%.", 2.1, 2.1),
        # the multiplier written once, after the upper end, is the lower end's too
        ("The painting was estimated at HK$30-40 million.", 30e6, 40e6),
        ("The bid was worth 30 to 40 million euros.", 30e6, 40e6),
        ("The project will cost £3-4bn.", 3e9, 4e9),
    ],
)
def test_hedges_make_ranges(text: str, low: float, high: float) -> None:
    _v, lo, hi, _dim = only_quantity(text)
    assert lo == pytest.approx(low)
    assert hi == pytest.approx(high) if high != math.inf else hi == math.inf


def test_nearly_is_just_below() -> None:
    _v, lo, hi, _dim = only_quantity("Nearly 400 homes flooded.")
    assert hi == 400 and 340 <= lo <= 370


@pytest.mark.parametrize(
    "text",
    [
        "The treaty was signed in 2019.",
        "He was second in line.",
        "The company is No. 2 in the market.",
        "The meeting starts at 10:15 p.m.",
        "The vote is on March 2.",
        "The G7 met in Rome.",
        "Covid-19 cases fell.",
        "The 3-1 split was agreed on Sunday.",  # no sports wording: not a score
        "No one expected it.",
        "One of the largest banks collapsed.",
    ],
)
def test_non_quantities_are_skipped(text: str) -> None:
    assert extract_facts(text, MON).quantities == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("No one was hurt.", (0, "count", "person")),
        ("Nobody was hurt.", (0, "count", "person")),
        ("The index fell 2.3% to 7,412 points.", (2.3, "percent", "")),  # a change, not a range
        ("The striker, 29, signed a new deal.", (29, "age", "")),
        ("The victims were Tom Hale, 34, and Lee Park, 47.", (47, "age", "")),
        ("The quake had a magnitude of 6.6.", (6.6, "measure:magnitude", "")),
        ("They won 3-1 on Sunday.", (301, "score", "")),
        ("They lost 1-3 on Sunday.", (301, "score", "")),
        ("She won the playoff 2.5-1.5, after three draws.", (251.5, "score", "")),  # a comma after a score
        ("He won the rapid games 2½-1½, his second title.", (251.5, "score", "")),
        ("The champions prevailed 3-1 in the replay.", (301, "score", "")),
        ("Temperatures reached 44.2C in Seville.", (44.2, "measure:deg", "")),
        ("Members get a year of free parking.", (365.25, "duration", "fre")),  # noun: the stem after "of"
        ("She climbs to No. 8 in the world rankings.", (8, "rank", "rank")),
        ("He rose to a career-best 12th in the standings.", (12, "rank", "rank")),
        ("Six of those released were citizens.", (6, "count", "")),  # no noun: 'released' is a verb
        ("Police freed Anna Lind and 13 others.", (13, "count", "")),
        ("The campaign covers 12 of the region's 16 districts.", (12, "count", "district")),
    ],
)
def test_special_quantities(text: str, expected: tuple[float, str, str]) -> None:
    q = extract_facts(text, MON).quantities[-1 if "victims" in text else 0]
    assert (q.value, q.dimension, q.noun) == expected


def test_others_include_the_named_person() -> None:
    q = extract_facts("Police freed Anna Lind and 13 others.", MON).quantities[0]
    assert (q.low, q.high) == (13, 14)


def test_counted_noun_and_context() -> None:
    q = extract_facts("Rescuers brought out 14 trapped miners on Monday.", MON).quantities[0]
    assert q.noun == stem("miners")
    assert q.noun_text == "trapped miners"
    assert "rescuer" in q.context or "bring" in q.context or "brought" in " ".join(q.context)


@pytest.mark.parametrize(
    ("text", "noun", "noun_text"),
    [
        ("Pakistan has reported 11 wild poliovirus cases so far this year.", "cases", "wild poliovirus cases"),
        ("Some 40 coronavirus patients were in intensive care.", "patients", "coronavirus patients"),
        ("About 30 business leaders met the minister.", "leaders", "business leaders"),
        ("Police found 14 Roman gold coins.", "coins", "Roman gold coins"),
    ],
)
def test_a_word_ending_in_us_or_ss_is_no_plural_head(text: str, noun: str, noun_text: str) -> None:
    q = extract_facts(text, MON).quantities[0]
    assert (q.noun, q.noun_text) == (stem(noun), noun_text)


@pytest.mark.parametrize("title", ["Vice-President", "Pro-rector", "Deputy-Governor", "Pro-Vice-Chancellor"])
def test_a_title_with_its_rank_joined_by_a_hyphen_is_no_part_of_the_name(title: str) -> None:
    f = extract_facts(f"{title} Hanne Lykke said the board had been left out.", MON)
    assert [e.text for e in f.entities] == ["Hanne Lykke"]


def test_as_large_as_is_a_maximum() -> None:
    q = extract_facts("Hailstones as large as five centimetres fell.", MON).quantities[0]
    assert (q.hedge, q.low, q.high) == ("up to", 0.0, 5.0)


def test_a_currency_word_with_a_letter_outside_ascii() -> None:
    q = extract_facts("Wheat sells for about 650 złoty per tonne.", MON).quantities[0]
    assert (q.dimension, q.value) == ("money:PLN", 650.0)


def test_quantity_spans_point_into_original_text() -> None:
    text = "Officials said nearly half of the 2,400 staff — about 1,150 people — would go."
    f = extract_facts(text, MON)
    assert [q.text for q in f.quantities] == ["nearly half", "2,400", "about 1,150"]
    for q in f.quantities:
        assert text[q.span[0] : q.span[1]] == q.text


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("The regulator auctioned four 100 MHz blocks.", [("four", 4.0), ("100", 100.0)]),
        ("Three 200 metre sections were closed.", [("Three", 3.0), ("200 metre", 200.0)]),
        ("About 85 000 households lost power.", [("About 85 000", 85000.0)]),
    ],
)
def test_a_number_word_before_digits_is_no_thousands_group(text: str, figures: list[tuple[str, float]]) -> None:
    f = extract_facts(text, MON)
    assert [(q.text, q.value) for q in f.quantities] == figures


# ------------------------------------------------------------------------------ time references


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("The vote was held on Monday.", "2026-03-02"),  # same day allowed
        ("The vote was held on Sunday.", "2026-03-01"),
        ("The vote was held on Tuesday.", "2026-02-24"),
        ("The vote will be held on Tuesday.", "2026-03-03"),
        ("The vote will take place on Monday.", "2026-03-02"),
        ("The vote was held yesterday.", "2026-03-01"),
        ("The vote was held on March 2.", "2026-03-02"),
        ("The vote was held on 2 March 2026.", "2026-03-02"),
        ("The vote was held on Jan. 5.", "2026-01-05"),
        ("The vote was held on Dec. 5.", "2025-12-05"),  # past: most recent 5 December
        ("The vote will be held on Dec. 5.", "2026-12-05"),
    ],
)
def test_day_resolution(text: str, iso: str) -> None:
    f = extract_facts(text, MON)
    days = [t for t in f.times if t.level == 1]
    assert len(days) == 1
    assert days[0].norm == iso


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Results come in the third quarter of 2026.", "2026-07-01", "2026-10-01"),
        ("Results come in the first half of 2026.", "2026-01-01", "2026-07-01"),
        ("Results come in late 2026.", "2026-10-01", "2027-01-01"),
        ("Results come in mid-2026.", "2026-05-01", "2026-09-01"),
        ("Results came in 2019.", "2019-01-01", "2020-01-01"),
        ("Results came in February 2025.", "2025-02-01", "2025-03-01"),
        ("Results came in February last year.", "2025-02-01", "2025-03-01"),
        ("Output grew in the October-December quarter.", "2025-10-01", "2026-01-01"),
        ("The review is scheduled for June 3-5.", "2026-06-03", "2026-06-06"),
        ("The review is scheduled for 3-5 June.", "2026-06-03", "2026-06-06"),
    ],
)
def test_periods(text: str, start: str, end: str) -> None:
    f = extract_facts(text, MON)
    assert len(f.times) == 1
    t = f.times[0]
    assert t.start is not None and t.end is not None
    assert (t.start.date().isoformat(), t.end.date().isoformat()) == (start, end)


def test_a_weekday_of_no_particular_week_is_no_date() -> None:
    # 'on a Friday evening in May 2021' names the month, not the week of publication
    f = extract_facts("The train derailed on a Friday evening in May 2021.", MON)
    assert [t.text for t in f.times] == ["May 2021"]


def test_a_day_at_the_earliest_lies_ahead() -> None:
    tue = datetime(2026, 3, 17, 13, 10)
    (t,) = extract_facts("The operator has said the tunnel could reopen on Friday at the earliest.", tue).times
    assert t.start == datetime(2026, 3, 20)


def test_a_month_officials_expect_lies_ahead() -> None:
    nov = datetime(2026, 11, 20, 9)
    (t,) = extract_facts("The first payment, which officials expect in September, is the largest.", nov).times
    assert t.start == datetime(2027, 9, 1)


def test_a_day_an_act_is_denied_until_is_the_day_it_comes() -> None:
    wed = datetime(2026, 11, 18, 12)
    text = "The airport does not expect to reopen its runway until Sunday, airlines said."
    (t,) = extract_facts(text, wed).times
    assert (t.start, t.end, t.modifier) == (datetime(2026, 11, 22), datetime(2026, 11, 23), "")
    (u,) = extract_facts("The runway will stay closed until Sunday.", wed).times
    assert u.modifier == "until"


def test_weekday_without_publication_is_unanchored() -> None:
    t = extract_facts("The vote was held on Monday night.", None).times[0]
    assert t.anchor == "weekday" and t.weekday == 0
    assert t.text == "Monday night"


def test_part_of_day_spans_midnight() -> None:
    t = extract_facts("The ship sank on Sunday night.", MON).times[0]
    assert t.start == datetime(2026, 3, 1, 18) and t.end == datetime(2026, 3, 2, 6)


def test_clock_with_hedge() -> None:
    t = extract_facts("It exploded shortly after 10 p.m.", MON).times[0]
    assert t.kind == "clock"
    assert t.text == "shortly after 10 p.m."
    assert t.norm == "[22:00, 22:45)"


def test_may_the_verb_is_not_a_month() -> None:
    assert extract_facts("Talks may resume soon.", MON).times == ()
    assert extract_facts("Talks resume in May.", MON).times[0].label == "May 2026"


# ------------------------------------------------------------------------------ entities


def names(text: str) -> list[str]:
    return [e.text for e in extract_facts(text, MON).entities]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Inspector Ray Kowalski flew to Vienna.", ["Ray Kowalski", "Vienna"]),
        ("The Lyon-based firm denied it.", ["Lyon"]),
        ("Officials in Kharkiv said on Monday that it was over.", ["Kharkiv"]),
        ("However, the plan failed, she told Reuters.", []),
        ("President Emmanuel Macron met Olaf Scholz in Berlin.", ["Emmanuel Macron", "Olaf Scholz", "Berlin"]),
        ("She works for the Bank of England.", ["Bank of England"]),
    ],
)
def test_entity_extraction(text: str, expected: list[str]) -> None:
    assert names(text) == expected


def test_entity_title_and_slot() -> None:
    ents = extract_facts("Inspector Ray Kowalski flew to Vienna.", MON).entities
    assert ents[0].title == "inspector"
    assert ents[1].slot == "prep:to|verb:fly" and ents[1].slot_text == "flew to"
    based = extract_facts("The company, headquartered in Marseille, said.", MON).entities[0]
    assert based.slot == "based"


def test_apposition_title_and_aliases() -> None:
    e = extract_facts("Okafor, the presiding judge, spoke.", MON).entities[0]
    assert e.title == "judge"
    keys = {e.key for e in extract_facts("The U.S., Britain and the United Kingdom met.", MON).entities}
    assert keys == {"us", "uk"}


# ------------------------------------------------------------------------------ negation


def negated(text: str) -> set[str]:
    f: SentenceFacts = extract_facts(text, MON)
    return {p.stem for p in f.predicates if p.negated}


@pytest.mark.parametrize(
    ("text", "stems"),
    [
        ("She will not seek re-election.", {"seek"}),
        ("She won't seek re-election.", {"seek"}),
        ("She has never paid the fine.", {"pay"}),
        ("He refused to sign the treaty.", {"sign"}),
        ("He denied that he had taken the money.", {"take"}),
        ("He is no longer chief executive.", {"chief"}),
        ("He did not deny taking the money.", {"deny"}),  # 'taking' stays affirmed
        ("The firm not only cut jobs but closed plants.", set()),
        ("The minister ruled out new taxes.", set()),
    ],
)
def test_negated_predicates(text: str, stems: set[str]) -> None:
    assert negated(text) == stems


def test_facts_are_immutable() -> None:
    f = extract_facts("Twelve miners were rescued.", MON)
    with pytest.raises(AttributeError):
        f.text = "x"  # type: ignore[misc]
    assert isinstance(f.quantities, tuple)


def test_a_written_weekday_picks_the_year_of_a_date() -> None:
    # 20 November falls on a Friday in 2026 and on a Thursday in 2025
    pub = datetime(2026, 11, 18, 9, 0)
    t = extract_facts("The mediator has called both sides to talks on Friday, November 20.", pub).times[0]
    assert (t.start.year, t.start.month, t.start.day) == (2026, 11, 20)
    # without a weekday the past reading stands for a day well after the page; one just after it (two days
    # here) stays in the page's year: a past act is not dated a year back for a page stamped a day early
    t = extract_facts("The mediator met both sides on November 28.", pub).times[0]
    assert t.start.year == 2025
    t = extract_facts("The mediator met both sides on November 20.", pub).times[0]
    assert t.start.year == 2026
    # talks someone has called others to lie ahead of the page
    t = extract_facts("The mediator has called both sides to talks on November 28.", pub).times[0]
    assert t.start.year == 2026


def test_a_clock_time_written_with_a_dot_before_a_zone() -> None:
    t = extract_facts("The first tremor was felt at 04.52 local time.", None).times
    assert [(x.kind, x.label) for x in t] == [("clock", "04:52 local time")]
    assert not extract_facts("The first tremor was felt at 04.52 local time.", None).quantities
    # a decimal without a zone stays a figure
    assert not extract_facts("The index rose 4.52 points.", None).times


def test_a_month_without_a_publication_date() -> None:
    # no page date: a month is placed in no year, and a year named before it ('that June') still counts
    t = extract_facts("The jobless rate will reach 4.6% by the end of next year, up from 4.4% in September.", None)
    assert [x.text for x in t.times if x.kind == "month"] == ["September"]
    t = extract_facts("Lawmakers passed the bill in their 2025 session, and the governor signed it that June.", None)
    assert [(x.start.year, x.start.month) for x in t.times if x.kind == "month"] == [(2025, 6)]


def test_a_finishing_position_is_a_place_not_a_count() -> None:
    (q,) = extract_facts("He finished second.", MON).quantities
    assert (q.value, q.dimension, q.noun) == (2.0, "rank", "place")


def test_the_plan_as_a_noun_is_no_future() -> None:
    pub = datetime(2026, 11, 25, 9, 0)
    t = extract_facts("The governor approved the plan in October.", pub).times[0]
    assert (t.start.year, t.start.month) == (2026, 10)
    t = extract_facts("The governor plans to approve it in October.", pub).times[0]
    assert (t.start.year, t.start.month) == (2027, 10)


@pytest.mark.parametrize(
    "text, name",
    [
        ("Rostock goalkeeper Jan Moravec made 14 saves.", "Jan Moravec"),
        ("Coach Jan Kowalski said on Monday the team was tired.", "Jan Kowalski"),
    ],
)
def test_a_month_name_before_a_surname_is_a_given_name(text: str, name: str) -> None:
    f = extract_facts(text)
    assert name in [e.text for e in f.entities]
    assert all(t.kind != "month" for t in f.times)


def test_a_month_that_dates_something_is_still_a_month() -> None:
    f = extract_facts("In March Smith said the bridge would reopen.")
    assert [t.text for t in f.times] == ["March"]
    assert [e.text for e in f.entities] == ["Smith"]


@pytest.mark.parametrize(
    "text, value",
    [
        ("Yun Shan is a four-year-old panda born at the Wolong base.", 4),
        ("The twenty-five-year-old striker signed on Friday.", 25),
        ("A six-year-old girl remains in intensive care.", 6),
    ],
)
def test_an_age_spelled_out_before_year_old_is_an_age(text: str, value: int) -> None:
    # round 98: 'a four-year-old panda' was no figure at all, so 'is five years old' had nothing to conflict with
    ages = [q for q in extract_facts(text).quantities if q.dimension == "age"]
    assert [q.value for q in ages] == [value]


def test_members_of_a_chamber_leave_their_party_as_the_name() -> None:
    f = extract_facts("The letter was signed by Labour MPs and by SNP MSPs.")
    assert [e.text for e in f.entities] == ["Labour", "SNP"]


def test_set_scores_read_in_a_sentence_with_a_plural_round_or_an_upset():
    # 'semi-finals', 'stunned top seed': sports wording, so '6-4 3-6 7-5' is one result in sets
    f = extract_facts("Mia Torrance stunned top seed Katarina Volkova 6-4 3-6 7-5 to reach the semi-finals.")
    assert [(q.text, q.dimension) for q in f.quantities] == [("6-4 3-6 7-5", "sets")]


def test_numbers_after_an_area_a_lane_or_a_runway_name_them():
    f = extract_facts("Wildlife and Fisheries officials closed oyster harvest areas 3 and 4 until tests are complete.")
    assert all(q.dimension.startswith("id:") for q in f.quantities)
    f = extract_facts("The affected strip is runway 28 Left, one of the busiest arrival runways.")
    assert [q.dimension for q in f.quantities] == ["id:runway"]
    # a count of areas is still a count
    f = extract_facts("The department closed two oyster harvest areas east of the river.")
    assert [q.dimension for q in f.quantities] == ["count"]


# ------------------------------------------------------------------------------ cheap scans ahead of slow ones

EDGE_TEXTS = [
    # one case to a sentence, so that a gate missing any one of them is caught
    "Kipchoge won in 2:03:48.",
    "Kiptum touched in 1:52.48.",
    "She finished in 2h 03min 41s.",
    "He finished in 2 h 3 min 41 s.",
    "Hundreds of thousands fled.",
    "Tens of millions watched.",
    "Scores were hurt.",
    "DOZENS more were missing.",
    "Several thousand marched.",
    "Billions were lost.",
    "She rose to No. 8 in Monday's rankings.",
    "She is a career-high eighth in the WTA standings.",
    "He is 3rd in the seedings.",
    "The fine was KShs 5,000.",
    "The fine was SFr. 20.",
    "The fine was FCFA 300, GH¢ 12 and Rs. 40.",
    "The fine was US$ 7, R$3 and €1.8bn, against 85 000 households.",
    "A mid-sized 1.8m wall cost N2.5 billion, up from N900 million, and four 100 MHz blocks went for 12/share.",
    "No figure at all is written in this sentence.",
]


def _sentences_to_scan() -> list[str]:
    from pathlib import Path

    from reconcile.segment import split_text

    out = list(EDGE_TEXTS)
    for path in sorted((Path(__file__).parents[1] / "fixtures").glob("*/expected/*.txt")):
        text = path.read_text(encoding="utf-8")
        out += [text[s:e] for _, s, e in split_text(text)]
    return out


def test_each_cheap_gate_holds_wherever_its_slow_pattern_matches() -> None:
    # the gates only spare the slow scan sentences where it could find nothing: never a match lost
    from reconcile.facts import quantities as q

    pairs = [(q._VAGUE_RE, q._VAGUE_GATE), (q._RACE_TIME_RE, q._RACE_TIME_GATE), (q._RANK_RE, q._RANK_GATE)]
    texts = _sentences_to_scan()
    for slow, gate in pairs:
        found = [t for t in texts if slow.search(t)]
        assert found, slow.pattern[:40]  # the edge texts hold a match of each
        assert all(gate.search(t) for t in found), [t for t in found if not gate.search(t)][:3]


def test_figures_scanned_from_near_each_digit_are_those_of_a_full_scan() -> None:
    from reconcile.facts import quantities as q
    from reconcile.facts.numbers import NormText, number_words
    from reconcile.facts.tokens import tokenize

    def full_scan(norm: NormText) -> list[tuple[int, int]]:  # the scan before the figures were looked for by digit
        nt, pos, out = norm.text, 0, []
        while m := q._NUM_RE.search(nt, pos):
            ns, ne = m.span("num")
            word_end = next((e for s, e, _, _, k in norm.segs if k == "number" and s == ns and e < ne), None)
            if word_end is not None:
                m = q._NUM_RE.search(nt, pos, word_end) or m
            out.append(m.span())
            pos = max(m.end(), pos + 1)
        return out

    seen = 0
    for text in _sentences_to_scan():
        norm = NormText(text, number_words(text, tokenize(text)))
        expected = full_scan(norm)
        assert [m.span() for m in q._figure_matches(norm)] == expected, text
        seen += len(expected)
    assert seen > 100

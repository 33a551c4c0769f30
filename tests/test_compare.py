"""Discrepancy detection between two sentences of one claim: conflicts that must fire and
look-alike pairs (format variants, hedges, one-sided details) that must not."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from reconcile.compare import Conflict, compare_pair
from reconcile.facts import extract_facts
from reconcile.facts.tokens import strip_accents
from reconcile.settings import Settings

# Tuesday 10 November 2026, mid-afternoon, UTC-5
PUB = datetime(2026, 11, 10, 15, 30, tzinfo=timezone(timedelta(hours=-5)))


def kinds(a: str, b: str, pub_a: datetime | None = PUB, pub_b: datetime | None = PUB) -> dict[str, Conflict]:
    found = compare_pair(a, b, pub_a, pub_b)
    by_kind = {c.kind: c for c in found}
    assert len(by_kind) == len(found), "at most one conflict per kind"
    return by_kind


# ------------------------------------------------------------------------------ numbers

NUMBER_CONFLICTS = [
    # the same subset counted twice: 'of those rescued were foreign climbers' / 'foreign climbers'
    ("Eleven of those rescued were foreign climbers.", "The team brought down 13 foreign climbers."),
    # two stated maxima of one count
    ("The suit is on behalf of up to 1.6 million women.", "The suit involves as many as 1.5 million women."),
    ("Firefighters pulled 9 hikers from the gorge.", "Firefighters pulled seven hikers from the gorge."),
    ("The storm destroyed 240 homes on the coast.", "The storm destroyed 420 homes on the coast."),
    ("The ferry carried more than 500 passengers.", "The ferry carried about 350 passengers."),
    ("The bridge will cost €3.1bn to build.", "The bridge will cost 2.6 billion euros to build."),
    ("Turnout reached 64%, officials said.", "Turnout reached 58 per cent, officials said."),
    ("He was sentenced to six years in prison.", "He was sentenced to six and a half years in prison."),
    ("Almost a third of residents left the valley.", "Nearly two-thirds of residents left the valley."),
    ("The fund lost £45m last quarter.", "The fund lost 54 million pounds last quarter."),
    ("A dozen climbers reached the summit.", "Fifteen climbers reached the summit."),
    ("Nearly 400 workers were laid off.", "Some 250 workers were laid off."),
    ("The company cut 1,200 jobs.", "The company cut 2.1 million jobs."),
    ("The 61-year-old driver was arrested.", "The 56-year-old driver was arrested."),
    ("Talks lasted three days.", "Talks lasted five days."),
    ("Fewer than 50 people attended the vigil.", "Hundreds of people attended the vigil."),
    # the one figure left once agreeing figures are paired off
    ("Turnout was 61%, up from 54% in 2020.", "Turnout reached 63 percent, compared with 54 percent in 2020."),
    (
        "The hospital treated 14 people, four of them children.",
        "Fourteen people, including six children, were treated.",
    ),
    ("The 30-year-old striker joined for £45m.", "The striker, 29, joined for £45m."),
    ("Between 200 and 250 people attended the rally.", "About 400 people attended the rally."),
    ("The campaign covers 12 of the region's 16 districts.", "The campaign covers 14 districts."),
    ("Real Sociedad beat Valencia 3-1 on Thursday.", "Real Sociedad beat Valencia 2-1 on Thursday."),
]

NUMBER_TRAPS = [
    # a plan against a deed
    ("The minister has cut $40 million from the arts budget.", "Her plan would cut the arts budget by $55 million."),
    # the whole season against one competition
    ("Mendes scored 31 goals in all competitions last season.", "Mendes scored 24 goals in the league last season."),
    # money of two kinds: debt and cash
    ("The airline will pay with €900mn of new debt.", "The airline had €2.1 billion of cash at the end of June."),
    # 'thousands' is a manner of speaking
    ("Thousands of commuters were stranded by the strike.", "The strike stranded about 120,000 commuters."),
    # a running count at two moments, each sentence dating its figure
    (
        "The flu outbreak at the prison has grown to 31 cases, officials said Monday, up from 22 on Friday.",
        "The outbreak at the prison had passed 40 cases by Wednesday morning, according to the county.",
    ),
    # a first payment and the whole fee
    (
        "United completed the deal for the midfielder, paying an initial £38m to Porto.",
        "United signed the midfielder from Porto for a club-record £45m.",
    ),
    # 'last year' after a figure is when, not what is counted: the agreeing rates pair off first
    (
        "Only about 61% of first-graders in the district had both doses last school year, compared with about 90% nationally.",
        "The district's first-grade vaccination rate was 61.3% last year.",
    ),
    # a part of a group, named by nationality, against the group's other figure
    (
        "Nine of those evacuated were Danish tourists, the embassy said.",
        "Among those evacuated were 23 foreign tourists.",
    ),
    # two counted things told alike: the objects include the candlesticks
    ("Thieves took 16 silver objects from the chapel.", "Thieves took 12 silver candlesticks from the chapel."),
    # a loose plural of a magnitude is no figure
    (
        "Trump declared an emergency to access billions of dollars for the wall.",
        "Trump declared an emergency to access $1.4 billion for the wall.",
    ),
    # a round figure that truncates the exact one
    ("Trump has said $5 billion for the wall is non-negotiable.", "Trump is insisting on $5.7 billion for the wall."),
    ("Firefighters pulled 12 hikers from the gorge.", "Firefighters pulled twelve hikers from the gorge."),
    ("Firefighters pulled 12 hikers from the gorge.", "Firefighters pulled a dozen hikers from the gorge."),
    ("The bridge will cost €1.8bn.", "The bridge will cost 1.8 billion euros."),
    ("The bridge will cost €1.8bn.", "The bridge will cost 1,800 million euros."),
    ("The bridge will cost €1.8bn.", "The bridge will cost EUR 1.8 billion."),
    ("The deal is worth $2.4 billion.", "The deal is worth 2.4bn dollars."),
    ("The club was fined £3.2m.", "The club was fined 3.2 million pounds."),
    ("Prices rose 15% in a year.", "Prices rose 15 percent in a year."),
    ("Prices rose 15% in a year.", "Prices rose 15 per cent in a year."),
    ("The city has 1.2 million residents.", "The city has 1,200,000 residents."),
    ("More than 300 people were evacuated.", "About 320 people were evacuated."),
    ("Nearly 400 people were evacuated.", "Some 380 people were evacuated."),
    ("More than a dozen people were arrested.", "Fourteen people were arrested."),
    ("At least 3 people died in the crash.", "Five people died in the crash."),
    ("Up to 40 people were hurt.", "Thirty-five people were hurt."),
    ("Dozens of flights were cancelled.", "More than 60 flights were cancelled."),
    ("Half of the staff joined the strike.", "50% of the staff joined the strike."),
    ("Fourteen miners were rescued after three days underground.", "14 miners were rescued after 72 hours."),
    # different things measured: never compare a count with a duration or a year
    ("14 miners were rescued on Sunday.", "Rescuers worked for 12 days to free the 14 miners."),
    ("The law passed in 2019 with 12 votes to spare.", "The law, passed in 2020, had 12 votes to spare."),
    ("The vote is on November 12.", "The 12 members vote on Thursday."),
    ("He finished second in the race.", "He finished No. 2 in the race after a 2-1 tiebreak."),
    ("The plant, which employs 300 people, closed on Monday.", "The plant closed on Monday, officials said."),
    ("Smith, 45, was charged with two counts of fraud.", "Smith was charged with two counts of fraud."),
    ("The 737 jet carried 180 passengers.", "The Boeing 737 carried 180 passengers."),
    ("Shares jumped 13 per cent.", "Shares rose 12.8%."),  # rounding
    ("Shares rose 12.8%.", "Shares rose nearly 13 percent."),
    ("The truce was extended by 60 days.", "The truce was extended by two months."),
    ("The campaign covers 12 of the region's 16 districts.", "The campaign covers twelve districts."),
    ("Police freed Anna Lind and 13 others.", "Police freed 14 people, including Anna Lind."),
    ("The index fell 2.3% to 7,412 points.", "The index dropped 2.3 percent, closing at 7,412."),
    ("It employs about 6,200 people.", "It has 6,200 employees and carried 9.5 million passengers last year."),
    ("At least 27 people have died, officials said.", "At least 31 people have died, the agency said."),
    ("More than 500 people were hurt.", "More than 600 people were hurt."),
    ("No one was hurt, police said.", "A dozen workers were rescued."),
    ("The quake had a magnitude of 6.6.", "The 6.6-magnitude quake killed 12 people."),
    ("Valencia lost 1-3 at Anoeta.", "Real Sociedad won 3-1 against Valencia."),
]


@pytest.mark.parametrize(("a", "b"), NUMBER_CONFLICTS)
def test_number_conflicts_fire(a: str, b: str) -> None:
    c = kinds(a, b).get("number")
    assert c is not None, "expected a number conflict"
    assert 0.5 <= c.confidence <= 1.0
    assert c.value_a and c.value_a in a and c.value_b in b


@pytest.mark.parametrize(("a", "b"), NUMBER_TRAPS)
def test_number_traps_do_not_fire(a: str, b: str) -> None:
    assert "number" not in kinds(a, b, None, None)


def test_number_conflict_is_symmetric_and_explained() -> None:
    a = "Rescuers freed 14 miners on Sunday."
    b = "Rescuers freed 12 miners on Sunday."
    ab = kinds(a, b)["number"]
    ba = kinds(b, a)["number"]
    assert (ab.value_a, ab.value_b) == ("14", "12")
    assert (ba.value_a, ba.value_b) == ("12", "14")
    assert ab.explanation.startswith("number: 14 vs 12")
    assert "miners" in ab.explanation
    assert ab.norm_a == "14 miners" and ab.norm_b == "12 miners"
    assert len(ab.explanation) <= 100


def test_money_norm_uses_currency_code_and_exponent() -> None:
    c = kinds("The stadium cost €1.8bn.", "The stadium cost 2.5 billion euros.")["number"]
    assert c.norm_a == "EUR 1.8e9"
    assert c.norm_b == "EUR 2.5e9"


def test_hedged_conflict_is_less_confident_than_exact() -> None:
    exact = kinds("Police arrested 30 people.", "Police arrested 45 people.")["number"]
    hedged = kinds("Police arrested about 30 people.", "Police arrested more than 45 people.")["number"]
    assert hedged.confidence < exact.confidence
    assert hedged.norm_b.startswith("(45, inf)")


# ------------------------------------------------------------------------------ dates

MON = datetime(2026, 3, 2, 17, 0)  # Monday 2 March 2026

DATE_CONFLICTS = [
    ("The museum reopened on Sunday.", "The museum reopened on March 2.", MON, MON),
    ("The museum reopened on Monday.", "The museum reopened on 28 February.", MON, MON),
    ("The verdict came on Friday.", "The verdict came on Thursday.", None, None),
    ("The fire broke out at 10:15 p.m.", "The fire broke out before 9 p.m.", MON, MON),
    ("Results will be published in the third quarter of 2026.", "Results will be published in early 2026.", MON, MON),
    ("The merger should close in the third quarter of 2026.", "The merger should close in late 2026.", MON, MON),
    ("The factory will be finished by June.", "The factory will be finished in the autumn.", MON, MON),
    ("The treaty was signed on Jan. 5, 2025.", "The treaty was signed on Jan. 9, 2025.", MON, MON),
    ("The suspect was arrested on Saturday night.", "The suspect was arrested on Monday morning.", MON, MON),
    ("The strike will start on Wednesday.", "The strike will start on March 9.", MON, MON),
    ("The pipeline opened in the first half of 2026.", "The pipeline opened in the second half of 2026.", MON, MON),
    ("The quake struck in the early hours of Monday.", "The quake struck at 11:47 p.m. on Sunday.", MON, MON),
    ("Schools will remain closed until Friday.", "Schools will stay shut until next Monday.", MON, MON),
    ("The delegations agreed to meet again in the autumn.", "A second round should take place by June.", MON, MON),
]

DATE_TRAPS = [
    ("The museum reopened on Monday.", "The museum reopened on March 2.", MON, MON),
    ("The museum reopened on Monday.", "The museum reopened on March 2.", None, None),  # unknown: no call
    ("The fire broke out at 10:15 p.m.", "The fire broke out shortly after 10 p.m.", MON, MON),
    ("The fire broke out at 22:15 on Sunday.", "The fire broke out late on Sunday.", MON, MON),
    ("The ship sank on Sunday night.", "The ship sank early Monday.", MON, MON),
    ("The strike will start on Wednesday.", "The strike will start on March 4.", MON, MON),
    ("The vote was held on Sunday.", "The vote was held yesterday.", MON, MON),
    ("The plant will open in the fourth quarter of 2026.", "The plant will open in late 2026.", MON, MON),
    ("The plant will open by the end of 2026.", "The plant will open in late 2026.", MON, MON),
    ("The plant will open by June.", "The plant will open in May.", MON, MON),
    (
        "The talks began in January and ended on March 1.",
        "The talks, which began in January, ended on Sunday.",
        MON,
        MON,
    ),
    ("The law was passed in 2019.", "The law, passed in 2019, was upheld on Monday.", MON, MON),
    # different publication days: 'Monday' in a Tuesday article is still 2 March
    ("The museum reopened on Monday.", "The museum reopened on March 2.", MON + timedelta(days=1), MON),
    ("The company was founded in 1998 and was sold on Monday.", "The company was sold on March 2.", MON, MON),
    # a tense guess must not create a conflict: both name March, whatever year was inferred
    ("Apple said its new phone would ship in March.", "The phone maker said shipments start in March.", MON, MON),
    ("The strike will begin on Friday, the union said.", "Workers said the strike starts on Friday.", MON, MON),
    # explicit time zones differ: 23:47 Nepal time is 23:32 in India
    ("The quake hit at 11:47 p.m. on Sunday.", "The quake struck at 11:32 pm IST on Sunday.", MON, MON),
    ("They broke up at 10:15 p.m. local time.", "The session ended shortly after 10 p.m.", MON, MON),
    (
        "The poll, conducted in mid-February, was released last week.",
        "A poll published last week showed the lead.",
        MON,
        MON,
    ),
]


@pytest.mark.parametrize(("a", "b", "pa", "pb"), DATE_CONFLICTS)
def test_date_conflicts_fire(a: str, b: str, pa: datetime | None, pb: datetime | None) -> None:
    c = kinds(a, b, pa, pb).get("date")
    assert c is not None, "expected a date conflict"
    assert c.value_a in a and c.value_b in b


@pytest.mark.parametrize(("a", "b", "pa", "pb"), DATE_TRAPS)
def test_date_traps_do_not_fire(a: str, b: str, pa: datetime | None, pb: datetime | None) -> None:
    assert "date" not in kinds(a, b, pa, pb)


def test_date_explanation_names_resolved_days() -> None:
    c = kinds("The museum reopened on Sunday.", "The museum reopened on Monday.", MON, MON)["date"]
    assert c.explanation == "date: Sunday 1 Mar 2026 vs Monday 2 Mar 2026"
    assert (c.norm_a, c.norm_b) == ("2026-03-01", "2026-03-02")


def test_weekday_resolution_uses_tense() -> None:
    # published Monday 2 March: a past Friday is 27 Feb, a future Friday is 6 March
    past = kinds("The deal was signed on Friday.", "The deal was signed on March 6.", MON, MON)
    future = kinds("The deal will be signed on Friday.", "The deal will be signed on March 6.", MON, MON)
    assert "date" in past
    assert "date" not in future
    # a hyphenated compound ('flood-hit') is no past tense between 'will' and the day
    compound = kinds(
        "The ministry will start vaccinating residents of its flood-hit northern province on Friday.",
        "The ministry will start vaccinating residents of its flood-hit northern province on March 6.",
        MON,
        MON,
    )
    assert "date" not in compound


# ------------------------------------------------------------------------------ entities

ENTITY_CONFLICTS = [
    ("The foreign minister flew to Vienna on Tuesday.", "The foreign minister flew to Geneva on Tuesday."),
    ("Inspector Ray Kowalski led the search.", "Inspector Ray Kowalczyk led the search."),
    ("The Lyon-based company made the parts.", "The company, headquartered in Marseille, made the parts."),
    ("Judge Helen Marsh adjourned the trial.", "Judge Peter Quinn adjourned the trial."),
    ("The convoy crossed into Poland at dawn.", "The convoy crossed into Slovakia at dawn."),
    ("The striker signed for Benfica on a free transfer.", "The striker signed for Porto on a free transfer."),
    ("Coach Marta Lindqvist praised the defence.", "Coach Marta Lindgren praised the defence."),
    (
        "The prisoners were driven across the border into Latvia.",
        "The prisoners were taken by bus to neighbouring Lithuania.",
    ),
    ("It was centred in Bajura district, officials said.", "Its epicentre was in Achham district."),
    ("The mine is run by Minera Sol, a private company.", "Carbones Andinos, a small local company, runs the mine."),
    (
        "The doses were supplied by the Pan-African Health Institute.",
        "The doses were donated by the African Medicines Consortium.",
    ),
    ("Striker Ander Etxeberria scored twice after the break.", "Mikel Oyarbide scored twice after the break."),
]

ENTITY_TRAPS = [
    # two senators who share a first name
    ("Sen. John Kerry said the treaty would pass.", "Sen. John McCain said the treaty would pass."),
    # two titles: a deputy and the head are two people, both may have said it
    (
        "Deputy Minister Tomas Varga told parliament that the deficit had narrowed.",
        "Minister Pal Kertesz said the deficit had narrowed.",
    ),
    (
        "The bill was sponsored by the Farmers Union.",
        "The bill was sponsored by the Farmers Union and the Miners Guild.",
    ),
    (
        "The amendment, proposed by the Green Party, was backed by Labour.",
        "The amendment, proposed by the Green Party and the Liberal Alliance, was backed by Labour.",
    ),
    ("Judge Amara Okafor dismissed the case.", "Okafor, the presiding judge, dismissed the case."),
    ("Mikola Statkevich was released.", "Statkevich was released on Thursday."),
    ("The U.S. imposed new tariffs.", "The United States imposed new tariffs."),
    ("The US imposed new tariffs.", "America imposed new tariffs."),
    ("The UK joined the talks.", "Britain joined the talks."),
    ("The United Kingdom joined the talks.", "The UK joined the talks."),
    ("The mayor approved the plan.", "The mayor approved the plan, said her spokesman John Reyes."),
    ("Officials confirmed the closure.", "Police confirmed the closure."),
    ("The plant closed in March.", "The plant closed in April, Reuters reported."),
    ("The senator told Reuters the bill would pass.", "The senator told the BBC the bill would pass."),
    ("The team flew to Zürich.", "The team flew to Zurich."),
    ("The Democratic governor vetoed the bill.", "The governor, a Democrat, vetoed the bill."),
    ("The European Union fined the firm.", "The EU fined the firm."),
    ("Volunteers from Oxfam helped in Kharkiv.", "Volunteers helped in Kharkiv, said Oxfam's Jane Doe."),
    ("The deal needs clearance from Brussels.", "The deal needs approval from the European Commission."),
    (
        "Fourteen were foreign nationals, according to Lithuanian officials.",
        "Fourteen were foreigners, according to a U.S. official.",
    ),
    ("The mine is in Cucuta, a coal-mining town.", "The mine lies in Santander department."),
    ("Health Minister Dr. Abena Mensah launched the drive.", "Abena Mensah, the health minister, launched the drive."),
    ("Milbrook Mayor Dolores Whitfield spoke.", "Whitfield, the mayor, spoke."),
    ("The talks were held in Doha and Cairo.", "The talks were held in Cairo and Doha."),
    ("The Hungarian parliament approved the law.", "Hungary's parliament approved the law."),
    (
        "Sanctions on Belavia, the Belarusian state airline, will ease.",
        "Sanctions on Belavia, Belarus' state airline, will ease.",
    ),
    # spelling variants, acronyms with and without stops, demonyms and transliterations of one name
    ("Detective Sergeant Mark Owens led the inquiry.", "The inquiry was led by DS Mark Owen."),
    ("Flynn pleaded guilty to lying to the F.B.I. in January.", "Flynn pleaded guilty to lying to the FBI in January."),
    ("He lied to an FBI Special Agent, prosecutors said.", "He lied to the F.B.I., prosecutors said."),
    ("The bill lets families sue Saudi Arabia.", "The bill lets families sue the Saudi Arabian government."),
    ("Libyan leader Moammar Gadhafi refused to step down.", "Libyan leader Muammar Gadhafi refused to step down."),
    ("The Argentina squad flew to Madrid.", "The Argentine squad flew to Madrid."),
]


@pytest.mark.parametrize(("a", "b"), ENTITY_CONFLICTS)
def test_entity_conflicts_fire(a: str, b: str) -> None:
    c = kinds(a, b).get("entity")
    assert c is not None, "expected an entity conflict"
    assert c.value_a in a and c.value_b in b


@pytest.mark.parametrize(("a", "b"), ENTITY_TRAPS)
def test_entity_traps_do_not_fire(a: str, b: str) -> None:
    assert "entity" not in kinds(a, b)


def test_entity_explanations() -> None:
    spell = kinds("Inspector Ray Kowalski spoke.", "Inspector Ray Kowalczyk spoke.")["entity"]
    assert spell.explanation == "entity: spelling of name Kowalski vs Kowalczyk"
    slot = kinds("She flew to Vienna for talks.", "She flew to Geneva for talks.")["entity"]
    assert slot.explanation == "entity: Vienna vs Geneva (flew to)"
    assert slot.confidence >= 0.7


# ------------------------------------------------------------------------------ negation

NEGATION_CONFLICTS = [
    # none against some: a denial, as the labels of every set call it (245 labelled pairs, none as a number)
    ("Chief executive Lars Holm said no plants would close.", "Chief executive Lars Holm said two plants would close."),
    ("The governor will seek re-election.", "The governor will not seek re-election."),
    ("The board had approved the merger.", "The board had not approved the merger."),
    ("The minister ruled out new taxes.", "The minister did not rule out new taxes."),
    ("The president signed the decree.", "The president refused to sign the decree."),
    ("The club has paid the fine.", "The club has never paid the fine."),
    ("The striker is still with the club.", "The striker is no longer with the club."),
    ("The company will close the plant.", "The company won't close the plant."),
    ("He accepted the bribe, prosecutors said.", "He denied that he had accepted the bribe."),
    ("The senator voted for the bill.", "The senator didn't vote for the bill."),
    ("The council never granted permission for the site.", "The council had approved the permit for the site."),
    ("The mayor is running for a third term.", "The mayor said she will not seek re-election."),
    ("The mine was operating with a valid licence.", "The mine did not hold a valid operating licence."),
    ("Rescuers have not yet reached the village of Ostra.", "Rescuers reached Ostra village on Tuesday."),
    ("The striker is still with the club.", "The striker is no longer with the club."),
    ("The minister denied the allegations.", "The minister admitted the allegations."),
    ("The defendant pleaded guilty to fraud.", "The defendant pleaded not guilty to fraud."),
]

NEGATION_TRAPS = [
    # a negative verb on both sides
    ("The bill lets owners refuse service to gay customers.", "The bill lets owners deny service to gay customers."),
    # another verb: a particle makes a phrasal verb ('break' a deadlock vs a meeting that 'broke up')
    (
        "The leaders could not break the deadlock at the meeting on Wednesday.",
        "The meeting on Friday broke up with no deal between the leaders.",
    ),
    # a contrasted noun phrase is not a denied predicate
    ("Democrats will fund border security, but not the wall.", "Trump wants money for the wall."),
    # both sides negative: 'without' negates as 'did not' does
    (
        "The speaker did not seek approval from the White House before inviting him.",
        "The speaker invited him without seeking approval from the White House.",
    ),
    ("The governor will seek re-election.", "The governor said he will seek re-election."),
    ("The governor did not say whether he would seek re-election.", "The governor will seek re-election."),
    ("The firm not only cut jobs but closed the plant.", "The firm cut jobs and closed the plant."),
    ("The ministry declined to comment on the report.", "The ministry commented on the report."),
    ("He did not deny taking the money.", "He took the money, prosecutors said."),
    ("The club never failed to pay its players.", "The club paid its players."),
    ("The board approved the merger; it did not set a date.", "The board approved the merger on Friday."),
    ("The minister did not rule out new taxes.", "The minister could not rule out new taxes."),
    ("The company did not immediately respond to a request for comment.", "The company responded on Friday."),
    ("The mayor has not signed the bill.", "The mayor refused to sign the bill."),
    ("The leader, who did not travel to the border, welcomed the release.", "The leader welcomed the release."),
    ("The court did not rule on the appeal.", "The court rejected the appeal."),
    ("The firm asked not to be identified.", "The firm was identified by regulators."),
    ("Lorvania refused to cross the border.", "Lorvania did not cross the border."),
    ("The defendant pleaded not guilty to three counts of fraud.", "The defendant denied three counts of fraud."),
]


@pytest.mark.parametrize(("a", "b"), NEGATION_CONFLICTS)
def test_negation_conflicts_fire(a: str, b: str) -> None:
    c = kinds(a, b).get("negation")
    assert c is not None, "expected a negation conflict"
    # the explanation reads in a-then-b order, and the norms say which side denies
    a_denies = c.norm_a.startswith("denied")
    assert c.norm_b.startswith("affirmed" if a_denies else "denied")
    assert c.explanation.endswith("denied vs affirmed" if a_denies else "affirmed vs denied")


@pytest.mark.parametrize(("a", "b"), NEGATION_TRAPS)
def test_negation_traps_do_not_fire(a: str, b: str) -> None:
    assert "negation" not in kinds(a, b)


def test_negation_explanation_quotes_affirmed_predicate() -> None:
    c = kinds("The governor will not seek re-election.", "The governor will seek re-election.")["negation"]
    assert c.explanation == 'negation: "seek re-election" denied vs affirmed'
    assert c.norm_a.startswith("denied") and c.norm_b.startswith("affirmed")


# ------------------------------------------------------------------------------ whole pairs


def test_identical_sentences_never_conflict() -> None:
    s = "On Monday, Inspector Ray Kowalski said 14 miners had not been rescued by 10 p.m. in Vienna."
    assert compare_pair(s, s, MON, MON) == []


def test_several_kinds_at_once() -> None:
    a = "On Sunday, 14 miners were brought out in Vienna."
    b = "On Monday, 12 miners were brought out in Geneva."
    got = kinds(a, b, MON, MON)
    assert set(got) >= {"number", "date"}


def test_conflict_is_frozen() -> None:
    c = kinds("Police arrested 30 people.", "Police arrested 45 people.")["number"]
    with pytest.raises(AttributeError):
        c.kind = "date"  # type: ignore[misc]


@pytest.mark.parametrize(
    "a, b, conflict",
    [
        (
            "Shares of the carrier rose 13% in early trading on Tuesday.",
            "Shares of the carrier have fallen 22% over the past 12 months.",
            False,
        ),
        ("Exports grew 4% this year, the ministry said.", "Exports grew 9% in March, the ministry said.", False),
        ("Exports grew 4% this year, the ministry said.", "Exports grew 9% so far this year, the ministry said.", True),
        (
            "Prices rose 3% over the past year, the agency said.",
            "Prices rose 7% in the last year, the agency said.",
            True,
        ),
    ],
)
def test_figures_over_different_spans_of_time_are_not_compared(a, b, conflict):
    kinds = {c.kind for c in compare_pair(a, b)}
    assert ("number" in kinds) == conflict


# ------------------------------------------------------------------------------ dates of different events

DATE_DIFFERENT_EVENTS = [
    # one event's dates agree; the other two date two other events ('take effect' / 'made public')
    (
        "The lease was signed in May 2024 and was due to take effect in October.",
        "The lease was signed in May 2024, but its terms were only published in February.",
    ),
    # a date closing a clause of time ('after ... was published Monday') dates that clause's event
    (
        "“We have been misled,” the senator told reporters after the inspector's report was published Monday.",
        "“We have been misled,” the senator told reporters on Wednesday.",
    ),
    # in long sentences a weekday may date another event of the story than the one the other outlet dates
    (
        "Arkansas Governor Asa Hutchinson on Wednesday urged state lawmakers to change a religious freedom bill "
        "sent to his desk a day earlier, in the face of criticism from businesses.",
        "Arkansas Governor Asa Hutchinson signed a revised version of the religious freedom bill on Thursday, "
        "one day after refusing to sign an earlier version of it.",
    ),
    (
        "The lawyer for the agent, meanwhile, blasted the bureau on Monday, saying the deputy director had reversed "
        "the decision of the career official responsible for employee discipline.",
        "The lawyer said in a statement that the agent was fired late Friday afternoon on the orders of the "
        "deputy director of the bureau, despite a career official's recommendation.",
    ),
]


@pytest.mark.parametrize(("a", "b"), DATE_DIFFERENT_EVENTS)
def test_dates_of_different_events_do_not_fire(a: str, b: str) -> None:
    assert "date" not in kinds(a, b)


def test_one_tenure_given_two_spans_of_years_is_compared() -> None:
    # disjoint years are usually two occasions, but two spans a year or two apart are one tenure
    assert "date" in kinds("The mayor served from 1983 to 1991.", "The mayor held office from 1982 to 1990.")
    assert "date" not in kinds("The mayor served from 1983 to 1991.", "The mayor held office from 2003 to 2011.")


def test_one_end_of_a_span_still_fires_when_the_other_end_agrees() -> None:
    a = "The tablets were shipped from October 2025 through March 2026."
    b = "The tablets were distributed between September 2025 and March 2026."
    assert "date" in kinds(a, b)


def test_two_seats_of_one_named_company_are_anchored() -> None:
    # one attribute of one named thing: a conflict whatever else the sentences say
    c = kinds(
        "Norfrost, a Bergen-based maker, sells freezers across Europe.",
        "Norfrost, which is headquartered in Oslo, employs 900 people.",
    )
    assert c["entity"].anchored and "Norfrost" in c["entity"].explanation
    # two companies' seats are no anchored conflict
    d = kinds(
        "Norfrost, a Bergen-based maker, sells freezers.", "Kaldtek, which is headquartered in Oslo, sells freezers."
    )
    assert "entity" not in d or not d["entity"].anchored


def test_date_in_a_clause_of_time_still_fires_on_the_event_both_name() -> None:
    # the clause's event is the one the other sentence dates: one meeting, two days
    a = "The strike began hours after union leaders met the chief executive on Tuesday."
    b = "Union leaders met the chief executive on Monday."
    assert "date" in kinds(a, b, MON, MON)


def test_same_event_in_long_sentences_still_fires() -> None:
    a = (
        "The House of Representatives voted on Tuesday to reaffirm the national motto, in a resolution that "
        "also encouraged its display in public schools and government buildings."
    )
    b = (
        "The House of Representatives voted on Wednesday to reaffirm the national motto, in a resolution that "
        "also encouraged its display in public schools and government buildings."
    )
    assert "date" in kinds(a, b)


# ------------------------------------------------------------------------------ same slot, same event, same actor
# Real coverage puts topically close sentences side by side that state different facts. Each pair below
# is written after a kind of false alarm seen on real outlets' coverage; none may be reported.

DIFFERENT_FACTS = [
    # years in different frames are different occasions
    ("date", "The 2015 earthquake killed 9,000 people.", "An earthquake in November 2023 killed 150 people."),
    ("date", "She joined the union in 2004.", "She has led the union since 2011."),
    # a date that labels one of several events, or a sentence counting the event's occurrences
    (
        "date",
        "Tuesday evening's meeting was the third time this month the two leaders had met.",
        "The two leaders met on Saturday morning at the governor's residence.",
    ),
    (
        "date",
        "The March 2024 indictment of six officials named the contractor as a co-conspirator.",
        "The indictment unsealed on Friday accuses the contractor of bribery.",
    ),
    # an age is one person's
    (
        "number",
        "The mayor's nephews, aged 19 and 15 respectively, were not charged.",
        "Police questioned the two boys and the mayor's driver, 44, on Sunday.",
    ),
    (
        "number",
        "The mayor's nephews, aged 19 and 15 respectively, were not charged.",
        "The mayor's driver, 44, was released on bail.",
    ),
    # a title alone is no role; 'former' describes the person, it is not a verb with an object
    (
        "entity",
        "Negotiators met with President Ana Ruiz before the vote.",
        "Former President Tomas Vidal criticised the deal before the vote.",
    ),
    (
        "entity",
        "The panel questioned Sen. Mark Dalton about the budget.",
        "Sen. Laura Kemp defended the budget before the panel.",
    ),
    (
        "entity",
        "The candidates include Ruth Vance, backed by former Governor Ed Price.",
        "The candidates include former Ohio party chair Ruth Vance.",
    ),
    (
        "entity",
        "The lawmakers cancelled a planned trip to Brazil after the row.",
        "The row delayed the president's address to Parliament.",
    ),
    # a denial in an 'if' clause next to an affirmation on the same side takes no stance
    (
        "negation",
        "We must make sure we get the best deal, and if we don't get it, there will be no deal.",
        "We must make sure we get the best deal, she said.",
    ),
    # the affirmed predicate sits in a 'whether' question, or in someone's promise
    (
        "negation",
        "The chairman will announce on Monday whether he plans to resign or will ignore his critics and seek "
        "another term.",
        "The chairman will not seek another term, people close to him said.",
    ),
    (
        "negation",
        "Despite the governor's promises that the state will pay for the bridge, the treasurer said it never would.",
        "The treasurer said the state would never pay for the bridge.",
    ),
    # the denial stands before a quotation
    (
        "negation",
        '"I do not ask that their accounts be closed," he wrote.',
        'He wrote that he does not "ask that their accounts be closed."',
    ),
    # a date in a relative clause dates the thing before 'which', which the other sentence never names
    (
        "date",
        "She asked the governor to drop his pension plan, which Mr. Reyes unveiled Tuesday.",
        "Governor Reyes unveiled Friday a list of judges he intends to appoint next year.",
    ),
    # a hedged forecast and a reading are two moments, not two values
    (
        "number",
        "Meteorologists forecast highs of 39 degrees for Thursday.",
        "Temperatures reached 36 degrees on Tuesday, the weather service said.",
    ),
    (
        "date",
        "Meteorologists said temperatures could climb to 39 degrees by Thursday.",
        "Temperatures reached 36 degrees on Tuesday, the weather service said.",
    ),
    # a match score is no count; a winner's share of a prize fund; a share and the shortfall from the whole
    (
        "number",
        "She won the final 3½-2½ after their 12-game match was tied.",
        "She took the final 3½-2½ in the rapid tiebreak.",
    ),
    (
        "number",
        "The tournament has a prize fund of $4 million, of which the winner receives 40 percent.",
        "The winner takes home $1.6 million, 40% of the prize fund.",
    ),
    (
        "number",
        "Tests found capsules with as little as 91% of the stated dose.",
        "Tests found some capsules held about 9% less of the drug than stated.",
    ),
    # 'received no reports' is a denial too
    (
        "negation",
        "The maker said it had not received any reports of side effects.",
        "The maker said it had received no reports of side effects linked to the batch.",
    ),
    # opposite states at two times are a sequence; a condition or a purpose states no state
    ("negation", "The border crossing was closed on Friday.", "The border crossing reopened on Saturday."),
    ("date", "The border crossing was closed on Friday.", "The border crossing reopened on Saturday."),
    (
        "negation",
        "If no budget passes, the museum will close its doors in March.",
        "The minister said the museum would stay open through March.",
    ),
    # a part and its total, spans of different scale, figures of different periods
    (
        "number",
        "The club paid an initial $40m, with a further $5m due in bonuses.",
        "The club paid an initial $40m, a fee that could rise to $45m with bonuses.",
    ),
    (
        "number",
        "Two people died in the third landslide to hit the valley in four years.",
        "Two people died in the valley after three days of rain.",
    ),
    (
        "date",
        "In March, unemployment stood at 6.1 percent, the statistics office said.",
        "Unemployment was 5.9 percent in April, the statistics office said.",
    ),
    # a calendar month that holds the other date settles it; a quarter written as a span of months
    (
        "date",
        "The inquiry opened on March 9 and sat for four weeks.",
        "The inquiry, held in March and April, sat for four weeks.",
    ),
    ("date", "Exports fell in the July-September quarter.", "Exports fell in the three months to September."),
    # a rate cut written three ways; a three-year term, two of them suspended
    (
        "number",
        "The bank cut its rate by a quarter of a percentage point.",
        "The bank cut its rate by 25 basis points.",
    ),
    (
        "number",
        "She received a three-year sentence, two years of which were suspended.",
        "She was sentenced to three years, of which two are suspended.",
    ),
    # two people, two acts: each date says when one of them did something
    (
        "date",
        "Ms. Okafor wrote on Monday that she would attend the summit in Lagos.",
        "On Thursday, Mr. Danjuma questioned whether Ms. Okafor would attend the summit.",
    ),
]


@pytest.mark.parametrize(("kind", "a", "b"), DIFFERENT_FACTS)
def test_different_facts_are_not_reported(kind: str, a: str, b: str) -> None:
    assert kind not in kinds(a, b)


ACTOR_OR_VOICE_DIFFERS = [
    # an indefinite subject is some actor, not the one the other sentence names
    ("One carrier will not raise its fares this winter.", "Norland Air will raise its fares this winter."),
    ("Lorvania signed the joint communique on Friday.", "Moldova did not sign the joint communique."),
    ("A forged letter was sent to the newspaper last week.", "The councillor said he did not send a forged letter."),
]


@pytest.mark.parametrize(("a", "b"), ACTOR_OR_VOICE_DIFFERS)
def test_negation_with_another_actor_or_voice_is_unsupported(a: str, b: str) -> None:
    # the rule may see opposite polarities, but two actors (or a passive against an active) do not
    # support a conflict: it is kept below any reporting floor
    c = kinds(a, b).get("negation")
    assert c is None or c.confidence <= 0.55


SAME_SLOT_STILL_FIRES = [
    # a progressive after 'are' is active: one actor, not a passive against an active
    (
        "negation",
        "Staff at the Leeds depot are also joining the strike, the union said.",
        "Staff at the Leeds depot are not joining the strike, the union said.",
    ),
    # one act credited to two agents, each side naming the other's agent in another role
    (
        "entity",
        "The amendment, proposed by the Green Party, was also backed by Labour.",
        "The amendment was proposed by the centre-left Liberal Alliance and supported by the Green Party.",
    ),
    # one title, one first name, two surnames that begin alike
    (
        "entity",
        "“Book your booster now,” said Dr. Maria Hollander, the county health officer.",
        "County health officer Dr. Maria Holloway said residents should book a booster now.",
    ),
    # one act in two words ('dispatched' / 'sent'), two countries doing it
    (
        "entity",
        "Italy dispatched three firefighting planes to the island.",
        "Greece sent three firefighting planes to the island.",
    ),
    # 'ruled out' denies the act in its gerund
    (
        "negation",
        "The veteran goalkeeper said he would play in the autumn qualifiers.",
        "The veteran goalkeeper ruled out playing in the autumn qualifiers.",
    ),
    # the same statement from two holders of one title, each opening the sentence and saying it
    (
        "entity",
        "Finance Minister Tomas Varga told parliament that the deficit had narrowed for a third year.",
        "Finance Minister Pal Kertesz said the deficit had narrowed for three years in a row.",
    ),
    # one actor named two ways: a description may name anyone
    ("negation", "The mayor will seek re-election.", "Whitfield will not seek re-election, she said."),
    (
        "negation",
        "The regulator had approved the takeover, the company said.",
        "The regulator had not approved the takeover, according to a filing.",
    ),
    (
        "negation",
        "The United States will reopen its consulate in Basra.",
        "An envoy said the US will not reopen its consulate in Basra.",
    ),
    ("entity", "The convoy was driven across the border into Chile.", "The convoy was taken by truck to Bolivia."),
    (
        "date",
        "The agency launched the vaccination drive on Tuesday.",
        "The agency launched the vaccination drive on Thursday.",
    ),
    # one year in the same frame on each side: two values of one fact, not two occasions
    ("date", "Ms. Ortiz has led the union since 2011.", "Ms. Ortiz has led the union since 2012, her office said."),
    ("date", "The senator's second term ends in 2029.", "He may step down before his term ends in 2028."),
    # a coarse reference on one side ('earlier this week') does not settle the day the other names
    (
        "date",
        "The aide apologized Saturday for a post about the president's address earlier this week.",
        "The aide on Friday apologized for the post.",
    ),
    # the same person's act, put in other words: one act, two days
    (
        "date",
        "Ms. Okafor announced her candidacy on Monday at a rally in Lagos.",
        "On Sunday, Ms. Okafor told supporters in Lagos that she was running.",
    ),
    # opposite states of one thing at one time
    (
        "negation",
        "The coastal road between the two towns was closed after the storm surge.",
        "The coastal road between the two towns stayed open throughout the storm, the council said.",
    ),
    (
        "negation",
        "The court acquitted the two guards of all charges.",
        "The court convicted the two guards of manslaughter.",
    ),
    # a country that opens the sentence is a name, not a capitalised common word
    (
        "entity",
        "Austria sent two helicopters to the flooded valley.",
        "Croatia sent two helicopters to the flooded valley.",
    ),
    # a schedule is a plan another outlet may contradict; a denial against a count
    (
        "date",
        "The health ministry will start the vaccination drive on Wednesday.",
        "The health ministry started the vaccination drive on Tuesday.",
    ),
    (
        "negation",
        "The maker said it had not received any complaints.",
        "The maker said it had received three complaints.",
    ),
    # two spans of days that overlap but differ
    ("date", "The summit is scheduled for June 3-5.", "The summit is scheduled for June 4-6."),
    (
        "number",
        "The bank cut its rate by a quarter of a percentage point.",
        "The bank cut its rate by 50 basis points.",
    ),
    # the thing a relative clause dates is the one the other sentence dates
    ("date", "The smoking ban, which took effect in 2019, covers every park.", "The smoking ban took effect in 2018."),
    # two parties that share only the generic head of their names
    ("entity", "The ruling Progress Party won 41 seats.", "The ruling Freedom Party won 41 seats."),
    # one count under different nouns: outages count homes, businesses or customers
    (
        "number",
        "About 120,000 homes and businesses were without power on Tuesday.",
        "Some 95,000 customers were without power on Tuesday.",
    ),
]


@pytest.mark.parametrize(("kind", "a", "b"), SAME_SLOT_STILL_FIRES)
def test_same_slot_conflicts_still_fire(kind: str, a: str, b: str) -> None:
    c = kinds(a, b).get(kind)
    assert c is not None and c.confidence >= 0.6


def test_two_ends_of_one_span_are_compared() -> None:
    # 'until' gives the end of a span; as open intervals from the distant past any two would agree
    a = "The striker has agreed a contract until 2029."
    b = "The striker has signed a deal that runs until June 2028."
    assert "date" in kinds(a, b)
    assert "date" not in kinds(a, "The striker has signed a deal that runs until June 2029.")
    # two deadlines ('by') of one target are two values of one end, as two 'until' ends are: outlets that
    # give a bridge's completion as 'by 2029' and 'by June 2028' disagree on the target date (the labelled
    # sets unseen-25 and -32 call such pairs conflicts; none of the real stories has one)
    assert "date" in kinds("The bridge will be finished by 2029.", "The bridge will be finished by June 2028.")
    assert "date" not in kinds("The bridge will be finished by 2028.", "The bridge will be finished by June 2028.")


def test_took_place_happened_and_occurred_are_one_act() -> None:
    # long sentences: the date must belong to the act the other sentence dates
    a = (
        "Two guards were on duty during the robbery, which took place at around 1:15 a.m. on Friday, "
        "according to a police statement issued in the afternoon."
    )
    b = "The robbery happened at about 2:50 a.m., when the thieves cut through a fence behind the depot."
    assert "date" in kinds(a, b)
    c = "The guards left at about 2:50 a.m., when their shift ended and the thieves cut through a fence behind the depot."
    assert "date" not in kinds(a, c)


def test_one_motion_put_forward_by_two_parties() -> None:
    a = "The amendment, put forward by the Green Alliance, was backed by the ruling coalition."
    b = "The amendment, tabled by the Rural Union Party, passed with support from the Greens."
    one_act = kinds(a, b).get("entity")
    assert one_act is not None and one_act.confidence >= 0.7
    # another act by another party is at most the weak 'by X' / 'by Y' reading
    other = kinds(a, "The amendment, opposed by the Rural Union Party, passed anyway.").get("entity")
    assert other is None or other.confidence < one_act.confidence


def test_one_quotation_credited_to_two_people_of_one_title() -> None:
    a = "\u201cThe pumps were running at full capacity,\u201d said Maria Lopes, a spokeswoman for the water board."
    b = "Water board spokeswoman Maria Santos said the pumps \u201cwere running at full capacity\u201d all night."
    c = kinds(a, b)
    assert "entity" in c and "Lopes" in c["entity"].explanation
    # one person written the same way, or no shared quotation, is no conflict
    same = "Water board spokeswoman Maria Lopes said the pumps \u201cwere running at full capacity\u201d all night."
    assert "entity" not in kinds(a, same)
    other = "Water board spokeswoman Maria Santos said \u201cno homes were flooded overnight\u201d in the district."
    assert "entity" not in kinds(a, other)


def test_one_tenure_is_compared_whatever_the_verbs() -> None:
    a = "She will become the second woman to lead the city, after Ruth Evans, who served from 1981 to 1993."
    b = (
        "Ms. Hale, 51, a former councillor and partner in a well-connected accounting firm downtown, will become "
        "the city's first woman mayor since Ruth Evans, a Liberal, held the office from 1980 to 1992."
    )
    assert "date" in kinds(a, b)
    # long sentences whose spans of years differ more are still two occasions
    assert "date" not in kinds(a, b.replace("from 1980 to 1992", "from 1970 to 1978"))


def test_a_named_one_and_the_rest_against_the_whole_count() -> None:
    a = "Four people, including the driver Amos Kiprono, were held by police."
    assert "number" not in kinds(a, "Police detained the driver, Amos Kiprono, and three passengers on Sunday.")
    # the rest counted on both sides, or a whole that is not one more: two values
    assert "number" in kinds(a, "Police detained the driver, Amos Kiprono, and five passengers on Sunday.")
    b = "Police detained the driver, Amos Kiprono, and two passengers."
    assert "number" in kinds(b, "Police detained the driver, Amos Kiprono, and three passengers.")


def test_the_window_of_a_record_is_no_duration() -> None:
    a = "The valley has been in drought for six years in a row."
    assert "number" not in kinds(a, "The valley has had its wettest winter in four decades.")
    assert "number" not in kinds("The river rose above the bank for the first time in 12 years.", a)
    # two records' windows, or two durations, are one fact each
    assert "number" in kinds(
        "Inflation hit its highest level in 20 years.", "Inflation reached its highest level in 30 years."
    )
    assert "number" in kinds(a, "The valley has been in drought for four years in a row.")


def test_the_old_level_and_the_change_are_no_partners() -> None:
    a = "The council raised the parking charge from $12 to $20 last month."
    assert "number" not in kinds(a, "The parking charge has been increased by $8, to $20.")
    assert "number" in kinds(a, "The parking charge has been increased by $8, to $22.")


def test_a_city_and_the_country_it_is_in() -> None:
    a = "The trawler is owned by Mar Azul Pesca, a company based in Aveiro."
    assert "entity" not in kinds(a, "The trawler is owned by Mar Azul Pesca, a company based in Portugal.")
    assert "entity" in kinds(a, "The trawler is owned by Mar Azul Pesca, a company based in Spain.")
    b = "The envoys met in Tbilisi on Monday."
    assert "entity" not in kinds(b, "The envoys met in Georgia on Monday.")
    assert "entity" in kinds(b, "The envoys met in Armenia on Monday.")


def test_round_152_a_unit_shared_a_change_by_an_amount_an_age_and_a_city_s_figure() -> None:
    # 'seven and six years': the bare figure takes the unit of the one after it
    a = "Two accomplices received prison terms of seven and six years."
    assert "number" not in kinds(a, "Two accomplices were jailed for six and seven years.")
    assert "number" in kinds("Two accomplices received prison terms of seven and five years.", a)
    # 'will grow by 15' is the change, not the level 'from 30 to 45' names
    b = "The agency's staff will grow from 30 to 45."
    assert "number" not in kinds(b, "The agency employs 30 people and will grow by 15.")
    assert "number" in kinds(b, "The agency's staff will grow from 30 to 50.")
    # one noun opening both sentences is one person, whose age is told twice
    c = "The escapee, Juan Carlos Mora, is 34 years old."
    assert "number" in kinds(c, "The escapee is 43 years old, according to prison records.")
    assert "number" not in kinds("The judge, Ana Ruiz, is 59 years old.", "The escapee is 43 years old.")
    # students are people counted
    d = "Around 20 people were injured in the clashes, the campus clinic said."
    assert "number" in kinds(d, "At least 35 students were hurt, according to the campus clinic.")
    # a city's figure and its country's
    e = "In Aarhus, house prices have fallen 13 percent from their peak."
    assert "number" not in kinds("Danish house prices are 9 percent below their peak.", e)
    assert "number" in kinds("In Odense, house prices are 9 percent below their peak.", e)


def test_round_152_unable_to_a_lifting_and_its_effect_and_a_case_filed_then_heard() -> None:
    assert "negation" in kinds(
        "The pharmacy was unable to supply the antibiotic.", "The pharmacy supplied the antibiotic on Monday."
    )
    assert "negation" not in kinds(
        "Half of the pharmacies could not supply the antibiotic last week.",
        "Half of the pharmacies were unable to supply the antibiotic last week.",
    )
    tue, tue_noon = datetime(2026, 11, 24, 9), datetime(2026, 11, 24, 12)
    a = "The city on Tuesday scrapped parking fees in the old town, its latest bid to draw shoppers."
    b = "The city will let drivers park in the old town without fees from Wednesday, the council said."
    assert "date" not in kinds(a, b, tue, tue_noon)
    assert "date" in kinds(a, "The city on Monday scrapped parking fees in the old town.", tue, tue_noon)
    c = "A bankruptcy petition against the developer will be heard in the High Court on Dec. 7."
    assert "date" not in kinds(
        c, "A supplier filed a bankruptcy petition against the developer in September.", tue, tue
    )


def test_one_thing_moved_up_and_down_to_one_figure() -> None:
    a = "The cod quota was raised by 6 per cent to 310,000 tonnes."
    assert "negation" in kinds(a, "The cod quota will fall to 310,000 tonnes next year.")
    assert "negation" in kinds("Fishermen got good news, with the cod quota up 6 per cent to 310,000 tonnes.",
                               "The cod quota will fall to 310,000 tonnes next year.")  # fmt: skip
    # one direction on both sides, another thing moving, or another figure: no denial of the direction
    assert "negation" not in kinds(
        "The bank revised its growth forecast for 2027 down to 1.9 percent.",
        "The bank cut its estimate of economic growth for next year to 1.9 percent.",
    )
    assert "negation" not in kinds("The bank cut its rate to 5.5 percent.", "Inflation rose to 5.5 percent.")
    assert "negation" not in kinds(a, "The cod quota will fall to 280,000 tonnes next year.")


def test_few_doing_a_thing_is_mostly_not_doing_it() -> None:
    a = "The union leader said most members had not insured their harvest."
    assert "negation" not in kinds("The union leader said few growers had insured their harvest.", a)
    assert "negation" in kinds("The union leader said a few growers had insured their harvest.", a)


def test_an_event_of_some_days_spans_the_days_after_its_start() -> None:
    wed, thu = datetime(2026, 11, 25, 20), datetime(2026, 11, 26, 8)
    a = "A two-day strike by air traffic controllers began on Wednesday evening, forcing airlines to cancel flights."
    b = "The aviation authority ordered airlines to cancel half of their flights on Thursday because of the strike."
    assert "date" not in kinds(a, b, wed, thu)
    assert "date" in kinds(a, b.replace("Thursday", "Saturday"), wed, thu)
    # two starts of one event are one date told twice
    assert "date" in kinds(a, "The strike by air traffic controllers began on Thursday evening.", wed, thu)


def test_the_midnight_a_day_ends_with() -> None:
    sun = datetime(2025, 8, 11, 9)
    a = "The man was shot just before midnight on 9 August 2025."
    assert "date" not in kinds(a, "The man was shot at about 11.40pm on August 9, 2025.", sun, sun)
    assert "date" in kinds(a, "The man was shot at about 9.40pm on August 9, 2025.", sun, sun)


def test_an_announcement_and_the_month_a_measure_starts_and_a_match_then_its_hearing() -> None:
    wed = datetime(2026, 11, 25, 12)
    a = "The ministry announced on Wednesday an increase in the heating allowance for pensioners."
    assert "date" not in kinds(a, "Pensioners will receive a larger heating allowance starting in March.", wed, wed)
    assert "date" in kinds(a, "The ministry announced on Monday an increase in the heating allowance.", wed, wed)
    b = "The lock will miss three weeks after a judicial hearing on Wednesday."
    c = "The lock has been suspended for four weeks for a high shoulder charge in Saturday's loss to the Crusaders."
    assert "date" not in kinds(b, c, wed, wed)
    assert "date" in kinds(b, "The lock will miss three weeks after a judicial hearing on Tuesday.", wed, wed)


def test_round_156_a_strike_begun_for_some_days_earlier_events_and_a_participle_before_a_noun() -> None:
    mon = datetime(2026, 11, 30, 12)
    a = "Train drivers began a five-day strike on Monday against the pension plan."
    assert "date" not in kinds("The strike will last five days, until Friday 4 December.", a, mon, mon)
    assert "date" in kinds("The strike will last five days, until Friday 11 December.", a, mon, mon)
    b = "Organisers had expected a smaller turnout after two earlier strike days in September."
    c = "Turnout has been counted twice on every strike day since the reform was presented in June."
    assert "date" not in kinds(b, c, mon, mon)
    assert "date" in kinds("The three laws that triggered the earlier protests were repealed in 2021.",
                           "The three laws were repealed in 2020, farmers say.", mon, mon)  # fmt: skip
    d = "Nobody was injured and passengers left the aircraft by the stairs."
    assert "negation" not in kinds("One of the injured passengers was taken to hospital as a precaution.", d)
    assert "negation" in kinds("One passenger was injured and taken to hospital as a precaution.", d)


def test_a_fate_told_by_a_participle_before_its_count() -> None:
    a = "A gunman opened fire at the school on Monday morning, killing one teacher."
    assert "number" not in kinds(a, "A teacher was killed and five pupils were wounded on Monday at the school.")
    assert "number" in kinds(a, "Two teachers were killed on Monday at the school.")


def test_a_timetable_set_until_a_month_ends_ahead_of_the_page() -> None:
    oct13 = datetime(2026, 10, 13, 14)
    a = "The judge set 15 more trial dates, the last in March 2027."
    assert "date" not in kinds(a, "The judge fixed 15 further hearing dates until March.", oct13, oct13)
    assert "date" in kinds(a, "The judge fixed 15 further hearing dates until January.", oct13, oct13)


def test_votes_cast_for_and_votes_cast_against_are_two_counts() -> None:
    assert "number" not in kinds(
        "A total of 118 deputies voted for her.", "A total of 104 deputies voted against the motion."
    )
    assert "number" in kinds("A total of 201 deputies voted for the motion.", "In all, 196 deputies voted for it.")


def test_a_figure_both_state_apart_makes_no_total() -> None:
    # 17 + 2 = 19, but both sentences give the 2 deaths apart: 19 and 17 are two counts of the injured
    a = "Two people died and 19 were hurt when the bus overturned on the mountain road, police said."
    b = "Two people died and 17 were hurt, the regional police said in a statement."
    assert "number" in kinds(a, b)
    # a total against its parts stays quiet: '£40m plus £4m in bonuses' / 'a £44m deal'
    assert "number" not in kinds("The club paid £40m plus £4m in bonuses.", "The club agreed a £44m deal.")


def test_a_round_figure_of_another_fact_does_not_absorb_a_conflict() -> None:
    # '3%' of the target could round 3.4%, but shares nothing with it; the February figures conflict
    a = "Annual inflation picked up to 3.4% in February, statistics released on Tuesday showed."
    b = "Inflation picked up to 3.1% in February from 2.9% in January, near the bank's new 3% target."
    assert "number" in kinds(a, b)
    # a rounding of the same figure still agrees
    assert "number" not in kinds(a, "Inflation picked up to 3% in February, statistics showed.")


def test_year_on_year_is_the_basis_of_an_unqualified_rate() -> None:
    a = "Consumer inflation quickened to 3.4% in March, figures showed."
    b = "Consumer inflation quickened to 3.1% year on year in March, data showed."
    assert "number" in kinds(a, b)
    # another basis is another measure: month on month against year on year
    c = "Consumer prices rose 0.4% month on month in March, data showed."
    assert "number" not in kinds(c, b)
    assert "number" not in kinds("Retail sales fell 2.2% over the past 12 months.", "Retail sales fell 0.5%.")


def test_a_state_until_a_day_holds_on_the_days_before() -> None:
    # 'closed until Friday' ends on Friday; it does not say the schools were open on Tuesday
    a = "Schools in the valley are closed on Tuesday, the prefecture said."
    b = "Schools in the valley will stay closed until Friday, the prefecture said."
    assert "date" not in kinds(a, b)
    # two ends of one closure still differ
    assert "date" in kinds("Schools in the valley will stay closed until Thursday.", b)


def test_clock_times_in_two_named_zones_are_compared_in_utc() -> None:
    a = "The capsule splashed down at 11:40 a.m. Eastern off the coast of Florida."
    b = "The capsule splashed down at 4:40 p.m. London time off the coast of Florida."
    assert "date" not in kinds(a, b)  # one moment (EDT = UTC-4, BST = UTC+1)
    c = "The capsule splashed down at 7:05 p.m. London time off the coast of Florida."
    assert "date" in kinds(a, c)
    # a zone written after the day counts too; an unnamed zone against a named one is not compared
    d = "The capsule splashed down at 12:40 a.m. on Sunday, Tokyo time."
    assert "date" not in kinds(a, d)
    assert "date" not in kinds(a, "The capsule splashed down at 9:15 p.m. off the coast of Florida.")


def test_a_day_in_a_bracketed_conversion_restates_the_moment() -> None:
    a = "The probe landed at 6:20 a.m. Tokyo time (2120 GMT on Monday) after a slow descent over the crater rim."
    b = "The probe landed near the crater rim at 6:20 a.m. on Tuesday, Tokyo time."
    assert "date" not in kinds(a, b)


def test_market_moves_at_two_moments_of_the_trading_day() -> None:
    a = "Shares of the battery maker fell 12% in early trading in New York."
    b = "The battery maker's shares were down about 7% in afternoon trading."
    assert "number" not in kinds(a, b, None, None)
    assert "number" in kinds(a, "The battery maker's shares fell 7% in early trading in New York.")


def test_one_quotation_credited_to_two_people_whatever_their_titles() -> None:
    a = "\u201cThe dam held because we opened the gates in time,\u201d said Pieter Smit, the head of the water board."
    b = "Anouk Visser, the deputy mayor, said \u201cwe opened the gates in time\u201d as the river fell."
    assert "entity" in kinds(a, b)
    c = "\u201cWe opened the gates in time,\u201d Visser said."
    assert "entity" in kinds(a, c)
    # a title between the verb and the name: 'said the deputy mayor, Anouk Visser', 'said Dr. Anouk Visser'
    assert "entity" in kinds(a, "\u201cWe opened the gates in time,\u201d said the deputy mayor, Anouk Visser.")
    assert "entity" in kinds(a, "\u201cWe opened the gates in time,\u201d said Dr. Anouk Visser of the port authority.")
    # the listener of 'told' is not the speaker; a pronoun names nobody; a place after the verb is no speaker
    d = "\u201cWe opened the gates in time,\u201d she told Radio Noord's Mark de Vries."
    assert "entity" not in kinds(a, d)
    e = "\u201cWe opened the gates in time,\u201d the mayor said during a visit to Zwolle Harbour."
    assert "entity" not in kinds(a, e)
    # one speaker named in both, another name near the verb on one side
    f = "Pieter Smit, an adviser to Anouk Visser (Labour), said \u201cwe opened the gates in time.\u201d"
    assert "entity" not in kinds(a, f)


def test_places_in_a_ranking() -> None:
    a = "She will rise to a career-high sixth in Monday's rankings."
    b = "She will climb to No. 7 in the world rankings on Monday."
    assert "number" in kinds(a, b)
    assert "number" not in kinds(a, "She moves up to No. 6 in the rankings.")
    # a shirt number is no place in a ranking
    assert "number" not in kinds("He will wear the No. 9 shirt.", "He will wear the No. 11 shirt at the club.")


def test_two_approximations_agree_within_one_margin() -> None:
    a = "Some 30,000 teachers walked out on Tuesday."
    assert "number" in kinds(a, "About 36,000 teachers walked out on Tuesday.")
    assert "number" not in kinds(a, "Around 32,000 teachers walked out on Tuesday.")
    assert "number" not in kinds("About 300 teachers marched.", "Around 320 teachers marched.")


def test_a_name_before_the_year_frames_it() -> None:
    # two years are two occasions unless one frame holds both: here the same place
    a = "It was his second title, after Doha in March 2023."
    b = "His first title came in Doha in March 2022."
    assert "date" in kinds(a, b)
    assert "date" not in kinds(a, "His first title came in Dubai in March 2022.")


def test_a_model_code_ties_a_price_to_its_product() -> None:
    a = "The ZR-5 listed at $449, while the ZR-7 cost $699."
    b = "The ZR-5 retailed for $399 and the ZR-7 for $699."
    c = kinds(a, b).get("number")
    assert c is not None and "449" in c.explanation and "399" in c.explanation
    assert "number" not in kinds(a, "The ZR-5 retailed for $449 and the ZR-7 for $699.")


def test_two_seats_of_the_company_a_story_is_about_are_anchored() -> None:
    a = "The Leeds-based company has grown quickly since it was founded in 2015 and now sells in 9 countries."
    b = "The company, headquartered in Manchester, was founded in 2015 by two former engineers."
    c = kinds(a, b)["entity"]
    assert c.anchored and "company" in c.explanation
    # two kinds of owner are two things
    d = kinds(a, "The charity, headquartered in Manchester, was founded in 2015.")
    assert "entity" not in d or not d["entity"].anchored


def test_the_last_fiscal_year_is_a_year_not_a_trailing_span() -> None:
    a = "Crossings have fallen in recent years, to 300,000 in the last fiscal year from a peak of 1.2 million in 2001."
    b = "There were roughly 410,000 arrests for illegal crossings last year, about a third of the 1.2 million in 2001."
    assert "number" in kinds(a, b)
    # a trailing span is still another measure than a figure of one year
    c = "Crossings rose 8% over the past 12 months."
    assert "number" not in kinds(c, "Crossings rose 3% last year.")


def test_a_state_observed_at_two_moments_is_no_date_conflict() -> None:
    a = "Three climbers remained missing as of Tuesday morning, and the search went on."
    b = "Seven climbers were still missing on Monday afternoon as rescuers searched the glacier."
    assert "date" not in kinds(a, b)
    # an event dated twice still conflicts
    assert "date" in kinds("The avalanche struck on Tuesday morning.", "The avalanche struck on Monday afternoon.")


def test_a_year_of_something_is_one_year() -> None:
    assert "number" in kinds("Members will get a year of free parking.", "Members will get two years of free parking.")
    assert "number" not in kinds("The depot closed a year ago.", "The depot closed two years after the fire.")


def test_a_start_since_a_day_holds_the_days_after() -> None:
    mon = datetime(2026, 8, 12, 9)
    a = "Four hikers have died in the heat since Sunday, the regional health service said."
    b = "A hiker died of heatstroke near the pass on Monday, regional officials said."
    assert "date" not in kinds(a, b, mon, mon)
    # two starts still differ, and a start after the event does not hold it
    assert "date" in kinds("The strike has run since Sunday.", "The strike has run since Monday.", mon, mon)
    assert "date" in kinds("The strike has run since Tuesday.", "The strike began on Monday.", mon, mon)


def test_not_going_to_denies_the_verb_that_follows() -> None:
    a = "\u201cWe will no longer wait for the ministry,\u201d the union leader said."
    b = "\u201cWe are not going to wait for the ministry any more,\u201d a union spokesman said."
    assert "negation" not in kinds(a, b)
    assert "negation" in kinds("The union is not going to strike on Monday.", "The union will strike on Monday.")


def test_midday_and_the_close_are_two_moments_of_a_trading_day() -> None:
    a = "Shares of the insurer were up 2.4% in Zurich at midday."
    assert "number" not in kinds(a, "The insurer's shares closed up 1.2 percent in Zurich.")


def test_nearly_means_close_below() -> None:
    a = "Shareholders backed the merger with nearly 80 percent of the votes cast."
    assert "number" in kinds(a, "Shareholders backed the merger with 71% of the votes cast.")
    assert "number" not in kinds(a, "Shareholders backed the merger with 78% of the votes cast.")


def test_temperatures_written_with_a_c() -> None:
    a = "The station recorded 47.6C, beating the previous national record."
    assert "number" in kinds(a, "The station recorded 47.4 degrees, beating the previous national record.")


def test_two_ranges_agree_only_at_both_ends() -> None:
    a = "The painting had a pre-sale estimate of £4 million to £6 million."
    assert "number" in kinds(a, "The painting had been estimated at £5 million to £7 million.")
    assert "number" not in kinds(a, "The painting had been estimated at £4m-£6m.")


def test_the_dates_of_one_named_act_are_the_ones_shown() -> None:
    # 'tomorrow' dates the end, 'Wednesday' the start: the start times are the values that differ
    c = kinds("The stoppage began at 6am and will end at 6am tomorrow.", "The stoppage began at 5am on Wednesday.")
    assert "06:00" in c["date"].explanation and "05:00" in c["date"].explanation


def test_counts_of_two_periods_are_not_two_values_of_one() -> None:
    a = "So far this year, 310 flu cases have been confirmed in the region, officials said."
    assert "number" not in kinds(a, "Some 2,000 flu cases were confirmed in the region last year, the most since 2009.")
    # a year next to another figure of the sentence frames that figure, not this one
    a2 = "There were about 520,000 arrests at the border last year, a third of the 1.6 million in 2000."
    b = "Border arrests have fallen, to 400,000 in the last fiscal year from a peak of 1.6 million in the 2000 fiscal year."
    assert "number" in kinds(a2, b)
    # one period on both sides: still one count
    c = "Some 2,000 flu cases were confirmed in the region last year."
    assert "number" in kinds(c, "Last year 2,600 flu cases were confirmed in the region.")


def test_not_until_says_when_not_whether() -> None:
    a = "The bridge reopened at 6 a.m. on Tuesday."
    assert "negation" not in kinds(a, "The bridge did not reopen until late on Tuesday afternoon.")
    assert "negation" in kinds(a, "The bridge did not reopen on Tuesday.")


def test_not_done_before_another_act_is_denied_not_delayed() -> None:
    a = "The ministry said the company had not consulted it before announcing the closure."
    assert kinds(a, "The company said it had consulted the ministry before making the announcement.").keys() == {
        "negation"
    }
    b = "The plant reopened at 9 a.m. on Tuesday."
    assert "negation" not in kinds(b, "The plant did not reopen before noon on Tuesday.")


def test_within_is_an_upper_bound() -> None:
    a = "The comet passed 12 million kilometres from Earth."
    assert "number" not in kinds(a, "The comet passed within 20 million kilometres of Earth.")
    assert "number" in kinds(a, "The comet passed 25 million kilometres from Earth.")


def test_a_round_figure_is_as_wide_as_its_rounding() -> None:
    a = "Around 40 trains were cancelled on Monday, the operator said."
    assert "number" not in kinds(a, "The operator said 45 trains were cancelled on Monday.")
    assert "number" in kinds(a, "The operator said 47 trains were cancelled on Monday.")


def test_a_clock_time_and_the_close_are_two_moments_of_a_share_price() -> None:
    a = "Shares in the shipyard rose 5.1% by 1000 GMT in Oslo."
    assert "number" not in kinds(a, "The shipyard's shares closed up 2.6 percent in Oslo.")
    assert "number" in kinds(a, "Shares in the shipyard rose 3.9% by 1000 GMT in Oslo.")
    # outside a market, a clock time is no moment of trading: two temperatures at one start stay a conflict
    b = "The race began at 9 a.m. with the temperature at 4 degrees."
    assert "number" in kinds(b, "The race began at 09:00 CET with the temperature at 8 degrees.")


def test_a_continent_or_part_of_a_country_is_a_wider_scope() -> None:
    a = "It was the biggest haul of heroin ever seized in Spain."
    assert "entity" not in kinds(a, "It was one of the biggest hauls of heroin ever seized in Europe.")
    b = "The train derailed near Valence in the Drôme on Sunday."
    assert "entity" not in kinds(b, "The train derailed in southeastern France on Sunday.")
    assert "entity" in kinds(a, "It was the biggest haul of heroin ever seized in Portugal.")


def test_a_country_and_its_own_body() -> None:
    a = "The yard, controlled by Norway's state investment fund NIF, made a loss."
    assert "entity" not in kinds(a, "The yard is controlled by the Norwegian Investment Fund (NIF).")


def test_two_years_with_no_act_in_common_date_two_things() -> None:
    a = "The brewer, controlled by the city council, made a profit of 4 million euros last year."
    assert "date" not in kinds(a, "The city council bought the brewer from its founders in 2019.")
    assert "date" in kinds("The city council bought the brewer in 2019.", "The city council bought the brewer in 2017.")


def test_currencies_named_in_the_plural() -> None:
    a = "The order is worth 2.4 billion zlotys ($600 million)."
    assert "number" in kinds(a, "The deal is worth 2.9 billion zloty, the ministry said.")
    assert "number" not in kinds(a, "The deal is worth 2.4 billion zloty, the ministry said.")


def test_one_compound_noun_written_open_and_hyphenated() -> None:
    a = "The probe flew past the moon at a distance of 300 kilometres."
    b = "The comet lies 40 light years from the Sun."
    assert "number" in kinds(b, "Astronomers placed the comet 55 light-years from the Sun.")
    assert "number" not in kinds(a, "The comet lies 55 light-years from the Sun.")


def test_one_company_given_two_nationalities() -> None:
    a = "Skyrail, a Finnish operator, will run the trains from next year."
    assert "entity" in kinds(a, "Skyrail, a Swedish operator, has ordered the trains for its network.")
    assert "entity" not in kinds(a, "Skyrail, a Finnish operator, has ordered the trains for its network.")
    # a nationality of two countries, and two different companies, are no conflict
    assert "entity" not in kinds(a, "Skyrail, a Finnish-Swedish operator, has ordered the trains.")
    assert "entity" not in kinds(a, "Nordbahn, a Swedish operator, has ordered the trains for its network.")


def test_one_person_given_two_countries() -> None:
    a = "Uganda's Stella Achieng won the women's race in 2:21:05."
    assert "entity" in kinds(a, "In the women's race, Tanzania's Stella Achieng won in 2:21:05.")
    assert "entity" in kinds(a, "Stella Achieng of Tanzania took the women's race in 2:21:05.")
    assert "entity" in kinds(a, "Tanzanian runner Stella Achieng took the women's race in 2:21:05.")
    # the country and its people's name are one nationality; two people of two countries are no conflict
    assert "entity" not in kinds(a, "Ugandan Stella Achieng took the women's race in 2:21:05.")
    assert "entity" not in kinds(a, "Stella Achieng of Uganda took the women's race, ahead of Tanzania's Rose Mushi.")
    # a word before the name that is no nationality, a verb between, an organisation of the country
    assert "entity" not in kinds(a, "Veteran Stella Achieng took the women's race in 2:21:05.")
    b = "Uganda's Stella Achieng beat Tanzania's Rose Mushi in the women's race."
    assert "entity" not in kinds(b, "The 24-year-old Tanzanian beat Stella Achieng in the women's race.")
    assert "entity" not in kinds(
        "Uganda's Supreme Court upheld the ban.", "Tanzania's Supreme Court upheld the ban on Tuesday."
    )


def test_a_quotation_credited_to_a_speaker_named_after_a_possessive() -> None:
    a = "\u201cWe will not sell a single hectare of the farm,\u201d Okello said after the hearing."
    assert "entity" in kinds(
        a, "\u201cWe will not sell a single hectare of the farm,\u201d said his lawyer, Ruth Namata."
    )
    assert "entity" in kinds(
        a, "\u201cWe will not sell a single hectare of the farm,\u201d said the family's spokeswoman, Ruth Namata."
    )
    # his lawyer, unnamed, is no named speaker
    assert "entity" not in kinds(a, "\u201cWe will not sell a single hectare of the farm,\u201d said his lawyer.")


def test_money_in_local_currency_prefixes_and_words() -> None:
    # Kenyan shillings, Korean won, Nigerian naira, as local papers write them
    a = "The court barred the governor while a Sh2.3 billion tender case is heard."
    assert "number" in kinds(a, "The governor faces charges in a Sh2.6 billion tender scandal.")
    assert "number" not in kinds(a, "The governor faces charges in a tender case over 2.3 billion shillings.")
    b = "Quarterly operating profit rose to 5.31 trillion won, the company said."
    assert "number" in kinds(b, "The company said its quarterly operating profit reached W5.13 trillion.")
    c = "The company raised the pump price of petrol in Abuja to N1,240 per litre."
    assert "number" in kinds(c, "The company raised petrol prices in Abuja to 1,290 naira per litre.")
    assert "number" not in kinds(c, "The company raised petrol prices in Abuja to 1,240 naira per litre.")
    # a capital letter before a figure is no currency without thousands or a multiplier: a road, a grade
    assert "number" not in kinds("The crash closed the N12 near Tarlac.", "The crash closed the N14 near Tarlac.")


def test_a_combined_sum_and_a_sum_in_total_are_one_whole() -> None:
    a = "The collectors paid €4.7 million in total."
    assert "number" in kinds(a, "Collectors paid a combined €5.9 million for the paintings.")
    # a total against one buyer's part is no conflict
    assert "number" not in kinds(a, "One collector paid €1.2 million for three paintings.")


def test_one_name_hyphenated_or_under_a_longer_acronym() -> None:
    a = "Most of the injured were taken to the Pierre Wertheimer hospital."
    assert "entity" not in kinds(a, "The injured were taken to Pierre-Wertheimer Hospital and two others.")
    assert "entity" in kinds(a, "The injured were taken to Lyon Sud Hospital and two others.")
    # 'PRCS' is the Pakistan Red Crescent Society: its acronym holds the initials of 'Red Crescent'
    b = "The Red Crescent sent 24 rescue teams, some with search dogs, into the valley."
    assert "entity" not in kinds(b, "The PRCS deployed 24 rescue teams and sniffer dogs to the valley.")
    assert "entity" in kinds(b, "The NDMA deployed 24 rescue teams and sniffer dogs to the valley.")


def test_the_leader_of_one_side_named_among_two_leaders() -> None:
    a = "The rebels sent a delegation headed by Yousef Al Karimi."
    both = (
        "The government delegation was headed by Saleh Al-Ameri, while the rebel delegation was led by Yusuf Al-Karimi."
    )
    assert "entity" not in kinds(a, both)
    # 'headed by' and 'led by' are one act: two leaders of one delegation conflict
    assert "entity" in kinds(a, "The rebel delegation was led by Saleh Al-Ameri.")


def test_race_times_are_durations_to_the_second_not_clock_times() -> None:
    a = "Amane Kiprotich won the Seoul Marathon on Sunday in 2:05:37."
    found = kinds(a, "Amane Kiprotich took the Seoul Marathon title in 2:06:37.")
    assert "number" in found and "date" not in found
    assert "number" in kinds(a, "Amane Kiprotich won the Seoul Marathon in 2:05:33.")  # seconds count
    assert not kinds(a, "Amane Kiprotich won the Seoul Marathon on Sunday in 2:05:37, a course record.")
    # a clock time stays a clock time
    assert "date" in kinds("The race started at 8:15 a.m.", "The race started at 8:45 a.m.")


def test_a_state_seen_at_two_moments_is_not_one_event_dated_twice() -> None:
    a = "The bushfire near Halls Gap had burnt more than 9,000 hectares by Friday evening, the CFA says."
    b = "The Halls Gap bushfire had grown to 15,000 hectares by Saturday morning, as winds eased."
    assert "date" not in kinds(a, b)
    # deadlines of one plan are one slot
    c = "The loan must be repaid by Friday, the court said."
    assert "date" in kinds(c, "The loan must be repaid by Monday, the court said.")


def test_a_clock_time_in_a_named_zone_against_an_unzoned_one() -> None:
    a = "The diverted flight landed safely at 3.40pm New Zealand time."
    assert "date" not in kinds(a, "The diverted A350 landed at 2.40pm.")
    assert "date" in kinds("The diverted flight landed safely at 3.40pm.", "The diverted A350 landed at 2.40pm.")


def test_counts_of_two_kinds_that_are_not_one_figure() -> None:
    # a crowd counted by its organisers and by the police
    a = "Organisers said about 4,000 people marched through the old town."
    assert "number" not in kinds(a, "Police put the number of marchers in the old town at about 1,500.")
    assert "number" in kinds(a, "Organisers said about 1,500 people marched through the old town.")
    # a count under way and its end
    b = "She won the seat by 2,310 votes over the Liberal candidate, according to the official count."
    assert "number" not in kinds(b, "With 95 of 170 polls reporting, she led the Liberal candidate by 1,100 votes.")
    assert "number" in kinds(b, "She won the seat by 1,100 votes over the Liberal candidate.")
    # cases and deaths, the fate named in the subject
    c = "There have been 2,104 cases in the city of Ndola, health officials said."
    assert "number" not in kinds(c, "The number of people who have died of cholera in Ndola has risen to 41.")
    # a part named with 'including' against the whole
    d = "At least four deaths were blamed on the blizzard, including three men who collapsed while shovelling."
    assert "number" not in kinds(d, "Four people died in the blizzard, county officials said.")
    assert "number" in kinds(d, "Two people died in the blizzard, county officials said.")


def test_a_price_at_the_open_and_a_hedged_close() -> None:
    a = "Varta shares closed almost 19 percent higher on Tuesday."
    b = "Varta shares jumped 14% at the open in Frankfurt."
    assert not kinds(a, b)
    assert "number" in kinds(a, "Varta shares closed 14% higher on Tuesday.")


def test_a_bound_and_its_negated_opposite_say_one_thing() -> None:
    a = "Owners were told to keep the battery charged below 70 percent for now."
    assert "negation" not in kinds(a, "The ministry advised owners not to charge the battery above 70 percent.")
    assert "negation" in kinds(
        "Owners were told to charge the battery above 70 percent.",
        "The ministry advised owners not to charge the battery above 70 percent.",
    )


def test_a_place_after_two_words_for_one_thing() -> None:
    a = "The company will close its plant in Eindhoven by the end of 2028."
    assert "entity" in kinds(a, "It will shut its factory in Venlo by the end of 2028, the company said.")
    assert "entity" not in kinds(a, "It will shut its factory in Eindhoven by the end of 2028, the company said.")


def test_two_lists_of_one_slot_that_differ_in_one_name() -> None:
    a = "The deal is financed by a bridge loan from Nordea and Deutsche Bank."
    assert "entity" in kinds(a, "The deal is financed by a bridge loan from Nordea and Commerzbank.")
    # one list longer than the other, a place and its region, a route, two years: no conflict
    assert "entity" not in kinds(a, "The deal is financed by a bridge loan from Nordea, Deutsche Bank and ING.")
    assert "entity" not in kinds(
        "He made the announcement in his hometown of Hope, Arkansas.",
        "He made the announcement in his hometown of Hope, Ark.",
    )
    assert "entity" not in kinds(
        "Trains between Turin and Genoa were cancelled.", "Trains between Turin and Milan were cancelled."
    )
    assert "entity" not in kinds(
        "In 2019 the outbreak was mostly in Knox and Holmes counties.",
        "The outbreak is mostly in Holmes and Wayne counties.",
    )


def test_a_reported_will_is_no_possibility() -> None:
    a = "Norvik Systems will cut 900 jobs, the company announced on Tuesday."
    assert "number" in kinds(a, "Norvik Systems said on Tuesday it would cut about 700 jobs.")
    # a plan's possible effect stays apart from what was done
    assert "number" not in kinds("Norvik has cut 900 jobs since 2020.", "The plan could cut about 700 jobs.")


def test_a_term_in_years_against_one_in_months() -> None:
    a = "The former treasurer was sentenced to four years in prison."
    assert "number" in kinds(a, "The former treasurer was sentenced on Friday to 60 months in prison.")
    assert "number" not in kinds(a, "The former treasurer was sentenced on Friday to 48 months in prison.")


def test_two_bounds_of_one_span() -> None:
    a = "The transit authority offered a 7% raise over three years."
    assert "number" in kinds(a, "The transit authority has offered a 7 per cent increase over four years.")
    assert "number" not in kinds(a, "The transit authority has offered a 7 per cent increase over three years.")
    b = "The levy applies to visitors who stay less than 24 hours."
    assert "number" in kinds(b, "The levy is paid by visitors who stay less than 12 hours.")


def test_dates_of_readings_steps_and_lasting_states_are_not_one_event() -> None:
    # a toll read at two moments
    a = "The death toll from the floods stood at 31 on Friday morning, the provincial government said."
    assert "date" not in kinds(a, "The floods had killed at least 26 people in the province by Thursday evening.")
    # two steps of one story
    b = "The businessman was seized on Tuesday evening as he left his office."
    assert "date" not in kinds(b, "The businessman was freed on Saturday night, four days after he was abducted.")
    assert "date" in kinds(b, "The businessman was abducted on Wednesday evening as he left his office.")
    # a date naming an event, and a state that still holds
    c = "The nurse won the jackpot in the Wednesday, May 6, drawing."
    assert "date" not in kinds(c, "A nurse came forward Monday to claim the jackpot, lottery officials said.")
    d = "The bridge has been closed to traffic since 6am today after cracks were found."
    assert "date" not in kinds(
        d, "Drivers faced delays on Thursday as the bridge remained closed after cracks were found."
    )
    assert "date" in kinds(
        "The line will stay closed until at least Tuesday.", "The line will remain closed until at least Thursday."
    )
    # a fire under control, then out
    e = "The fire at the plant was declared under control by 6 a.m."
    assert "date" not in kinds(e, "The fire at the plant was fully extinguished at 8:40 a.m.")
    # a running count by a moment
    f = "Forty-two people had been rescued by Monday morning, the agency said."
    assert "date" not in kinds(f, "The agency said 37 people had been rescued on Sunday.")


def test_figures_that_are_not_one_value() -> None:
    # a close and a move just after an announcement
    a = "The rupiah closed at 16,240 per dollar on Friday."
    assert "number" not in kinds(a, "The rupiah weakened 0.3% to 16,305 per dollar shortly after the decision.")
    # the whole of a part against a part
    b = "Four of the train's eight carriages left the rails, the operator said."
    assert "number" not in kinds(b, "Four carriages left the rails, and two ended up on their side.")
    assert "number" in kinds(b, "Four of the train's nine carriages left the rails.")
    # a part named with 'of it'
    c = "The budget includes $18.2 billion for schools and raises per-pupil funding to $10,400."
    assert "number" not in kinds(c, "The plan includes $18.2 billion for schools, $1.9 billion of it for transport.")
    # working days of weeks
    d = "Lecturers began 15 days of strike action on Monday, the union said."
    assert "number" not in kinds(d, "Lecturers began a three-week walkout on Monday.")
    assert "number" in kinds(d, "Lecturers began a four-week walkout on Monday.")
    # a bare $ in local dollars
    e = "The station was rebuilt in 2023 as part of a $9 million upgrade."
    assert "number" not in kinds(e, "The station was rebuilt in 2023 at a cost of A$9 million ($6 million).")


def test_compound_durations_and_set_scores_are_one_figure_each() -> None:
    a = "The final lasted two hours and 38 minutes."
    assert "number" in kinds(a, "The final took three hours and four minutes.")
    assert "number" not in kinds(a, "The final took 2 hours, 38 minutes.")
    assert "number" in kinds("The film runs 126 minutes.", "The film runs two hours and 16 minutes.")
    assert "number" not in kinds("The film runs 136 minutes.", "The film runs two hours and 16 minutes.")
    # set scores in their order
    b = "Kovac beat Lindqvist 7-5, 4-6, 6-3 in the final on Sunday."
    assert "number" in kinds(b, "Kovac won the final 7-5, 6-4, 6-3.")
    assert "number" not in kinds(b, "Kovac won the final 7-5 4-6 6-3.")


def test_scores_of_a_match_under_way() -> None:
    a = "Lindqvist served for the match at 5-4 in the third set but was broken."
    assert "number" not in kinds(a, "Lindqvist was broken, then fell behind 5-2 in the tiebreak.")
    # one moment of play told twice
    assert "number" in kinds(a, "Lindqvist had served for the match at 6-5 in the third set.")


def test_lengths_and_weights_in_two_units_meet_on_one_scale() -> None:
    a = "Oil now stains about 20 miles of the coast, the authority said."
    assert "number" in kinds(a, "The slick has now polluted nearly 55 kilometres of the coast.")
    assert "number" not in kinds(a, "The slick has now polluted roughly 32 kilometres of the coast.")
    b = "Customs seized 5,100kg of pangolin scales."
    assert "number" in kinds(b, "Customs seized 7.3 tonnes of pangolin scales.")
    assert "number" not in kinds(b, "Customs seized 5.1 tonnes of pangolin scales.")
    # a conversion in brackets is the figure once more, not a second figure
    c = "The dinosaur was about 25 metres (82 feet) long, the researchers said."
    assert "number" in kinds(c, "The dinosaur was roughly 21 metres (69 feet) long.")
    assert "number" not in kinds(c, "The dinosaur was roughly 82 feet long.")


def test_variants_adjectives_laps_and_quoted_days_are_no_conflicts() -> None:
    # the Dutch ij written y
    a = "The mayor of Ghent, Pieter van Dijk, said the city was in mourning."
    assert "entity" not in kinds(a, "Mayor Pieter Van Dyk of Ghent said the city was in mourning.")
    assert "entity" in kinds(a, "Mayor Pieter Van Dijl of Ghent said the city was in mourning.")
    # a faith's adjective is no name
    b = "Nine people died in a stampede at the Magh Mela fair at Prayagraj on Monday, officials said."
    assert "entity" not in kinds(b, "Nine people died in a stampede at a Hindu festival in northern India on Monday.")
    # a lap is a place in a race, not a count
    c = "The safety car came out on lap 19 after two cars touched."
    assert "number" not in kinds(c, "The race was neutralised once by a safety car after two cars touched.")
    assert "number" in kinds(c, "The safety car came out on lap 23 after two cars touched.")


def test_a_relative_day_inside_a_quotation_is_the_speakers() -> None:
    early = datetime(2026, 11, 28, 22, 0, tzinfo=timezone.utc)
    late = datetime(2026, 11, 29, 20, 0, tzinfo=timezone.utc)
    a = "\u201cThe car was perfect tonight, I just had to bring it home,\u201d Ferrand said."
    b = "The French driver said afterwards: \u201cThe car was perfect tonight.\u201d"
    assert "date" not in kinds(a, b, early, late)


def test_a_country_and_a_producer_in_it_are_two_subjects() -> None:
    a = "Los Bronces produced 410,000 tonnes of copper last year, about 8% of Chilean output."
    assert "entity" not in kinds(a, "Chile produced about 5.3mn tonnes of copper last year.")
    # two countries in one slot still conflict
    b = "Neighbouring Austria sent two helicopters to the flooded valley."
    assert "entity" in kinds(b, "Neighbouring Croatia sent two helicopters to the flooded valley.")


def test_metal_prices_on_two_days() -> None:
    a = "Copper prices on the London Metal Exchange eased 0.4% to $9,790 a tonne on Wednesday."
    assert "date" not in kinds(a, "Copper rose 1.2 per cent to $9,840 a tonne on the London Metal Exchange on Tuesday.")
    assert "date" not in kinds(a, "Copper futures on the London Metal Exchange rose in early trading on Tuesday.")


def test_counts_of_late_one_night_and_early_the_next_morning_are_one_moment() -> None:
    pub = datetime(2026, 11, 29, 10, 0, tzinfo=timezone.utc)
    a = "Two soldiers were killed and four wounded in a clash on the border early on Saturday, the ministry said."
    b = "Three soldiers were killed and four were wounded in a firefight on the border late on Friday."
    assert "number" in kinds(a, b, pub, pub)
    # two readings hours apart on one day stay two moments
    c = "Peak demand reached 41,200 MW at 2 p.m. on Friday, the grid operator said."
    assert "number" not in kinds(
        c, "Peak demand reached 38,100 MW on Friday evening, the grid operator said.", pub, pub
    )


def test_a_short_surname_spelled_two_ways_is_flagged() -> None:
    a = "In an email to staff, CEO Marisa Kwon called the cuts painful."
    assert "entity" in kinds(a, "CEO Marisa Kwan wrote in a memo that the cuts were painful.")


def test_one_forecast_verb_predicts_every_figure_it_lists() -> None:
    a = "The budget forecasts growth of 1.6% and a deficit of 2.8%."
    assert "number" in kinds(
        a, "The budget foresees a deficit of 2.8% of output and economic growth of 2.2% next year."
    )
    # a forecast against an outcome stays two moments
    assert "number" not in kinds(a, "The economy grew by 2.2% last year, the statistics office said.")


def test_a_business_from_a_place_is_based_there() -> None:
    a = "The ferry belongs to Bergen-based operator Nordsjø Linjer."
    assert "entity" in kinds(a, "The ferry is run by Nordsjø Linjer, a small company from Stavanger.")
    assert "entity" not in kinds(a, "The ferry is run by Nordsjø Linjer, a small company from Bergen.")


def test_one_person_placed_at_two_institutions() -> None:
    a = "The study was led by Dr Lena Brandt at the University of Zurich."
    assert "entity" in kinds(a, "The study, led by Lena Brandt of the University of Basel, was published on Monday.")
    assert "entity" not in kinds(a, "The study was led by Lena Brandt of the University of Zurich.")
    # two people at two places: the conflict, if any, is the leader's name, not the institution
    c = kinds(a, "The study was led by Tom Weiss of the University of Basel.")
    assert "University" not in c["entity"].value_a


def test_one_person_placed_at_two_firms_and_one_firms_person_with_two_given_names() -> None:
    a = "Ilse Vermeulen of Scheldt Capital said the cut had been expected for weeks."
    assert "entity" in kinds(a, "Vermeulen, an economist at Polder Securities, said the bank had been cautious.")
    assert "entity" not in kinds(a, "Vermeulen, an economist at Scheldt Capital, said the bank had been cautious.")
    # a surname alone on both sides may be two people
    assert "entity" not in kinds(
        "Vermeulen of Scheldt Capital said the cut was expected.", "Vermeulen of Polder Securities said so too."
    )
    b = "Johan Vermeulen of Scheldt Capital said the print was uncomfortable."
    assert "entity" in kinds(a, b)
    assert "entity" not in kinds(b, "Johan Vermeulen of Scheldt Capital said the bank would not like it.")
    assert "entity" not in kinds(b, "Ilse Vermeulen said the bank would not like it.")  # no firm told on one side


def test_one_office_of_one_owner_held_by_two_people() -> None:
    a = "Kisumu County Health Officer Achieng Otieno said the teams would be at the markets."
    assert "entity" in kinds(a, "Wanjiru Kamau, the Kisumu county health officer, said teams would be at the markets.")
    assert "entity" in kinds(
        "The festival director, Lucien Marchetti, opened the week.",
        "The festival's director, Odile Baptiste, opened it.",
    )
    # an office with no owner told, a holder told as former or acting, or both people named on one side
    assert "entity" not in kinds("Sen. Ada Byrne said the bill would pass.", "Sen. Tom Walsh said it would pass.")
    assert "entity" not in kinds(a, "Acting Kisumu County Health Officer Wanjiru Kamau said teams were ready.")
    assert "entity" not in kinds(
        a, "Kisumu County Health Officer Wanjiru Kamau, who replaced Achieng Otieno, said teams were ready."
    )
    # an office whose name holds 'and' is read whole: two chambers' chairs
    assert "entity" not in kinds(
        "House Ways and Means chair Ada Byrne said the delay came from the talks.",
        "Senate Ways and Means chair Tom Walsh said the talks took weeks.",
    )


def test_a_participle_after_an_adverb_is_no_past_tense() -> None:
    # published on a Thursday: 'would be formally declared on Friday' is the next day, 'today' in a
    # Friday paper the same one
    thu = datetime(2026, 11, 26, 17, 0)
    fri = datetime(2026, 11, 27, 6, 0)
    a = "The commission said the result would be formally declared on Friday."
    assert compare_pair(a, "The result will be formally declared today.", thu, fri) == []


def test_closed_with_the_figure_before_higher_is_the_close() -> None:
    a = "Shares of the chipmaker rose 4.1 percent in early trading, while the index gained 0.4 percent."
    assert "number" not in kinds(a, "The shares closed 2.2% higher, outpacing a 0.9% gain in the index.")


def test_one_act_with_two_named_objects_is_two_events() -> None:
    a = "Aalborg beat Kiel on Saturday."
    assert "date" not in kinds(a, "Aalborg beat Flensburg on Sunday.")
    assert "date" in kinds(a, "Aalborg beat Kiel on Sunday.")
    # a second main clause with its own subject: the date may be either clause's
    b = "Aalborg beat Kiel in the semi-final on Saturday, while Flensburg knocked out Veszprém."
    assert "date" not in kinds(b, "Earlier on Sunday, Kiel beat Veszprém in the match for third place.")


def test_a_total_before_and_a_total_including_the_event() -> None:
    a = "Before this seizure, police had found 210 kilos of heroin at the port this year."
    assert "number" not in kinds(
        a, "Including this seizure, 480 kilos of heroin have been found at the port this year."
    )
    assert "number" in kinds(a, "Before this seizure, police had found 150 kilos of heroin at the port this year.")


def test_a_part_of_a_whole_is_no_partner_for_the_other_sides_whole() -> None:
    a = "The keeper saved four penalties in the shoot-out, three of them with his left hand."
    assert "number" in kinds(a, "The keeper saved three penalties in the shoot-out before the final kick.")
    # a count of the subset itself is the part's partner
    b = "The ship carries nine containers, seven of them for paying customers."
    assert "number" not in kinds(b, "It carried seven commercial containers for customers abroad.")


def test_a_clock_time_against_a_part_of_the_same_day() -> None:
    a = "The dam gave way at about 5 p.m. local time on Sunday, officials said."
    assert "date" in kinds(a, "The dam gave way on Sunday morning, flooding two villages.")
    assert "date" not in kinds(a, "The dam gave way on Sunday evening, flooding two villages.")
    # a plan against the event: the hour may have slipped
    b = "The minister will open the bridge today at 11am."
    assert "date" not in kinds(b, "The minister opened the bridge on Tuesday afternoon.")


def test_figures_at_two_times_of_day_are_two_readings() -> None:
    a = "The grid operator said demand reached 38,400 megawatts at 1 p.m., a record for June."
    assert "number" not in kinds(a, "Electricity demand peaked at 37,900 MW on Tuesday evening, the operator said.")
    assert "number" in kinds(a, "Electricity demand peaked at 37,900 MW on Tuesday afternoon, the operator said.")


def test_a_glued_m_before_a_plural_count_is_million() -> None:
    a = "Hackers stole the data of 2.1 million customers, the firm said."
    assert "number" not in kinds(a, "Hackers stole the data of about 2.1m customers.")
    assert "number" in kinds(a, "Hackers stole the data of about 3.4m customers.")
    # 'a 1.8m wall' is a measure
    assert "number" not in kinds("The workers built a 1.8m wall.", "The workers built a wall of 1.8 metres.")


def test_a_hedged_range_keeps_both_ends() -> None:
    a = "The region records about 15 to 20 cases of the disease a year."
    assert "number" not in kinds(a, "The region recorded 18 cases of the disease last year.")


def test_two_counts_of_people_with_two_fates() -> None:
    a = "Nine patients have now tested positive at the hospital."
    assert "number" not in kinds(a, "Two patients have died at the hospital.")
    assert "number" in kinds(a, "Six patients have now tested positive at the hospital.")


def test_had_never_is_before_the_event() -> None:
    a = "Okoye won the men's race in 5:31:02."
    assert "negation" not in kinds(a, "Okoye, who had never won the race, took the title.")


def test_opening_and_closing_prices_are_two_moments() -> None:
    a = "The grocer's shares closed 9.4% higher on their first day of trading on Friday."
    b = "Shares in the grocer opened at 31.20 zlotys on their debut on Friday, 14 percent above the offer price."
    c = kinds(a, b)
    assert "number" not in c and "negation" not in c
    d = "The insurer's shares traded at 21.30 euros in the afternoon."
    assert "number" not in kinds(d, "The insurer's shares closed 12.1% higher at 21.75 euros.")


def test_a_rate_per_day_and_a_running_total() -> None:
    a = "The authority estimates that each day of the blockade costs it three million euros."
    assert "number" not in kinds(a, "The blockade had already cost more than 11 million euros since Monday.")


def test_a_value_with_debt_and_the_price_of_the_shares() -> None:
    a = "Including debt, the deal values the brewer at about 3.1 billion euros."
    assert "number" not in kinds(a, "The cash offer values the brewer at 2.4 billion euros.")
    assert "number" in kinds(
        "The cash offer values the brewer at 2.9 billion euros.",
        "The cash offer values the brewer at 2.4 billion euros.",
    )


def test_two_firms_seats_are_two_facts() -> None:
    a = "Holtmann Group, a Denmark-based maker of boxes, said it would buy Fennia Board."
    assert "entity" not in kinds(a, "Holtmann wants to buy Fennia Board, the Tampere-based cartonboard maker.")


def test_a_state_seen_at_two_moments() -> None:
    a = "By Monday evening, 31 ships were waiting off the coast."
    assert "date" not in kinds(a, "By early Tuesday, 44 vessels were queuing off the port.")


def test_the_days_peak_and_another_price_are_two_moments() -> None:
    a = "Shares in the miner jumped as much as 21% to 8.40 euros in Oslo trading."
    assert "number" not in kinds(a, "The miner's shares closed 17.5% higher at 8.12 euros in Oslo.")


def test_crore_lakh_and_rupees_written_rs() -> None:
    a = "The bridge cost Rs 340 crore to build."
    assert "number" in kinds(a, "The bridge cost ₹410 crore.")
    assert "number" not in kinds(a, "The bridge cost ₹340 crore.")
    assert "number" not in kinds("About 3.4 billion rupees were spent.", "Rs 340 crore was spent.")


def test_the_biggest_since_a_year_is_no_span_of_the_figure() -> None:
    a = "The listing raised 1.8 billion zlotys."
    assert "number" in kinds(a, "The listing raised 2.2 billion zloty, the biggest since 2021.")


def test_an_expected_value_is_a_forecast_like_a_forecast() -> None:
    a = "The Commission forecasts the deficit at 3.9% of GDP this year."
    assert "number" in kinds(a, "The Commission expects the deficit to reach 3.4% of economic output this year.")
    assert "number" not in kinds(a, "The deficit reached 3.4% of GDP last year.")


def test_the_speaker_after_an_organisation_and_a_title() -> None:
    a = "“The wind turned faster than anyone expected,” said CFA spokesman Tom Reilly."
    assert "entity" in kinds(a, "“The wind turned faster than anyone expected,” CFA Chief Officer Jane Mills said.")
    assert "entity" not in kinds(a, "“The wind turned faster than anyone expected,” Reilly said.")


def test_vote_tallies_are_scores() -> None:
    a = "The council voted 5-2 on Monday to close the library."
    assert "number" in kinds(a, "The council approved the closure on Monday, four votes to three.")
    assert "number" not in kinds(a, "The council approved the closure on Monday, five votes to two.")
    # a tally is no count to set against another figure of the sentence
    b = "The council voted 4-2 to fund a 6,000-seat arena."
    assert "number" not in kinds(b, "The council funded a new arena, four votes to two.")


def test_the_day_something_was_said_is_not_the_day_it_happened() -> None:
    a = "A Dutch engineer kidnapped in Mali has been freed, the Dutch government said Thursday."
    assert "date" not in kinds(a, "A Dutch engineer held in Mali was freed on Wednesday, officials said.")
    assert "date" in kinds("The engineer was freed on Thursday.", "The engineer was freed on Wednesday.")


def test_people_on_board_and_people_killed_are_two_counts() -> None:
    a = "In 2019 a cargo plane with 41 people on board crashed near the port."
    assert "number" not in kinds(a, "In 2019, 12 people were killed when a cargo plane crashed near the port.")


def test_not_clear_whether_is_a_doubt() -> None:
    a = "It was not clear whether the truck had been cleared to cross the runway."
    assert "negation" not in kinds(a, "The truck had been cleared to cross the runway, the authority said.")


def test_a_quotation_credited_to_a_person_and_to_their_aide() -> None:
    a = "“Every ballot was counted twice,” Okafor said in a statement."
    assert "entity" in kinds(a, "“Every ballot was counted twice,” said Okafor's campaign manager, Dana Reyes.")
    assert "entity" not in kinds(a, "“Every ballot was counted twice,” said Okafor, thanking her campaign manager.")


def test_a_speaker_after_a_title_in_capitals() -> None:
    a = "“Farmers are planting into dry dust this spring,” said Carla Imhof, the agency's state director."
    b = "“Farmers are planting into dry dust this spring,” said Nebraska Agriculture Secretary Hollis Brand."
    assert "entity" in kinds(a, b)


def test_since_jan_1_and_since_january_are_one_span() -> None:
    a = "The town has received 7.2 inches of rain since January."
    assert "number" in kinds(a, "The town has had 10.4 inches of rain since Jan. 1.")


def test_ended_lower_is_the_close() -> None:
    a = "The lender's shares ended 1.4 per cent lower in Frankfurt on Monday."
    assert "number" not in kinds(a, "The lender's shares fell 2.3% in Frankfurt by midday.")
    assert "number" in kinds(a, "The lender's shares closed 2.3% lower in Frankfurt on Monday.")


def test_a_condition_contrary_to_fact_denies_nothing() -> None:
    a = "The fine was cut by 30 per cent because the insurer agreed to settle."
    assert "negation" not in kinds(a, "The fine would have been £60m had the insurer not agreed to settle.")


def test_prices_on_two_trading_days() -> None:
    a = "The peso traded at 18.42 per dollar on the official market on Monday."
    assert "date" not in kinds(a, "The peso closed at 18.37 to the dollar on the official market on Friday.")


def test_afternoon_is_not_noon() -> None:
    a = "The harbour bridge reopened in the afternoon, the port authority said."
    assert "date" not in kinds(a, "The harbour bridge reopened at 3 pm, the port authority said.")
    assert "date" in kinds("The harbour bridge reopened at noon.", "The harbour bridge reopened at 3 pm.")


def test_readings_by_two_clock_times_in_one_zone() -> None:
    a = "By 0900 GMT, copper was up 1.1 percent at $9,870 a tonne."
    assert "number" not in kinds(a, "Copper rose 2.4 percent to $9,990 a tonne by 1530 GMT.")
    # one moment, two figures: still a conflict
    assert "number" in kinds(a, "Copper rose 2.4 percent to $9,990 a tonne by 0900 GMT.")


def test_a_count_so_far_against_the_days_total() -> None:
    a = "By midday, about 140 trains had been cancelled across the network."
    assert "number" not in kinds(a, "More than 260 trains were cancelled across the network.")
    # both told at their moment, the same one: a conflict
    b = "By midday, 90 trains had been cancelled across the network."
    assert "number" in kinds(a, b)


def test_the_day_a_resignation_takes_effect() -> None:
    a = "The chief justice has retired with effect from December 31."
    assert "date" not in kinds(a, "The chief justice retired on Monday, two years before the mandatory age.")
    # two days given for the step taking effect: a conflict
    assert "date" in kinds(a, "The retirement takes effect on January 15, the court said.")


def test_a_noun_is_not_the_denied_act() -> None:
    a = "“I will serve every member, including those who did not vote for me,” the new mayor said."
    assert "negation" not in kinds(a, "“I will serve every member,” the new mayor said after the vote.")
    assert "negation" in kinds(
        "The recall does not cover the older model, the company said.",
        "The recall covers the older model too, the company said.",
    )


def test_one_speaker_transliterated_twice() -> None:
    a = "“We will rebuild the market within a year,” said the governor, Youssef El Amrani."
    assert "entity" not in kinds(a, "“We will rebuild the market within a year,” Yusuf Al Amrany said.")
    assert "entity" in kinds(a, "“We will rebuild the market within a year,” said Karim Benali.")


def test_a_round_figure_and_the_exact_one() -> None:
    a = "The campaign aims to vaccinate 64,000 children in the two districts."
    assert "number" not in kinds(a, "The campaign will reach 64,300 children in the two districts.")
    assert "number" in kinds(a, "The campaign will reach 66,300 children in the two districts.")
    # one significant digit is no rounding of another figure
    assert "number" in kinds("The storm damaged 20,000 homes.", "The storm damaged 20,400 homes.")


def test_about_reaches_as_far_as_the_written_digits() -> None:
    a = "The chain's collapse puts about 4,300 jobs at risk."
    assert "number" in kinds(a, "The chain's collapse puts about 4,700 jobs at risk.")
    assert "number" in kinds(a, "The chain's collapse puts 4,700 jobs at risk.")
    # a round figure keeps its tenth: 'about 300' holds 320
    assert "number" not in kinds("About 300 jobs are at risk.", "Around 320 jobs are at risk.")
    assert "number" not in kinds(a, "The chain's collapse puts 4,350 jobs at risk.")


def test_two_ages_of_one_named_person() -> None:
    a = "Tamati Herewini, aged 41, died in June 2025 when a log rolled onto him near Opotiki."
    found = kinds(a, "Tamati Herewini, 44, was killed in August 2025 on a block near Opotiki.")
    assert "number" in found and "date" in found
    # two people's ages are not compared
    assert "number" not in kinds("Hana Moore, 41, was injured.", "Rua Tane, 44, was injured.")


def test_a_count_of_either_fate_holds_one_of_them() -> None:
    a = "At least 30 buses were cancelled or diverted on Monday."
    assert "number" not in kinds(a, "Twenty-two buses were cancelled on Monday.")
    # fewer of either fate than of one: a conflict
    assert "number" in kinds("Only 12 buses were cancelled or diverted.", "More than 20 buses were cancelled.")


def test_two_readings_over_two_windows() -> None:
    a = "Some 310 millimetres of rain fell in the 24 hours to 6 a.m. in Kagoshima."
    assert "number" not in kinds(a, "About 480 millimetres of rain fell over 72 hours in Kagoshima.")
    # one figure given two windows: a conflict
    assert "number" in kinds(a, "Some 310 millimetres of rain fell over 72 hours in Kagoshima.")


def test_a_fine_and_reparations_are_two_sums() -> None:
    a = "The transport firm was fined $240,000 in the Napier District Court."
    assert "number" not in kinds(a, "The firm was also ordered to pay $95,000 in reparations to the family.")
    assert "number" in kinds(
        "The judge ordered reparations of $95,000.", "The judge ordered the firm to pay $80,000 in reparation."
    )


def test_two_named_doers_count_their_own() -> None:
    a = "Calgary International Airport cancelled 90 flights."
    assert "number" not in kinds(a, "Edmonton International Airport cancelled 160 flights.")
    assert "number" in kinds(a, "Calgary International Airport cancelled 160 flights.")


def test_a_state_by_a_moment_against_the_days_figure() -> None:
    a = "The utility said about 52,000 homes were without power by midday."
    assert "number" not in kinds(a, "The utility said 31,000 homes lost power.")


def test_a_preposition_after_a_figure_is_not_what_it_counts() -> None:
    a = "About 9,200 riders took part in the day's events."
    b = "Some 6,000 riders started the long route itself, out of about 9,200 across all of the day's events."
    assert "number" not in kinds(a, b, None, None)
    assert "number" in kinds("About 9,200 riders took part.", "Some 6,000 riders took part.")


def test_closing_at_is_the_close() -> None:
    a = "The rand weakened 0.6% to 18.91 per dollar in the minutes after the decision."
    assert "number" not in kinds(a, "The rand was little changed, closing at 18.80 per dollar on Thursday.")


def test_an_acronym_in_the_order_of_its_own_language() -> None:
    a = "Lucía Ferrer of the ruling National Liberation Party was declared the winner."
    assert "entity" not in kinds(a, "Lucía Ferrer, of the ruling PLN, was declared the winner.")
    assert "entity" in kinds(a, "Lucía Ferrer, of the ruling PUSC, was declared the winner.")


def test_a_name_with_a_letter_doubled() -> None:
    a = "County Commissioner Mohamed Bare said the fire began in a kitchen."
    assert "entity" not in kinds(a, "County Commissioner Mohamed Barre said the fire started in a kitchen.")
    assert "entity" in kinds(a, "County Commissioner Mohamed Barry said the fire started in a kitchen.")


def test_a_place_after_a_preposition_is_not_a_denied_act() -> None:
    a = "Most of the camp's residents fled fighting in Sudan, and many have lived there for a decade."
    assert "negation" not in kinds(a, "Many residents were born in the camp and have never been to Sudan.")
    # a denied actor still is one
    b = "Her brother, not Achieng, collected the prize at the Kisumu office."
    assert "negation" in kinds("Achieng collected the prize herself at the Kisumu office.", b)


def test_a_later_step_names_another_place() -> None:
    a = "Nine workers were injured and taken to Al Bashir hospital in Amman."
    assert "entity" not in kinds(a, "Nine workers were hurt, and two of them were later flown to Irbid for surgery.")


def test_one_numbered_thing_given_two_places_in_its_series() -> None:
    a = "The fire started in a paint store on the fifth floor of the warehouse."
    assert "number" in kinds(a, "The fire started in a paint store on the sixth floor of the warehouse.")
    assert "number" in kinds("It was the 23rd round of talks.", "It was the 24th round of talks.")
    assert "number" not in kinds(a, "The fire started in a paint store on the fifth floor of the building.")
    # a period, a count since an event against one with no such start: no place of one thing
    assert "number" not in kinds("Sales rose in the second half.", "Sales rose in the third half.")
    # (a run's length is one since round 98: 'the third straight loss' / 'the fourth straight loss' conflict)
    assert "number" in kinds("It was the third straight loss.", "It was the fourth straight loss.")
    assert "number" not in kinds("It was the 64th flight of the rocket.", "It was its second flight since the failure.")


def test_two_ages_of_one_named_person_are_anchored() -> None:
    from reconcile.compare.numbers import AGE_APPOSITION

    a = "Brandt, 52, represents a district on the city's west side."
    b = "Brandt, 55, is serving his second term."
    c = kinds(a, b)
    assert c["number"].anchored and "Brandt" in c["number"].explanation
    assert AGE_APPOSITION.search(a) and AGE_APPOSITION.search(b)
    # two people's ages are no anchored conflict
    assert "number" not in kinds(a, "Okoye, 55, is serving her second term.")


def test_a_clock_time_at_night_is_after_noon() -> None:
    a = "Ortiz was shot around 10:15 Saturday night outside a bar on Grand Avenue, police said."
    assert "date" not in kinds(a, "The shooting happened at about 10:15 p.m. outside a bar on Grand Avenue.")
    assert "date" in kinds(a, "The shooting happened at about 11:30 p.m. outside a bar on Grand Avenue.")


def test_counts_so_far_on_two_days_with_a_clock_time() -> None:
    a = "Airlines had cancelled 90 flights as of Tuesday morning, the airport operator said."
    assert "number" not in kinds(a, "By midday on Thursday, 175 flights had been cancelled, the operator said.")


def test_a_fraction_and_a_percentage_told_about() -> None:
    assert "number" not in kinds(
        "Hydropower makes up around a third of the country's electricity.",
        "Hydropower generates about 30% of the country's electricity.",
    )


def test_a_name_with_an_ordinal_is_no_place_in_a_series() -> None:
    a = "The ruling, written by the court's Fourth Division, was read in Manila."
    assert "number" not in kinds(a, "The decision was written by the court's Sixth Division and read in Manila.")


def test_one_specific_figure_pairs_across_two_nouns() -> None:
    a = "They are being housed in 164 temporary relief centres (PPS) across nine districts, the state disaster management committee said."
    assert "number" not in kinds(
        a, "They are sheltering in 164 PPS, said state disaster management committee secretary Aziz Omar."
    )


def test_a_decimal_figure_read_as_two_kinds() -> None:
    a = "The day-ahead price for Tuesday in the DK1 zone rose to 3.17 Danish crowns per kilowatt-hour on Nord Pool."
    b = "For Tuesday, the spot price in electricity area 4, which covers the west, was set at 3.17 kroner per kilowatt hour."
    assert "number" not in kinds(a, b, None, None)


def test_two_conversions_of_one_sum() -> None:
    a = "She was found guilty of embezzling VND8.4 trillion (US$330 million) through bond sales."
    assert "number" not in kinds(a, "Prosecutors said she embezzled 8.4 trillion dong ($333 million) in bond sales.")
    assert "number" in kinds(a, "Prosecutors said she embezzled 9.1 trillion dong ($358 million) in bond sales.")


def test_richter_scale_ringgit_and_hyphenated_sums() -> None:
    a = "The US Geological Survey said the quake had a magnitude of 5.4."
    assert "number" in kinds(a, "According to the US Geological Survey, the quake measured 6.1 on the Richter scale.")
    b = "The cabinet approved a 9 billion baht ($250 million) package last week."
    assert "number" in kinds(b, "The cabinet had already approved a 0.9-billion-baht package for growers.")
    assert "number" not in kinds(b, "The cabinet had already approved a 9-billion-baht package for growers.")
    c = "The government has allocated RM25 million for flood relief in Pahang."
    assert "number" in kinds(c, "The government has allocated RM40mil for flood relief in Pahang.")
    assert "number" not in kinds(c, "The government has allocated RM25mil for flood relief in Pahang.")


def test_that_june_is_the_june_of_the_year_named_before() -> None:
    a = "Lawmakers passed the bill in their 2025 session, and the governor signed it that June."
    assert "date" not in kinds(a, "The law, signed by the governor in June 2025, bans drop boxes.")
    assert "date" in kinds(a, "The law, signed by the governor in August 2025, bans drop boxes.")


def test_opened_and_closed_told_in_sequence_on_one_side() -> None:
    a = "The fair, which opened on November 28, closed on Saturday with a gala concert attended by some 1,800 guests."
    assert "negation" not in kinds(a, "The fair opened on November 28 with a tribute to a local singer.")


def test_a_kilometre_marker_is_a_distance() -> None:
    a = "The leader broke clear after the pacemakers left the race at kilometre 32."
    assert "number" not in kinds(a, "The pacemakers stepped off at 32 kilometres, leaving four men at the front.")
    assert "number" in kinds(a, "The pacemakers stepped off at 35 kilometres, leaving four men at the front.")


def test_one_slot_filled_twice_beside_another_figure() -> None:
    a = "Turnout was 38.2%, down from 61% at the last general election."
    assert "number" in kinds(a, "Turnout was 32.8%.")
    assert "number" not in kinds(a, "Turnout was 38.2%.")


def test_a_figure_for_one_day_or_place_alone_is_a_part() -> None:
    a = "Nearly 900 flights have been cancelled since the strike began."
    assert "number" not in kinds(a, "About 260 flights were cancelled on Thursday alone.")
    assert "number" not in kinds(a, "At Schiphol alone, 260 flights were cancelled.")
    assert "number" in kinds(a, "About 260 flights have been cancelled since the strike began.")
    b = "On Tuesday alone, 85 new infections were recorded."
    assert "number" not in kinds(b, "In the past week alone, more than 300 new infections were recorded.")
    assert "number" in kinds(b, "On Tuesday alone, 58 new infections were recorded.")


def test_a_region_holds_the_town_named_on_the_other_side() -> None:
    a = "The blaze destroyed a warehouse owned by the company in Hyogo Prefecture."
    assert "entity" not in kinds(a, "The blaze destroyed a warehouse owned by the company in Himeji.")
    b = "The blaze destroyed a warehouse owned by the company in Osaka."
    assert "entity" in kinds(b, "The blaze destroyed a warehouse owned by the company in Himeji.")


def test_two_romanisations_of_one_korean_given_name() -> None:
    a = "Chief executive Lee Jong-hyun said orders would recover next year."
    assert "entity" not in kinds(a, "Orders will recover next year, chief executive Lee Jeong-hyun said.")
    assert "entity" in kinds(a, "Orders will recover next year, chief executive Lee Jong-hoon said.")


def test_a_rate_quoted_after_the_news_and_early_the_next_day() -> None:
    a = "The New Zealand dollar dropped to 57.2 US cents after the decision."
    assert "number" not in kinds(a, "The New Zealand dollar was at 57.6 US cents late on Thursday.")
    assert "number" in kinds(a, "The New Zealand dollar dropped to 56.1 US cents after the decision.")


def test_a_tally_after_passed_or_approved() -> None:
    a = "The council approved the plan by 14 votes to 7."
    assert "number" in kinds(a, "The plan was approved 12-9 after a long debate.")
    assert "number" not in kinds(a, "The plan was approved 14-7 after a long debate.")


def test_detainees_and_inmates_are_prisoners_provisions_are_sections() -> None:
    a = "Both countries freed six prisoners at the border crossing on Friday."
    assert "number" in kinds(a, "Nine detainees were freed at the border crossing on Friday.")
    b = "The judge struck down three provisions of the new mining law."
    assert "number" in kinds(b, "The judge declared five sections of the new mining law void.")


def test_a_temperature_with_a_day_after_it_and_the_scale_named() -> None:
    a = "The station recorded 41.2 degrees Celsius on Monday, a new record."
    assert "number" in kinds(a, "The country set a new record of 42.9C yesterday afternoon.")
    assert "number" not in kinds(a, "The country set a new record of 41.2C yesterday afternoon.")
    b = "Overnight lows would fall to about minus 3 degrees Celsius."
    assert "number" not in kinds(
        b, "Overnight lows would fall to about 27 degrees Fahrenheit (minus 3 degrees Celsius)."
    )


def test_a_tally_by_a_vote_of_words() -> None:
    a = "The board agreed to close the depot by a vote of six to three."
    assert "number" in kinds(a, "The board voted 5-4 to close the depot.")
    assert "number" not in kinds(a, "The board voted 6-3 to close the depot.")


def test_two_deadlines_of_one_target() -> None:
    a = "The utility aims to raise wind output to 6 gigawatts by 2031."
    assert "date" in kinds(a, "The utility plans to raise wind output to 6 gigawatts by 2034.")
    assert "date" not in kinds(a, "The utility plans to raise wind output to 6 gigawatts by 2031.")
    b = "The merger is expected to be completed by March 2027."
    assert "date" in kinds(b, "The merger is expected to close by the end of October 2027.")


def test_a_truce_and_a_ceasefire_agreement_signed_in_two_cities() -> None:
    a = "The two militias signed a ceasefire agreement in Addis Ababa on Friday."
    assert "entity" in kinds(a, "The two militias signed a truce in Mombasa on Friday.")
    assert "entity" not in kinds(a, "The two militias signed a truce in Addis Ababa on Friday.")


def test_one_person_two_nationalities_with_the_nordic_a_written_two_ways() -> None:
    a = "The panel was led by Norwegian conductor Sigrid Håland."
    assert "entity" in kinds(a, "The panel, chaired by Swedish conductor Sigrid Haaland, met twice.")
    assert "entity" not in kinds(a, "The panel, chaired by Norwegian conductor Sigrid Haaland, met twice.")


def test_two_readings_each_after_its_time() -> None:
    a = "At 9 am the lake stood at 4.6 metres."
    assert "date" not in kinds(a, "At 3 pm the lake stood at 4.9 metres at the harbour gauge.")


def test_counts_over_periods_of_two_lengths() -> None:
    a = "In the past two weeks, 1,240 new infections were reported."
    assert "number" not in kinds(a, "About 700 new infections were reported in the week to Sunday.")
    assert "number" in kinds(a, "In the past two weeks, 700 new infections were reported.")


def test_the_starts_of_two_counts_of_two_things() -> None:
    a = "The coastguard has logged 31 incursions by foreign trawlers since January."
    assert "date" not in kinds(a, "Since March, at least nine vessels have been seized by the coastguard.")
    assert "date" in kinds(a, "The coastguard has logged 31 incursions by foreign trawlers since April.")


def test_a_state_now_against_one_since_a_moment() -> None:
    a = "Protesters have occupied two ministries since early on Monday."
    assert "number" not in kinds(a, "Protesters are now occupying three ministries.")
    assert "number" in kinds(a, "Protesters have occupied three ministries since early on Monday.")


def test_seats_and_deputies_ships_and_vessels() -> None:
    a = "The alliance holds 74 seats in the 150-seat chamber."
    assert "number" in kinds(a, "The alliance has 71 deputies in the 150-member chamber.")
    assert "number" not in kinds(a, "The alliance has 74 deputies in the 150-member chamber.")
    b = "The carrier diverted three ships to Sines, its spokesman said."
    assert "entity" in kinds(b, "The carrier said it had diverted three vessels to Valencia.")


def test_the_dead_and_the_hurt_are_two_counts_when_pairing_figures() -> None:
    a = "A gas blast killed at least five people and injured more than 30 in the town of Brill, officials said."
    # the dead against the dead (at least five / four), the hurt against the hurt (more than 30 / 12): both
    # conflict; 'at least five' dead is never paired with 12 hurt
    got = kinds(a, "Four people died when a gas blast ripped through Brill on Friday, and 12 people were hurt.")
    assert "number" in got
    assert (got["number"].value_a, got["number"].value_b) in {("at least five", "Four"), ("more than 30", "12")}
    b = "One miner was killed and three were injured."
    assert "number" in kinds(b, "Two miners were killed in the collapse.")


def test_finishing_positions() -> None:
    a = "Britain's Tom Ashdown finished fourth in the giant slalom."
    assert "number" in kinds(a, "Tom Ashdown of Britain was the fastest Briton in seventh place.")
    assert "number" not in kinds(a, "Tom Ashdown of Britain crossed the line in fourth.")
    # 'first' alone is no place
    assert not extract_facts("It was the first time the race was held at night.", PUB).quantities


def test_deliveries_are_balls() -> None:
    a = "Her 88 off 52 deliveries won the match."
    assert "number" in kinds(a, "Her 88 off 57 balls won the match.")
    assert "number" not in kinds(a, "Her 88 off 52 balls won the match.")


def test_two_windows_of_two_readings_and_millimetres() -> None:
    a = "About 450 millimetres of rain fell over 36 hours in the hills."
    assert "number" not in kinds(a, "The hills took more than 15 inches of rain in 12 hours.")
    b = "It followed 180mm of rain in four hours, the weather service said."
    assert "number" in kinds(b, "The town received 180 millimetres of rain in nine hours.")
    assert "number" in kinds("Up to 35 centimeters of snow fell.", "Up to 50 centimetres of snow fell.")


def test_two_indices_named_with_and_without_their_number() -> None:
    a = "The Russell Midcap climbed 1.6%."
    assert "number" not in kinds(a, "The Dow rose 0.8%, while the small-cap Russell 2000 climbed 2.1%.")
    assert "number" in kinds(a, "The Dow rose 0.8%, while the Russell Midcap climbed 2.1%.")


def test_readings_round_hundreds_and_a_year_as_a_subject() -> None:
    a = "The river was 6.2 metres high at 7am, the agency said."
    assert "date" not in kinds(a, "On Monday morning, the river was 6.4 metres high at 11am.")
    assert "number" not in kinds("The park now has 12,700 rhinos.", "The rhino population has risen to 12,734.")
    assert "number" in kinds("The park now has 12,700 rhinos.", "The rhino population has risen to 12,934.")
    b = "Scientists warned of worse to come, after 2019 brought record fires."
    assert "date" not in kinds(b, "Fires in 2019 burned a record area of forest.")


def test_a_fire_breaking_out_and_brought_under_control() -> None:
    a = "The fire broke out shortly after 2:00 am."
    assert "date" not in kinds(a, "The fire was brought under control shortly before 06:00.")
    assert "date" in kinds(a, "The fire broke out at about 4:30 am.")


def test_a_running_count_now_against_one_as_it_stood() -> None:
    a = "The blaze has now burnt through 9,400 hectares."
    assert "number" not in kinds(a, "The blaze had burnt 6,100 hectares by Friday night, officials said.")
    assert "number" in kinds("The blaze burnt 9,400 hectares.", "The blaze burnt 6,100 hectares.")


def test_a_sentence_that_tells_the_previous_day() -> None:
    a = "Inspectors on Friday began checking the dam that burst the previous evening."
    assert "date" not in kinds(a, "The dam burst on Thursday evening, flooding two villages.")


def test_a_short_form_of_a_name_is_no_other_spelling() -> None:
    a = "The Fiji Meteorological Service said the storm had weakened."
    assert "entity" not in kinds(a, "The Fiji Met said the storm had weakened.")
    assert "entity" in kinds("Inspector Ray Kowalski spoke.", "Inspector Ray Kowalczyk spoke.")


def test_when_something_will_not_happen_against_when_it_will() -> None:
    a = "The minister said the cabinet would not propose new tax cuts this year."
    assert "date" not in kinds(a, "The minister said the cabinet would propose a package of tax cuts in the spring.")
    b = "The airport did not reopen until shortly before noon on Monday."
    assert "date" in kinds(b, "The airport reopened at 5 am on Monday.")


def test_a_second_denial_an_expectation_occurrences_in_a_span_and_others_of_one() -> None:
    a = '"Rules are rules, and we will not reopen the stand until it has been checked," the club said.'
    assert "negation" not in kinds(a, "The club said the stand would not reopen before it had been checked.")
    b = "The regulator has not published its own forecast."
    assert "negation" not in kinds(b, "The regulator was expected to publish new forecasts on Friday.")
    c = "The club were playing in their fourth final in six years."
    assert "number" not in kinds(c, "The club were chasing their second title in two years.")
    d = "The mayor sacked the police chief and three other senior officials."
    assert "number" not in kinds(d, "The mayor on Monday replaced four senior officials.")
    assert "number" in kinds(d, "The mayor on Monday replaced six senior officials.")


def test_a_toll_read_as_it_rose_on_a_day_against_a_page_of_another_day() -> None:
    a = "The number of people killed in the flooding rose to 19 on Wednesday, the civil defence said."
    b = "Fifteen people have died in the flooding, the civil defence said."
    day_before = PUB  # Tuesday 10 November
    wednesday = PUB + timedelta(days=1)
    assert "number" not in kinds(a, b, wednesday, day_before)
    assert "number" in kinds(a, b, wednesday, wednesday)  # one day: one count told two ways
    # a final figure that stood at a value is no running count
    c = "Turnout stood at 71 percent, according to figures released on Wednesday."
    assert "number" in kinds(c, "Turnout was 64 percent.", wednesday, day_before)


def test_a_failure_or_refusal_to_act_denies_the_act() -> None:
    a = "Landlords who fail to renew the licence face a fine of 5,000 euros."
    assert "negation" not in kinds(a, "Failure to renew the licence is punished with a fine of 5,000 euros.")
    assert "negation" not in kinds("She kept up her refusal to resign.", "She refused to resign.")
    assert "negation" in kinds("His refusal to testify angered the panel.", "He agreed to testify before the panel.")


def test_a_name_with_an_elided_particle_and_the_city_of_a_place() -> None:
    a = "Ghana drew with Côte d'Ivoire 1-1 in Kumasi on Sunday."
    assert "entity" not in kinds(a, "Ghana drew with Ivory Coast 1-1 in Kumasi on Sunday.")
    assert "entity" in kinds(a, "Ghana drew with Burkina Faso 1-1 in Kumasi on Sunday.")
    b = "The cargo plane made an emergency landing in Shymkent on Friday."
    assert "entity" in kinds(b, "The cargo plane made an emergency landing in the Kazakh city of Taraz on Friday.")
    assert "entity" not in kinds(
        b, "The cargo plane made an emergency landing in the Kazakh city of Shymkent on Friday."
    )


def test_a_term_that_ends_is_not_the_death_of_its_holder() -> None:
    a = "She will serve out the term of the late deputy Ana Ruiz, which ends in May 2028."
    assert "date" not in kinds(a, "The seat fell vacant when deputy Ana Ruiz died in August.")
    b = "The ministry announced the plan of the late deputy Ana Ruiz, which was published in May."
    assert "date" in kinds(b, "The ministry announced the plan, which was published in August.")


def test_a_score_in_half_points_is_exact() -> None:
    a = "Petrosyan won the open with 6.5 points from eight rounds."
    assert "number" in kinds(a, "Petrosyan took the title on 7 points from eight rounds.")
    assert "number" not in kinds(a, "Petrosyan took the title on 6.5 points from eight rounds.")
    assert "number" not in kinds("The index rose 112.4 points.", "The index rose 112 points.")


def test_a_unit_written_before_its_noun() -> None:
    a = "The 1.8-gigawatt plant will be the largest in the state."
    assert "number" in kinds(a, "The plant is designed to produce 1.5 gigawatts.")
    assert "number" not in kinds(a, "The plant is designed to produce 1.8 gigawatts.")


def test_one_given_name_spelt_two_ways_before_one_surname() -> None:
    a = "Police chief Marisol Ortega said the road would reopen on Friday."
    assert "entity" in kinds(a, "Police chief Marisa Ortega said the road would reopen on Friday.")
    for other in ("Marisol Ortega", "Marysol Ortega", "Mari Ortega"):
        assert "entity" not in kinds(a, f"Police chief {other} said the road would reopen on Friday."), other
    # another given name in the same office is no spelling, but one office holder named two ways
    assert "entity" in kinds(a, "Police chief Carlos Ortega said the road would reopen on Friday.")
    assert "entity" not in kinds("Mohammed Idris scored twice.", "Muhammad Idris scored twice.")


def test_the_one_name_each_side_lacks_of_one_kind() -> None:
    a = "A magnitude 5.1 earthquake struck off the coast of Marin County on Monday night."
    assert "entity" in kinds(
        a, "A magnitude 5.1 earthquake centred off Sonoma County shook the region on Monday night."
    )
    assert "entity" not in kinds(
        a, "A magnitude 5.1 earthquake centred off Marin County shook the region on Monday night."
    )
    # people sharing a surname are left to their roles
    b = "Michelle Obama spoke at the rally on Sunday."
    assert "entity" not in kinds(b, "Barack Obama spoke at the rally on Sunday.")


def test_a_date_in_a_clause_of_place_dates_that_clause() -> None:
    a = "The striker has already had his medical in Lisbon, where he landed on Sunday night."
    assert "date" not in kinds(a, "The striker has yet to have a medical, which is expected in Lisbon next week.")
    assert "date" in kinds(a, "The striker landed in Lisbon on Saturday night.")


def test_a_person_named_by_nationality_and_an_acronym_in_its_own_language() -> None:
    a = "It was the third stage win of the Dane's career."
    assert "entity" not in kinds(a, "It was the third stage win of Mortensen's career.")
    b = "The injured were flown to the Regional Hospital of East Jutland."
    assert "entity" not in kinds(b, "The injured were flown to REJ, the regional hospital in Aarhus.")
    assert "entity" in kinds(b, "The injured were flown to Aalborg University Hospital.")


def test_an_hour_and_some_minutes_and_a_figure_in_millions_with_a_hyphen() -> None:
    a = "The final lasted an hour and 22 minutes."
    assert "number" not in kinds(a, "The final lasted 82 minutes.")
    assert "number" in kinds(a, "The final lasted 95 minutes.")
    b = "The start-up raised $45-million in its latest round."
    assert "number" not in kinds(b, "The start-up raised $45 million in its latest round.")
    assert "number" in kinds(b, "The start-up raised $54 million in its latest round.")


def test_short_given_names_spelt_two_ways_are_one_name() -> None:
    a = "Agency head Rudy Hartono said the ash column reached four kilometres."
    assert "entity" not in kinds(a, "Agency head Rudi Hartono said the ash column reached four kilometres.")


def test_reopening_follows_a_closing_told_with_no_time() -> None:
    a = "The bridge was closed while divers searched the river."
    assert "negation" not in kinds(a, "The bridge reopened on Wednesday morning.")
    assert "negation" in kinds("The bridge remains closed to traffic.", "The bridge reopened on Wednesday morning.")


def test_a_denied_act_on_another_named_object() -> None:
    a = "Officials said the oil had not reached the Danube."
    assert "negation" not in kinds(a, "Officials said the oil had reached the Timis, a tributary of the Danube.")
    assert "negation" in kinds(a, "Officials said the oil had reached the Danube.")


def test_what_one_side_asks_for_and_the_other_offers() -> None:
    a = "The union is demanding a pay rise of 15 percent over two years."
    assert "number" not in kinds(a, "The airline has offered a pay rise of 6 percent over two years.")
    assert "number" in kinds(a, "The union is demanding a pay rise of 11 percent over two years.")


def test_a_state_since_a_moment_against_a_deadline() -> None:
    december = datetime(2026, 12, 1, 9, 0, tzinfo=timezone.utc)
    a = "Fortum's Loviisa 2 unit has been out of service for ten days, and the company expects it back by mid-December."
    b = "The Loviisa 2 reactor has also been shut since late November because of a transformer fault."
    assert "date" not in kinds(a, b, december, december)


def test_a_goal_after_some_minutes_is_in_that_minute() -> None:
    a = "Okafor put the hosts ahead in the 27th minute before the visitors levelled after the break."
    b = "Okafor opened the scoring after 27 minutes, and Mensah equalised in the 61st minute."
    assert "number" not in kinds(a, b, None, None)
    assert "number" in kinds("Okafor scored in the 27th minute.", "Okafor scored after 31 minutes.")


def test_counts_during_an_event_and_after_it() -> None:
    a = "Police reported 14 arrests after fighting between rival supporters."
    assert "number" not in kinds(a, "Police said no arrests were made during the game.")
    assert "number" in kinds(a, "Police reported 9 arrests after fighting between rival supporters.")


def test_a_denial_before_a_time_says_later() -> None:
    a = "The company said it expected the line to resume partial output by March 3."
    assert "negation" not in kinds(a, "The company said it did not expect the line to resume any output before April.")
    assert "negation" in kinds(a, "The company said it did not expect the line to resume output at all.")


def test_gauge_readings_at_two_moments() -> None:
    a = "The snow in Nagaoka was nearly 110 cm deep early Tuesday, according to the weather agency."
    assert "date" not in kinds(
        a, "Snow had piled up to 85 centimeters in Nagaoka on Monday evening, the weather agency said."
    )
    assert "date" in kinds("The pass was closed early on Tuesday.", "The pass was closed on Monday evening.")


def test_a_span_named_in_another_clause_and_two_lines_of_one_account() -> None:
    a = "The central bank cut its main rate by 50 basis points on Thursday, its third cut this year."
    assert "number" in kinds(a, "The central bank cut its main rate by 75 basis points on Thursday.")
    b = "Net profit for the half rose 12% to 4.1 billion kronor."
    assert "number" not in kinds(
        b, "Operating profit for the half came to 5.6 billion kronor, up 9% from a year earlier."
    )
    assert "number" in kinds(b, "Net income for the half came to 5.6 billion kronor.")


def test_one_match_told_by_its_result_dated_twice() -> None:
    a = "Wydad Casablanca won the league derby against Raja 3-1 on Saturday at the Mohammed V stadium."
    b = "Wydad Casablanca beat Raja 3-1 in the city derby on Sunday at the Mohammed V stadium in front of a full house, in the 12th round of the league."
    assert "date" in kinds(a, b)
    assert "date" not in kinds(a, b.replace("3-1", "2-0"))


def test_one_thing_changed_and_left_as_it_was() -> None:
    a = "The central bank raised its deposit rate to 3.25 percent on Thursday."
    assert "negation" in kinds(a, "The central bank left its deposit rate unchanged on Thursday.")
    assert "negation" not in kinds(a, "The central bank left its lending rate unchanged on Thursday.")


def test_one_person_given_two_parties() -> None:
    a = "Conservative councillor Priya Nandra said the cuts were unavoidable."
    assert "entity" in kinds(a, "Liberal councillor Priya Nandra said the cuts were unavoidable.")
    assert "entity" not in kinds(a, "Veteran councillor Priya Nandra said the cuts were unavoidable.")
    assert "entity" not in kinds(a, "Conservative councillor Priya Nandra said the cuts could not be avoided.")


def test_a_name_with_an_ampersand() -> None:
    a = "P&O Ferries cancelled all sailings between Dover and Calais on Monday."
    assert "entity" in kinds(a, "Stena Line cancelled all sailings between Dover and Calais on Monday.")
    assert "entity" not in kinds(a, "P&O Ferries cancelled its crossings between Dover and Calais on Monday.")


def test_one_judge_two_surnames_upheld_against_overturned_and_no_plans() -> None:
    a = "The verdict was handed down by Pierce County Superior Court Judge Marta Villegas."
    assert "entity" in kinds(a, "Judge Marta Vallejos of Pierce County Superior Court handed down the verdict.")
    b = "The appeals court upheld the 2023 ruling by the district court."
    assert "negation" in kinds(b, "The appeals court overturned the 2023 ruling by the district court.")
    c = "The ministry said it would raise the fee by the end of the year."
    assert "negation" in kinds(c, "The ministry said it had no plans to raise the fee.")
    assert "negation" not in kinds(
        "The minister said he would not resign.", "The minister said he had no plans to resign."
    )


def test_a_bare_weekday_against_a_date_naming_that_weekday() -> None:
    a = "The new timetable takes effect from Thursday."
    assert "date" not in kinds(a, "The new timetable starts on Thursday, November 19.")
    assert "date" in kinds(
        "The new timetable starts on Thursday, November 12.", "The new timetable starts on Thursday, November 19."
    )


def test_a_date_closing_an_attribution_and_a_new_end_after_an_extension() -> None:
    a = "Four people have died in floods along the Mures river, which hit Arad county on Tuesday night."
    b = "The number of people killed by the floods on the Mures has risen to four, the emergency department announced on Wednesday evening."
    assert "date" not in kinds(a, b)
    c = "Forecasters issued a red warning for the Mures and its tributaries until Thursday at 18:00."
    assert "date" not in kinds(c, "The red warning for the Mures has been extended until Friday at 12:00.")
    assert "date" in kinds(
        c, "Forecasters issued a red warning for the Mures and its tributaries until Friday at 12:00."
    )


def test_a_group_a_lead_over_a_rival_bowling_figures_and_two_rain_windows() -> None:
    a = "Serbia lead group 6 with eight points, three ahead of Portugal."
    assert "number" not in kinds(a, "The win gives Serbia eight points from four games.")
    assert "number" in kinds(a, "Serbia lead group 6 with eight points, one ahead of Portugal.")
    b = "His seven for 61 in the second innings had Zimbabwe bowled out for 188."
    assert "number" not in kinds(b, "Zimbabwe were bowled out for 188, losing their last five wickets for 27 runs.")
    assert "number" in kinds(b, "His six for 61 in the second innings had Zimbabwe bowled out for 188.")
    c = "Chennai received 96 mm of rain in the 24 hours ending 8.30 am on Tuesday."
    assert "number" not in kinds(c, "Chennai has received 141 mm of rain since Saturday.")
    assert "number" in kinds(c, "Chennai received 141 mm of rain in the 24 hours ending 8.30 am on Tuesday.")


def test_a_range_with_two_percent_signs_zones_of_the_pacific_and_a_peak() -> None:
    a = "Inflation was 3.2 per cent in October, within the bank's target range of two to four per cent."
    assert "number" not in kinds(a, "The bank's target is 2%-4%.")
    assert "number" in kinds("The bank's target is 2%-4%.", "The bank's target is 3%-5%.")
    b = "Play resumes at 3.30pm NZT on Sunday."
    assert "date" not in kinds(b, "Play resumes at 10.30am AWST on Sunday.")
    assert "date" in kinds(b, "Play resumes at 12.30pm AWST on Sunday.")
    c = "Some 61,000 homes lost power at the height of the storm, the network operator said."
    assert "number" not in kinds(c, "The network operator said 44,000 homes were without power on Friday morning.")
    assert "number" in kinds(c, "The network operator said 75,000 homes were without power on Friday morning.")


def test_rating_points_a_points_lead_a_currency_acronym_and_a_move_during_the_day() -> None:
    a = "The win takes her live rating past 2710, a gain of 9 points."
    assert "number" not in kinds(a, "She gains 9 rating points and is expected to enter the top 20.")
    b = "Okoro now has a 9-point lead in the standings over Haas."
    assert "number" not in kinds(b, "The Nigerian now leads the standings by 9 points after three rounds.")
    assert "entity" not in kinds("The prize comes with 10 million CFA francs.", "The winner receives 10 million FCFA.")
    c = "Shares of Northgate rose 14 per cent in midday trading on the Toronto Stock Exchange."
    assert "number" not in kinds(c, "Northgate shares had jumped almost 18 per cent on Monday.")
    assert "number" in kinds(
        "Northgate shares rose 14 per cent on Monday.", "Northgate shares had jumped almost 18 per cent on Monday."
    )


def test_an_index_rounded_a_move_after_news_counts_of_two_places_and_an_accusation() -> None:
    assert "number" not in kinds(
        "The Merval fell 2.1%, to 98,412 points.", "The Merval index fell 2.1% to 98,400 points."
    )
    a = "Norvik shares rose 3.4% in Oslo after the announcement, as investors welcomed the deal."
    assert "number" not in kinds(a, "Norvik shares closed 2.2 percent higher in Oslo on Tuesday.")
    b = "A woman in Iberia Parish was killed when a tree fell on her car, and three people in Vermilion Parish died in a fire."
    assert "number" not in kinds(b, "One woman died in Iberia Parish when a tree fell on her car, the sheriff said.")
    assert "number" in kinds("Three people died in Iberia Parish.", "Five people died in Iberia Parish.")
    c = "Belgrade accuses Pristina of arming the militia, which Pristina denies."
    assert "negation" not in kinds(c, "Pristina has denied arming the militia.")


def test_a_lead_told_as_points_clear_two_holders_a_family_a_romanised_name_gulf_currencies_and_a_series() -> None:
    a = "Rovers have 41 points from 18 games."
    assert "number" not in kinds(a, "The win leaves Rovers five points clear at the top of the league.")
    assert "number" in kinds("Rovers are five points clear at the top.", "Rovers are three points clear at the top.")
    b = "Poland now have four wins from five games in the group."
    assert "number" not in kinds(b, "Czechia now have three wins and two defeats.")
    assert "number" in kinds(b, "Poland now have three wins and two defeats.")
    c = "A truck carrying five members of one family overturned in the river."
    assert "number" not in kinds(
        c, "Among the dead were a man and his two daughters, whose truck overturned while crossing the river."
    )
    d = "The mayor of Sidi Qassem said the aid arrived on Monday."
    assert "entity" not in kinds(d, "The mayor of Sidi Kassem said the aid arrived on Monday.")
    e0 = "The aid convoy reached Douar Ouled Yaacoub on Monday."
    assert "entity" not in kinds(e0, "The aid convoy reached Douar Ouled Yakoub on Monday.")
    assert "entity" in kinds(e0, "The aid convoy reached Douar Ouled Yassine on Monday.")
    e = "Drivers who ignore the closure face a fine of QR 10,000."
    assert "entity" not in kinds(e, "Drivers who ignore the closure face a fine of QAR10,000.")
    assert "number" in kinds(e, "Drivers who ignore the closure face a fine of QAR 12,000.")
    f = "The group reports its second-quarter figures on 30 July."
    assert "date" not in kinds(f, "The group reported its first-quarter figures on Thursday.")
    assert "date" in kinds(f, "The group reports its second-quarter figures on 6 August.")
    g = "The carmaker will start deliveries in the first half of 2028."
    assert "date" in kinds(g, "The carmaker will start deliveries in the second half of 2028.")


def test_talks_broken_off_and_resumed_a_party_named_fail_two_relations_and_two_fined_parties() -> None:
    a = "Negotiations between the union and the trust collapsed on Monday evening."
    assert "date" not in kinds(a, "Negotiations between the union and the trust are expected to resume on Wednesday.")
    assert "date" in kinds(a, "Negotiations between the union and the trust collapsed on Tuesday evening.")
    b = "Fianna Fáil candidate Aoife Brennan was elected on the fifth count."
    assert "negation" not in kinds(b, "Aoife Brennan of Fianna Fáil was elected on the fifth count late on Sunday.")
    assert "negation" in kinds(b, "Aoife Brennan of Fianna Fáil was not elected on the fifth count.")
    c = "Nguyen Van Dang won the title on Sunday after beating his compatriot in three games."
    assert "entity" not in kinds(
        c, "Nguyễn Văn Đăng won the title on Sunday after beating his compatriot in three games."
    )
    assert strip_accents("Đăng, Łódź, Øresund") == "Dang, Lodz, Oresund"
    d = "The terminal is operated by Harbourline Logistics, which also runs two inland depots."
    assert "entity" not in kinds(d, "The terminal is owned by Harbourline Holdings, a listed investment group.")
    assert "entity" in kinds(d, "The terminal is run by Quayside Freight, which employs about 400 people.")
    e = "Hosts who skip the registry will face fines of GEL 500."
    assert "number" not in kinds(e, "Booking sites that show unregistered flats will face fines of GEL 8,000.")
    assert "number" in kinds(e, "Hosts who skip the registry will face fines of GEL 800.")
    assert "number" in kinds(e, "Those who do not register will face fines of GEL 800.")


def test_a_goal_at_n_minutes_a_record_since_two_years_a_sentence_against_an_acquittal_and_two_flags() -> None:
    a = "Okafor scored the winner with a header at 78 minutes."
    assert "number" in kinds(a, "Okafor headed the winner in the 81st minute from a corner.")
    assert "number" not in kinds(a, "Okafor headed the winner in the 78th minute from a corner.")
    b = "That is the largest number of arrivals for any July since 2018."
    assert "date" in kinds(b, "It is the largest July total since 2016.")
    assert "date" not in kinds(b, "It is the largest July total since 2018.")
    c = "The judge acquitted the two engineers who had signed off on the bridge."
    assert "negation" in kinds(c, "The two engineers were each sentenced to three years in prison.")
    d = "The Maltese-flagged Nordic Aurora is 183 metres long."
    assert "entity" in kinds(d, "The Liberia-flagged tanker, the Nordic Aurora, is 183 metres long.")
    assert "entity" not in kinds(d, "The Malta-flagged tanker, the Nordic Aurora, is 183 metres long.")
    assert "entity" not in kinds(d, "A Cyprus-flagged tug, the Harbour Star, towed a barge past it.")


def test_one_act_on_one_object_dated_twice_in_long_sentences() -> None:
    a = (
        "The Sudanese government and the RSF paramilitary group signed a protocol in Jeddah on Monday setting out"
        " how a truce in the west of the country will be monitored."
    )
    assert "date" in kinds(
        a, "Khartoum and the RSF fighters on Sunday signed a protocol in Jeddah on monitoring the truce."
    )
    assert "date" not in kinds(
        a, "Khartoum and the RSF fighters on Monday signed a protocol in Jeddah on monitoring the truce."
    )


def test_fares_that_go_up_to_a_price_a_score_after_beaten_a_place_after_was_and_observers_as_monitors() -> None:
    a = "Day passes will go up to $14.50 from March."
    assert "number" in kinds(a, "Day passes will climb to $14.25 from March.")
    assert "number" not in kinds(a, "Day passes will climb to $14.50 from March.")
    b = "Norway beat Denmark 31-28 in their qualifier in Oslo on Sunday."
    assert "number" in kinds(b, "Norway's handball team have beaten Denmark 31-27 in Oslo to stay top of the group.")
    c = "Mika Aalto finished sixth in 2:08:40, his best result in Berlin."
    assert "number" in kinds(c, "Finland's Mika Aalto was seventh in 2:08:40.")
    assert "number" not in kinds("The senator was first elected in 2008.", "The senator was second in line.")
    d = "The ceasefire will be checked by 30 observers from both sides and the regional bloc."
    assert "number" in kinds(d, "The agreement provides for 45 monitors from the two sides and the regional bloc.")


def test_the_length_of_one_play_those_left_out_and_a_teams_nickname() -> None:
    a = "Quarterback Ben Ruiz threw for 312 yards and three touchdowns."
    assert "number" not in kinds(a, "Ruiz sealed the win with a 9-yard run with two minutes left.")
    assert "number" in kinds("Ruiz scored on a 9-yard run.", "Ruiz scored on a 14-yard run.")
    assert "number" in kinds("A delegation of 12 travelled to Accra.", "A 15-member delegation travelled to Accra.")
    b = "About 12,400 homes in the county lost power, the utility said."
    assert "number" not in kinds(
        b, "Power had been restored to all but about 700 homes by the evening, the utility said."
    )
    assert "number" in kinds(b, "About 17,400 homes in the county lost power, the utility said.")
    c = "Idaho State beat Idaho 27-20 on Saturday to win the rivalry game."
    assert "entity" not in kinds(c, "The Bengals rallied in the fourth quarter to beat the Vandals 27-20.")
    assert "entity" in kinds("The Bengals beat the Vandals on Saturday.", "The Bengals beat the Broncos on Saturday.")


def test_one_bodys_vote_told_as_unanimous_and_as_split() -> None:
    a = "The rate-setting committee voted unanimously to hold the rate."
    assert "number" in kinds(a, "The decision was taken in a 6-1 vote of the rate-setting committee.")
    assert "number" not in kinds(a, "The Senate backed the budget in a 52-48 vote.")
    b = "The Assembly passed the bill 61-3, and the Senate followed with a 30-2 vote."
    assert "number" in kinds(b, "The Assembly vote was 61-3, and the Senate passed it unanimously.")
    assert "number" not in kinds(b, "The Assembly vote was 61-3, and the Senate passed it 30-2.")


def test_none_reported_against_some_reported() -> None:
    a = "Neighbouring Rwanda has so far reported no cases linked to the outbreak, health officials said."
    assert "negation" in kinds(a, "Neighbouring Rwanda has reported four cases linked to the outbreak, officials said.")
    assert "negation" not in kinds(a, "Neighbouring Burundi has reported four cases linked to the outbreak.")
    assert "negation" not in kinds(a, "The ministry has reported four deaths linked to the outbreak in the capital.")


def test_game_clock_quarters_of_a_game_a_win_margin_both_periods_named_and_one_word_for_one_night() -> None:
    a = "Sofia Lind's winner came at 3:12 of overtime, lifting the Wolves to a 3-2 win on Friday night."
    assert "date" not in kinds(a, "Sofia Lind scored 3:12 into the extra period and the Wolves beat the Bears 3-2.")
    b = "The visitors levelled the game in the third quarter, but their top scorer limped off and did not return."
    assert "date" not in kinds(b, "Their top scorer returned in the fourth quarter after treatment on his ankle.")
    assert "date" in kinds(
        "Revenue rose in the third quarter of 2026, the company said.",
        "Revenue rose in the fourth quarter of 2026, the company said.",
    )
    c = "Jonas Berg scored 27 points for the hosts."
    assert "number" not in kinds(
        c, "Jonas Berg took over late as the hosts beat the visitors by nine points on Friday."
    )
    assert "number" in kinds(
        "The winner was declared by 2,146 votes.", "The winner was declared with a margin of 2,416 votes."
    )
    d = "Defender Ali Sen did not return after the second period with an upper-body injury."
    assert "number" not in kinds(d, "Defender Ali Sen returned for the third period after leaving late in the second.")
    assert "number" in kinds("He scored in the second period.", "He scored in the third period.")
    e = "Some 300 firefighters were deployed overnight, while aircraft resumed water drops on Thursday."
    assert "date" not in kinds(
        e, "The fire service said 250 firefighters were battling the blaze overnight.", PUB, PUB + timedelta(days=1)
    )


def test_a_range_within_digits_grouped_the_indian_way_a_lead_of_intraday_points_and_an_outage_at_two_moments() -> None:
    a = "A final report is expected in 18 to 24 months."
    assert "number" not in kinds(a, "A final report is usually issued within 18 to 24 months.")
    assert "number" in kinds("The work will be done within 24 months.", "The work will be done in 30 months.")
    b = "The floods have affected 3,48,000 people in 14 districts."
    assert "number" in kinds(b, "The floods have affected 3,84,000 people in 14 districts.")
    assert "number" not in kinds(b, "The floods have affected 348,000 people in 14 districts.")
    c = "Sharma's first-innings 143 had given India the edge."
    assert "number" not in kinds(c, "India had taken a first-innings lead of 38 after a century from Sharma.")
    d = "The Dow Jones Industrial Average closed up 410 points."
    assert "number" not in kinds(d, "The Dow Jones Industrial Average was up about 250 points in midafternoon trading.")
    e = "More than 60,000 customers were without power Tuesday morning."
    assert "date" not in kinds(e, "About 4,000 customers were without power Tuesday night, the utility said.")


def test_a_threshold_a_figure_in_millions_read_twice_and_the_second_day_of_a_date() -> None:
    a = "The Greens won 4.6 percent and the Liberals 3.8 percent, so neither party cleared the 5 percent hurdle."
    assert "number" not in kinds(a, "The Greens and the Liberals both fell short of the 5 percent threshold for seats.")
    assert "number" in kinds(a, "The Greens won 5.4 percent and the Liberals 3.8 percent.")
    b = "Passenger numbers reached 21.7m in the quarter."
    assert "number" not in kinds(b, "The airline flew 21.7 million passengers in the quarter.")
    assert "number" in kinds(b, "The airline flew 27.1 million passengers in the quarter.")
    c = "The rate-setting committee meets on March 17 and 18."
    assert "number" not in kinds(c, "The committee will hold its next meeting on March 18 and 19.")


def test_a_range_with_its_currency_twice_and_a_court_ruling_unanimously_and_split() -> None:
    a = "The price band for the issue is Rs 420-441 per share."
    assert "number" in kinds(a, "The price band was ₹412 to ₹433.")
    assert "number" not in kinds(a, "The price band was ₹420 to ₹441.")
    b = "The ruling by a three-judge panel of the Court of Appeals was unanimous."
    assert "number" in kinds(b, "The Court of Appeals ruled 2-1 against the agency.")


def test_a_basis_before_the_rate_two_currency_markets_and_people_against_boats() -> None:
    a = "Month-on-month inflation slowed to 1.6 percent in October, the statistics agency said."
    assert "number" not in kinds(a, "Annual inflation was estimated at 84 percent in October.")
    assert "number" in kinds(a, "Month-on-month inflation rose to 2.4 percent in October.")
    assert "number" in kinds(
        "Annual inflation came in at 3.71 percent.", "The annual inflation rate rose to 3.17 percent."
    )
    b = "The currency traded at about 41 to the US dollar on the parallel market this week."
    assert "number" not in kinds(
        b, "The currency traded at 28.4 against the US dollar on the interbank market on Tuesday."
    )
    assert "number" in kinds(b, "The currency traded at about 52 to the US dollar on the parallel market this week.")
    c = "The army said its boats had rescued 260 people since Sunday."
    assert "number" not in kinds(c, "The army has deployed six boats and a helicopter to reach cut-off villages.")


def test_what_was_still_so_by_a_later_part_of_the_day() -> None:
    a = "By the evening, 2,100 homes were still without power, the grid operator said."
    assert "number" not in kinds(
        a, "Some 6,000 homes were without electricity on Sunday morning, the grid operator said."
    )
    assert "number" in kinds(
        "About 2,100 homes were without power on Sunday morning, the grid operator said.",
        "Some 6,000 homes were without electricity on Sunday morning, the grid operator said.",
    )


def test_a_morning_quote_against_the_close_and_the_previous_one_of_a_kind() -> None:
    a = "The rand closed at 18.22 per dollar, a loss of 1.1%, central bank data showed."
    assert "number" not in kinds(
        a, "The rand was trading at 18.05 per dollar on Friday morning, recovering some losses."
    )
    assert "number" in kinds(a, "The rand closed at 18.05 per dollar, a loss of 1.1%, central bank data showed.")
    b = "In a statement on Tuesday night, the agency said it would offer transit permits to those who registered."
    assert "date" not in kinds(b, "The previous one, in March, broke up after the agency offered transit permits.")
    c = "The last successful flight of the rocket was in April."
    assert "date" in kinds(c, "The previous successful flight of the rocket took place in June.")


def test_two_goalkeepers_two_games_a_denied_timing_and_a_condition() -> None:
    a = "Rostock goalkeeper Petr Moravec made 14 saves, including two penalties."
    b = "Kiel goalkeeper Luis Ferrer made only six saves."
    assert "number" not in kinds(a, b, None, None)
    assert "entity" not in kinds(a, b)
    assert "number" in kinds(a, "Rostock goalkeeper Petr Moravec made only six saves.")
    assert "entity" in kinds(a, "Rostock goalkeeper Tomas Berg made 14 saves, including two penalties.")
    c = "Rostock's next game is away at Barça on December 3."
    assert "date" not in kinds(c, "Their next match is at home against Magdeburg on December 4.")
    assert "date" in kinds(c, "Rostock play their next game away to Barcelona on December 4.")
    d = "The dockers' union said it had not been informed about the closure in advance."
    assert "negation" not in kinds(
        d, "The union had been informed about the closure only a day before the announcement."
    )
    assert "negation" in kinds(
        "The dockers' union said it had not been informed about the closure.",
        "The union had been informed about the closure a day before the announcement.",
    )
    e = "The Greens' leader said his deputies would support the government."
    assert "negation" not in kinds(
        e, "The Greens' leader said his party would not support the government without a guarantee of new money."
    )
    assert "negation" in kinds(e, "The Greens' leader said his party would not support the government.")


def test_two_rates_a_quote_late_in_the_day_and_a_toll_read_before_and_after_a_body_was_found() -> None:
    a = "The bank now expects the economy to grow by 2.1 percent next year, against 2.3 percent in its previous forecast."
    assert "number" not in kinds(a, "The bank's new forecast expects inflation to average 2.4 percent next year.")
    assert "number" in kinds(a, "The bank now expects the economy to grow by 1.8 percent next year.")
    b = "The forint was trading at 391.2 per euro shortly after the decision."
    assert "number" not in kinds(
        b, "The forint weakened after the announcement, trading at 393.5 per euro in the late afternoon."
    )
    assert "number" in kinds(b, "The forint was trading at 393.5 per euro shortly after the decision.")
    c = "Five miners have died after the blast, with one more still unaccounted for."
    assert "number" not in kinds(c, "Four miners were killed and two are still missing after the blast.")
    assert "number" in kinds(c, "Four miners were killed and one is still missing after the blast.")


def test_a_first_quarterly_profit_is_no_first_quarter() -> None:
    a = "The carmaker posted its first quarterly profit, helped by sales in Europe."
    assert "date" not in kinds(a, "The carmaker swung into profit in the third quarter.")
    assert "date" in kinds(
        "The carmaker posted a profit in the first quarter.", "The carmaker posted a profit in the third quarter."
    )


def test_the_start_and_the_end_of_one_state_and_a_revised_forecast() -> None:
    a = "The red storm warning had been in force since 5.40am."
    assert "date" not in kinds(a, "The warning was lowered to amber at 2.10pm, after almost nine hours.")
    assert "date" in kinds(a, "The weather office issued the red storm warning at 5.20am.")
    b = "The weather bureau now expects the river to peak at 14.1 metres on Tuesday night, higher than its earlier forecast."
    c = "The river at the bridge is expected to peak at 13.4 metres on Tuesday afternoon, the weather bureau said."
    assert not {"date", "number"} & set(kinds(b, c))
    assert "number" in kinds(
        "The weather bureau now expects the river to peak at 14.1 metres on Tuesday night.",
        "The weather bureau now expects the river to peak at 13.4 metres on Tuesday night.",
    )


def test_consumer_price_growth_is_inflation() -> None:
    assert "number" in kinds(
        "Consumer-price growth quickened to 3.4% in February, figures released a day earlier showed.",
        "Consumer inflation quickened to 3.2% in February, data showed.",
    )


def test_a_time_told_twice_leaves_no_other_date_against_it_and_not_before_a_time() -> None:
    a = "The bank now sees inflation at 3.9% at the end of 2027, and it will present its inflation report on November 19."
    assert "date" not in kinds(a, "In its new projection, the bank sees inflation at 4.3% in December 2027.")
    assert "date" in kinds(
        "The bank will present its inflation report on November 19.",
        "The bank will present its inflation report on December 3.",
    )
    b = "An economist at the bank said it was unlikely to start cutting rates before the second quarter of 2027."
    assert "date" not in kinds(b, "An economist at the bank expects the first rate cut in April or May 2027.")
    assert "date" in kinds(b, "An economist at the bank expects the first rate cut in January 2027.")


def test_one_side_of_a_vote_and_a_term_told_to_the_month() -> None:
    a = "The motion was backed by 98 MPs, while 131 voted against and three abstained."
    assert "number" in kinds(a, "Only 98 MPs voted in favour of the motion, with 129 against.")
    assert "number" not in kinds(a, "Only 98 MPs voted in favour of the motion, with 131 against.")
    b = "The court sentenced the former director to five years in prison for taking bribes."
    assert "number" in kinds(
        b, "The court sentenced the former director to four years and six months in prison for taking bribes."
    )
    assert "number" not in kinds(
        b, "The court sentenced the former director to nearly five years in prison for taking bribes."
    )
    assert "number" not in kinds(
        "The inquiry spent two years looking into the deal.", "The 22-month inquiry looked into the deal."
    )


def test_the_state_as_a_party_two_batsmen_out_and_caribbean_dollars() -> None:
    a = "The court ordered the State to pay $4.6 million for the land."
    assert "entity" not in kinds(a, "The court has ordered the Government to pay $4.6 million to the family.")
    assert "entity" in kinds(
        "The court ordered the Treasury Department to pay $4.6 million.",
        "The court ordered the Highways Department to pay $4.6 million.",
    )
    b = "Bhagwandin fell with 30 runs still needed, but Persaud saw the innings home."
    assert "number" not in kinds(b, "Persaud was out for 112 with nine runs still needed.")
    assert "number" in kinds(b, "Bhagwandin fell with 25 runs still needed.")


def test_dollars_of_the_caribbean_and_taiwan_are_their_own_currencies() -> None:
    from reconcile.facts import extract_facts

    f = extract_facts("It paid BDS$4.6 million, TT$12 million, J$300 million, NT$400 billion and S$2 million.")
    assert [q.dimension for q in f.quantities] == ["money:BBD", "money:TTD", "money:JMD", "money:TWD", "money:SGD"]


def test_round_33_misses_found() -> None:
    a = "Some 412,600 cruise passengers came ashore in October, the ministry said."
    assert "number" in kinds(a, "The port welcomed 421,600 cruise passengers in October, the ministry said.")
    assert "number" not in kinds(a, "The port welcomed 412,900 cruise passengers in October, the ministry said.")
    assert "number" not in kinds(
        "The couple earned roughly $141 million from 2007 to 2014.", "The couple earned $139 million from 2007 to 2014."
    )
    b = "The central bank lowered its base rate to 5.5% from 6% on Wednesday."
    assert "number" in kinds(b, "The central bank cut the base rate by 0.25 percentage points, to 5.75% a year.")
    assert "number" not in kinds(b, "The central bank cut the base rate by 0.5 percentage points, to 5.5% a year.")
    c = "The decision was taken unanimously by the bank's board."
    assert "negation" in kinds(c, "The decision was not unanimous, with two board members voting against.")
    assert "negation" in kinds(c, "The board was split, with one of its members voting to keep the rate.")
    assert "negation" not in kinds(c, "The board's decision was unanimous, its governor said.")
    assert "number" in kinds(
        "Maize accounted for 2.6 million tonnes of shipments, the largest share of any crop.",
        "Corn shipments amounted to 2.1 million tonnes, while wheat exports totalled 1.2 million tonnes.",
    )
    d = "Biwott won the men's race in 2:03:14."
    assert "number" in kinds(d, "Biwott won the marathon in 2h 03min 41s.")
    assert "number" not in kinds(d, "Biwott won the marathon in 2h 03min 14s.")
    assert "number" in kinds(
        "At the finish the Kenyan was 19 seconds ahead.", "He crossed the line nine seconds clear."
    )


def test_the_old_values_date_and_the_next_meeting() -> None:
    a = "Petrol rose to Shs5,950 a litre at most stations this week."
    assert "date" not in kinds(a, "Petrol now costs Shs5,950 per litre, up from Shs5,700 in October.")
    assert "date" in kinds(
        "That was up from 2.51 percent in October.", "The rate accelerated from 2.51 percent in September."
    )
    b = "The next Monetary Policy Committee meeting is scheduled for February 2027."
    assert "date" not in kinds(b, "The decision was taken at a Monetary Policy Committee meeting held on November 25.")
    assert "date" in kinds(b, "The committee's next meeting will take place in March 2027.")


def test_round_34_misses_found() -> None:
    assert "number" in kinds(
        "The port handled 32.4 million tonnes of cargo between January and October.",
        "Cargo through the port reached 34.2 million metric tonnes between January and October.",
    )
    assert "number" not in kinds(
        "The port handled 34.2 million tonnes of cargo between January and October.",
        "Cargo through the port reached 34.2 million metric tonnes between January and October.",
    )
    assert "number" in kinds(
        "Police said they had arrested 23 protesters in Kampala on Thursday.",
        "More than 30 people were arrested in Kampala on Thursday.",
    )
    assert "number" in kinds(
        "About 300 travelers spent the night in shelters, the emergency office said.",
        "Nearly 400 motorists spent the night in shelters, the emergency office said.",
    )
    a = "Drake beat Bradley 78-71 at the Knapp Center."
    assert "number" in kinds(a, "Drake held off Bradley 78-72 at the Knapp Center.")
    b = "The tax adds 3.5% to the cost of each night's stay."
    assert "number" in kinds(b, "The tax adds 3% to the bill for each night's stay.")
    # a rate told to the half is not rounded to the whole above it either (round 172)
    assert "number" in kinds("The tax adds 2.5% to the cost of each night's stay.", "The tax adds 3% to the bill.")
    assert "number" in kinds(
        "Petrol is selling at Shs6,150 a litre in Kampala.", "Petrol costs Shs5,950 per litre in Kampala."
    )


def test_round_35_dotted_times_trading_moments_and_an_exchange_by_its_index() -> None:
    a = "The meeting began at 14.00, and the final vote was taken shortly before 23.30."
    assert "number" not in kinds(a, "The final vote was taken at 23.25.")
    assert "date" in kinds("The final vote was taken at 21.10.", "The final vote was taken at 23.25.")
    assert "number" in kinds("The fee rose to 12.50 from 10.20.", "The fee rose to 12.80 from 10.20.")
    b = "Kestrel's shares closed down 18 per cent in Amsterdam."
    assert "number" not in kinds("Kestrel's shares fell 12 percent in the first minutes of trading in Amsterdam.", b)
    assert "number" in kinds("Kestrel's shares closed down 12 per cent in Amsterdam.", b)
    c = "Frøyfisk shares closed down 3.1 percent in Oslo on Wednesday."
    assert "number" not in kinds(c, "Frøyfisk shares fell 6.2 percent on Oslo Børs by 10.30.")
    assert "number" not in kinds(c, "Frøyfisk's shares fell 6.2 percent on Wednesday morning in Oslo.")
    assert "number" in kinds(
        "Benfica agreed a fee of €38 million, the club confirmed on Wednesday evening.",
        "Fluminense accepted an offer of €35 million, the club said on Wednesday afternoon.",
    )
    assert "entity" not in kinds(
        "Shares of Hanwol dropped 4.8 percent on the Seoul bourse.", "Hanwol shares fell 4.8 percent on the Kospi."
    )


def test_a_venue_romanised_twice_and_a_regions_count_against_the_countrys() -> None:
    a = "Kritsada won the title by unanimous decision at Rajadamnern Stadium in Bangkok."
    assert "entity" not in kinds(a, "Kritsada won the title by unanimous decision at Ratchadamnoen Stadium last night.")
    b = "Last winter, hunters in Värmland shot nine wolves in the licensed hunt."
    assert "number" not in kinds(b, "About 30 wolves were shot in licensed hunts across Sweden last winter.")
    assert "number" in kinds(b, "Hunters in Värmland shot 12 wolves in the licensed hunt last winter.")
    assert "number" in kinds(
        "The Red Cross said 3,400 households had been displaced across Mathare, Huruma and Kiamaiko.",
        "The Red Cross said 1,960 households had been displaced in Mathare.",
    )


def test_a_landfall_timed_twice_a_price_in_vnd_and_arrivals_as_tourists() -> None:
    a = "The storm made landfall in Quang Ngai at about 6 a.m., packing gusts of up to 150 kph."
    assert "date" in kinds(
        a,
        "Typhoon Mawlin made landfall in Quang Ngai at around 4 a.m. on Tuesday, bringing winds of up to 133 kph near"
        " its eye and torrential rain to central Vietnam.",
    )
    assert "date" not in kinds(a, "Typhoon Mawlin made landfall in Quang Ngai at around 6 a.m. on Tuesday.")
    b = "E5 RON92 dropped by 390 dong to 19,120 dong per litre."
    assert "number" in kinds(b, "The price of E5 RON92 fell to 19,210 VND per litre.")
    assert "number" not in kinds(b, "E5 RON92 now costs no more than 19,120 VND per litre, down 390 VND.")
    c = "Thailand recorded 30.26 million foreign arrivals from January 1 to November 29."
    assert "number" in kinds(c, "Thailand welcomed 31.26 million foreign tourists between January 1 and November 29.")
    assert "number" not in kinds(
        "Nearly 4,000 residents had been evacuated from the valley, the spokesman said.",
        "The spokesman said 2,500 tourists had been evacuated from the valley.",
    )


def test_a_day_of_the_month_dates_its_act_past_names_and_the_score_at_the_break() -> None:
    a = "INDEC will publish November's figure on 11 December."
    assert "date" in kinds(a, "INDEC is due to publish November's data on 14 December.")
    assert "date" not in kinds(a, "INDEC is due to publish November's data on 11 December.")
    b = "The home side led 17-14 at half-time."
    assert "number" in kinds(b, "Aalborg were 17-15 up at the break.")
    assert "number" not in kinds(b, "Aalborg were 17-14 up at the break.")


def test_the_day_figures_were_released_is_not_the_day_they_tell() -> None:
    a = "Malaysia's palm oil stocks rose for a third straight month in October to a 14-month high."
    b = (
        "Malaysian palm oil inventories at end-October rose 4.2% month-on-month to 2.31 million tonnes, data from the"
        " Malaysian Palm Oil Board (MPOB) released on Tuesday showed."
    )
    assert "date" not in kinds(a, b)
    assert "date" in kinds(a, "Malaysian palm oil inventories rose in September for a third straight month.")


def test_round_37_a_level_after_a_change_bases_rates_depths_and_contrasts() -> None:
    a = "Coral cover on the northern reef has fallen to 27 per cent, the latest annual survey shows."
    assert "number" in kinds(a, "Coral cover on the northern reef dropped from 35% to 24% over the past year.")
    assert "number" not in kinds(
        "The statistics centre put annual inflation at 38.6 percent in November.",
        "Point-to-point inflation reached 45 percent in November, according to the statistics centre.",
    )
    assert "number" not in kinds(
        "Iraq's crude exports rose to an average of 3.45 million barrels per day in November.",
        "Iraq exported 101.4 million barrels of crude oil in November, the ministry said.",
    )
    assert "number" in kinds(
        "The port authority estimates that each day of strike costs it four million euros.",
        "It estimated the cost to the port at €6m a day.",
    )
    assert "number" not in kinds(
        "Its epicentre was in the Yeşilyurt district, at a depth of 11.3 kilometres.",
        "Its epicentre was in Puturge, some 50 kilometres south-east of the city centre.",
    )
    assert "negation" not in kinds(
        "The analyst said price, not volume, was now the main concern for the stock.",
        "The analyst said the quarter was solid on volume.",
    )
    assert "negation" in kinds(
        "Hartsock bought the ticket herself at a store in Ottumwa.",
        "Her husband, not Hartsock, bought the ticket at a store in Ottumwa.",
    )
    assert "number" not in kinds(
        "The Australian dollar jumped to 66.4 US cents.",
        "The Australian dollar traded at 66.1 US cents on Wednesday morning.",
    )
    assert "number" not in kinds(
        "That left Tasmania needing 287 to win in a minimum of 80 overs.",
        "Set 287 to win, the visitors got there with 14 overs to spare.",
    )


def test_round_38_effect_and_decision_two_estimators_another_states_case_and_both_sides() -> None:
    a = "Residents will have to cut back on water from 15 December after the drought committee approved new restrictions."
    assert "date" not in kinds(a, "The drought committee approved on Tuesday a package of water restrictions.")
    assert "date" in kinds(
        "The restrictions take effect from 15 December.", "The restrictions take effect from 1 January."
    )
    assert "number" not in kinds(
        "The first day of the stoppage had a following of 58% according to the union.",
        "Only 18% of doctors followed the first day of the strike, according to the regional health department.",
    )
    assert "entity" not in kinds(
        "A federal district judge in Austin blocked the law last fall.",
        "A federal judge in Tennessee blocked part of that state's law in 2024.",
    )
    assert "number" not in kinds(
        "Democratic groups spent about $1.4 million on the race.",
        "Outside groups on both sides spent more than $2 million on the race.",
    )
    assert "negation" not in kinds(
        "A federal appeals court refused to let Texas enforce a law on voter registrars.",
        "Texas still cannot enforce its law on voter registrars.",
    )
    assert "number" not in kinds(
        "High-speed diesel has been increased by Rs 2.10 per litre.",
        "The price of high-speed diesel was left unchanged at Rs 272.80 per litre.",
    )


def test_a_decline_or_a_failed_policy_as_a_noun_refuses_nothing() -> None:
    a = "The institute said the decline followed the sixth mass bleaching since 2016."
    assert "negation" not in kinds(a, "The report follows the fifth mass bleaching event on the reef since 2016.")
    assert "negation" in kinds("The minister declined to sign the decree.", "The minister signed the decree.")
    assert "negation" in kinds("The company failed to pay the fine on time.", "The company paid the fine on time.")


def test_a_denial_against_its_affirmation_conflicts_whatever_else_the_sentences_say() -> None:
    found = [
        ("No arrests have been made, a police spokeswoman said on Monday.", "Officers arrested two men in Ostrava."),
        ("Nobody was hurt, the ferry operator said.", "Three passengers were treated for minor injuries."),
        ("No tornado warning had been issued for the county.", "Forecasters had issued a tornado warning at 4.10pm."),
        ("No ransom was paid, the family's lawyer said.", "Relatives paid a ransom to secure her release."),
        ("There were no casualties, the governor said.", "Two villagers were killed by falling rocks."),
        ("No one was reported missing after the slide.", "A shepherd is missing after the slide, police said."),
    ]
    for a, b in found:
        c = kinds(a, b).get("negation")
        assert c is not None and c.anchored, (a, b)
        assert kinds(b, a)["negation"].value_b == c.value_a  # either order, the denial as written
    kept_apart = [
        # narrowed denials: another scope, a further act, a seriousness
        ("No arrests were made outside Spain, police said.", "Agents arrested 34 people in Alicante."),
        ("No further arrests have been made.", "Officers arrested two men in Ostrava."),
        ("No one was seriously injured.", "Three passengers were treated for minor injuries."),
        ("No criminal investigation has been opened.", "Police have opened a preliminary investigation."),
        # both deny; the act only asked for or feared; another occasion
        ("No one was injured.", "Nobody on either train was hurt."),
        ("No arrests have been made.", "Unions demanded the arrest of the factory owner."),
        ("No arrests have been made.", "The two men could be arrested as early as Friday."),
        ("The director said no irregularities were found.", "He said the recount found no irregularities."),
        (
            "In 2014 a train derailed nearby, though nobody was killed.",
            "Two people were killed when the train derailed.",
        ),
    ]
    for a, b in kept_apart:
        assert "negation" not in kinds(a, b), (a, b)
    # a running denial against a page published hours later: two moments
    later = PUB + timedelta(hours=6)
    assert "negation" not in kinds(
        "Police said no arrests had been made so far.", "Police arrested the owner.", PUB, later
    )
    assert "negation" in kinds("Police said no arrests had been made so far.", "Police arrested the owner.", later, PUB)
    # the denial is the conflict, not a count of none against a count
    both = kinds("Aena said no flights had been diverted from the airport.", "The airport diverted 17 flights.")
    assert "negation" in both and "number" not in both
    both = kinds("No one was injured in the blast.", "Two people were injured in the blast.")
    assert "negation" in both and "number" not in both


def test_round_39_a_part_inside_the_total_a_reading_day_the_last_time_and_a_day_told_on_both_sides() -> None:
    injured = "Seven protesters and four police officers were hurt when officers cleared the road on Saturday."
    assert "number" not in kinds("A clash on Saturday left 11 people injured, including four police officers.", injured)
    assert "number" in kinds("A clash on Saturday left 12 people injured, including four police officers.", injured)
    # the day results were read is not the day of the vote
    assert "date" not in kinds(
        "The Unity party won 34.6% of the vote in Sunday's city council election, almost complete results showed on Tuesday.",
        "The Unity party led the count in Sunday's city council election with 34.6%, preliminary results showed on Monday.",
    )
    # the last time before is not this time
    assert "date" not in kinds(
        "The minimum wage will rise by 10% from 1 February.",
        "The draft includes a rise in the minimum wage, which was last increased in August.",
    )
    # one day told on both sides at two hours, and another day's reading beside it
    fire = "The fire had grown to 5,200 hectares by Wednesday evening, more than double its size on Monday."
    assert "date" not in kinds("The fire was estimated at 3,900 hectares on Wednesday morning, officials said.", fire)
    assert "date" in kinds(
        "Mount Kembar erupted at about 4 p.m. local time Saturday.", "Mount Kembar erupted on Saturday morning."
    )


def test_a_closings_end_against_the_reopening_is_a_date_conflict_not_opposite_states() -> None:
    closed = "Schools in the Eastern Division will stay closed until Wednesday, the ministry said."
    c = kinds(closed, "Schools in the Eastern Division will reopen on Tuesday, officials said.")
    assert "date" in c and "negation" not in c
    assert not kinds(closed, "Schools in the Eastern Division will reopen on Wednesday, officials said.")
    assert "date" in kinds("Port Kiri airport was closed until 3 p.m. Tuesday.", "Port Kiri airport reopened at noon.")
    assert not kinds("Schools will stay closed until at least Wednesday.", "Schools will reopen on Thursday.")
    assert "date" not in kinds("Schools will stay closed until Wednesday.", "The airport will reopen on Tuesday.")
    # with no end told, the closing still denies the reopening
    assert "negation" in kinds("The port will stay closed until further notice.", "The port reopened on Tuesday.")


def test_two_groups_of_the_hurt_and_a_company_name_whose_last_word_is_derived_two_ways() -> None:
    serious = "Three passengers were taken to hospital in Neiafu with serious injuries."
    assert "number" not in kinds(serious, "Two passengers were treated for minor cuts in Neiafu and released.")
    assert "number" in kinds(serious, "Two passengers were taken to hospital in Neiafu with serious injuries.")
    signed = "The government signed an agreement with Haedong Fishing on Tuesday."
    assert "entity" not in kinds(signed, "The government signed an agreement with Haedong Fisheries on Tuesday.")
    assert "entity" in kinds(signed, "The government signed an agreement with Haedong Shipping on Tuesday.")
    # surnames that only begin alike stay two names
    assert "entity" in kinds(
        "Det Insp Ray Kowalski said the families were told.", "Det Insp Ray Kowalczyk said the families were told."
    )


def test_about_a_time_told_to_ten_minutes_reaches_ten_minutes_not_half_an_hour() -> None:
    happened = "The accident happened at about 10:20am at the shipyard, the company said."
    assert "date" in kinds("The accident occurred at around 10:50am at the shipyard.", happened)
    assert "date" not in kinds("The accident occurred at 10:28am at the shipyard.", happened)
    # on the hour or the half hour, 'about' may be half an hour out
    assert "date" not in kinds(
        "The accident occurred at about 10:30am at the shipyard.", "The accident occurred at 10:50am at the shipyard."
    )


def test_a_figure_projected_is_a_prediction_whichever_side_of_it_the_word_stands() -> None:
    tabled = "The province tabled its budget on Wednesday, projecting a $6.2 billion deficit."
    assert "number" in kinds(tabled, "The province is forecasting a deficit of $5.2-billion in its budget.")
    assert "number" in kinds(
        tabled, "The province is heading into deficit, with a $5.2 billion shortfall projected in the budget."
    )


def test_round_41_two_states_shares_a_repayment_and_a_fine_and_dates_that_name_no_day() -> None:
    assert "number" not in kinds(
        "Arizona will lose 592,000 acre-feet of its river water next year.",
        "Southern Nevada will lose 21,000 acre-feet of river water next year.",
    )
    assert "number" in kinds(
        "Honister Pass recorded 168mm of rain in 24 hours.",
        "Honister in the Lake District recorded 186mm of rain in 24 hours.",
    )
    assert "number" not in kinds(
        "The court ordered him to repay €1.3m to the council.",
        "The court also ordered him to pay a fine of €2.6 million.",
    )
    assert "number" in kinds(
        "The court ordered him to pay a fine of €1.3m.", "The court ordered him to pay a fine of €2.6 million."
    )
    # 'August 24-Month Study' names a study, not a day; 'August of last year' is last year's August
    assert "date" not in kinds(
        "The rider was killed when his motorbike crashed near Oranmore in August of last year.",
        "The rider died when his motorcycle hit a barrier near Oranmore on 2 August 2025.",
    )
    assert not [t for t in extract_facts("It follows the bureau's August 24-Month Study.", PUB).times if t.level <= 1]


def test_one_named_thing_or_person_given_two_nationalities_is_anchored() -> None:
    pairs = [
        (
            "The gondola was built by Austrian manufacturer Skylift in 2019.",
            "The lift was built by Swiss manufacturer Skylift.",
        ),
        (
            "The firm is owned by the American investment fund Harrow Peak Partners.",
            "It belongs to British investment firm Harrow Peak Partners.",
        ),
        ("It is the French arm of Belgian group Meerhout Energy.", "RDF is owned by Dutch group Meerhout Energy."),
        (
            "The jury was chaired by Swedish director Mette Halvorsen.",
            "The jury was led by Mette Halvorsen, the Danish director.",
        ),
        (
            "She beat Czech second seed Tereza Novakova in the final.",
            "She beat Slovakia's Tereza Novakova in straight sets.",
        ),
        (
            'Tunisian director Leila Ben Amor\'s "The Orchard" won the top prize.',
            'The top prize went to "The Orchard" by Algerian director Leila Ben Amor.',
        ),
        (
            "The alleged ringleader, a 52-year-old British man, was arrested.",
            "The suspected ringleader, a 52-year-old Dutch national, was detained.",
        ),
    ]
    for a, b in pairs:
        c = kinds(a, b).get("entity")
        assert c is not None and c.anchored, (a, b)
    assert "entity" not in kinds(
        "The gondola was built by Austrian manufacturer Skylift.", "It was built by Austrian manufacturer Skylift."
    )
    assert "entity" not in kinds(
        "A 52-year-old British man was arrested.", "A 31-year-old Dutch national was detained."
    )


def test_a_settlement_against_a_midday_move_and_the_buried_against_the_dead() -> None:
    assert "number" not in kinds(
        "The front-month contract settled 4% higher at 33.50 euros per megawatt hour.",
        "Front-month gas prices rose 6% to 34.20 euros per megawatt hour by midday.",
    )
    assert "number" not in kinds(
        "An avalanche near Ischgl buried four skiers on Saturday, killing at least one, police said.",
        "Three skiers died after being caught in an avalanche near Ischgl on Saturday.",
    )
    assert "number" in kinds(
        "Four skiers died in an avalanche near Ischgl on Saturday.",
        "Three skiers died in an avalanche near Ischgl on Saturday.",
    )


def test_a_gauge_read_at_two_parts_of_the_day() -> None:
    evening = "The Danube at Mohács fell to 35 centimetres on Tuesday evening, the lowest reading of the summer."
    assert "number" not in kinds(
        evening, "Barges cut loads on Tuesday as the gauge at Mohács fell to 41 centimetres in the morning."
    )
    assert "number" in kinds(evening, "The Danube at Mohács fell to 41 centimetres on Tuesday evening.")


def test_a_jackpot_rolled_over_and_the_last_passenger_is_no_previous_event() -> None:
    assert "number" in kinds(
        "The jackpot had rolled over 19 times since it was last won.",
        "The jackpot had rolled 21 times since the last winner.",
    )
    assert "number" not in kinds("The jackpot had grown to over 19 million.", "The jackpot had grown to 21 million.")
    assert "date" in kinds(
        "The last passenger reached the ground shortly before 6pm.",
        "Passengers were lowered in pairs, and the rescue was completed shortly after 6:30pm.",
    )


def test_round_44_failing_a_test_two_readings_of_the_air_a_period_of_quarters_and_two_reference_towns() -> None:
    code = "A packing house whose lot fails will have its code suspended for 30 days."
    assert "negation" not in kinds("Exporters who ship a failed lot will lose their export code for 90 days.", code)
    assert "negation" in kinds("The company failed to renew its export code.", "The company renewed its export code.")
    assert "number" not in kinds(
        "Fine dust in Chiang Dao reached 386 micrograms per cubic metre in the afternoon.",
        "The highest reading on Wednesday morning, 342 micrograms of PM2.5 per cubic metre, was recorded in Chiang Dao.",
    )
    assert "number" not in kinds(
        "The number of new homes completed in Dublin rose by 14% in the first nine months of the year.",
        "Almost 10,000 new homes were completed in Dublin in the first three quarters of the year.",
    )
    assert "number" not in kinds(
        "Its epicentre was offshore, about 60 km off the coastal town of Camaná.",
        "Its epicentre was 42 km south-west of the town of Chivay.",
    )
    assert "number" in kinds(
        "Its epicentre was 60 km south-west of Chivay.", "Its epicentre was 42 km south-west of Chivay."
    )


def test_round_45_a_denial_under_if_a_capacity_against_a_crowd_and_what_usually_happens() -> None:
    assert "negation" not in kinds(
        "The fund will pay the workers if the company fails to do so.",
        "If it does not pay, the fund is meant to step in.",
    )
    assert "negation" in kinds("The fund will pay the workers.", "The fund will not pay the workers.")
    assert "number" not in kinds(
        "The 40,000-capacity stadium opened on Thursday.",
        "The stadium opened on Thursday in front of a crowd of 38,500.",
    )
    assert "number" in kinds(
        "The stadium opened in front of a crowd of 40,000.", "The stadium opened in front of a crowd of 38,500."
    )
    assert "date" not in kinds(
        "The river usually starts to rise again in November, hydrologists said.",
        "Hydrologists said the river was unlikely to start rising before late December.",
    )


def test_a_titled_name_opening_the_sentence_keeps_its_verb_after_an_adverb() -> None:
    # 'also', 'later', 'then' between the opening name and its verb leave the verb the name's act
    assert "entity" in kinds(
        "Judge Anahera Tuhoe-Grant also ordered the company to pay $140,000 in reparation.",
        "Judge Warren Kessing also ordered the company to pay reparations of $150,000.",
    )
    assert "entity" in kinds(
        "Inspector Ray Doyle later confirmed the driver had fled.",
        "Inspector Tom Reid later confirmed that the driver fled.",
    )
    # two people of one title in two acts are two roles
    assert "entity" not in kinds(
        "Judge Anahera Tuhoe-Grant also ordered the company to pay $140,000 in reparation.",
        "Judge Warren Kessing later refused the company's appeal.",
    )


def test_round_46_fares_gusts_unit_labels_earlier_readings_parts_and_events_of_other_years() -> None:
    # a closed meeting is no closed line
    assert "negation" not in kinds(
        "The line will not open until the fall of 2027, Metrolinx told councillors at a closed briefing on Monday.",
        "Metrolinx says the light rail line will not open to passengers until the fall of 2027.",
    )
    assert "negation" not in kinds(
        "The council met at a closed briefing on the light rail line on Tuesday.",
        "The council said the light rail line will open on Tuesday.",
    )
    assert "negation" in kinds(
        "The light rail line will stay closed on Tuesday.", "The light rail line will open on Tuesday."
    )
    # two fare classes of one toll
    assert "number" not in kinds(
        "Trucks using the tunnel in peak hours will pay $33.60 under the new schedule.",
        "Trucks will pay $22.40 off-peak from January.",
    )
    assert "number" not in kinds("Parking costs $12 on weekdays.", "Parking costs $8 at weekends.")
    assert "number" in kinds("Trucks will pay $33.60 in peak hours.", "Trucks will pay $30.40 at peak times.")
    # 'topped 70 mph' is more than 70
    assert "number" not in kinds(
        "The strongest gust recorded was 71 mph at Harvey Cedars.", "Gusts topped 70 mph at Harvey Cedars."
    )
    assert "number" in kinds(
        "The strongest gust recorded was 68 mph at Harvey Cedars.", "Gusts topped 70 mph at Harvey Cedars."
    )
    # the numbers a plural label lists are names, not counts
    assert "number" not in kinds(
        "The two new units at Hwange are producing about 570MW.",
        "Hwange Power Station units 7 and 8 are producing about 570MW between them.",
    )
    assert "number" not in kinds(
        "Trains were held at gates 3, 4 and 5 for two hours.", "Trains were held at three gates for two hours."
    )
    # a reading some time back against one dated to a day
    assert "number" not in kinds(
        "Lake Kariba stood at 476.1 metres on Monday.", "Water levels at Lake Kariba were at 476.3 metres a week ago."
    )
    assert "number" not in kinds(
        "Lake Kariba stood at 476.1 metres on Monday.", "A week ago, Lake Kariba stood at 476.3 metres."
    )
    assert "number" in kinds(
        "Lake Kariba stood at 476.1 metres on Monday.", "Lake Kariba stood at 476.3 metres on Monday."
    )
    assert "number" in kinds(
        "Unemployment fell to 5.1% in October from 5.4% a year earlier.", "Unemployment fell to 5.3% in October."
    )
    # 'Two of the injured' are some of them
    assert "number" not in kinds(
        "Four people were taken to Boston Medical Center with minor injuries.",
        "Two of the injured remained at Boston Medical Center late Wednesday morning.",
    )
    assert "number" in kinds(
        "Four people were taken to Boston Medical Center.", "Two people were taken to Boston Medical Center."
    )
    # two events of two years, each with its place
    assert "entity" not in kinds(
        "It was the first Red Line derailment since June 2019, when a train left the tracks at JFK/UMass.",
        "It was the third derailment this year, after Green Line cars left the tracks at Kenmore in March.",
    )
    assert "entity" in kinds(
        "A Red Line train left the tracks at JFK/UMass on Tuesday morning.",
        "A Red Line train left the tracks at Kenmore on Tuesday morning.",
    )


def test_round_46_school_years_vote_tallies_and_a_members_vote() -> None:
    assert "date" in kinds(
        "The closures take effect at the end of the 2027-28 school year, giving families time to plan.",
        "Both schools will close at the end of the 2026-27 school year.",
    )
    assert "date" not in kinds(
        "The closures take effect at the end of the 2026-27 school year.",
        "Both schools will close at the end of the 2026-27 school year.",
    )
    assert "number" in kinds(
        "Board members voted 6-3 to close Hawthorne Elementary.",
        "Board members split 5-4 on the measure to close Hawthorne.",
    )
    assert "number" in kinds(
        "The court ruled 6-3 in favour of the state.", "In a 5-4 decision, the court sided with the state."
    )
    assert "negation" in kinds(
        "Board President Marcus Delgado voted against the closures, saying families had not been given enough notice.",
        "Board President Marcus Delgado, who voted in favor, called the decision the hardest of his career.",
    )
    # whose side 'the majority' took is not told
    assert "negation" not in kinds(
        "Board President Marcus Delgado voted with the majority.",
        "Board President Marcus Delgado voted against the closures.",
    )


def test_round_47_the_day_after_a_period_not_played_a_second_clause_and_a_state_seen_at_two_moments() -> None:
    tuesday = datetime(2026, 12, 1, 18, tzinfo=timezone.utc)
    after = "Accident investigators boarded the ferry in Mariehamn on Tuesday, a day after the vessel ran aground."
    assert "date" not in kinds(
        "The ferry ran aground in the Åland archipelago early on Monday.", after, tuesday, tuesday
    )
    assert "date" in kinds("The ferry ran aground in the Åland archipelago early on Sunday.", after, tuesday, tuesday)
    assert "number" not in kinds(
        "Latvia's captain Artūrs Dzenis left the game injured in the second period.",
        "Latvia's captain, Artūrs Dzenis, did not play in the third period after being hit by a puck.",
    )
    assert "number" in kinds(
        "Latvia's captain Artūrs Dzenis left the game injured in the second period.",
        "Latvia's captain, Artūrs Dzenis, left the game in the third period after being hit by a puck.",
    )
    assert "date" not in kinds(
        "The appeals window closes on September 1, and students can view their marked scripts the following week.",
        "Copies of marked scripts can be viewed in schools on September 5 and 6.",
    )
    assert "date" not in kinds(
        "The wildfire in the south of Rhodes was partially contained by Wednesday afternoon, the fire service said.",
        "A large wildfire was still burning on two fronts in the south of Rhodes on Wednesday morning.",
    )


def test_a_label_year_settles_no_date_and_a_split_years_end_meets_the_next_autumn() -> None:
    # 'its 2026 budget' and 'the 2026-27 fiscal year' name the budget, not the day it was tabled
    assert "date" in kinds(
        "The Alberta government tabled its 2026 budget on Wednesday, projecting a $6.2 billion deficit.",
        "Alberta's government is forecasting a deficit in its budget for the 2026-27 fiscal year, released Feb. 26.",
    )
    assert "date" not in kinds(
        "The closures will take effect at the end of the 2026-27 school year.", "The closures take effect next fall."
    )
    # a seat, an employer and a name hold across years
    assert "entity" in kinds(
        "Rampart's parent, Omaha-based Sable Ridge Holdings, bought the utility in 2019.",
        "Rampart's parent company, Denver-based Sable Ridge Holdings, reported a profit of $410 million last year.",
    )
    assert "number" in kinds(
        "Annual headline inflation came in at 2.68 percent, Statistics Indonesia said on Tuesday.",
        "Indonesia's annual inflation rate rose to 2.86 percent in November from a year earlier.",
    )


def test_a_denied_word_is_matched_to_the_same_word_before_a_synonym() -> None:
    c = kinds(
        "Property tax rates will rise by 2%, the first increase since 2021, the city confirmed.",
        "Mayor Julien Castellane has pledged not to increase property tax rates, and the budget keeps them unchanged.",
    )["negation"]
    assert c.value_a == "increase" and c.confidence >= 0.65


def test_round_48_a_target_is_no_reading_a_remaining_count_a_strikes_length_and_judges_for_their_court() -> None:
    assert "number" in kinds(
        "CPIF inflation was 1.7 percent in October, the bank noted.",
        "Inflation measured by the CPIF fell to 1.6 percent in October, below the bank's 2 percent target.",
    )
    assert "number" not in kinds(
        "Four people were taken to hospital.", "Two people were still in hospital on Wednesday."
    )
    assert "number" in kinds(
        "The seamen's federation will hold a 48-hour strike from 6am on Tuesday, December 8.",
        "The seamen's federation declared a 24-hour strike starting at midnight on Tuesday, December 8.",
    )
    assert "number" in kinds(
        "The court ruled unanimously that the permits breached the law on the coastal zone.",
        "The judges ruled by a 4-1 majority that the permit had violated the protection of the coastal zone.",
    )
    tuesday = datetime(2026, 12, 1, 18, tzinfo=timezone.utc)
    assert "date" in kinds(
        "The Halcyon-3 cargo ship arrived at the space station on Sunday, a day after lifting off from Florida.",
        "The Halcyon-3 cargo ship docked with the space station on Saturday.",
        tuesday,
        tuesday,
    )


def test_round_48_a_range_in_any_currency_and_a_count_still_missing() -> None:
    assert "number" not in kinds(
        "A 2kg packet of maize flour retails at between KSh195 and KSh230 depending on the brand.",
        "She said the price of a 2kg packet of flour had risen to KSh210 from about KSh140 last year.",
    )
    assert "number" in kinds(
        "A 2kg packet of maize flour retails at between KSh195 and KSh230.",
        "A 2kg packet of maize flour retails at KSh250.",
    )
    # 'still missing' is the state itself, not a later count of those taken somewhere
    assert "number" in kinds("Four people are still missing.", "Six people are missing.")


def test_round_49_a_claim_against_an_award_a_vague_count_and_cents() -> None:
    assert "number" not in kinds(
        "The court also ordered him to pay 5 million francs in damages to the minister, who brought the complaint.",
        "The minister had asked for damages of 50 million francs.",
    )
    assert "number" in kinds(
        "The court ordered him to pay 5 million francs in damages.",
        "The court ordered him to pay 50 million francs in damages.",
    )
    assert "number" not in kinds(
        "The fishery will stay closed until further notice, a blow to dozens of family fishing operations.",
        "Commercial setnetters on the east side will be allowed to fish, but only in two 12-hour periods a week.",
    )
    assert "number" in kinds("Dozens of people were injured.", "Two people were injured.")
    # '48 cents' is $0.48
    assert "number" not in kinds(
        "Property owners would pay about 48 cents per $1,000 of assessed value, or roughly $190 a year on a $400,000 home.",
        "The district says the bond would cost property owners $0.48 per $1,000 of assessed value.",
    )
    assert "number" in kinds(
        "Property owners will pay about 48 cents per $1,000 of assessed value.",
        "Property owners will pay $0.58 per $1,000 of assessed value.",
    )
    assert "number" in kinds("The fare rises by 25 cents to $2.75.", "The fare rises by 35 cents to $2.75.")


def test_round_50_national_currency_words_a_morning_before_five_and_a_search_resumed() -> None:
    # '2.1 million Norwegian kroner' is money, not a count to set against the fish that escaped
    assert "number" not in kinds(
        "A court fined the farm NOK 2.1m after about 48,000 salmon escaped from its pens.",
        "The district court fined the fish farmer 2.1 million Norwegian kroner over the escape.",
    )
    assert "number" in kinds(
        "The district court fined the fish farmer 2.1 million Norwegian kroner.",
        "The district court fined the fish farmer 2.6 million Norwegian kroner.",
    )
    # the country before the word names the currency: Danish and Norwegian kroner are two currencies
    assert "number" not in kinds("The fine was 2.1 million Danish kroner.", "The fine was NOK 2.6m.")
    monday, evening = (datetime(2026, 11, 2, h, tzinfo=timezone.utc) for h in (11, 15))  # Monday 2 November 2026
    for clock, agrees in (("04:25", True), ("16:25", False)):
        found = kinds(
            f"The cargo ship ran aground at {clock} on 2 November near the mouth of the fjord.",
            "The Danish cargo ship Hvidbjorn ran aground in the fjord on Monday morning.",
            monday,
            evening,
        )
        assert ("date" not in found) == agrees, clock
    # a search joined one day and resumed the next: two steps
    assert "date" not in kinds(
        "Navy divers resumed the search for the two fishermen on Thursday.",
        "Divers from the navy's rescue unit joined the search on Wednesday.",
    )
    assert "date" in kinds(
        "Navy divers joined the search for the two fishermen on Thursday.",
        "Divers from the navy's rescue unit joined the search on Wednesday.",
    )


def test_round_50_a_state_undone_in_its_own_sentence_is_not_held() -> None:
    assert "negation" not in kinds(
        "The appeals court acquitted the former mayor on Monday, quashing his two-year sentence.",
        "The appeals court on Monday acquitted the former mayor of bribery.",
    )
    # a conviction on one count beside an acquittal on another is still told against a conviction
    assert "negation" in kinds(
        "The court convicted him of fraud and tax evasion.",
        "The judges acquitted him of tax evasion but convicted him of fraud.",
    )


def test_round_51_a_weekday_set_for_a_day_no_evidence_a_rule_and_a_funds_level() -> None:
    saturday = datetime(2026, 11, 14, 19, tzinfo=timezone.utc)  # Saturday 14 November 2026
    # 'for Monday', said on a Saturday, is the coming Monday, 16 November, whatever the tense of 'declared'
    assert "date" not in kinds(
        "The president declared three days of mourning for Monday.",
        "Three days of national mourning have been declared from 16 November.",
        saturday,
        saturday,
    )
    assert "date" in kinds(
        "The president declared a day of mourning on Monday.",
        "A day of mourning was declared on 12 November.",
        saturday,
        saturday,
    )
    assert "negation" not in kinds(
        "The tribunal said it had found no evidence that the rider had intended to gain an advantage.",
        "The tribunal found that the rider had not intended to gain an advantage.",
    )
    assert "negation" in kinds(
        "The tribunal found that the rider had intended to gain an advantage.",
        "The tribunal found that the rider had not intended to gain an advantage.",
    )
    assert "negation" not in kinds(
        "The justices held that a county may not levy a new tax the voters never approved.",
        "The justices said the county had levied a tax the voters never approved.",
    )
    assert "number" not in kinds(
        "The plan takes $45 million from the reserve fund, which budget officers opposed.",
        "The plan leaves untouched the state's reserve fund, which stands at about $610 million.",
    )
    assert "number" in kinds(
        "The state's reserve fund stands at about $610 million.", "The state's reserve fund stands at $480 million."
    )
    # a count of the displaced and a count of the dead are two counts
    assert "number" not in kinds(
        "The floods have driven about 12,000 people from their homes, the ministry said on Friday.",
        "By Friday evening the number of dead from the floods had climbed to 9, officials said.",
    )
    wednesday = datetime(2026, 11, 4, 18, tzinfo=timezone.utc)
    # the morning a count was read, not the day of the vote
    assert "date" not in kinds(
        "Measure 3 was passing with about 52% of the vote in unofficial returns Wednesday morning.",
        "Voters on November 3 approved Measure 3 with 56% of the vote.",
        wednesday,
        wednesday,
    )


def test_round_51_an_estimate_reported_a_noun_of_lead_and_no_vote_against() -> None:
    # 'estimated ... would cost' reports an estimate, as 'estimated the cost at' does
    assert "number" in kinds(
        "The agency estimated the closure would cost its insurance fund $215 million.",
        "The agency put the cost to its insurance fund at $180mn.",
    )
    assert "number" not in kinds(
        "The closure could cost its insurance fund $215 million.",
        "The agency put the cost to its insurance fund at $180mn.",
    )
    # the same noun and 'of' before each figure is one slot, beside another figure of the sentence
    assert "number" in kinds(
        "The panel found debts of £48.2m at the end of the season.",
        "The club reported debts of £42.8m at the end of the season, against a permitted ceiling of £30m.",
    )
    assert "negation" in kinds(
        "No members of the rate-setting committee voted against the increase.",
        "Three members of the nine-member rate-setting committee voted against the increase.",
    )
    assert "negation" not in kinds(
        "No members of the committee voted against the increase.",
        "Three members of the committee voted against the budget.",
    )


def test_a_bare_krone_is_read_in_the_krone_the_other_sentence_names() -> None:
    assert "number" in kinds(
        "The mining company has promised an investment of 1.9 billion kroner.",
        "The company plans to invest DKK 2.9bn in the mine.",
    )
    assert "number" not in kinds(
        "The mining company has promised an investment of 2.9 billion kroner.",
        "The company plans to invest DKK 2.9bn in the mine.",
    )
    # a krone the sentence names stays its own currency
    assert "number" not in kinds(
        "The company will invest 1.9 billion Norwegian kroner.", "The company plans to invest DKK 2.9bn."
    )


def test_round_52_a_closure_then_normal_a_court_date_after_an_arrest_a_plans_year_and_an_insured_sum() -> None:
    sunday = datetime(2026, 11, 29, 18, tzinfo=timezone.utc)
    assert "date" not in kinds(
        "Travellers face more delays after fog shut the city's airport for most of Saturday.",
        "The airport returned to normal on Sunday after a day of closures caused by fog.",
        sunday,
        sunday,
    )
    assert "date" in kinds(
        "Fog shut the city's airport for most of Saturday.", "Fog shut the city's airport on Sunday.", sunday, sunday
    )
    assert "date" not in kinds(
        "The man, 41, was detained by police and is due to appear before a judge in Braga on Thursday.",
        "Police detained a 41-year-old man on Wednesday on suspicion of arson.",
    )
    assert "date" not in kinds(
        "The probe was launched in 2019.", "The agency had planned to launch a second probe in 2029."
    )
    assert "date" in kinds(
        "The agency plans to launch the probe in 2028.", "The agency plans to launch the probe in 2029."
    )
    assert "number" not in kinds(
        "The tanker is valued at $90 million.", "The tanker was insured for about $75 million, the owner said."
    )
    assert "number" in kinds("The tanker was insured for $90 million.", "The tanker was insured for about $75 million.")


def test_round_53_a_months_end_and_the_next_first_a_span_of_days_and_a_future_denial() -> None:
    monday = datetime(2026, 11, 30, 12, tzinfo=timezone.utc)
    assert "date" not in kinds(
        "The city gallery will shut its permanent collection at the end of March, the council decided on Monday.",
        "The city gallery's permanent collection is to close from April 1st.",
        monday,
        monday,
    )
    assert "date" in kinds(
        "The city gallery will shut its permanent collection at the end of March.",
        "The city gallery's permanent collection is to close from April 10th.",
        monday,
        monday,
    )
    october = datetime(2026, 10, 10, 12, tzinfo=timezone.utc)
    assert "date" not in kinds(
        "The bridge will close from 9 p.m. on Friday, Oct. 23, until 6 a.m. on Monday, Oct. 26, the ministry says.",
        "Drivers will have to detour when the bridge closes on the weekend of Oct. 24 and 25.",
        october,
        october,
    )
    # two spans are compared end by end
    assert "date" in kinds(
        "The festival ran from November 12 to November 19.", "The festival was held from November 12 to November 20."
    )
    assert "negation" not in kinds(
        "A new terminal is planned but will not open for several years.",
        "The terminal, which opened in 1971, is due to be demolished.",
    )
    assert "negation" in kinds("The terminal will open in May.", "The terminal will not open in May.")


def test_shares_a_little_over_or_under_speeds_per_hour_and_one_rate_told_two_ways() -> None:
    # a share 'nearly' or 'just over' a figure is within two points or so of it
    assert "number" in kinds("Turnout was nearly 61%.", "Turnout was 56.8%.")
    assert "number" not in kinds("Turnout was nearly 61%.", "Turnout was 60.4%.")
    assert "number" in kinds("The party won 38.2% of the vote.", "The party took just over 36% of the vote.")
    assert "number" not in kinds("The party won 36.3% of the vote.", "The party took just over 36% of the vote.")
    # a share in words stays rough: 'nearly half' holds 46%
    assert "number" not in kinds(
        "The capital accounts for 46% of the cases.", "Nearly half of the cases were in the capital."
    )
    # 'kilometres per hour' is a speed, and a speed converted from miles per hour is as precise as a conversion
    assert "number" in kinds(
        "Gusts of 176 km/h were measured.", "Gusts reaching 139 kilometres per hour were recorded."
    )
    assert "number" not in kinds(
        "The storm had sustained winds near 195 km/h.", "The storm had maximum sustained winds of 120 miles per hour."
    )
    # the same unit on both sides keeps its own precision
    assert "number" in kinds("The river peaked at 6.54 metres.", "The river peaked at 6.45 metres.")
    # one rate told as 'was' and as 'of', with its month after it (a time, not a place)
    assert "number" in kinds(
        "The city's rental vacancy rate was 1.1% in September.",
        "The latest figures show a vacancy rate of 1.9 per cent in the city.",
    )


def test_an_open_span_does_not_meet_every_month() -> None:
    # 'until the end of 2027' is no month of 2026, so the two months of one vote are compared
    pub = datetime(2026, 11, 16, 18, tzinfo=timezone.utc)
    assert "date" in kinds(
        "The council voted in October to waive some fees for rental projects.",
        "The council voted in September to waive some fees on rental projects until the end of 2027.",
        pub,
        pub,
    )


def test_round_54_a_count_being_treated_by_a_days_morning_is_a_later_state() -> None:
    assert "number" not in kinds(
        "By Thursday morning, 23 injured workers were being treated in hospital, three of them in intensive care.",
        "Another 17 workers were injured and taken to hospitals in the city.",
    )
    assert "number" in kinds(
        "Another 23 workers were injured and taken to hospitals in the city.",
        "Another 17 workers were injured and taken to hospitals in the city.",
    )


def test_shops_and_stores_are_one_count() -> None:
    assert "number" in kinds("The grocer is to shut 11 shops.", "The grocer will close 13 stores in rural towns.")
    assert "number" not in kinds("The grocer is to shut 13 shops.", "The grocer will close 13 stores in rural towns.")


def test_cedis_are_money_not_names() -> None:
    found = kinds(
        "Petrol will sell at GH¢12.40 a litre at most pumps.", "Petrol now sells at GHS 11.95 per litre at most pumps."
    )
    assert "entity" not in found and "number" in found
    assert not kinds(
        "Petrol will sell at GH¢12.40 a litre at most pumps.", "Petrol will sell at GHS 12.40 per litre at most pumps."
    )


def test_found_guilty_against_acquitted() -> None:
    assert "negation" in kinds(
        "A second defendant, a former council buyer, was acquitted.",
        "A former council buyer who signed the invoices was also found guilty and given a suspended sentence.",
    )
    assert "negation" not in kinds("The council buyer was acquitted.", "The council buyer pleaded not guilty.")


def test_round_56_a_day_set_for_is_the_one_ahead() -> None:
    thursday = datetime(2026, 9, 17, 15, tzinfo=timezone.utc)  # Thursday 17 September 2026
    assert "date" not in kinds(
        "Shopkeepers in the city called a strike for Saturday against the rise.",
        "Shopkeepers in the city announced a shutter-down strike for September 19.",
        thursday,
        thursday,
    )
    assert "date" in kinds(
        "Shopkeepers in the city called a strike for Saturday against the rise.",
        "Shopkeepers in the city announced a shutter-down strike for September 26.",
        thursday,
        thursday,
    )


def test_round_57_a_clause_of_saying_with_a_longer_subject_after_the_time() -> None:
    november = datetime(2026, 11, 18, 17, tzinfo=timezone.utc)
    assert "date" not in kinds(
        "The ordinance takes effect January 1, city attorney Ana Ruiz told the council.",
        "The ban goes into effect starting January 1, 2027.",
        november,
        november,
    )
    assert "date" in kinds(
        "The ordinance takes effect February 1, city attorney Ana Ruiz told the council.",
        "The ban goes into effect starting January 1, 2027.",
        november,
        november,
    )


def test_round_58_a_year_named_after_a_date_by_its_distance_from_the_page() -> None:
    november = datetime(2026, 11, 20, 12, tzinfo=timezone.utc)
    assert "date" not in kinds(
        "The grass fire reached the ridge on August 14, 2025.",
        "The grass fire reached the ridge on August 14 of last year, burning two barns.",
        november,
        november,
    )
    assert "date" in kinds(
        "The grass fire reached the ridge on August 14, 2024.",
        "The grass fire reached the ridge on August 14 of last year, burning two barns.",
        november,
        november,
    )


def test_round_58_a_glued_m_before_a_capitalised_plural_is_million() -> None:
    both = "The new quay will lift the port's capacity from 0.9 million to 1.7 million TEUs a year."
    assert "number" not in kinds(both, "Once finished, capacity will reach 1.7m TEUs.")
    assert "number" in kinds(both, "Once finished, capacity will reach 1.9m TEUs.")


def test_round_58_how_many_live_in_a_place_is_no_count_of_the_story() -> None:
    assert "number" not in kinds(
        "Roughly 900 people who work at the Westfield cannery will lose their jobs when it closes in March.",
        "The cannery will shut in March, cutting 930 jobs in a city of about 9,000 people.",
    )
    assert "number" in kinds(
        "The flooded town of 4,000 people lost its water supply.",
        "The flooded town of 6,500 people lost its water supply.",
    )


def test_round_58_roads_of_two_numbering_systems() -> None:
    assert not kinds(
        "State Route 21 was shut north of Mayfield.", "US Route 45 was shut north of Mayfield after water crossed it."
    )
    # two routes of one system are two roads: an entity conflict, as every set's labels call it
    assert "entity" in kinds(
        "State Route 21 was shut north of Mayfield.",
        "State Route 45 was shut north of Mayfield after water crossed it.",
    )


def test_round_58_a_count_read_by_an_hour_of_the_day_against_one_told_for_the_day() -> None:
    day = "The labour ministry said 31.5% of bus drivers were on strike on Tuesday, the highest share in years."
    assert "number" not in kinds("By late morning, the labour ministry counted 19% of bus drivers on strike.", day)
    assert "number" not in kinds("By 11 a.m., the labour ministry counted 19% of bus drivers on strike.", day)
    # the same hour on both sides is one reading
    assert "number" in kinds(
        "By 11 a.m., the labour ministry counted 19% of bus drivers on strike.",
        "The labour ministry said 31.5% of bus drivers were on strike by 11 a.m. on Tuesday.",
    )


def test_round_58_early_and_late_in_a_month_reach_its_middle() -> None:
    november = datetime(2026, 11, 28, 12, tzinfo=timezone.utc)
    assert "date" not in kinds(
        "Ferry sailings to the island resumed on November 12.",
        "Operators resumed ferry sailings in early November.",
        november,
        november,
    )
    assert "date" in kinds(
        "Ferry sailings to the island resumed on November 24.",
        "Operators resumed ferry sailings in early November.",
        november,
        november,
    )
    assert "date" not in kinds(
        "Ferry sailings to the island resumed on November 18.",
        "Operators resumed ferry sailings in late November.",
        november,
        november,
    )


def test_round_59_a_state_reached_by_an_hour_is_a_step_of_its_own() -> None:
    assert "negation" not in kinds(
        "Evacuation centres run by the county were closed by late afternoon.",
        "The county opened 14 evacuation centres, where 230 people spent the night.",
    )
    assert "negation" in kinds(
        "Evacuation centres run by the county were closed.",
        "The county opened 14 evacuation centres, where 230 people spent the night.",
    )


def test_round_59_a_day_named_by_a_government_and_a_past_day_just_after_the_page() -> None:
    wednesday = datetime(2026, 12, 2, 10, 30, tzinfo=timezone.utc)  # Wednesday 2 December 2026
    assert "date" not in kinds(
        "The cabinet declared Thursday a day of national mourning.",
        "The cabinet declared a day of mourning on December 3.",
        wednesday,
        wednesday,
    )
    assert "date" in kinds(
        "The cabinet declared Friday a day of national mourning.",
        "The cabinet declared a day of mourning on December 3.",
        wednesday,
        wednesday,
    )


def test_round_59_a_statement_cited_with_its_day_and_a_named_statement() -> None:
    assert "date" not in kinds(
        "The smelter said it produced 61,400 tonnes of zinc in the three months to September.",
        "The smelter produced about 61,000 tonnes of zinc in the quarter, according to a statement on Tuesday.",
    )
    # a statement the sentences name is itself the event they date
    assert "date" in kinds(
        "The grant cut was set out in the autumn budget statement delivered on Tuesday.",
        "The grant cut was announced in the autumn budget statement on Monday.",
    )


def test_round_59_names_given_as_examples_of_a_set() -> None:
    assert "entity" not in kinds(
        "The utility said 600 line workers were out, including crews from Vermont.",
        "The utility had 750 line workers on the job, including crews from Ohio and Maine.",
    )


def test_round_59_a_fraction_of_a_percent() -> None:
    assert "number" not in kinds("Retail sales rose four-tenths of a percent in May.", "Retail sales rose 0.4% in May.")
    assert "number" in kinds("Retail sales rose four-tenths of a percent in May.", "Retail sales rose 0.7% in May.")


def test_round_60_two_acts_expected() -> None:
    assert "negation" not in kinds(
        "The head coach's job is not expected to change.", "The new board is expected to meet the head coach on Friday."
    )
    assert "negation" in kinds(
        "The head coach is not expected to resign.", "The head coach is expected to resign on Friday."
    )


def test_round_60_a_timetable_told_in_the_present_is_ahead_of_the_page() -> None:
    wednesday = datetime(2026, 9, 9, 18, tzinfo=timezone.utc)  # Wednesday 9 September 2026
    assert "date" not in kinds(
        "The rally ends with a stage into Inverness on 13 September.",
        "The rally finishes in Inverness on Sunday.",
        wednesday,
        wednesday,
    )
    sunday = datetime(2026, 11, 1, 18, tzinfo=timezone.utc)
    assert "date" not in kinds(
        "Both players head to Turin for the season finale next Sunday.",
        "Both players have qualified for the season finale, which begin in Turin on 8 November.",
        sunday,
        sunday,
    )
    assert "date" in kinds(
        "The rally ends with a stage into Inverness on 20 September.",
        "The rally finishes in Inverness on Sunday.",
        wednesday,
        wednesday,
    )


def test_round_60_a_day_after_an_event_a_few_words_on() -> None:
    saturday = datetime(2026, 9, 19, 12, tzinfo=timezone.utc)
    sunday = datetime(2026, 9, 20, 12, tzinfo=timezone.utc)
    assert "date" not in kinds(
        "A parade float tipped over during the harvest festival in Kumamoto Prefecture on Saturday, hurting six people.",
        "The harvest festival went ahead on Sunday with more stewards a day after a float tipped over.",
        saturday,
        sunday,
    )


def test_round_60_two_bulletins_over_windows_of_hours() -> None:
    pub = datetime(2026, 10, 14, 6, tzinfo=timezone.utc)
    found = kinds(
        "In the 24 hours to Wednesday morning, another 912 patients were admitted.",
        "A further 977 patients were admitted to hospitals in the 24 hours to Tuesday morning.",
        pub,
        pub,
    )
    assert "number" not in found and "date" not in found
    assert "number" in kinds(
        "In the 24 hours to Wednesday morning, another 912 patients were admitted.",
        "A further 977 patients were admitted to hospitals in the 24 hours to Wednesday morning.",
        pub,
        pub,
    )


def test_round_60_two_occasions_of_a_series() -> None:
    assert "number" not in kinds(
        "The catch fetched 2,100 yen per kilogram at the first auction.",
        "At Thursday's auction, prices fell to around 1,200 yen per kilogram.",
    )
    assert "number" in kinds(
        "The catch fetched 2,100 yen per kilogram at the first auction.",
        "At the first auction, the catch fetched 1,200 yen per kilogram.",
    )


def test_round_61_a_denial_across_a_verbs_preposition_and_article() -> None:
    assert "negation" not in kinds(
        "The contractor did not admit to any wrongdoing during the hearing.",
        "The contractor has denied any wrongdoing.",
    )
    # 'has not ruled out paying' is no denial of paying
    assert "negation" in kinds(
        "The council said it had not ruled out paying the ransom.",
        "The council leader said the council would not pay the ransom.",
    )


def test_round_61_one_moment_told_in_two_zones() -> None:
    pub = datetime(2026, 10, 14, 12, tzinfo=timezone.utc)
    assert "date" not in kinds(
        "The tremor hit at 11:20 pm local time on Monday, the survey said.", "It hit at 02:20 GMT on Tuesday.", pub, pub
    )
    # an hour told loosely, or clock times no whole or half hour apart, are no zones
    assert "date" in kinds("The tremor hit shortly before 3am on Tuesday.", "It hit at 23:12 GMT on Monday.", pub, pub)
    assert "date" in kinds(
        "The tremor hit at 11:20 pm local time on Monday.", "It hit at 02:05 GMT on Tuesday.", pub, pub
    )


def test_round_62_two_deadlines_at_the_ends_of_two_years() -> None:
    pub = datetime(2026, 11, 14, 12, tzinfo=timezone.utc)
    assert "date" in kinds(
        "The depot closures will be completed by the end of 2027, the operator said.",
        "The depot closures will be completed by the end of 2028.",
        pub,
        pub,
    )
    assert "date" not in kinds(
        "The depot closures will be completed by the end of 2027, the operator said.",
        "The depot closures will be completed by 2027.",
        pub,
        pub,
    )


def test_round_63_thousands_set_apart_by_spaces() -> None:
    assert "number" not in kinds(
        "About 64 000 households are without water, the city said.",
        "The city says about 64,000 households are without water.",
    )
    assert "number" in kinds(
        "About 46 000 households are without water, the city said.",
        "The city says about 64,000 households are without water.",
    )


def test_round_63_the_nth_day_of_a_state_counts_back_to_its_start() -> None:
    wednesday = datetime(2026, 11, 11, 8, tzinfo=timezone.utc)
    assert "date" not in kinds(
        "Residents woke on Wednesday to a second day of rolling blackouts, with the utility warning of more.",
        "The utility imposed rolling blackouts on Tuesday after a string of breakdowns.",
        wednesday,
        wednesday,
    )
    assert "date" in kinds(
        "Residents woke on Wednesday to a third day of rolling blackouts, with the utility warning of more.",
        "The utility imposed rolling blackouts on Tuesday after a string of breakdowns.",
        wednesday,
        wednesday,
    )


def test_round_63_a_county_written_before_its_name_may_hold_a_town() -> None:
    assert "entity" not in kinds(
        "Passengers were put up in hotels in Galway and Tuam.",
        "Passengers spent the night in hotels in Co Galway and Co Mayo.",
    )
    assert "entity" in kinds(
        "Passengers were put up in hotels in Galway and Tuam.",
        "Passengers spent the night in hotels in Galway and Athenry.",
    )


def test_round_63_one_rate_over_two_periods() -> None:
    assert "number" not in kinds(
        "A typical household will pay about $9 a month more.",
        "The levy adds about $108 a year to a typical household's bill.",
    )
    assert "number" in kinds(
        "A typical household will pay about $9 a month more.", "A typical household will pay about $14 a month more."
    )


def test_round_63_those_on_board_and_those_treated() -> None:
    assert "number" not in kinds(
        "Three passengers were treated for minor injuries after the jet made an emergency landing.",
        "The jet, carrying 190 passengers and 8 crew, made an emergency landing.",
    )
    # those treated may be those taken to hospital
    assert "number" in kinds(
        "Eleven passengers were taken to hospital with burns.", "Seven people were treated for burns, officials said."
    )


def test_round_64_a_day_written_without_its_year_against_the_same_day_with_one() -> None:
    september = datetime(2026, 9, 23, 7, tzinfo=timezone.utc)
    assert "date" not in kinds(
        "The first day of the new timetable is April 2.",
        "The new timetable comes into force on 2 April 2027.",
        september,
        september,
    )
    assert "date" in kinds(
        "The first day of the new timetable is April 3.",
        "The new timetable comes into force on 2 April 2027.",
        september,
        september,
    )


def test_round_64_a_month_labelling_a_regular_event() -> None:
    from reconcile.compare.dates import _labels_event

    def labels(text: str) -> bool:
        return _labels_event(text, extract_facts(text, PUB).times[0])

    assert labels("Pupils who failed will next appear in the regular March exam, the board said.")
    assert labels("Pupils who failed will sit the March exam.")
    # an object between 'the' and a day is no label of it
    assert not labels("The mayor broke the news Sunday evening before several hundred supporters.")


def test_round_64_two_charges_each_with_its_verdict() -> None:
    assert "negation" not in kinds(
        "Jurors acquitted Dana Pruitt of first-degree murder but convicted her of the lesser offence of manslaughter.",
        "Dana Pruitt, 34, was convicted of manslaughter on Friday.",
    )
    assert "negation" in kinds(
        "The jury acquitted Dana Pruitt of manslaughter.",
        "Dana Pruitt was convicted of manslaughter.",
    )
    # a list of charges that holds the other's charge is one
    assert "negation" in kinds(
        "The court convicted him of fraud, bribery and breach of trust.",
        "The judges acquitted him of bribery but convicted him of fraud.",
    )


def test_round_64_an_unnamed_persons_age_against_a_named_one() -> None:
    assert "number" not in kinds(
        "A jury found Dana Pruitt guilty of manslaughter in the death of a 19-year-old man outside a bar.",
        "Dana Pruitt, 34, was convicted of manslaughter on Friday in the death of Owen Hale.",
    )
    assert "number" in kinds(
        "Dana Pruitt, a 31-year-old former nurse, was convicted of manslaughter.",
        "Dana Pruitt, 34, was convicted of manslaughter on Friday.",
    )


def test_round_65_cfa_francs_and_a_bare_franc() -> None:
    assert "number" not in kinds(
        "The previous price was 700 CFA francs a litre, set in May.",
        "The government has raised the pump price of diesel to 740 CFA francs per litre, up from 700 francs.",
    )
    assert "number" in kinds(
        "The state released CFA 250m for flood victims.",
        "The state announced 200 million CFA francs in aid for flood victims.",
    )


def test_round_65_a_subject_denied_by_no() -> None:
    assert "negation" not in kinds(
        "He said the trust would not close any of its clinics.",
        "Ms Reid insisted that no clinics will close under the plans.",
    )
    assert "negation" not in kinds(
        "All Cairns schools will be closed on Monday.",
        "No schools in Cairns or Port Douglas will open on Monday, officials said.",
    )
    # 'no regrets and confirmed he would play' denies no playing
    assert "negation" in kinds(
        "Ortiz said he had no regrets and confirmed he would play in next year's final.",
        "He later ruled out playing in next year's final.",
    )


def test_round_65_told_on_a_day_and_the_second_day_of_a_strike() -> None:
    pub = datetime(2026, 11, 6, 1, tzinfo=timezone.utc)  # Friday 6 November 2026
    assert "date" not in kinds(
        "Staff at the Lyceum were told on Monday morning that the theatre would shut for good.",
        "The Lyceum will close in January, its trustees said.",
        pub,
        pub,
    )
    assert "date" not in kinds(
        "Dockers at the port walked off the job on Thursday, starting an open-ended strike.",
        "The dockers' strike entered its second day on Friday, with no talks planned.",
        pub,
        pub,
    )


def test_round_66_talks_that_continue_on_a_later_day() -> None:
    pub = datetime(2026, 11, 6, 1, tzinfo=timezone.utc)  # Friday 6 November 2026
    assert "date" not in kinds(
        "The mediator has called the airline and the pilots' union to a meeting on Monday morning.",
        "Negotiations between the airline and the pilots' union continue on Wednesday.",
        pub,
        pub,
    )
    # 'continue until' dates the end of the one spell, and two first sittings still conflict
    assert "date" in kinds(
        "Rolling blackouts are expected to continue until Friday.",
        "Rolling blackouts will last until at least Sunday.",
        pub,
        pub,
    )
    assert "date" in kinds(
        "The mediator has called both sides to a meeting on Monday.",
        "The mediator has called both sides to a meeting on Wednesday.",
        pub,
        pub,
    )


def test_round_66_a_count_since_midnight_read_at_two_moments() -> None:
    pub = datetime(2026, 11, 2, 21, tzinfo=timezone.utc)  # Monday 2 November 2026
    assert "number" not in kinds(
        "By Monday evening the tally of tremors recorded since midnight had passed 610, the agency said.",
        "Instruments picked up about 420 tremors under the volcano between midnight and 9am.",
        pub,
        pub,
    )
    assert "number" in kinds(
        "By Monday evening the tally of tremors recorded since midnight had passed 610, the agency said.",
        "By Monday evening the agency had counted about 420 tremors under the volcano since midnight.",
        pub,
        pub,
    )


def test_round_66_a_failure_traced_to_a_thing_denies_no_act() -> None:
    assert "negation" not in kinds(
        "The operator blamed a fault on a 132-kilovolt cable near Ashby.",
        "The operator traced the failure to a cable at Ashby, south of the town.",
    )
    assert "negation" in kinds(
        "The operator failed to inspect the cable near Ashby.",
        "The operator inspected the cable near Ashby last month.",
    )


def test_round_66_stopped_short_of_is_neither_done_nor_denied() -> None:
    assert "negation" not in kinds(
        "The defeated mayor did not concede on election night.",
        "The defeated mayor, Tomas Lind, stopped short of conceding.",
    )
    # 'stopped short of calling for citizenship' says nothing of another call
    assert "negation" not in kinds(
        "Party leaders are expected to publish principles that call for a path to legal status.",
        "The whip backed legal residence but stopped short of calling for a path to citizenship.",
    )


def test_round_67_an_order_and_the_act_it_orders() -> None:
    thu = datetime(2026, 11, 26, 14, tzinfo=timezone.utc)  # Thursday 26 November 2026
    wed = datetime(2026, 11, 25, 18, tzinfo=timezone.utc)
    assert "date" not in kinds(
        "A court in Izmir on Thursday ordered the arrest of district mayor Selin Okur pending trial.",
        "District mayor Selin Okur was taken into custody on 25 November in a dawn raid.",
        thu,
        wed,
    )
    # the date of what was ordered is compared as before
    assert "date" in kinds(
        "All schools in the district have been ordered closed until 15 June.",
        "The education office said schools would remain closed until 20 June.",
    )


def test_round_67_a_vote_that_backed_a_plan_and_when_it_applies() -> None:
    assert "date" not in kinds(
        "The assembly is to freeze student rents from September 2028 after a close vote.",
        "Student rents will be frozen at £140 a week after the assembly narrowly backed the plan on Tuesday.",
    )


def test_round_67_a_weekday_read_past_an_accented_name() -> None:
    wed = datetime(2026, 10, 14, 21, tzinfo=timezone.utc)  # Wednesday 14 October 2026
    assert "date" not in kinds(
        "The derby between Peñarol and Nacional on October 18 will be played at another ground.",
        "Sunday's derby between Peñarol and Nacional will now be played at a different venue.",
        wed,
        wed,
    )
    assert "date" in kinds(
        "The derby between Peñarol and Nacional on October 25 will be played at another ground.",
        "Sunday's derby between Peñarol and Nacional will now be played at a different venue.",
        wed,
        wed,
    )


def test_round_67_overnight_on_a_page_of_another_day() -> None:
    sat = datetime(2026, 10, 31, 11, tzinfo=timezone.utc)  # Saturday 31 October 2026
    sun = datetime(2026, 11, 1, 9, tzinfo=timezone.utc)
    assert "date" not in kinds(
        "In Maradi, bus fares rose from 250 to 350 francs overnight.",
        "In Maradi, bus fares went up to 350 francs on Saturday morning.",
        sun,
        sat,
    )
    # on pages of one day the night is the one before it
    assert "date" in kinds(
        "In Maradi, bus fares rose from 250 to 350 francs overnight.",
        "In Maradi, bus fares went up to 350 francs on Thursday morning.",
        sun,
        sun,
    )


def test_round_68_a_year_a_figure_is_compared_with() -> None:
    assert "date" not in kinds(
        "Bus ridership is down more than a fifth compared with 2019.",
        "Ridership remains 21% below 2019 levels, and the transit agency has leaned on a state grant that ran out "
        "this summer.",
    )
    assert "date" in kinds(
        "The city's emergency grant ran out in 2019.",
        "The city's emergency grant ran out this spring.",
    )


def test_round_68_a_plan_that_did_not_hold() -> None:
    assert "date" not in kinds(
        "Negotiators signed the accord in Tromsø on Wednesday after five days of talks.",
        "The accord was reached at talks in Tromsø that had been due to finish on Monday but ran over.",
    )
    assert "date" in kinds(
        "Negotiators signed the accord in Tromsø on Wednesday after five days of talks.",
        "Negotiators signed the accord in Tromsø on Monday after five days of talks.",
    )


def test_round_68_a_resignation_handed_in_and_when_it_takes_effect() -> None:
    assert "date" not in kinds(
        "The chief constable's resignation takes effect on 14 December, the authority said.",
        "The chief constable submitted her resignation on Tuesday, weeks after the inspection report.",
    )


def test_round_68_a_deadline_and_its_own_moment() -> None:
    assert "date" not in kinds(
        "The ministry said lessons would end at 12:00 until Friday.",
        "Schools will finish lessons by noon for the rest of the week.",
    )
    assert "date" in kinds(
        "The ministry said lessons would end at 13:00 until Friday.",
        "Schools will finish lessons by 11am for the rest of the week.",
    )


def test_round_68_a_chambers_tally_with_a_dash() -> None:
    fri = datetime(2026, 10, 2, 12, tzinfo=timezone.utc)  # Friday 2 October 2026
    assert "number" not in kinds(
        "The Assembly approved a temporary spending bill 112 to 98 in late September, mostly along party lines.",
        "The Assembly passed a stopgap bill on a 112-98 vote last week to release money to schools.",
        fri,
        fri,
    )
    assert "number" in kinds(
        "The Assembly passed the emergency bill on a 131-117 vote.",
        "The Assembly passed the emergency bill on a 129-117 vote.",
    )


def test_round_68_those_past_a_waiting_time_are_a_part() -> None:
    assert "number" not in kinds(
        "The health board said 2,915 patients have waited more than two years for surgery.",
        "The number of patients waiting for surgery at the health board has reached 57,300.",
    )
    assert "number" in kinds(
        "The health board said 2,915 patients have waited more than two years for surgery.",
        "The health board said 3,120 patients have waited more than two years for surgery.",
    )


def test_round_69_a_departure_and_an_arrival_are_two_moments() -> None:
    assert "date" not in kinds(
        "The first Qantas service to Nairobi took off from Sydney on Sunday evening.",
        "The inaugural Qantas flight touched down in Nairobi on Monday morning after a 14-hour journey.",
    )
    assert "date" not in kinds(
        "The airline launched its Nairobi service on Saturday with a sold-out flight.",
        "The first flight on the new route landed in Nairobi on Sunday.",
    )
    assert "date" in kinds(
        "The inaugural Qantas flight touched down in Nairobi on Monday morning after a 14-hour journey.",
        "The inaugural Qantas flight touched down in Nairobi on Wednesday morning after a 14-hour journey.",
    )


def test_round_69_those_on_alert_are_not_those_ordered_out() -> None:
    assert "number" not in kinds(
        "Some 400 more homes were placed under evacuation order on Thursday night.",
        "A further 2,600 homes are on evacuation alert, the county said.",
    )
    assert "number" in kinds(
        "A further 2,600 homes are on evacuation alert, the county said.",
        "A further 3,100 homes are on evacuation alert, the county said.",
    )


def test_round_69_a_market_average_is_not_one_lenders_rate() -> None:
    assert "number" not in kinds(
        "The average five-year fixed mortgage rate is 4.9%, according to Moneyfacts.",
        "The bank's five-year fixed rate will fall to 4.35% from Monday.",
    )
    assert "number" in kinds(
        "The bank's five-year fixed rate will fall to 4.35% from Monday.",
        "The bank's five-year fixed rate will fall to 4.15% from Monday.",
    )
    assert "number" in kinds(  # an average named on both sides is one figure
        "Gas output averaged 2,380 million cubic feet a day in October.",
        "The country produced an average of 2,450 million cubic feet a day in October.",
    )


def test_round_69_a_site_and_the_town_it_may_be_in() -> None:
    assert "entity" not in kinds(
        "Firefighters were sent to the blaze at Grangemouth, the company said.",
        "Firefighters were sent to the blaze at the Kinneil refinery, the company said.",
    )
    assert "entity" in kinds(
        "Firefighters were sent to the blaze at the Kinneil refinery, the company said.",
        "Firefighters were sent to the blaze at the Fawley refinery, the company said.",
    )


def test_round_70_a_step_still_ahead_is_not_taken() -> None:
    assert "negation" not in kinds(
        "The council has not decided whether to appeal against the ruling.",
        "The council said it would read the judgment in full before deciding whether to appeal.",
    )
    assert "negation" in kinds(
        "The council has not decided whether to appeal against the ruling.",
        "The council has decided to appeal against the ruling.",
    )


def test_round_70_an_event_named_by_its_day_and_the_day_news_of_it_came() -> None:
    assert "date" not in kinds(
        "Official results of the regional election were published on Monday.",
        "The governing party lost its majority in Sunday's regional election.",
    )
    assert "date" in kinds(
        "The governing party lost its majority in the regional election on Saturday.",
        "The governing party lost its majority in Sunday's regional election.",
    )


def test_round_70_gas_volumes_in_bcm() -> None:
    assert "number" not in kinds(
        "The utility agreed to buy 4.5 billion cubic metres of gas a year from the field.",
        "The field will supply the utility with 4.5 bcm of gas annually.",
    )
    assert "number" in kinds(
        "The utility agreed to buy 4.5 billion cubic metres of gas a year from the field.",
        "The field will supply the utility with 3 bcm of gas annually.",
    )


def test_round_70_those_caught_by_an_avalanche_are_not_its_dead() -> None:
    assert "number" not in kinds(
        "An avalanche killed three ski tourers above Davos on Sunday, police said.",
        "An avalanche swept over a party of seven ski tourers above Davos on Sunday.",
    )
    assert "number" in kinds(
        "An avalanche killed three ski tourers above Davos on Sunday, police said.",
        "An avalanche killed five ski tourers above Davos on Sunday.",
    )


def test_round_70_a_season_naming_a_kind_of_crop_is_no_date() -> None:
    assert "date" not in kinds(
        "Oat output rose as farmers switched land from winter crops.",
        "Oat yields were hit by the hot July, the survey found.",
    )
    assert "date" in kinds(
        "Oat yields were hit by the dry winter of 2024, the survey found.",
        "Oat yields were hit by the dry winter of 2025, the survey found.",
    )


def test_round_71_a_span_of_days_written_with_and_or_to() -> None:
    sep = datetime(2026, 9, 20, 12, tzinfo=timezone.utc)
    found = kinds(
        "The toll covers the period between 4 and 12 August, the agency said.",
        "The agency's count covers the period from 6 to 12 August.",
        sep,
        sep,
    )
    assert "date" in found and "number" not in found
    assert not kinds(
        "The toll covers the period between 4 and 12 August, the agency said.",
        "The agency's count covers the period from 4 to 12 August.",
        sep,
        sep,
    )


def test_round_71_an_expiry_and_an_extension_are_two_acts() -> None:
    assert "date" not in kinds(
        "The fishing permits, which expire in April, have not been renewed.",
        "The fishing permits were renewed in November until the end of 2029.",
    )
    assert "date" in kinds(
        "The fishing permits were renewed in September until the end of 2029.",
        "The fishing permits were renewed in November until the end of 2029.",
    )


def test_round_71_what_a_part_is_meant_to_do_is_not_what_it_did() -> None:
    assert "negation" not in kinds(
        "The pressure valve, a part meant to vent the boiler, can stick after years of use.",
        "A worn pressure valve may fail to vent the boiler when the pressure rises.",
    )
    assert "negation" in kinds(
        "The pressure valve vented the boiler when the pressure rose, the inspectors found.",
        "The pressure valve did not vent the boiler when the pressure rose, the inspectors found.",
    )


def test_round_72_an_approval_and_the_completion_it_allows_are_two_steps() -> None:
    assert "date" not in kinds(
        "The purchase of the stadium was approved by the city council on 3 November.",
        "The purchase of the stadium was completed on 9 November.",
    )
    assert "date" in kinds(
        "The purchase of the stadium was completed on 3 November.",
        "The purchase of the stadium was completed on 9 November.",
    )


def test_round_72_counts_of_a_lasting_state_seen_on_two_days() -> None:
    found = kinds(
        "About 60 trucks were waiting at the border crossing on Monday as the strike went on.",
        "Forty-five trucks were idle at the border crossing on Tuesday morning, customs officers said.",
    )
    assert "date" not in found
    assert "date" in kinds(
        "The strike at the border crossing began on Monday, customs officers said.",
        "The strike at the border crossing began on Tuesday morning, the union said.",
    )


def test_round_72_a_decision_taken_at_a_meeting_and_the_day_it_applies() -> None:
    assert "date" not in kinds(
        "The new parking charges will take effect from 1 March, the council said on Monday.",
        "The council's finance committee agreed the charges at a meeting on 14 October.",
    )
    assert "date" in kinds(
        "The council's finance committee agreed the charges at a meeting on 14 October.",
        "The council's finance committee agreed the charges at its meeting on 21 October.",
    )


def test_round_72_a_goal_for_a_later_year_is_not_a_count() -> None:
    assert "number" not in kinds(
        "The port handled about 2 million containers last year.",
        "The port wants to handle 5 million containers a year by 2030.",
    )
    assert "number" in kinds(
        "The port handled about 2 million containers last year.",
        "The port handled 5 million containers last year, its operator said.",
    )
    assert "number" in kinds(
        "The ministry wants to fine the operator $3.1 million for the delays.",
        "The operator faces a $1.3 million fine for the delays, the ministry said.",
    )


def test_round_72_a_month_whose_year_is_guessed_against_next_year() -> None:
    assert "date" not in kinds(
        "The new water rates will show up on invoices early next year.",
        "Households will see the new rates on invoices sent in March.",
    )
    assert "date" in kinds(
        "The new water rates will show up on invoices early next year.",
        "Households will see the new rates on invoices sent in March 2028.",
    )


def test_round_73_a_town_described_site_against_a_named_site() -> None:
    assert "entity" not in kinds(
        "Gas alarms at a Gladstone power station had been switched off for a week, inspectors found.",
        "Gas alarms at the Callide power station had been switched off for a week, the regulator said.",
    )
    assert "entity" in kinds(
        "Gas alarms at the Stanwell power station had been switched off for a week, inspectors found.",
        "Gas alarms at the Callide power station had been switched off for a week, the regulator said.",
    )


def test_round_73_a_late_clock_time_in_one_zone_and_the_next_day_in_another() -> None:
    found = kinds(
        "The probe lifted off from Cape Canaveral at 10:15 pm EST on Thursday.",
        "The probe left Florida in the early hours of Friday UK time.",
    )
    assert "date" not in found
    assert "date" in kinds(
        "The probe lifted off from Cape Canaveral at 10:15 am EST on Thursday.",
        "The probe left Florida on Friday afternoon UK time.",
    )


def test_round_73_an_age_limit_is_not_a_count() -> None:
    assert "number" not in kinds(
        "Pupils as young as 11 took part in the survey.",
        "The survey questioned 3,400 pupils aged 11 to 16.",
    )
    assert "number" in kinds(
        "The survey questioned 3,100 pupils aged 11 to 16.",
        "The survey questioned 3,400 pupils aged 11 to 16.",
    )


def test_round_73_an_arrest_and_a_bail_hearing_are_two_steps() -> None:
    assert "date" not in kinds(
        "The driver was arrested on 2 November, police said.",
        "The driver was refused bail on 9 November.",
    )


def test_round_73_a_running_total_since_a_year_began_and_that_years_count() -> None:
    assert "number" not in kinds(
        "Since the start of 2023, the number of escapes from the prison has reached 11.",
        "Four inmates escaped from the prison in 2023.",
    )
    assert "number" in kinds(
        "Since the start of 2023, 11 inmates have escaped from the prison.",
        "Since the start of 2023, four inmates have escaped from the prison.",
    )


def test_round_73_a_rupiah_sum_with_dots_between_thousands() -> None:
    assert "number" not in kinds("A ticket will cost Rp25.000 from May.", "A ticket will cost Rp 25,000 from May.")
    assert "number" in kinds("A ticket will cost Rp25.000 from May.", "A ticket will cost Rp 20,000 from May.")


def test_round_73_a_bill_tabled_and_the_vote_on_it_are_two_steps() -> None:
    assert "date" not in kinds(
        "The senate will vote on the bill at its second reading next month.",
        "The minister tabled the bill in the senate on Tuesday.",
    )


def test_round_73_a_state_denied_of_one_road_and_held_of_another() -> None:
    assert "negation" not in kinds(
        "The Pacific Highway was not closed, but the Gwydir Highway was shut near Grafton.",
        "The Pacific Highway remained open, though drivers were warned of smoke near Grafton.",
    )
    assert "negation" in kinds(
        "The Pacific Highway was shut near Grafton on Monday, police said.",
        "The Pacific Highway remained open near Grafton on Monday, police said.",
    )


def test_round_74_a_count_had_sold_by_a_day_is_a_running_count() -> None:
    assert "number" not in kinds(
        "The organisers said 2,000 tickets had been sold before the gates opened.",
        "By Sunday, the organisers had sold 3,100 tickets for the festival.",
    )
    assert "number" in kinds(
        "The organisers sold 2,000 tickets for the festival, they said.",
        "The organisers sold 3,100 tickets for the festival, they said.",
    )


def test_round_74_a_capacity_stated_with_is_against_what_runs() -> None:
    assert "number" not in kinds(
        "The mill is currently processing about 40,000 tonnes a month.",
        "The mill's design capacity is 65,000 tonnes a month.",
    )


def test_round_74_a_branch_named_with_its_body() -> None:
    assert "entity" not in kinds(
        "The case was brought by the GA NAACP and a group of voters.",
        "The case was brought by the Georgia State Conference of the NAACP and several voters from Macon.",
    )
    assert "entity" in kinds(
        "The case was brought by the Georgia Conservancy and a group of voters.",
        "The case was brought by the Southern Environmental Law Center and several voters from Macon.",
    )


def test_round_74_too_little_time_denied_on_both_sides() -> None:
    assert "negation" not in kinds(
        "The council said the rule did not give landlords enough time to carry out the repairs.",
        "Landlords would not have had enough time to carry out the repairs, the council said.",
    )


def test_round_74_the_seat_of_what_a_name_owns_is_not_its_own() -> None:
    assert "entity" not in kinds(
        "Shares in Velmora's main lender, the Lyon-based bank Crédit Rhodanien, fell 3 percent.",
        "Velmora, which is based in Grenoble, makes ski bindings.",
    )
    assert "entity" in kinds(
        "Velmora, a Lyon-based maker of ski bindings, said sales fell 3 percent.",
        "Velmora, which is based in Grenoble, makes ski bindings.",
    )


def test_round_74_a_fire_that_began_and_was_brought_under_control() -> None:
    assert "date" not in kinds(
        "The blaze on the hills above the town was brought under control on Saturday evening.",
        "The blaze began on Thursday night on the hills above the town.",
    )


def test_round_74_a_bare_overnight_and_the_early_hours_of_the_day_before() -> None:
    mon = datetime(2026, 11, 9, 11, 0, tzinfo=timezone.utc)
    sun_eve = datetime(2026, 11, 9, 19, 0, tzinfo=timezone.utc)
    assert "date" not in kinds(
        "The river burst its banks in the town overnight.",
        "The river burst its banks in the town in the early hours of Sunday.",
        mon,
        sun_eve,
    )
    assert "date" in kinds(
        "The river burst its banks in the town in the early hours of Monday.",
        "The river burst its banks in the town in the early hours of Saturday.",
        mon,
        sun_eve,
    )


def test_round_75_first_time_since_and_had_not_since_agree() -> None:
    assert "negation" not in kinds(
        "The ferry had not sailed since 2019.",
        "It is the first time the ferry has sailed since June 2019.",
    )
    assert "negation" in kinds(
        "It was the first time the council had closed the bridge since the floods of 2019.",
        "The council did not close the bridge.",
    )


def test_round_75_years_ago_is_a_moment_not_a_length() -> None:
    assert "number" not in kinds(
        "The bank ended its bond buying in 2023, closing nine years of easy money.",
        "The bank stopped buying bonds three years ago.",
    )
    assert "number" in kinds("The mine closed two years ago.", "The mine closed three years ago.")


def test_round_75_none_against_some_is_a_denial() -> None:
    found = kinds(
        "About 30 demonstrators gathered outside the embassy on Friday.",
        "No demonstrations were held outside the embassy on Friday, police said.",
    )
    assert "negation" in found and "number" not in found
    found = kinds(
        "Water supply has fallen to no more than three hours a day.",
        "Households are receiving five hours of water supply a day.",
    )
    assert "number" in found and "negation" not in found


def test_round_75_an_acronym_with_its_of() -> None:
    assert "entity" not in kinds(
        "The DOT issued a stop-work order, and inspectors stayed on the site all day.",
        "The Department of Transportation issued a stop-work order for the site.",
    )


def test_round_76_kept_from_standing_is_a_denial() -> None:
    assert "negation" not in kinds(
        "Under the party's rules, the suspension bars her from standing in the 2027 council elections.",
        "The suspension means Okoro cannot stand in the 2027 council elections, the party said.",
    )
    assert "negation" in kinds(
        "Under the party's rules, the ruling allows her to stand in the 2027 council elections.",
        "The ruling means Okoro cannot stand in the 2027 council elections, the party said.",
    )


def test_round_76_a_part_of_a_count_told_of_them() -> None:
    assert "number" not in kinds(
        "Three workers needed hospital treatment for burns.",
        "Seven workers were hurt in the blast, and three of them needed hospital treatment for burns.",
    )
    assert "number" in kinds(
        "Three workers needed hospital treatment for burns.",
        "Five workers needed hospital treatment for burns, the company said.",
    )


def test_round_76_actuals_said_to_beat_the_earlier_estimates() -> None:
    assert "number" not in kinds(
        "Final figures put the film's opening at $41.2 million, just ahead of Sunday's estimates.",
        "The film opened with $38.6 million, according to Sunday estimates.",
    )


def test_round_77_no_right_to_is_a_denial() -> None:
    assert "negation" not in kinds(
        "Police officers cannot strike under the state's law.",
        "Police officers in the state do not have the right to strike, so disputes go to arbitration.",
    )


def test_round_77_a_city_described_by_its_country() -> None:
    assert "entity" not in kinds(
        "Ana Pop will be the next mayor of Cluj-Napoca after final results were published on Monday.",
        "An independent candidate won the race for mayor of Romania's second city, final results showed on Monday.",
    )
    assert "entity" in kinds(
        "Ana Pop will be the next mayor of Cluj-Napoca after final results were published on Monday.",
        "Ana Pop will be the next mayor of Timisoara after final results were published on Monday.",
    )


def test_round_78_a_distance_that_places_is_not_a_length() -> None:
    assert "number" not in kinds(
        "The 120-metre span crossed the Motagua River near the town.",
        "The bridge crossed the Motagua River about 40 km north of the capital.",
    )
    assert "number" in kinds(
        "The 120-metre span crossed the Motagua River near the town.",
        "The 150-metre span crossed the Motagua River near the town.",
    )


def test_round_78_a_country_that_holds_a_highway() -> None:
    assert "entity" not in kinds(
        "A bridge on Honduras's main highway to the coast gave way late Sunday.",
        "A bridge on the CA-5 highway gave way late Sunday, officials said.",
    )


def test_round_78_skipping_a_stage_is_not_having_it() -> None:
    assert "negation" not in kinds(
        "Like other glass frogs, it skips the larval stage entirely.",
        "Like other glass frogs, it does not have a larval stage.",
    )
    assert "negation" in kinds(
        "Like other glass frogs, it has a larval stage.",
        "Like other glass frogs, it does not have a larval stage.",
    )


def test_round_78_a_name_in_its_own_language_and_its_acronym() -> None:
    assert "entity" not in kinds(
        "The strike was called by the Confederazione generale italiana del lavoro, the biggest union, with two others.",
        "The walkout was called by the CGIL-FLC, the largest union in schools, with the backing of two smaller unions.",
    )


def test_round_78_a_means_not_used_to_an_end() -> None:
    assert "negation" not in kinds(
        "The ministry has said it will not block the takeover using its veto powers.",
        "The ministry will not use its veto powers to block the takeover, officials said.",
    )


def test_round_79_a_running_count_read_at_two_parts_of_a_day() -> None:
    pub = datetime(2026, 11, 13, 9, 0, tzinfo=timezone.utc)
    assert "number" not in kinds(
        "By Tuesday evening, 180 homes had been flooded, the council said.",
        "By Tuesday afternoon, 95 homes had been flooded, according to the council.",
        pub,
        pub,
    )
    assert "number" in kinds(
        "By Tuesday evening, 180 homes had been flooded, the council said.",
        "By Tuesday evening, 95 homes had been flooded, according to the council.",
        pub,
        pub,
    )


def test_round_79_a_fraction_of_a_million() -> None:
    assert "number" not in kinds(
        "In 1992, more than a quarter of a million people died in the famine.",
        "The 1992 famine killed about 260,000 people.",
    )


def test_round_79_a_total_that_will_have_been_reached() -> None:
    assert "number" not in kinds(
        "The railway currently employs 6,200 Kenyans, the company said.",
        "By the end of the works, the railway will have employed 9,000 Kenyans, the ministry said.",
    )


def test_round_79_two_numbered_things_are_two_entities() -> None:
    found = kinds(
        "Investigators said the intrusion was carried out by Unit 29155 of the military intelligence service.",
        "Investigators said the intrusion was carried out by Unit 54777 of the military intelligence service.",
    )
    assert "entity" in found and "number" not in found
    found = kinds(
        "The storm came ashore as a Category 3 hurricane.", "The storm came ashore as a Category 2 hurricane."
    )
    assert "number" in found and "entity" not in found


def test_round_80_since_a_month_is_a_month_past() -> None:
    nov = datetime(2026, 11, 18, 9, 0, tzinfo=timezone.utc)
    assert "date" not in kinds(
        "It is the first such flood warning since March.",
        "It is the first warning of this kind since last winter.",
        nov,
        nov,
    )


def test_round_80_a_possessive_before_a_word_makes_it_a_noun() -> None:
    assert "negation" not in kinds(
        "Auditors found gaps in the fund's checks between 2022 and 2024.",
        "The regulator said the fund had failed to properly check its clients between 2022 and 2024.",
    )


def test_round_80_no_arrests_and_not_arrested_agree() -> None:
    assert "negation" not in kinds(
        "No arrests have been made after the break-in.",
        "Police have not arrested anyone in connection with the break-in.",
    )


def test_round_80_a_world_region_holds_its_countries() -> None:
    assert "entity" not in kinds(
        "The airline's chairman said the new jets would open routes to Kenya and Tanzania.",
        "The airline's chairman said the jets would let it grow on routes to East Africa.",
    )


def test_round_81_two_spokespeople_report_two_events() -> None:
    pub = datetime(2026, 9, 9, 8, 0, tzinfo=timezone.utc)
    assert "date" not in kinds(
        "Harbour master Lena Ortiz said heavy swell drove the barge onto the breakwater on Monday.",
        "Lena Ortis, the harbour master, said tugs had been called off for safety on Tuesday.",
        pub,
        pub,
    )
    # one reported event, dated twice, is still a conflict; so are two wordings of one plan ('it would resume' /
    # 'he would continue')
    assert "date" in kinds(
        "Harbour master Lena Ortiz said the barge ran aground on Monday.",
        "The harbour master said the barge ran aground on Tuesday.",
        pub,
        pub,
    )
    assert "date" in kinds(
        "The campaign said it would resume its bus tour on Monday in Reno.",
        "The campaign said he would continue his schedule, with a stop in Reno on Sunday.",
        pub,
        pub,
    )


def test_round_81_a_range_of_months_has_the_year_written_at_its_end() -> None:
    pub = datetime(2026, 10, 5, 8, 0, tzinfo=timezone.utc)
    assert "date" not in kinds(
        "The recalled kettles carry production codes from March 2027 through August 2027.",
        "The recalled kettles carry codes dated between March and August 2027.",
        pub,
        pub,
    )


def test_round_81_nearly_a_fraction_is_a_rounding() -> None:
    assert "number" not in kinds(
        "The agreed tariffs are on average 44 percent below the old ones.",
        "The agreed tariffs cut the old ones by nearly half on average.",
    )
    assert "number" in kinds(
        "The agreed tariffs are on average 31 percent below the old ones.",
        "The agreed tariffs cut the old ones by nearly half on average.",
    )
    assert "number" in kinds("The winner took 56.2 percent of the vote.", "The winner took just over half the vote.")


def test_round_81_a_kind_named_after_a_is_not_one_of_its_kind() -> None:
    assert "entity" not in kinds(
        "Police detained 30 people in a raid against a Yakuza syndicate in Kobe.",
        "Police detained 30 people in a raid against the Kudo-kai syndicate in Kobe.",
    )


def test_round_81_a_part_of_a_city_holds_places() -> None:
    assert "entity" not in kinds(
        "Officers searched a flat in south-eastern Oslo on Friday night.",
        "Officers searched a flat in Holmlia on Friday night.",
    )
    # two towns are still two places
    assert "entity" in kinds(
        "Officers searched a flat in Drammen on Friday night.", "Officers searched a flat in Holmlia on Friday night."
    )


def test_round_82_lakh_crore_is_a_trillion() -> None:
    assert "number" not in kinds(
        "The coal-block auction drew bids worth ₹2.4 lakh crore.",
        "The total value of bids in the coal-block auction came to ₹2.4 trillion.",
    )
    assert "number" in kinds(
        "The coal-block auction drew bids worth ₹2.4 lakh crore.",
        "The total value of bids in the coal-block auction came to ₹4.2 trillion.",
    )


def test_round_82_money_set_aside_for_next_year_and_its_vote() -> None:
    oct1 = datetime(2026, 10, 1, 9, 0, tzinfo=timezone.utc)
    assert "date" not in kinds(
        "The county has set aside $2.1 million for dune repairs next year.",
        "Commissioners approved $2.1M for dune repairs in the spring session.",
        oct1,
        oct1,
    )
    # a plan dated twice is still compared
    assert "date" in kinds(
        "The county will start the dune repairs next year.",
        "The county started the dune repairs in the spring.",
        oct1,
        oct1,
    )


def test_round_82_since_a_weekday_is_the_weekday_past() -> None:
    tue = datetime(2026, 12, 1, 6, 10, tzinfo=timezone.utc)
    found = compare_pair(
        "Snow has been falling across the north since Thursday, the weather service said.",
        "Snow has blanketed the northern provinces since Friday.",
        tue,
        tue,
    )
    dates = [c for c in found if c.kind == "date"]
    assert dates and {dates[0].norm_a, dates[0].norm_b} == {"2026-11-26", "2026-11-27"}


def test_round_82_talks_called_for_a_weekday_are_ahead() -> None:
    tue = datetime(2026, 11, 17, 9, 40, tzinfo=timezone.utc)
    assert "date" not in kinds(
        "The ministry has invited the pilots' union for talks on November 19.",
        "The minister has called the pilots' union for talks on Thursday.",
        tue,
        tue,
    )
    assert "date" in kinds(
        "The ministry has invited the pilots' union for talks on November 19.",
        "The minister has called the pilots' union for talks on Friday.",
        tue,
        tue,
    )


def test_round_83_a_decade_is_a_span_of_years() -> None:
    assert "date" not in kinds("The viaduct was built in 1983.", "The viaduct was built in the early 1980s.")
    assert "date" in kinds("The viaduct was built in 1996.", "The viaduct was built in the early 1980s.")


def test_round_83_two_announcements_of_two_things() -> None:
    fri = datetime(2026, 11, 6, 9, 0, tzinfo=timezone.utc)
    assert "date" not in kinds(
        "Osaka-based chipmaker Tenri Devices announced on Thursday that its quarterly net profit fell 21%.",
        "Tenri Devices, the Osaka chipmaker, announced on Wednesday that it will close two plants.",
        fri,
        fri,
    )
    # one announcement dated twice is still compared
    assert "date" in kinds(
        "Tenri Devices announced on Thursday that it will close two plants in Osaka.",
        "Tenri Devices announced on Wednesday that it would close two of its Osaka plants.",
        fri,
        fri,
    )


def test_round_83_a_park_is_a_site_and_in_hospital_names_none() -> None:
    assert "entity" not in kinds(
        "Nine people were taken to hospital after a crush at a concert in Victoria Park on Saturday night.",
        "A crush at a concert in Glasgow has left nine people in hospital.",
    )


def test_round_84_an_equal_figure_is_the_partner() -> None:
    assert "number" not in kinds(
        "Residents are angry about a planned £40 increase in the parking permit.",
        "Residents face a £40 rise in the parking permit, which currently costs £265.",
    )


def test_round_84_a_first_estimate_and_a_count_still_without_power() -> None:
    assert "number" not in kinds(
        "Crop damage was initially put at 800 million pesos, the agriculture office said.",
        "Crop damage now stands at 1.9 billion pesos, the agriculture office said.",
    )
    assert "number" not in kinds(
        "About 7,000 homes were still without power on Thursday morning, the utility said.",
        "About 21,000 homes lost power, the utility said.",
    )
    assert "number" not in kinds(
        "Power was still out in about 3,000 homes on Friday, the utility said.",
        "About 12,000 homes lost power, the utility said.",
    )


def test_round_84_what_parties_had_to_agree_is_not_agreed() -> None:
    assert "negation" not in kinds(
        "The parties could not agree on how to cut 12 billion euros from the budget.",
        "The talks collapsed over the 12 billion euros in cuts that the parties had to agree on.",
    )
    # an obligation denied against the obligation is still a conflict
    assert "negation" in kinds(
        "The port operator will not have to pay for the new grid connection.",
        "The port operator must pay for the new grid connection.",
    )


def test_round_84_a_day_before_after_dates_the_main_clause() -> None:
    wed = datetime(2026, 11, 4, 9, 0, tzinfo=timezone.utc)
    assert "date" not in kinds(
        "The cabinet was in turmoil on Tuesday after Interior Minister Lena Varga resigned over the police bill.",
        "Interior Minister Lena Varga resigned on Monday.",
        wed,
        wed,
    )
    assert "date" in kinds(
        "Interior Minister Lena Varga resigned on Tuesday after a row over the police bill.",
        "Interior Minister Lena Varga resigned on Monday.",
        wed,
        wed,
    )


def test_round_84_a_month_record_is_no_date() -> None:
    sep30 = datetime(2026, 9, 30, 9, 0, tzinfo=timezone.utc)
    assert "date" not in kinds(
        "The previous high of 41 degrees was set in August 1998.",
        "That beat the city's August record of 41 degrees from 1998.",
        sep30,
        sep30,
    )


def test_round_84_one_firm_spaced_two_ways() -> None:
    assert "entity" not in kinds(
        "The contract went to Bluewater Marine Services, a firm owned by his cousin.",
        "The contract went to Blue Water Marine Ltd, a company owned by his cousin.",
    )


def test_round_85_an_about_range_holds_its_plain_twin() -> None:
    assert "number" not in kinds(
        "The heaters were sold at Walmart and Amazon for between $40 and $90.",
        "The heaters were sold at Walmart and Amazon from about $40 to $90.",
    )
    assert "number" in kinds(
        "The heaters were sold for between $40 and $90.",
        "The heaters were sold for between $55 and $120.",
    )


def test_round_85_denied_that_it_did_is_a_denial() -> None:
    assert "negation" not in kinds(
        "The minister said the plan did not privatise the pension fund.",
        "The minister denied that the reform privatised the pension fund.",
    )


def test_round_86_a_detection_and_its_confirmation_are_two_steps() -> None:
    thu = datetime(2026, 9, 17, 9, 0, tzinfo=timezone.utc)
    assert "date" not in kinds(
        "The Minor Planet Center confirmed the discovery of the asteroid on Wednesday.",
        "The survey telescope first detected the asteroid on Sept. 11, the Minor Planet Center said.",
        thu,
        thu,
    )


def test_round_86_two_launch_complexes_are_two_places() -> None:
    found = kinds(
        "The rocket lifted off at 2:20pm from Launch Complex 2.",
        "The rocket lifted off at 2:20pm from Launch Complex 1.",
    )
    assert "entity" in found and "number" not in found


def test_round_87_close_to_is_near() -> None:
    assert "negation" not in kinds(
        "The battery plant near Debrecen was officially opened on 15 September by two ministers.",
        "The carmaker has inaugurated its battery plant near Debrecen, close to the Romanian border.",
    )


def test_round_87_rather_than_denies() -> None:
    assert "negation" not in kinds(
        "The company has not cancelled the expansion, its finance chief said.",
        "Its finance chief said the company had paused rather than cancelled the expansion.",
    )


def test_round_87_a_vote_of_n_to_m_is_the_tally() -> None:
    assert "number" not in kinds(
        "The bill passed 201-118 on October 14.", "The bill passed third reading by a vote of 201 to 118."
    )
    assert "number" in kinds(
        "The bill passed 201-118 on October 14.", "The bill passed third reading by a vote of 210 to 118."
    )


def test_round_88_a_change_is_not_a_level() -> None:
    assert "number" not in kinds(
        "The number of jobless people in Austria rose by 9,000 in September, the labour office said.",
        "Just over 310,000 people are registered as unemployed in Austria, the labour office said.",
    )
    assert "number" not in kinds(
        "Water bills will go up to £612 a year.", "The regulator approved an increase of £48 a year in water bills."
    )
    # two changes, or two levels, are still compared
    assert "number" in kinds(
        "The number of jobless people in Austria rose by 9,000 in September.",
        "Unemployment in Austria increased by 11,000 in September.",
    )
    assert "number" in kinds(
        "Just over 310,000 people are registered as unemployed in Austria.",
        "About 280,000 people are registered as unemployed in Austria.",
    )


def test_round_88_what_was_offered_is_not_what_was_sold() -> None:
    assert "number" not in kinds(
        "The state auction offered 4.5 million permits on Wednesday.",
        "Only 1.2 million of the permits on offer were sold at Wednesday's auction.",
    )
    assert "number" in kinds(
        "The state auction sold 4.5 million permits on Wednesday.",
        "Only 1.2 million permits were sold at Wednesday's auction.",
    )


def test_round_88_two_gauges_read_on_two_days() -> None:
    pub = datetime(2026, 9, 24, 18)
    assert "date" not in kinds(
        "The Meghna was flowing 40 cm above the danger level at Bhairab on Tuesday afternoon.",
        "The Meghna was flowing 40 cm above the danger mark at Narsingdi on Wednesday morning.",
        pub,
        pub,
    )
    assert "date" in kinds(
        "The Meghna peaked 40 cm above the danger mark at Bhairab on Tuesday evening.",
        "The Meghna peaked 40 cm above the danger level at Bhairab on Wednesday morning.",
        pub,
        pub,
    )


def test_round_88_currency_codes_and_kwacha_before_a_figure() -> None:
    pub = datetime(2026, 10, 22, 18)
    # read as money, the K figures are two moments of one running payment, not one payment dated twice
    assert not kinds(
        "The club paid K200 million on Monday morning to clear its tax arrears.",
        "By Tuesday, the club had paid K350 million of the arrears.",
        pub,
        pub,
    )
    assert "number" not in kinds("The fine was K1.2 billion.", "The fine came to 1.2 billion kwacha.")
    assert "number" in kinds("The fine was ZMW 1.2 billion.", "The fine came to 1.5 billion kwacha.")
    assert "number" not in kinds("The levy raised PHP 2.4 billion.", "The levy raised ₱2.4 billion.")


def test_round_89_counts_by_two_moments_in_words() -> None:
    assert "number" not in kinds(
        "By nightfall, 40 trucks had queued at the border crossing.",
        "By the time the crossing reopened, 65 trucks were waiting at the border.",
    )
    assert "number" not in kinds(
        "By Friday morning, the fire had burnt 300 hectares.", "The fire had burnt about 120 hectares by the evening."
    )
    # one moment named alike on both sides is one count
    assert "number" in kinds(
        "By nightfall, 40 trucks had queued at the border crossing.",
        "By nightfall, 65 trucks were waiting at the border.",
    )


def test_round_89_none_of_a_long_subject_denies() -> None:
    assert "negation" not in kinds(
        "None of the fourteen passengers and crew on the boat was injured.",
        "The boat was towed to port and nobody was hurt, the harbour master said.",
    )
    assert "negation" in kinds(
        "Two of the fourteen passengers and crew on the boat were injured.",
        "The boat was towed to port and nobody was hurt, the harbour master said.",
    )


def test_round_89_a_possessor_holds_its_part() -> None:
    assert "entity" not in kinds(
        "Doctors at public hospitals in Guayaquil and Durán began a strike on Wednesday.",
        "Doctors at public hospitals in Ecuador's largest metropolitan area began a strike on Wednesday.",
    )


def test_round_89_what_the_thing_set_against_it_does() -> None:
    assert "negation" not in kinds(
        "The new charger fills the battery in one hour, unlike the older model, which needs three.",
        "Unlike the older model, the new charger does not need three hours.",
    )
    assert "negation" in kinds(
        "The new charger needs three hours to fill the battery.", "The new charger does not need three hours."
    )


def test_round_89_what_is_still_to_come_is_not_what_was_done() -> None:
    assert "number" not in kinds(
        "Rovers are bottom of the table after 38 matches.", "Rovers are bottom of the table with eight matches left."
    )
    assert "number" not in kinds(
        "The countdown stopped with 12 seconds remaining.", "The countdown was halted at T-minus 12 seconds."
    )
    assert "number" in kinds(
        "The countdown stopped with 12 seconds remaining.", "The countdown was halted at T-minus 19 seconds."
    )
    assert "number" in kinds("Two men left the scene in a van.", "Three men fled the scene in a van.")


def test_round_90_a_quote_closed_before_its_multiplier() -> None:
    # a quotation that ends before 'billion' still gives the figure in billions
    assert "number" not in kinds("“We are asking for $4.2” billion, the mayor said.", "The mayor wants $4.2 billion.")
    assert "number" in kinds("“We are asking for $4.2” billion, the mayor said.", "The mayor wants $4.8 billion.")


def test_round_90_bills_and_measures_are_counted_alike() -> None:
    assert "number" in kinds(
        "The assembly passed 16 measures before the recess.", "The assembly passed 12 bills before the recess."
    )


def test_round_90_parts_of_the_day_as_moments() -> None:
    assert "number" not in kinds(
        "By late afternoon, queues at the port stretched 30 kilometres.",
        "Queues at the port stretched 12 kilometres by mid-morning, the port authority said.",
    )
    assert "number" in kinds(
        "By late afternoon, queues at the port stretched 30 kilometres.",
        "Queues at the port stretched 12 kilometres by late afternoon, the port authority said.",
    )


def test_round_91_a_request_turned_down_denies_what_it_asked_for() -> None:
    assert "negation" not in kinds(
        "The water company will not appeal against the regulator's refusal to raise bills, its chief said.",
        "The regulator on Monday rejected a request by the water company to raise household bills.",
    )
    assert "negation" in kinds(
        "The water company will not raise household bills, its chief said.",
        "The regulator on Monday allowed the water company to raise household bills.",
    )


def test_round_91_an_outbreak_and_its_end_are_dated_apart() -> None:
    pub = datetime(2026, 10, 14, 12)
    assert "date" not in kinds(
        "A fire broke out at the Gdańsk refinery at about 9:10 p.m. on Monday, the fire service said.",
        "Firefighters put out the fire at the Gdańsk refinery at 3:40 a.m. on Tuesday, the fire service said.",
        pub,
        pub,
    )
    assert "date" in kinds(
        "A fire broke out at the Gdańsk refinery at about 9:10 p.m. on Monday, the fire service said.",
        "The fire at the Gdańsk refinery broke out at 3:40 a.m. on Tuesday, the fire service said.",
        pub,
        pub,
    )


def test_round_91_those_still_in_hospital_are_a_later_count() -> None:
    assert "number" not in kinds(
        "Three firefighters remain in hospital in Gdańsk, doctors said on Wednesday.",
        "Six other firefighters were taken to hospital in Gdańsk with burns.",
    )


def test_round_91_a_firm_named_with_a_title_word_and_its_trade_word() -> None:
    assert "entity" not in kinds(
        "The bus belongs to Lakeshore Coach Lines, state records show.",
        "The bus belongs to Lakeshore Coaches, which runs about 40 buses.",
    )
    assert "entity" in kinds(
        "The bus belongs to Lakeshore Coach Lines, state records show.",
        "The bus belongs to Ridgeway Coaches, which runs about 40 buses.",
    )


def test_round_92_mcm_is_million_cubic_metres() -> None:
    assert "number" not in kinds(
        "The dam will hold around 450 MCM of water.", "The dam will hold 450 million cubic metres of water."
    )
    assert "number" in kinds(
        "The dam will hold around 450 MCM of water.", "The dam will hold 610 million cubic metres."
    )


def test_round_92_trading_halted_is_not_trading() -> None:
    assert "negation" not in kinds(
        "Trading in the developer's shares has been suspended since June.",
        "The developer's shares have not traded since June.",
    )
    assert "negation" not in kinds(
        "Its shares have been suspended from trading in Shanghai since June.",
        "The developer's shares have not traded since June.",
    )


def test_round_92_shut_until_a_moment_is_shut() -> None:
    assert "negation" not in kinds(
        "The Rogier tunnel was closed for most of the day.",
        "The Rogier tunnel was not open to traffic until the evening.",
    )
    assert "negation" in kinds(
        "The Rogier tunnel was closed for most of the day.", "The Rogier tunnel stayed open all day."
    )


def test_round_92_one_street_in_two_languages() -> None:
    assert "entity" not in kinds(
        "Police fired tear gas at protesters on Place Flagey in the afternoon.",
        "Tear gas was fired at protesters on the Flageyplein in the afternoon.",
    )
    assert "entity" not in kinds(
        "Riot police charged the crowd on the Belliardstraat.", "Riot police charged the crowd on Rue Belliard."
    )


def test_round_92_a_river_and_a_town_on_it() -> None:
    assert "entity" not in kinds(
        "The firm was accused of dumping waste near the Oder River.",
        "The firm was accused of dumping waste near Szczecin.",
    )
    assert "entity" in kinds(
        "The firm was accused of dumping waste near Gorzów.", "The firm was accused of dumping waste near Szczecin."
    )


def test_round_92_a_late_hour_in_a_named_zone_and_the_next_day_told_plainly() -> None:
    pub = datetime(2026, 11, 3, 12)
    assert "date" not in kinds(
        "The rocket lifted off at 11:15 p.m. EST on Monday from Cape Canaveral.",
        "A Falcon 9 rocket launched the weather satellite early Nov. 3.",
        pub,
        pub,
    )
    assert "date" in kinds(
        "The rocket lifted off at 2:15 p.m. EST on Monday from Cape Canaveral.",
        "A Falcon 9 rocket launched the weather satellite early Nov. 4.",
        pub,
        pub,
    )


def test_round_93_an_acronym_of_a_short_form() -> None:
    assert "entity" not in kinds(
        "The city will take $9 million from the Denver Affordable Housing Community Trust Fund.",
        "The city will take $9 million from DAHF, the voter-approved housing fund.",
    )


def test_round_93_a_count_by_a_moment_in_its_opening_words() -> None:
    assert "number" not in kinds(
        "By the evening, the airline put the number of stranded passengers at 42,000.",
        "About 30,000 passengers were stranded, an airline spokesperson said.",
    )
    # the other side's own part of the day makes it one moment
    assert "number" in kinds(
        "By dawn, 212 people had been pulled from the water.", "Rescuers saved 221 people during the night."
    )


def test_round_93_a_resignation_and_its_acceptance() -> None:
    pub = datetime(2026, 11, 20, 12)
    assert "date" not in kinds(
        "The health minister submitted her resignation on November 17.",
        "The cabinet office on Wednesday issued a notice accepting the resignation of the health minister.",
        pub,
        pub,
    )
    assert "date" in kinds(
        "The health minister submitted her resignation on November 17.",
        "The health minister submitted her resignation on Wednesday.",
        pub,
        pub,
    )


def test_round_93_two_sides_of_a_vote_and_one_party_s_share() -> None:
    assert "number" not in kinds(
        "A total of 141 MPs voted for the motion.", "A total of 73 MPs voted against the motion."
    )
    assert "number" not in kinds(
        "A total of 73 MPs voted against the motion.", "PKR's 11 MPs voted against the motion."
    )
    assert "number" in kinds("A total of 73 MPs voted against the motion.", "In all, 79 MPs voted against the motion.")
    # a tally read whole still meets its parts
    assert "number" in kinds(
        "Lawmakers voted 81 to 39 in favour of the motion.", "The motion received 81 votes in favour and 35 against."
    )


def test_round_94_a_name_with_a_part_shortened_to_its_initials() -> None:
    assert "entity" not in kinds(
        "Athens has applied to the European Union Solidarity Fund for support.",
        "The government has applied to the EU Solidarity Fund for support.",
    )
    assert "entity" in kinds(
        "The grant came from the European Union Solidarity Fund.", "The grant came from the UN Solidarity Fund."
    )


def test_round_95_a_date_set_aside_on_both_sides() -> None:
    pub = datetime(2026, 9, 25, 12)
    assert "date" not in kinds(
        "Slovakia will hold its regional elections in June 2028 rather than March, after the court ruled.",
        "The court struck down a government decree bringing the regional elections forward to March 2028.",
        pub,
        pub,
    )
    # the other side giving the set-aside date as the date is a conflict
    assert "date" in kinds(
        "Slovakia will hold its regional elections in June 2028 rather than March, after the court ruled.",
        "Slovakia will hold its regional elections in March 2028, the government said.",
        pub,
        pub,
    )


def test_round_96_the_start_and_the_end_of_one_piece_of_work_are_two_dates() -> None:
    pub = datetime(2026, 11, 20, 12)
    for start, end in (
        ("Work on the new quay is due to start next summer.", "Work on the new quay is due to finish in 2029."),
        ("Construction of the bridge began in March.", "The bridge was completed in June."),
        ("Work on the new quay is due to start next summer.", "The new quay should be ready in 2028."),
    ):
        assert "date" not in kinds(start, end, pub, pub), (start, end)
    # two starts told with two dates still conflict
    assert "date" in kinds("Work on the quay will start in May.", "Work on the quay is due to begin in June.", pub, pub)


def test_round_96_a_site_named_after_the_place_it_lies_in() -> None:
    assert "entity" not in kinds(
        "An Ariane 6 rocket lifted off from French Guiana at 9.14pm local time on Tuesday.",
        "The Ariane 6 rocket lifted off from the Guiana Space Centre in Kourou on Tuesday evening.",
    )
    # a site bearing another place's name, or a building sharing only a town's name, is still a rival
    assert "entity" in kinds(
        "The rocket lifted off from the Baikonur Cosmodrome on Tuesday.",
        "The rocket lifted off from Plesetsk on Tuesday.",
    )
    assert "entity" in kinds(
        "A rest centre was opened at Cockermouth Leisure Centre.",
        "A rest centre has been opened at Cockermouth School.",
    )


def test_round_97_a_move_told_in_the_future_is_a_change_not_a_level() -> None:
    # 'will rise by 30 cents' is how much the fare moves, as 'rose by' was: not the old fare, nor the new one
    assert "number" not in kinds(
        "The adult single fare will go from $3.80 to $4.10.", "The single adult fare will rise by 30 cents."
    )
    assert "number" not in kinds(
        "The single adult fare will rise by 30 cents.", "A single adult ticket will cost $4.10."
    )
    # two moves of one fare, or two new fares, still conflict
    assert "number" in kinds(
        "The single adult fare will rise by 30 cents.", "The single adult fare will rise by 25 cents."
    )
    assert "number" in kinds(
        "The adult single fare will go from $3.80 to $4.10.", "A single adult ticket will cost $4.20."
    )


def test_round_98_ages_spelled_out_conflict() -> None:
    assert "number" in kinds(
        "A six-year-old girl remains in intensive care at La Fe hospital.",
        "A seven-year-old girl is in intensive care at Hospital La Fe in Valencia.",
    )
    assert "number" not in kinds(
        "A six-year-old girl remains in intensive care at La Fe hospital.",
        "A 6-year-old girl is in intensive care at Hospital La Fe in Valencia.",
    )


def test_round_98_a_series_since_one_event_a_run_a_rank_and_a_place_in_a_table() -> None:
    conflicts = [
        # one count since the same event on both sides
        (
            "It is the sixth mass bleaching event since 2016, the report found.",
            "It was the fifth mass bleaching of the reef since 2016.",
        ),
        (
            "This is the tenth eruption in the crater row since December 2023.",
            "It is the eleventh eruption in the crater row since December 2023.",
        ),
        # the length of one run, however it is called
        (
            "It was the fourth consecutive win for the Canarian team.",
            "It was Gran Canaria's fifth straight win in all competitions.",
        ),
        # a rank joined by a hyphen
        (
            "Sea ice shrank this summer to its second-lowest extent on record.",
            "Arctic sea ice has shrunk to the third-lowest summer extent.",
        ),
        (
            "He would become City's second-most expensive signing.",
            "The fee would make him City's third-most expensive signing.",
        ),
        # a place in a table after one result
        (
            "The win lifted Freiburg to fifth place in the Bundesliga table.",
            "Freiburg climbed to sixth place with the win.",
        ),
    ]
    for a, b in conflicts:
        assert "number" in kinds(a, b), (a, b)
    # a count since an event against a count with no such start is another series
    assert "number" not in kinds(
        "The talks are the third round since the ceasefire.", "It was the second round of talks overall."
    )
    # two ranks on two scales, and a run against a plain count
    assert "number" not in kinds(
        "It is the second-largest city in the region.", "It is the third-most visited city in the region."
    )
    assert "number" not in kinds("The team won its third straight game.", "The team has won three straight games.")


def test_round_99_one_act_told_with_two_years_a_year_apart() -> None:
    for a, b in (
        (
            "Mandatory safety standards for products with button batteries came into force in June 2022.",
            "Button battery rules that became mandatory in June 2023 require compartments to be secured.",
        ),
        (
            "When the sides last met in Dublin in November 2024, Ireland also won.",
            "The sides' last meeting in Dublin, in November 2023, had also gone Ireland's way.",
        ),
    ):
        assert "date" in kinds(a, b), (a, b)
    # two years apart, or after two prepositions, are still two occasions
    assert "date" not in kinds(
        "The voluntary cuts being unwound total 1.65 million barrels per day and were announced in April 2023.",
        "The alliance has restored roughly 1.2 million bpd of the voluntary cuts it began unwinding in April 2025.",
    )


def test_round_100_no_object_after_one_verb_against_that_object() -> None:
    for a, b in (
        (
            "The State Labour Inspectorate inspected the mine in October and found no violations.",
            "Inspectors had found safety violations at the mine in October, the labour inspectorate said.",
        ),
        ("The rocket carried no satellites on this test flight.", "The rocket carried two small test satellites."),
    ):
        assert "negation" in kinds(a, b), (a, b)
    # both denied, or another object after the verb
    assert "negation" not in kinds("Police found no weapons in the car.", "Police did not find any weapons in the car.")
    assert "negation" not in kinds(
        "The audit found no irregularities.", "The audit found that the accounts were in order."
    )


def test_round_100_a_goal_put_ahead_after_minutes_is_the_minute_of_the_match() -> None:
    assert "number" in kinds(
        "Henrique Lopes headed Corinthians in front after 23 minutes from a corner.",
        "Lopes had put Corinthians ahead in the 32nd minute.",
    )
    assert "number" not in kinds(
        "Henrique Lopes headed Corinthians in front after 32 minutes from a corner.",
        "Lopes had put Corinthians ahead in the 32nd minute.",
    )


def test_round_100_near_is_a_hedge_and_nearly_allows_a_rounding_slip() -> None:
    october = datetime(2026, 10, 12, 9, 0)  # 'last month' is September
    assert "number" not in kinds(
        "Forecasters said the heat index would be near 110 through Wednesday.",
        "Forecasters said the heat index would reach 108 through Wednesday.",
    )
    assert "number" not in kinds(
        "Agents in the Del Rio Sector made nearly 4,800 apprehensions last month.",
        "Border Patrol agents in the Del Rio Sector recorded 4,812 apprehensions in September.",
        october,
        october,
    )
    # a figure well past what 'nearly' reaches, or far from 'near', still conflicts
    assert "number" in kinds(
        "Agents in the Del Rio Sector made nearly 4,800 apprehensions last month.",
        "Border Patrol agents in the Del Rio Sector recorded 4,950 apprehensions in September.",
        october,
        october,
    )
    assert "number" in kinds(
        "Forecasters said the heat index would be near 110 through Wednesday.",
        "Forecasters said the heat index would reach 125 through Wednesday.",
    )


def test_round_101_a_year_on_year_basis_told_in_words() -> None:
    for a, b in (
        (
            "Annual headline inflation came in at 2.68 percent, Statistics Indonesia said on Tuesday.",
            "Indonesia's consumer prices rose 2.86 percent in November from a year earlier, the agency said.",
        ),
        (
            "Exports dropped 3.7% from a year earlier to 9.42 trillion yen.",
            "Exports fell 4.1% year on year, data showed.",
        ),
        (
            "The total was 21 per cent higher than in October last year.",
            "That was up 18 per cent from the same month a year earlier.",
        ),
    ):
        assert "number" in kinds(a, b), (a, b)
    # a change from the month before is another basis
    assert "number" not in kinds(
        "Canadian home prices fell 3.1% in October from a year earlier, the association said.",
        "Canadian home prices rose 4.3% in October from September, the association said.",
    )


def test_round_101_a_word_of_a_name_clipped() -> None:
    assert "entity" not in kinds(
        "The Metro Council will vote on the final budget on June 16.",
        "The Metropolitan Council will vote on the final budget on June 16.",
    )
    # another body, or a person's name spelt two ways, is still told apart
    assert "entity" in kinds(
        "The Metro Council will vote on the final budget on June 16.",
        "The County Council will vote on the final budget on June 16.",
    )
    assert "entity" in kinds(
        "Chief executive Park Sung-ho said the company would recruit 800 more workers.",
        "Chief executive Park Sung-hoon said the company would recruit 800 more workers.",
    )


def test_round_102_a_limit_and_a_reading_a_verdict_and_a_sentence() -> None:
    assert "number" not in kinds(
        "Data from the tachograph indicated a speed of 89 km/h, nine above the limit.",
        "The agency is examining whether the bus was above the 80 km/h limit.",
    )
    assert "number" in kinds("The speed limit on the road is 80 km/h.", "The speed limit on the road is 100 km/h.")
    pub = datetime(2026, 10, 17, 9, 0)
    assert "date" not in kinds(
        "Former deputy works minister Razlan Harun was found guilty of accepting bribes by the High Court on Thursday.",
        "An eight-year jail term was imposed on former deputy minister Razlan Harun today for corruption.",
        pub,
        pub,
    )
    assert "date" in kinds(
        "Former deputy works minister Razlan Harun was found guilty of accepting bribes by the High Court on Thursday.",
        "Former deputy minister Razlan Harun was found guilty of corruption by the High Court on Tuesday.",
        pub,
        pub,
    )


def test_an_ordinal_after_another_keeps_its_noun() -> None:
    # the word after an ordinal is looked at, not taken: 'fifth and sixth floors' still reads 'sixth floors'
    from reconcile.compare.numbers import _ordinals

    assert [
        v for v, _, _ in _ordinals("The fire spread between the fifth and sixth floors of the tower.")["floor"]
    ] == [6]


def test_an_expectation_and_a_future_tense_look_ahead_to_one_moment() -> None:
    a = "The ministry expects about 41,000 homes to be connected this year."
    assert "number" in kinds(a, "Some 26,000 homes will be connected this year, the ministry said.")
    assert "number" in kinds(
        "Officials estimate the bridge works will cost $7.4 million.",
        "The bridge works are expected to cost $5.1 million.",
    )
    # an expectation against what was done stays two moments
    assert "number" not in kinds(a, "Some 26,000 homes were connected last year.")


def test_a_day_s_distance_is_no_daily_rate() -> None:
    a = "Villagers say 23 boreholes within a day's walk of the quarry have failed."
    assert "number" in kinds(a, "The petition says 31 boreholes near the quarry have failed.")
    assert "number" not in kinds(
        "The plant pumps 23 megalitres a day.", "The plant has pumped 31 megalitres since the weekend."
    )


def test_the_verb_of_a_peak_against_at_its_peak() -> None:
    a = "Forecasters expect the Fitzroy to peak at 7.2 metres at the city gauge."
    assert "number" in kinds(a, "The Fitzroy is forecast to reach 8.1 metres at its peak.")
    # the peak is above a reading at another moment; the peak's verb alone is a high reading like 'reached'
    assert "number" not in kinds(
        "At its peak, the Fitzroy stood at 8.1 metres.", "The Fitzroy stood at 7.2 metres on Monday morning."
    )
    assert "number" in kinds(
        "The Fitzroy reached 7.2 metres on Monday morning.", "The Fitzroy peaked at 8.1 metres on Monday morning."
    )


def test_billions_written_bil() -> None:
    a = "The state's development plan is worth RM318bil."
    assert "number" in kinds(a, "The development plan is worth RM381 billion.")
    assert "number" not in kinds(a, "The development plan is worth RM318 billion.")


def test_net_debt_and_a_deficit_are_two_lines() -> None:
    a = "The province will run a deficit of $17.1 billion next year."
    assert "number" not in kinds(a, "Net debt will rise to $12.3 billion next year.")
    assert "number" not in kinds("The budget projects net debt of almost $171 billion by 2029.", a)
    assert "number" in kinds(a, "The province will run a deficit of $12.3 billion next year.")


def test_before_the_end_of_a_year_reaches_to_its_last_month() -> None:
    a = "The recall covers tins with a best-before date before the end of 2028."
    assert "date" not in kinds(a, "Affected tins carry best-before dates up to December 2028.")
    assert "date" not in kinds(a, "The recall covers tins with a best-before date by the end of 2028.")


def test_a_level_read_by_an_hour_on_a_named_day() -> None:
    a = "By 5pm on Thursday, the Jamuna had risen to 48 cm above the danger level at Sirajganj."
    assert "number" not in kinds(a, "At Sirajganj, the Jamuna stood 39 centimetres above the danger mark on Thursday.")
    assert "number" in kinds(
        a, "At 5pm on Thursday, the Jamuna stood 39 centimetres above the danger mark at Sirajganj."
    )


def test_a_group_above_an_age_and_one_below_it_are_two_groups() -> None:
    a = "The approval also covers teenagers aged 14 and older."
    assert "negation" not in kinds(a, "The approval does not cover children under 14.")
    assert "negation" in kinds(a, "The approval does not cover teenagers.")


def test_supermarkets_are_stores_and_companies_firms() -> None:
    a = "The grocer will shut 27 stores across Scotland, it said on Monday."
    assert "number" in kinds(a, "The grocer is to close 29 supermarkets, the chain has said.")
    assert "number" in kinds(
        "Regulators added 11 companies to the sanctions list.", "Regulators added 13 firms to the sanctions list."
    )
    assert "number" not in kinds(a, "The grocer is to close 27 supermarkets, the chain has said.")


def test_a_one_letter_currency_glued_to_millions() -> None:
    a = "The levy will raise K40 million a year, the treasury said."
    assert "number" in kinds(a, "The treasury said the levy will raise K140m a year.")
    assert "number" not in kinds(a, "The treasury said the levy will raise K40m a year.")


def test_a_figure_in_reported_future_looks_ahead_like_an_expectation() -> None:
    a = "The ministry expects the toll to raise 90 million rand a year."
    assert "number" in kinds(a, "The ministry said the toll would raise 190 million rand a year.")
    assert "number" not in kinds(a, "The toll raised 190 million rand last year.")


def test_a_state_still_holding_told_with_a_long_place_between() -> None:
    a = "Highway 16 was closed from Prince Rupert to the Terrace turnoff on Sunday evening."
    b = "Highway 16 remained closed between Prince Rupert and the Terrace turnoff on Monday morning, the ministry said."
    assert "date" not in kinds(a, b)
    assert "date" in kinds(a, "Highway 16 was closed between Prince Rupert and the Terrace turnoff on Monday morning.")


def test_a_plight_then_its_rescue_are_two_steps() -> None:
    a = "A storm swept across the Kenai Peninsula on Friday, leaving about 30 cars stuck on the Sterling Highway."
    assert "date" not in kinds(
        a, "About 30 cars were stuck on the Sterling Highway, and the last drivers were rescued early Saturday."
    )
    assert "date" in kinds(
        "The last drivers were rescued early Saturday.", "The last drivers were rescued on Friday afternoon."
    )


def test_a_figure_read_as_of_a_clock_time_mid_sentence() -> None:
    a = "Aomori logged a record snow depth of 231 centimeters as of 6 a.m. Thursday after two days of snow."
    assert "number" not in kinds(a, "In Aomori, the snow depth reached 204 cm, a record for the city.")
    assert "number" in kinds(a, "Aomori logged a snow depth of 204 centimeters as of 6 a.m. Thursday.")


def test_members_of_a_chamber_are_a_role_not_a_name() -> None:
    a = "The two Animal Justice MPs did not back the bill, leaving the government short."
    b = "The Animal Justice Party's two MLCs backed the bill after a late amendment."
    assert "entity" not in kinds(a, b)
    assert "negation" in kinds(a, b)


def test_won_written_after_the_figure() -> None:
    a = "The union wants ₩180,000 more in monthly base pay."
    assert "number" in kinds(a, "The union is seeking 160,000 won more in monthly base pay.")
    assert "number" not in kinds(a, "The union is seeking 180,000 won more in monthly base pay.")


def test_just_under_or_nearly_a_round_figure_is_not_above_it() -> None:
    a = "The council's total budget is nearly $2.3 billion."
    assert "number" in kinds(a, "The council's overall budget is $2.36 billion.")
    assert "number" not in kinds(a, "The council's overall budget is $2.27 billion.")


def test_the_previous_record_told_with_an_adjective() -> None:
    a = "She took four seconds off the Danish record of 8:41.20 she set in 2022."
    assert "date" in kinds(a, "The previous national record, 8:41.20, was set in 2021.")


def test_a_verb_joined_by_or_to_a_denied_one_is_denied() -> None:
    a = "The council has said it will not pay a ransom."
    assert "negation" not in kinds(a, "The council will not negotiate with the hackers or pay any ransom.")
    assert "negation" in kinds(a, "The council said it would pay the ransom.")


def test_the_top_of_a_scale_is_no_count() -> None:
    a = "Of the 1,204,300 candidates who sat the exam, most scored below 180."
    assert "number" not in kinds(a, "Over 60 percent of the candidates scored below 180 out of 400, the board said.")
    assert "number" in kinds(a, "Of the 1,240,300 candidates who sat the exam, most scored below 180.")


def test_an_attribution_after_a_day_gives_it_no_tense() -> None:
    pub = datetime(2026, 11, 11, 16, tzinfo=timezone.utc)  # a Wednesday
    a = "The tariffs apply from Thursday, according to a notice published in the gazette."
    assert "date" not in kinds(a, "The tariffs apply from 12 November, the notice shows.", pub, pub)
    assert "date" in kinds(a, "The tariffs apply from 19 November, the notice shows.", pub, pub)


def test_a_level_standing_now_and_one_reached_on_a_day() -> None:
    a = "On Monday evening, occupancy of the city's intensive-care beds had reached 94 percent."
    assert "number" not in kinds(a, "Intensive-care occupancy in the city stands at 88 percent.")
    assert "number" in kinds(
        a, "On Monday evening, occupancy of the city's intensive-care beds had reached 88 percent."
    )


def test_court_costs_are_a_sum_of_their_own() -> None:
    a = "The water company was ordered to pay £2.4 million for the spill."
    assert "number" not in kinds(a, "The water company was also ordered to pay £96,000 in costs.")
    assert "number" in kinds(
        "The court awarded costs of £50,000 against the company.", "The company was ordered to pay £80,000 in costs."
    )


def test_net_and_gross_pay_and_two_pay_periods() -> None:
    a = "That is about €1,390 net a month for a full-time worker."
    assert "number" not in kinds(a, "For a full-time worker, that comes to €1,760 gross a month.")
    assert "number" in kinds(a, "For a full-time worker, that comes to €1,470 net a month.")
    b = "The hourly minimum wage will rise to €11.65 gross per hour."
    assert "number" not in kinds(b, "The gross monthly minimum wage for a 35-hour week will be €1,766.92.")
    assert "number" in kinds(b, "The minimum wage will rise to €11.88 gross per hour.")


def test_a_cut_by_a_quarter_is_a_share() -> None:
    a = "Industry must cut its use by 25%, while farmers face deep irrigation cuts."
    assert "number" not in kinds(
        a, "Farmers must cut irrigation by 70%, and industrial use will be reduced by a quarter."
    )
    assert "number" in kinds("The price will be cut by a quarter.", "The price will be cut by 20%.")
    assert "number" not in kinds("The bank cut rates by a quarter point.", "The bank cut rates by 25%.")


def test_a_word_inside_its_clauses_own_denial() -> None:
    a = "Coal will not be the main fuel of the new plant."
    assert "negation" not in kinds(a, "The plant will not burn coal as its main fuel.")
    # a denied denial leaves the act open, against a plain denial
    b = "The council said it had not ruled out paying the ransom."
    assert "negation" in kinds(b, "The council said it would not pay the ransom.")


def test_not_voting_for_is_voting_against() -> None:
    a = "Councillor Amsel voted against the new budget."
    assert "negation" not in kinds(a, "Amsel did not vote for the new budget.")
    assert "negation" not in kinds("Amsel voted in favour of the motion.", "Amsel did not vote against the motion.")
    # one side of the vote, affirmed and denied
    assert "negation" in kinds(a, "Amsel did not vote against the new budget.")


def test_a_move_in_early_afternoon_trading_and_one_at_the_close() -> None:
    a = "By the close in Madrid, the Ibex 35 index was up 1.8%, led by utilities."
    assert "number" not in kinds(a, "The Ibex 35 index was up 0.9 percent in early afternoon trading in Madrid.")
    assert "number" in kinds(
        "The Ibex 35 index was up 1.8% in early afternoon trading.",
        "The Ibex 35 index was up 0.9 percent in early afternoon trading in Madrid.",
    )


def test_a_scheme_that_ended_and_one_resumed_are_two_moments() -> None:
    a = "The state resumed its fuel rebate for farmers in March."
    assert "date" not in kinds(a, "The fuel rebate for farmers, which ended in February, was not renewed.")
    assert "date" in kinds(a, "The state resumed its fuel rebate for farmers in February.")


def test_no_one_hurt_against_a_feared_harm_to_trade() -> None:
    a = "No one was hurt when the bridge railing gave way."
    assert "negation" not in kinds(a, "Shopkeepers fear the closure will hurt trade before Christmas.")
    assert "negation" in kinds(a, "Two pedestrians were hurt when the bridge railing gave way.")


def test_people_of_one_role_given_two_nationalities() -> None:
    a = "The dead were a Norwegian guide and a Polish hiker, police said."
    assert kinds(a, "The dead were identified as a Norwegian guide and a Czech hiker.")["entity"].value_b == "Czech"
    assert "entity" in kinds(
        "The victims were two Danish skiers and their Austrian guide.", "A guide from Germany died."
    )
    # the other nationality named too, or another role: no conflict
    assert "entity" not in kinds(a, "A Czech tour company had hired the Polish hiker's guide.")
    assert "entity" not in kinds(a, "The dead were a Norwegian guide and a Czech porter.")


def test_an_accident_and_the_inquiry_into_it_are_two_dated_acts() -> None:
    a = "Safety investigators began work on Tuesday at a Rotterdam depot where a blast hurt four workers."
    assert "date" not in kinds(a, "Two workers were hurt in a blast at a fuel depot in Rotterdam on Monday evening.")
    assert "date" in kinds(a, "Safety investigators began work at the Rotterdam depot on Wednesday.")


def test_a_day_by_which_nothing_had_happened_yet() -> None:
    a = "Volunteers refloated 14 dolphins on Thursday using slings."
    assert "date" not in kinds(a, "No dolphins had been refloated by nightfall on Wednesday.")
    # a verb's own date, not a denial before it
    b = "The inspectors found no faults when the crane was checked in May."
    assert "date" in kinds(b, "The inspectors found no faults when the crane was checked in April.")


def test_votes_received_are_the_side_for() -> None:
    a = "A total of 61 deputies voted in favour and 37 against."
    assert kinds(a, "The government received 64 votes, with 37 deputies against.")["number"].value_b == "64"
    assert "number" not in kinds(a, "The government received 61 votes, with 37 deputies against.")
    # the votes won, whatever follows ('against' the rival's)
    b = "She won 512,400 votes against 301,900 for her rival."
    assert "number" in kinds(b, "The mayor received 521,400 votes, while her rival won 301,900.")


def test_leave_and_quit_adopt_and_approve_are_one_act() -> None:
    assert "negation" in kinds(
        "The Greens said they would not leave the coalition.", "The Greens will quit the coalition."
    )
    assert "negation" in kinds(
        "The council did not adopt the amendment on rents.", "The council approved the amendment on rents."
    )


def test_one_role_and_first_name_with_two_surnames_alike() -> None:
    a = "Hamburg fire chief Jens Lindner said the leak was sealed by noon."
    assert "entity" in kinds(a, "Fire chief Jens Lindmann said crews sealed the leak by noon.")
    b = "Police filed a case against plant manager Rakesh Parmar."
    assert "entity" in kinds(b, "Police filed a case against the company's plant manager, Rakesh Parekh.")
    # two owners of one role stay two people
    assert "entity" not in kinds(a, "Bremen fire chief Jens Lindmann said crews sealed the leak by noon.")


def test_a_day_just_before_the_page_in_the_present_tense() -> None:
    page = datetime(2026, 11, 30, 9, tzinfo=timezone.utc)
    day_page = datetime(2026, 11, 29, 18, tzinfo=timezone.utc)
    # 29 November is a Sunday: the race of the day before the page, not of next year
    assert "date" not in kinds("Runners set off on 29 November.", "Runners set off at 8:00 on Sunday.", page, day_page)
    assert "date" in kinds("Runners set off on 28 November.", "Runners set off at 8:00 on Sunday.", page, day_page)


def test_a_voyage_that_left_and_sank_is_two_moments() -> None:
    a = "The ferry had left the port at 9am with about 80 passengers on board."
    assert "date" not in kinds(a, "The ferry capsized around 1pm near the river mouth.")
    assert "date" in kinds(a, "The ferry had left the port at 11am.")


def test_a_will_reported_with_a_long_subject_is_no_possibility() -> None:
    a = "The minister said the state of emergency in the border region would be extended for another 30 days."
    assert "number" in kinds(a, "The minister said the government would extend the state of emergency for 45 days.")
    # a possibility still is
    assert "number" not in kinds("The extension could last 30 days.", "The emergency was extended for 45 days.")


def test_a_price_per_share_and_the_whole_deal() -> None:
    a = "Halvard said on Monday it would buy Brekke Foods for 9.80 euros a share."
    assert "number" not in kinds(a, "Halvard offered to buy Brekke Foods for about 1.2 billion euros in cash.")
    assert "number" in kinds(a, "Shareholders will receive 9.20 euros per share in cash.")


def test_the_size_of_a_body_in_words() -> None:
    a = "The ministry has formed a three-member committee to investigate the collapse."
    assert kinds(a, "The ministry has formed a five-member committee to investigate.")["number"].value_b == "five"
    assert "number" not in kinds(a, "The ministry has formed a 3-member committee to investigate.")


def test_a_year_against_a_month_of_another_year() -> None:
    a = "The satellite was launched in March 2024."
    assert kinds(a, "The satellite was launched in 2023.")["date"].value_b == "2023"
    assert "date" not in kinds(a, "The satellite was launched in 2024.")
    # two acts, a year and a month apart
    assert "date" not in kinds("The firm began trading in 2019.", "The firm was sold in March 2021.")


def test_a_currency_sign_with_a_space_before_the_figure() -> None:
    a = "Families will receive a rent allowance of R$400 a month."
    assert kinds(a, "The city will pay a rent allowance of R$ 650 per month.")["number"].value_b == "R$ 650"
    assert "number" not in kinds(a, "The city will pay a rent allowance of R$ 400 per month.")


def test_the_ends_of_one_span_told_to_two_precisions() -> None:
    a = "The batteries were sold between March 2023 and August 2025."
    assert "date" not in kinds(a, "The affected batteries were sold between 2023 and 2025.")


def test_what_a_thing_is_denied_and_affirmed() -> None:
    a = "The bridge is a listed structure, the council said."
    assert "negation" in kinds(a, "The bridge is not a listed structure.")
    # a speaker answering another's words, and an affirmation with no copula, stay apart
    assert "negation" not in kinds("It is a total hoax.", '"It is not a hoax," he said.')
    assert "negation" not in kinds("Critics called the plan a compromise.", "The plan is not a compromise.")


def test_children_and_centres_are_two_counted_things() -> None:
    a = "About 1,900 children with asthma in Leeds have been affected by a shortage of inhalers, doctors said."
    assert "number" not in kinds(
        a, "Stocks of the inhalers used to treat asthma in children have run out at 41 pharmacies in Leeds."
    )
    assert "number" in kinds(a, "About 2,600 children with asthma in Leeds have been affected by the shortage.")


def test_asking_and_requesting_and_seeking_a_thing() -> None:
    a = "The party said it would not seek a recount in any district."
    # the same act denied and affirmed: sure enough to clear the negation floor (0.65)
    assert kinds(a, "The party has asked for a recount in two districts.")["negation"].confidence >= 0.65
    assert "negation" in kinds(
        "The council will not request a state of emergency.", "The council will ask for a state of emergency."
    )
    # standing for office is another act than asking; a time allowed to ask asserts nothing
    assert "negation" not in kinds("He is not running for the board.", "He asked the board for more time.")
    assert "negation" not in kinds(a, "The party has 10 days to ask for a recount.")


def test_a_boat_detained_is_no_arrest() -> None:
    a = "No arrests were made, the coastguard said."
    assert "negation" not in kinds(a, "A Spanish trawler has been detained off the coast.")
    assert "negation" in kinds(a, "The skipper of a Spanish trawler has been detained.")


def test_a_count_out_of_a_whole_and_a_crowd_against_its_dead() -> None:
    a = "193 lawmakers voted in favour, 61 voted against and 9 abstained."
    assert "number" not in kinds(a, "The motion passed with 193 votes in favour out of 263 lawmakers present.")
    b = "Officials counted 2,400,000 pilgrims on the route."
    assert "number" not in kinds(b, "Five pilgrims died of heatstroke on the route.")
    assert "number" in kinds("Officials said five pilgrims died of heatstroke.", "Seven pilgrims died of heatstroke.")


def test_where_someone_lives_and_where_it_happened() -> None:
    a = "The teenager was stabbed late on Friday in the 3rd arrondissement."
    assert "number" not in kinds(a, "The victim, 16, lived with his mother in the 4th arrondissement.")
    assert "number" in kinds(a, "The teenager was stabbed on Friday night in the 4th arrondissement.")


def test_a_figure_grouped_in_thousands_after_a_name_is_a_count() -> None:
    a = "The regulator imposed a fine of 2,150 UTA on Cerro Alto Norte."
    assert "number" in kinds(a, "The regulator fined Cerro Alto Norte 2,510 UTA.")


def test_a_participle_opening_the_sentence_is_its_act() -> None:
    a = "The museum was founded in 1931 and has a 200-seat hall."
    assert kinds(a, "Founded in 1921, the museum has a hall with 200 seats.")["date"].value_b == "1921"
    assert "date" not in kinds(a, "Founded in 1931, the museum has a hall with 200 seats.")


def test_plants_factories_and_industries_are_one_kind_of_site() -> None:
    a = "About 640 industrial plants have been ordered to halt work, the ministry said."
    assert "number" in kinds(a, "Nearly 450 industries have been ordered to stop, the ministry said.")


def test_a_past_that_looks_present_after_a_singular_subject() -> None:
    page = datetime(2026, 9, 27, 16, tzinfo=timezone.utc)  # a Sunday
    a = "Water burst into the mine on Tuesday afternoon."
    assert "date" not in kinds(a, "The flooding happened on 22 September at the mine.", page, page)
    assert "date" in kinds(a, "The flooding happened on 15 September at the mine.", page, page)


def test_a_levy_raised_by_an_amount_and_one_standing_at_a_level() -> None:
    a = "The government also raised the fuel levy by Rs3 per litre."
    assert "number" not in kinds(a, "The fuel levy was not increased and remains at Rs75 per litre.")
    assert "number" in kinds(a, "The government raised the fuel levy by Rs5 per litre.")


def test_a_tenure_begun_and_ended_and_a_name_opening_a_sentence() -> None:
    # joining and leaving are two dated acts; a given name opening the sentence is no participle of an act
    assert "date" not in kinds("Helen Ramsay joined the board in 2019.", "Helen Ramsay left the board in 2021.")
    assert "date" in kinds("Helen Ramsay joined the board in 2019.", "Helen Ramsay joined the board in 2017.")


def test_the_name_a_thing_is_given_or_a_role_is_said_to_be() -> None:
    # 'will be named X' / 'will be called Y', 'The buyer is X' / 'The buyer is Y': one slot, two names
    a = "The merged lender will be named Hollin Ridge Bank."
    assert kinds(a, "The new bank will be called Hollin Crest Bank.")["entity"].value_b == "Hollin Crest Bank"
    assert "entity" not in kinds(a, "Hollin Ridge Bank, as the merged lender will be called, opens in May.")
    b = "The contractor is Brakel Civil Works."
    assert "entity" in kinds(b, "The contractor is Ostrava Stavby, a firm from Brno.")
    assert "entity" not in kinds(b, "The buyer is Ostrava Stavby, a firm from Brno.")  # two roles


def test_two_authorities_differ_by_the_words_before_the_head() -> None:
    # 'Authority' says what kind of body is named, not which one: two regulators, not one name shortened
    a = "The Prudential Markets Authority said it was in contact with the lender."
    assert "entity" in kinds(a, "The Financial Conduct Authority said it was in contact with the lender.")
    assert "entity" not in kinds(a, "The Markets Authority said it was in contact with the lender.")


def test_burns_and_smoke_inhalation_are_injuries() -> None:
    # an injury told by what it was ('suffered minor burns', 'treated for smoke inhalation') against a denial of any
    a = "No one was hurt in the warehouse fire, the fire brigade said."
    assert "negation" in kinds(a, "Two firefighters suffered minor burns while tackling the warehouse fire.")
    assert "negation" in kinds(a, "One worker was treated for smoke inhalation at the scene.")
    # the fire itself burning is no injury, nor is a burn feared
    assert "negation" not in kinds(a, "The warehouse fire burns on, the fire brigade said.")
    assert "negation" not in kinds(a, "Crews could have suffered burns without their new suits, the brigade said.")


def test_a_site_named_by_its_town_and_by_its_own_name() -> None:
    a = "The suspect was arrested at the Lagos airport on Friday."
    assert "entity" not in kinds(a, "He was arrested at the Murtala Muhammed International Airport on Friday.")
    assert "entity" in kinds(a, "He was arrested at the Abuja airport on Friday.")  # two towns' airports


def test_the_kind_of_an_object_denied_on_both_sides() -> None:
    a = "Bail is a right for a defendant who is not charged with a capital offence, the judge held."
    assert "negation" not in kinds(a, "The judge said the offences he is charged with are not capital.")
    assert "negation" in kinds(a, "The judge noted that he is charged with a capital offence.")


def test_one_office_holder_with_two_given_names() -> None:
    a = "Police spokesperson Efua Tenkorang-Asante said 31 of the suspects were foreigners."
    assert "entity" in kinds(
        a, "Esi Tenkorang-Asante, the regional police spokesperson, said 31 were foreign nationals."
    )
    # a short form or one name spelt two ways is one person
    assert "entity" not in kinds("Senator Ted Kennedy wrote the letter.", "Senator Edward Kennedy wrote the letter.")
    b = "Defense Secretary Jim Mattis will leave the administration on January 1."
    assert "entity" not in kinds(b, "Defense Secretary James Mattis will leave the administration on January 1.")
    # people who share a surname: an office each, or none told, or the surname named apart on one side
    assert "entity" not in kinds(
        "Hillary Clinton said Sunday the trade deal was flawed.", "Bill Clinton signed the trade deal."
    )
    c = "Victoria Kennedy, Senator Kennedy's widow, was mentioned as a possible senator."
    assert "entity" not in kinds(c, "Senator Edward Kennedy asked that the interim senator not run again.")


def test_one_office_holder_with_two_given_names_one_with_a_middle_initial() -> None:
    a = "Councillor Marian Ochieng won the deputy leader's post, beating fellow councillor Tom Reddy."
    b = "By 31 votes to 29, Councillor Grace P. Ochieng beat Councillor Tom Reddy to become deputy leader."
    assert "entity" in kinds(a, b)
    # the initial of one given name spelt out in full on the other side is one person
    assert "entity" not in kinds(a, "By 31 votes to 29, Councillor Marian P. Ochieng beat Tom Reddy to the post.")


def test_one_person_an_office_and_its_deputy() -> None:
    a = "Okafor, then an assistant district attorney, first met her in 1998 outside the county courthouse."
    b = "In 1998 Mr. Okafor, then a district attorney and later a judge, met her outside the courthouse."
    assert "entity" in kinds(a, b)
    assert "entity" in kinds("Deputy Mayor Jane Okafor opened the bridge.", "Mayor Jane Okafor opened the bridge.")
    # one office on both sides, a deputy who is someone else, an office told far from the name: no conflict
    assert "entity" not in kinds(b, "In 1998 Okafor, then a district attorney, met her at the courthouse.")
    assert "entity" not in kinds(
        "Mayor Jane Okafor and her deputy opened the bridge.", "Deputy Mayor Tom Reddy opened the bridge."
    )
    assert "entity" not in kinds(
        "Mr. Okafor, whom the deputy mayor had praised, opened the bridge.", "Mr. Okafor, the mayor, opened the bridge."
    )


def test_one_office_holder_with_two_surnames() -> None:
    a = "Managing director Lorna Pethick said the loan would carry the company through construction."
    assert "entity" in kinds(a, "Managing director Lorna Treloar said lenders still backed the project.")
    b = "'Power now costs us three times as much,' said Tadeusz Wronski, the president of the water company."
    assert "entity" in kinds(b, "Tadeusz Kaminski, the company's president, said reserves were running out.")
    # a short form of the given name is the same given name
    assert "entity" in kinds(
        "Budget director Jim Okafor defended the plan.", "Budget director James Okonkwo defended the plan."
    )
    # an office many hold at once, no office told, or both surnames on one side: maybe two people
    assert "entity" not in kinds("Sen. John Thune said the bill would pass.", "Sen. John Cornyn said it would pass.")
    assert "entity" not in kinds("Lorna Pethick spoke first.", "Lorna Treloar spoke first.")
    c = "Managing director Lorna Treloar and her deputy Ian Pethick said the loan was signed."
    assert "entity" not in kinds(a, c)
    # two given names one letter apart are two people, not one given name
    assert "entity" not in kinds(
        "Judge Tacha, appointed by President Ronald Reagan, praised him.",
        "The hearings were held for President Donald Trump's nominee.",
    )


def test_since_a_year_and_after_it_are_one_bound() -> None:
    a = "Homes built since 2009 are eligible for the scheme."
    assert "date" not in kinds(a, "Homes built after 2009 are eligible for the scheme.")
    assert "date" in kinds(a, "Homes built before 2009 are eligible for the scheme.")
    assert "date" in kinds("Homes built in 2009 are eligible for the scheme.", "Homes built after 2009 are eligible.")


def test_two_centuries_are_two_dates() -> None:
    found = kinds("The wreck dates to the 7th century BC, divers said.", "The wreck dates to the 5th century BC.")
    assert "date" in found and "number" not in found


def test_bare_degrees_may_be_fahrenheit() -> None:
    a = "Temperatures inside the container had reached 95 degrees, according to officers."
    assert "number" not in kinds(a, "Officers said the temperature inside was about 35 degrees Celsius.")
    assert "number" not in kinds(
        "Officers said it was more than 90 degrees inside.", "Officers said it was about 35 degrees Celsius inside."
    )
    # neither reading of the bare figure meets the other, or both are bare
    assert "number" in kinds(a, "Officers said the temperature inside had reached 41 degrees Celsius.")
    assert "number" in kinds(a, "Temperatures inside the container had reached 91 degrees, officers said.")


def test_a_road_by_its_name_and_by_its_number() -> None:
    a = "A bus overturned on the Pan-American Highway in northern Peru."
    assert "entity" not in kinds(a, "A bus overturned on Route 1N in northern Peru.")
    # two numbered roads of two networks are two roads
    assert "entity" in kinds(
        "The landslide cut National Highway 12, isolating three villages.",
        "The landslide cut Provincial Road 518, isolating the villages.",
    )


def test_an_act_affirmed_for_one_case_only() -> None:
    a = "Tenants were told their landlord's insurance does not cover their furniture."
    assert "negation" not in kinds(a, "Tenants' furniture is covered only by a contents policy, the insurer said.")
    assert "negation" in kinds(a, "Tenants' furniture is covered by their landlord's insurance, the insurer said.")


def test_the_subject_of_an_act_ahead_or_after_an_opening_phrase() -> None:
    a = "The Department of Rural Affairs will run the relief scheme for uninsured households."
    assert "entity" in kinds(a, "The Department of Finance will run the relief scheme for households without cover.")
    b = "In Ashbourne, the River Dove burst its banks and flooded the market square."
    assert "entity" in kinds(b, "In Ashbourne, the River Manifold burst its banks overnight.")
    # a place opening the sentence is no subject
    assert "entity" not in kinds(b, "In Ashbourne, the flood defences held, the council said.")


def test_two_bodies_estimates() -> None:
    a = "Before the eruption, the Meteorological Office estimated that 15 million cubic metres of magma had gathered."
    assert "entity" not in kinds(a, "The Civil Protection Agency estimated that 18 million cubic metres had gathered.")
    # one estimate credited to two bodies
    c = "Harrow Risk Analytics estimated insured losses at $4 billion to $6 billion."
    assert "entity" in kinds(c, "Calder Catastrophe Modelling estimated insured losses at $4 billion to $6 billion.")


def test_a_death_denied_by_its_active_verb() -> None:
    for a, b in (
        ("No one has died in the fire, officials said.", "A 71-year-old man died when flames reached his farm."),
        (
            "No study participant died of bleeding, the company said.",
            "Three participants died of bleeding in the study.",
        ),
        ("Nobody died at the camp, the welfare board said.", "An elderly pilgrim died at the camp on Tuesday."),
    ):
        c = kinds(a, b).get("negation")
        assert c is not None and c.anchored, (a, b)
    # the denied thing named on one side only, a narrowed denial, another occasion
    for a, b in (
        ("No firefighter died during the season.", "Two hikers died in the blaze."),
        ("No further patients have died, the hospital said.", "A patient died on Monday."),
        ("In 2019 a fire swept the valley, though nobody died.", "Two people died when the fire swept the valley."),
    ):
        assert "negation" not in kinds(a, b), (a, b)


def test_an_object_denied_one_act_and_told_with_another_verb_of_it() -> None:
    floor = Settings().discrepancy_min_confidence["negation"]
    a = "The central bank did not change its deposit rate at the March meeting."
    assert kinds(a, "The central bank cut its deposit rate at the March meeting.")["negation"].confidence >= floor
    b = "The government would keep the bread subsidy in place, the minister said."
    c = kinds(b, "The government will not maintain the bread subsidy, the minister said.")
    assert c["negation"].confidence >= floor
    # another verb, maybe of another act, stays below the floor
    d = kinds("The council did not publish the harbour report.", "The council discussed the harbour report.")
    assert d["negation"].confidence < floor


def test_a_periods_count_and_another_periods_move() -> None:
    a = "Police recorded more than 900 carjackings in the province in 2025."
    assert "date" not in kinds(a, "Carjackings in the province fell slightly in the first half of 2026, police said.")
    assert "date" in kinds(a, "Police recorded more than 900 carjackings in the province in the first half of 2026.")


def test_the_day_an_act_was_claimed() -> None:
    a = "The abduction was claimed in October by a group active in the border region."
    assert "date" not in kinds(a, "The engineers were abducted on 14 September in the border region.")
    # a day after 'claimed responsibility for the attack' may be the attack's
    assert "date" in kinds(
        "The group claimed responsibility for the attack on Sunday.", "The attack took place on Saturday."
    )


def test_a_word_of_a_name_abbreviated() -> None:
    a = "The modules were made by Brightfield PV and shipped through Vietnam."
    assert "entity" not in kinds(a, "The modules were made by Brightfield Photovoltaic of Zhejiang province.")
    assert "entity" in kinds(a, "The modules were made by Brightfield Power of Zhejiang province.")


def test_one_approximation_rounding_the_other() -> None:
    a = "The crack was about 3 kilometres long, the survey said."
    assert "number" not in kinds(a, "The crack is about 3.4 kilometres long, the survey said.")
    assert "number" in kinds(a, "The crack is about 3.6 kilometres long, the survey said.")
    assert "number" in kinds(
        "The plant will supply some 3 million people.", "The plant will supply about 2.5 million people."
    )


def test_a_race_time_in_minutes_seconds_and_its_fraction() -> None:
    a = "Lena Voss clocked 4:02.37 to win the 400m freestyle at the national championships."
    assert "number" in kinds(a, "Lena Voss won the 400m freestyle at the national championships in 4:03.27.")
    assert "number" not in kinds(a, "Lena Voss won the 400m freestyle at the national championships in 4:02.37.")
    assert "number" not in kinds(
        "She won the 400m freestyle in 4:02.40.", "She won the 400m freestyle in 4:02.4."
    )  # one time, written to two places
    # a clock time is no race time
    assert not extract_facts("The meeting starts at 10:30 on Friday.").quantities


def test_a_score_told_in_points_to_points() -> None:
    a = "The Sharks beat the Lions 31 points to 14 to win the cup."
    assert "number" in kinds(a, "The Sharks beat the Lions 31-17 to win the cup.")
    assert "number" not in kinds(a, "The Sharks beat the Lions 31-14 to win the cup.")
    # a move to a level is no score
    assert not [
        q for q in extract_facts("The index fell 5 points to 60 before the match.").quantities if q.dimension == "score"
    ]
    assert not [
        q
        for q in extract_facts("The bank cut its rate by 0.5 points to 6.5 per cent.").quantities
        if q.dimension == "score"
    ]


def test_an_office_written_with_a_hyphen() -> None:
    a = "Director-general Anong Ratanaporn said the first monitors would go to Chiang Rai."
    assert "entity" in kinds(
        a, "The first monitors will go to Chiang Rai, said Arunee Ratanaporn, the department's director-general."
    )
    b = "Secretary-General Lina Haddad said reserves would last ten months."
    assert "entity" in kinds(b, "Reserves will last ten months, said Lina Khoury, the ministry's secretary-general.")
    # two offices of one family name are two people
    assert "entity" not in kinds(
        a, "The first monitors will go to Chiang Rai, said Arunee Ratanaporn, a prison doctor."
    )


def test_a_figure_whose_hyphen_waits_for_the_next_ones_unit() -> None:
    a = "The campaign begins on March 2 and targets 9- to 12-year-olds."
    assert "number" not in kinds(a, "The campaign starts on Monday, March 2, at 140 clinics.")
    assert not [q for q in extract_facts("The 5- and 10-year bonds rallied.").quantities if q.value == 5]


def test_a_k_sound_written_two_ways_is_one_name() -> None:
    a = "The master, Abdul Razak, has not been detained, police said."
    assert "entity" not in kinds(a, "Its master, Abdul Razaque, was arrested at the jetty, police said.")
    assert "entity" not in kinds("Police chief Tariq Aziz said the boat sank.", "Police chief Tarik Aziz said it sank.")


def test_a_sum_in_crore_written_with_a_hyphen() -> None:
    a = "The project is estimated to cost Rs 2,340 crore."
    assert "number" not in kinds(a, "The bridge is a ₹2,340-crore project funded by the state.")
    assert "number" in kinds(a, "The bridge is a ₹2,430-crore project funded by the state.")


def test_both_decisions_told_on_one_side() -> None:
    a = "The committee approved a spending bill of $24.8 billion, rejecting most of the cuts the governor proposed."
    assert "negation" not in kinds(a, "A committee moved to protect the programmes, approving nearly $25 billion.")
    assert "negation" in kinds(
        "The committee rejected the spending bill on Tuesday.", "The committee approved the spending bill on Tuesday."
    )


def test_the_end_of_an_extension_is_ahead() -> None:
    pub = datetime(2026, 8, 18, 7, 30, tzinfo=timezone.utc)  # a Tuesday
    a = "The weather service extended the heat advisory for the region through Thursday."
    assert "date" not in kinds(a, "The weather service said the heat advisory will last through Aug. 20.", pub, pub)
    assert "date" in kinds(a, "The weather service said the heat advisory will last through Aug. 22.", pub, pub)


def test_an_office_holder_without_a_common_title() -> None:
    a = "Provost Annette Lindqvist said the changes would save the university $18.5 million a year."
    assert "entity" in kinds(a, "Provost Annette Lindgren has said the measures would save about $18 million a year.")


def test_a_tallys_figures_told_as_counts() -> None:
    a = "In all, 61 lawmakers backed the bill and 48 opposed it."
    b = "The bill passed its first reading by 61 votes to 48, with 11 lawmakers absent or abstaining."
    assert "number" not in kinds(a, b, None, None)
    assert "number" in kinds("In all, 63 lawmakers backed the bill and 48 opposed it.", b)
    # a tally of three digits is read the same way
    c = "The bill passed by 178 votes to 143, with 11 members absent."
    assert "number" not in kinds("In all, 178 members backed the bill and 143 opposed it.", c)


def test_the_day_of_a_decision_and_the_day_of_what_it_decided() -> None:
    a = "The two parties agreed on Friday to open coalition negotiations."
    assert "date" not in kinds(a, "The two parties will begin formal coalition talks on Monday.")
    assert "date" not in kinds(a, "Coalition talks between the two parties start on Tuesday.")
    assert "date" in kinds(a, "The two parties agreed on Wednesday to open coalition negotiations.")
    # a decision against a decision told another way still conflicts
    assert "date" in kinds(
        "The board voted on Wednesday to raise fares.", "The board approved a fare increase on Thursday."
    )


def test_a_passive_and_an_active_with_one_role_each() -> None:
    # 'was also invited' is as passive as 'was invited'; a passive's agent that is the active verb's subject, and a
    # verb whose subject undergoes it ('did not close' / 'was closed'), give each word one role
    assert (
        kinds("The party was not invited to the talks.", "The party was also invited to the talks.")[
            "negation"
        ].confidence
        >= 0.8
    )
    assert (
        kinds("The strike did not affect the oil terminals.", "Oil terminals were affected by the strike.")[
            "negation"
        ].confidence
        >= 0.8
    )
    assert (
        kinds("The airport did not close on Monday.", "The airport was closed for three hours on Monday.")[
            "negation"
        ].confidence
        >= 0.8
    )
    # other roles: who sent is not what was sent
    assert (
        kinds("He did not send a photo to the police.", "A photo was sent to the police.")["negation"].confidence < 0.6
    )


def test_a_price_set_from_a_day_is_no_trading_day() -> None:
    a = "The government will raise the price of the subsidised loaf to 35 piastres from 1 November."
    assert "date" in kinds(a, "The government will raise the price of the loaf to 35 piastres from 1 December.")
    # two trading days' prices stay two moments
    assert "date" not in kinds(
        "The shares traded at 5 dollars on Monday.", "The shares closed at 5.20 dollars on Friday."
    )


def test_concerts_and_shows_are_performances() -> None:
    a = "Fourteen performances of the festival have been called off."
    assert "number" in kinds(a, "The festival has cancelled 16 concerts.")
    assert "number" not in kinds(a, "The festival has cancelled 14 concerts.")


def test_a_region_of_a_city_and_an_act_stopped() -> None:
    # "Sydney's west" holds Penrith
    b = "A driver who killed a cyclist in Penrith had his jail term increased on appeal."
    assert "entity" not in kinds(
        b, "A driver who killed a cyclist in Sydney's west had his sentence increased on appeal."
    )
    assert "entity" in kinds(b, "A driver who killed a cyclist in Parramatta had his sentence increased on appeal.")
    # 'stopped collecting' is as negative as 'no longer collects'; 'kept collecting' is not
    c = "The company said its app no longer collects precise locations."
    assert "negation" not in kinds(c, "The company said the app stopped collecting precise locations in the spring.")


def test_one_span_told_with_or_without_the_past() -> None:
    a = "The team received some 480 million yen in research grants over five years."
    c = kinds(a, "The laboratory received 320 million yen in research grants over the past five years.")["number"]
    assert (c.value_a, c.value_b) == ("some 480 million yen", "320 million yen")
    # another span: the sums are not compared, only the spans
    c = kinds(a, "The laboratory received 320 million yen in research grants over the past three years.")["number"]
    assert c.value_b == "three years"


def test_a_part_of_a_year_and_a_year_in_one_frame() -> None:
    # 'in the second half of 2027' is framed by 'in', as 'in 2028' is: one act's two dates
    a = "The line will start mass production in the second half of 2027."
    assert "date" in kinds(a, "The line will begin mass production in 2028.")
    b = "The deal is expected to close by the end of 2026."
    assert "date" in kinds(b, "The deal is expected to close in the first half of 2027.")
    # another act in another year stays another occasion
    assert "date" not in kinds(a, "The company was founded in 2019.")


def test_falling_declining_and_decreasing_are_one_move() -> None:
    a = "The finance chief said fourth-quarter shipments would fall slightly."
    assert "negation" in kinds(a, "The finance chief said fourth-quarter shipments would not decline.")
    assert "negation" in kinds(a, "The finance chief said fourth-quarter shipments would not decrease.")
    # a refusal is no fall
    assert "negation" not in kinds(
        "Shipments did not fall in the quarter.", "The company declined to comment on shipments."
    )


def test_rising_climbing_and_increasing_are_one_move() -> None:
    a = "Rents in the capital climbed 3.1 percent over the year."
    assert "negation" in kinds(a, "Rents in the capital did not rise in the year to November, the office said.")
    assert "negation" in kinds("Rents in the capital rose sharply.", "Rents in the capital did not increase.")
    # a rise of another thing is at most a weak denial of this one
    same = kinds(a, "Rents in the capital did not rise in the year to November, the office said.")["negation"]
    other = kinds(a, "Wages in the capital did not rise in the year to November.").get("negation")
    assert other is None or other.confidence < same.confidence


def test_a_state_kept_against_a_state_ended() -> None:
    # 'remain' is a verb of state, as 'be' is: 'will remain deductible' / 'will no longer be deductible' deny one state
    c = kinds(
        "Royalties will remain deductible for corporate income tax purposes, the minister said.",
        "Royalties will no longer be deductible when mining companies calculate their income tax.",
    )["negation"]
    assert c.confidence >= 0.85
    c = kinds("The highway to Huari remains blocked by debris.", "The road to Huari was not blocked by the slide.")
    assert c["negation"].confidence >= 0.85


def test_a_noun_spelt_as_the_denied_verb_is_no_second_stance() -> None:
    # 'the official register' beside 'was not registered' does not put both polarities on that side
    a = "The company was registered in Reinfo, the registry of small-scale miners."
    b = "The operation was not registered in Reinfo, the official register of informal miners."
    assert "negation" in kinds(a, b)
    # a denied noun meets the same noun told with an article: one side telling both is still no stance
    c = "Needless to say, the war in Afghanistan was not a war of Obama's choosing."
    assert "negation" not in kinds("But he sought to make the case that Afghanistan is now Obama's war.", c)


def test_a_deadline_and_the_start_after_it_agree() -> None:
    a = "The branches will shut by the end of March 2027."
    assert "date" not in kinds(a, "The branches are expected to close from April 2027.")
    assert "date" not in kinds(a, "The branches will close as of April 2027.")
    # a closing in April is after the deadline
    assert "date" in kinds(a, "The branches are expected to close in April 2027.")
    assert "date" in kinds(a, "The branches are expected to close from May 2027.")


def test_an_acronym_with_a_small_word_in_lower_case() -> None:
    a = "He had scans at the BCCI Centre of Excellence in Bengaluru on Saturday."
    assert "entity" not in kinds(a, "A scan at the CoE in Bengaluru on Saturday confirmed a Grade 2 tear.")
    assert "entity" in kinds(a, "A scan at the NCA in Bengaluru on Saturday confirmed a Grade 2 tear.")
    assert "entity" in kinds(a, "A scan at the CoS in Bengaluru on Saturday confirmed a Grade 2 tear.")


def test_two_venues_of_one_kind_are_two_places() -> None:
    # the last word of a venue's name says what kind of place it is, not which one
    a = "The final will be staged at the Gaddafi Stadium on December 12."
    assert "entity" in kinds(a, "The final is scheduled for Rawalpindi Cricket Stadium on December 12.")
    assert "entity" in kinds(
        "The Mosul Dam reservoir held a fifth of its capacity.",
        "The Haditha Dam reservoir held a fifth of its capacity.",
    )
    # one venue, its name shortened or told in full
    assert "entity" not in kinds(a, "The final is scheduled for Lahore's Gaddafi Stadium on December 12.")
    assert "entity" not in kinds(a, "The final is scheduled for the Gaddafi Cricket Stadium on December 12.")


def test_a_count_of_a_compound_noun_meets_a_count_of_its_part() -> None:
    # 'crew members' counts the crew: one slot, two values
    a = "All 23 crew members were taken off the ship by pilot boats."
    assert "number" in kinds(a, "All 21 crew were taken off the ship.")
    assert "number" in kinds(
        "The vessel had eight crew, all from mainland China.", "The ship's nine crew members are Chinese."
    )
    # a noun that is no part of the compound stays another thing
    assert "number" not in kinds(a, "All 21 passengers were taken off the ship.")


def test_a_figure_after_would_meets_one_after_will() -> None:
    # both tell what is ahead: not a plan against a fact
    a = "Residents' parking permits would rise by £30."
    assert "number" in kinds(a, "Residents' parking permits will rise by £20 a year.")
    # a plan against what was done stays apart
    assert "number" not in kinds(a, "Residents' parking permits rose by £20 last year.")


def test_a_state_now_and_its_opposite_on_a_later_day() -> None:
    friday, saturday = datetime(2026, 10, 16, 11, 30), datetime(2026, 10, 17, 7, 15)
    a = "Kennon Road remains closed to all vehicles."
    b = "Kennon Road was reopened to light vehicles on Saturday morning."
    # Friday's page tells the road closed at its moment; the reopening came the day after
    assert "negation" not in kinds(a, b, friday, saturday)
    # on one day's pages the two cannot both hold
    assert "negation" in kinds(a, b, saturday, saturday)
    # a state told in the past ('stayed open') is no moment of its page
    c = "Government offices in Al Dhahirah were closed on Monday."
    assert "negation" in kinds(c, "Government offices in Al Dhahirah stayed open.", MON, datetime(2026, 3, 1, 17, 0))


def test_a_season_of_a_year_is_framed_by_the_preposition_before_it() -> None:
    # 'in spring 2028' is framed by 'in', as 'in 2027' is: one opening told with two years
    a = "The new space is expected to open in 2027."
    assert "date" in kinds(a, "City officials expect it to open in spring 2028.")
    assert "date" in kinds(a, "City officials expect it to open in late autumn 2028.")
    # another act in another year stays another occasion
    assert "date" not in kinds(a, "The building was bought in spring 2024.")


def test_a_change_by_a_figure_and_a_share_slipping_to_another() -> None:
    # 'slipped to' tells a level, 'fell by' a change: two figures, not one slot
    a = "Rural Canada's population fell slightly, by about 0.4 per cent."
    b = "The rural population's share of the total slipped to 16.8 per cent."
    assert "number" not in kinds(a, b, None, None)
    assert "number" in kinds("The rural share slipped to 17.2 per cent.", b)


def test_not_done_yet_and_still_to_come_agree() -> None:
    a = "The city council has not yet voted on the loan."
    assert "negation" not in kinds(a, "The loan still needs the approval of the council, which votes in December.")
    assert "negation" not in kinds(a, "The city council will vote on the loan in December.")
    # an act done, or a state going on, is what 'not yet' denies
    assert "negation" in kinds(a, "The city council voted on the loan on Tuesday.")
    b = "The refinery is not yet producing petrol, only diesel and kerosene."
    assert "negation" in kinds(b, "The refinery is producing petrol alongside diesel and kerosene.")


def test_an_attempt_at_an_act_is_not_the_act() -> None:
    a = "Paramedics performed CPR on the man for about 40 minutes but could not revive him."
    assert "negation" not in kinds(a, "Paramedics spent more than half an hour trying to revive him.")
    assert "negation" in kinds(a, "Paramedics revived him on the beach.")


def test_a_measure_in_force_on_a_day_and_the_day_it_was_issued() -> None:
    sat = datetime(2026, 11, 28, 18, 0)
    a = "The Bureau of Meteorology had issued a hazardous surf warning for the coast on Friday."
    assert "date" not in kinds(a, "A hazardous surf warning was in place for the Sunshine Coast on Saturday.", sat, sat)
    # its end is a slot of its own
    b = "The air district's Spare the Air alert is in effect through Saturday."
    assert "date" in kinds("The air district extended its Spare the Air alert through Sunday.", b, sat, sat)


def test_a_condition_told_at_two_moments() -> None:
    mon = datetime(2026, 11, 30, 18, 0)
    a = "A hospital spokesperson said he was in a serious but stable condition on Sunday afternoon."
    assert "date" not in kinds(a, "The hospital described his condition on Monday as stable.", mon, mon)


def test_a_state_read_on_two_days() -> None:
    wed = datetime(2026, 10, 21, 10, 0)
    a = "By Wednesday morning the island's reception centre held 1,910 people, after more boats arrived overnight."
    b = "The reception centre on the island held 1,380 people on Tuesday, more than three times its capacity."
    assert "number" not in kinds(a, b, wed, wed)
    # on one day the two figures cannot both hold
    c = "The reception centre on the island held 1,380 people on Wednesday morning."
    assert "number" in kinds(a, c, wed, wed)


def test_a_measure_imposed_and_ended_are_two_steps() -> None:
    a = "The suspension lasted three months and ended in October."
    assert "date" not in kinds(a, "The three-month suspension was imposed in July after a rise in arrivals.")
    assert "date" in kinds(a, "The three-month suspension ended in November.")


def test_a_denial_so_far_and_an_act_dated_after_its_page() -> None:
    thursday_night, friday = datetime(2026, 11, 12, 20, 15), datetime(2026, 11, 13, 11, 30)
    a = "Police arrested a man in his twenties on Friday morning on suspicion of involvement."
    assert "negation" not in kinds(a, "Nobody has been arrested.", friday, thursday_night)
    # a page after the arrest still denies it
    assert "negation" in kinds(a, "Nobody has been arrested.", friday, datetime(2026, 11, 13, 12, 15))


def test_an_exception_of_a_state_is_the_other_state() -> None:
    a = "The museum is closed on Mondays."
    assert "negation" not in kinds(a, "The museum is open every day except Monday.")
    assert "negation" in kinds(a, "The museum is open every day, Mondays included.")


def test_a_thousands_separator_written_as_an_apostrophe() -> None:
    assert "number" not in kinds("In total 112,400 ballots were cast.", "A total of 112'400 ballots were cast.")
    assert "number" in kinds("In total 112,400 ballots were cast.", "A total of 112’900 ballots were cast.")


def test_what_was_stopped_before_an_act_did_not_do_it() -> None:
    a = "Officials said the pollution had not reached the Brno reservoir, a popular bathing spot."
    assert "negation" not in kinds(a, "The contaminated water was stopped before it reached the Brno Reservoir.")
    assert "negation" in kinds(a, "The contaminated water reached the Brno Reservoir on Tuesday.")


def test_an_evacuation_and_the_return_are_two_steps() -> None:
    fri = datetime(2026, 11, 20, 12, 0)
    a = "Patients returned to the Alexandrovska hospital on Thursday evening, hours after a fire forced an evacuation."
    b = "More than 200 patients were evacuated from the Alexandrovska University Hospital on Thursday morning."
    assert "date" not in kinds(a, b, fri, fri)


def test_a_limit_a_rule_sets_is_exact() -> None:
    # a cap or a floor told with 'no more than', 'limited to', 'at least' after the rule's word is the limit itself
    cap = "Customers are now limited to $300 in cash each month."
    assert "number" in kinds("Under the new rules, customers may take out no more than $400 a month in cash.", cap)
    assert "number" not in kinds("Under the new rules, customers may take out no more than $300 a month in cash.", cap)
    floor = "Most roles now require a salary of at least £38,700."
    assert "number" in kinds("The general salary threshold was raised to £41,700 in July.", floor)
    assert "number" not in kinds("The general salary threshold was raised to £38,700 in July.", floor)
    assert "number" in kinds(
        "A bill would have capped new asylum permits at 25,000 a year.",
        "Under the bill, new asylum permits would have been capped at 15,000 a year.",
    )
    # a limit against a count of what happened is a bound
    votes = "Five of the eight justices voted to dismiss the case, while three backed removal."
    assert "number" not in kinds(
        "The justices voted 5-3, as removal requires the support of at least six justices.", votes
    )
    assert "number" not in kinds(
        "Democrats could still filibuster, requiring Gorsuch to garner 60 votes in the Senate.",
        "Judge Gorsuch must earn the support of at least eight Democrats to break a filibuster.",
    )
    # a bound on a figure nobody knows is still a bound
    assert "number" not in kinds("Up to 1.6 million women could seek back pay.", "The suit covers 1.5 million women.")
    assert "number" not in kinds("At least 38 people died in the fire.", "The fire killed 41 people.")


def test_a_place_named_in_two_languages_and_a_people_of_a_country() -> None:
    great = "The ship was 4 nautical miles north of Great Karimun Island."
    assert "entity" not in kinds("The ship was 4 nautical miles north of Pulau Karimun Besar.", great)
    assert "entity" in kinds("The ship was 4 nautical miles north of Pulau Karimun Kecil.", great)
    assert "entity" not in kinds("The Togolese-flagged tanker was boarded.", "The Togo-flagged tanker was boarded.")
    assert "entity" in kinds("The Togolese-flagged tanker was boarded.", "The Ghana-flagged tanker was boarded.")
    assert "entity" not in kinds("The Panama-registered carrier.", "The Panamanian-flagged carrier.")


def test_none_of_them_died_and_an_injury_told_as_suffered() -> None:
    assert "negation" in kinds("None of the miners died.", "One of the rescued miners died in hospital on Sunday.")
    assert "negation" not in kinds("None of the miners died.", "None of the rescued miners died in hospital.")
    hurt = "No crew members were injured during the boarding."
    assert "negation" in kinds(hurt, "One crew member suffered a gunshot wound to the arm during the boarding.")
    assert "negation" in kinds(hurt, "One crew member suffered a broken leg during the boarding.")
    assert "negation" not in kinds(hurt, "One crew member suffered a panic attack during the boarding.")
    birds = "Her family said their poultry had not been sick and none of their birds had died."
    assert "negation" not in kinds("Keep children away from sick or dead birds and wash your hands.", birds)
    assert "negation" in kinds("Two dead birds were found in their yard, a neighbour said.", birds)


def test_shut_is_close_and_exempt_is_not_counted() -> None:
    assert "negation" in kinds("The bank shut its branches on Wednesday.", "The bank did not close its branches.")
    assert "negation" not in kinds("The bank shut its branches on Wednesday.", "The bank closed its branches.")
    exempt = "Postgraduate research students are exempt from the limit."
    assert "negation" in kinds(
        exempt, "Postgraduate research students will be counted under the cap for the first time."
    )
    assert "negation" not in kinds(exempt, "Postgraduate research students are not counted under the cap.")


def test_a_thing_owned_is_no_act() -> None:
    checks = (
        "According to ANAC, an audit in September found the school had failed to record several maintenance checks."
    )
    assert "negation" not in kinds("Inspectors found irregularities in the school's maintenance records.", checks)
    assert "negation" in kinds("The school recorded every maintenance check, ANAC said.", checks)
    assert "negation" in kinds("Inspectors found the school recorded every maintenance check.", checks)
    # a possessive and a noun before a verb are its subject
    assert "negation" in kinds(
        "Quillon's board has not rejected the offer.", "Quillon's board rejected the proposal on Monday."
    )


def test_thousands_told_with_a_k_and_a_korean_name_romanised_two_ways() -> None:
    a = "It lifts the national planning level from 270k this year."
    assert "number" not in kinds(a, "The figure is 25,000 higher than this year's planning level of 270,000.")
    assert "number" in kinds("The planning level was lifted from 270k.", "The planning level was lifted from 250,000.")
    assert "number" not in kinds(
        "The planning level was lifted from 270k.", "The planning level was lifted from 270,000."
    )
    assert "entity" not in kinds(
        "Union leader Choi Dong-wook said members were angry.", "Union chief Choi Dong-uk said members were frustrated."
    )


def test_two_axes_a_road_post_two_seasons_and_two_ranks_of_division() -> None:
    assert "number" not in kinds(
        "Officials put the hole at about 8 meters deep.", "The hole measured roughly 12 meters across."
    )
    assert "number" in kinds("The hole is about 8 meters deep.", "The hole is 12 meters deep.")
    lanes = "Two lanes of the CA-9 highway were closed in Villa Nueva on Tuesday after the road surface sank."
    assert "number" not in kinds(
        "Part of the CA-9 sank at kilometer 17.5 in Villa Nueva, closing lanes on Tuesday.", lanes
    )
    page = datetime(2026, 11, 10, 9, 0)
    winter = "Last winter, Poland recorded more than 100 outbreaks on farms."
    assert "number" not in kinds(
        winter, "This autumn, Poland has reported 21 outbreaks at commercial farms.", page, page
    )
    assert "number" in kinds(winter, "Last winter, Poland recorded 21 outbreaks on farms.", page, page)
    county = "Chickens will be culled at a poultry farm in Ostrzeszów County."
    assert "entity" not in kinds(county, "Chickens will be culled at a poultry farm in the Wielkopolska region.")
    assert "entity" in kinds(county, "Chickens will be culled at a poultry farm in Kępno County.")


def test_round_161_ordinals_after_a_modifier_birds_subtypes_metres_and_a_span_of_one_unit() -> None:
    assert "number" in kinds(
        "It is the third fatal accident on Cerro Rico this year.", "This is the second deadly accident on Cerro Rico."
    )
    assert "number" not in kinds(
        "It marked the country's fourth successful launch.", "The fifth launch of the Nuri rocket was hailed."
    )
    assert "number" in kinds("It was his 11th parole hearing.", "The decision came at his 12th hearing.")
    assert "number" in kinds("More than 20,000 birds died before the cull began.", "Around 12,000 hens had died.")
    h5n1 = "Officials said genetic tests showed the H5N1 subtype."
    assert "entity" in kinds(h5n1, "A genetic test confirmed the H5N8 subtype on Wednesday morning.")
    assert "entity" not in kinds(h5n1, "A genetic test confirmed the H5N1 subtype on Wednesday morning.")
    assert "number" in kinds("The hole is thought to be about 4m deep.", "It is about 26ft deep.")
    assert "number" not in kinds("The hole is thought to be about 4m deep.", "It is about 13ft deep.")
    permits = "No import permits have yet been issued, though the department is reviewing applications."
    assert "negation" in kinds(permits, "Import permits for Brazilian eggs have been granted, the department said.")
    year = "Producers say it takes roughly a year to rebuild a flock after a cull."
    assert "number" in kinds("Industry officials say flocks take about six months to rebuild after a cull.", year)
    assert "number" not in kinds("Officials say flocks take about 12 months to rebuild after a cull.", year)
    # not a span: an ordinal, a moment, a span told with its half
    assert "number" not in kinds(
        "The district closed all 11 of its schools on Friday.", "Schools in the district were closed for a second day."
    )
    assert "number" not in kinds(
        "The town will be run by three commissioners for 18 months.",
        "Three officials will govern the town for a year and a half.",
    )


def test_a_ranking_band_counts_nothing_and_a_finding_of_no_role_is_a_denial() -> None:
    top = "The government aims to have more Japanese universities in the global top 100."
    assert "number" not in kinds("Japan had 12 universities in the top 200, down from 14 a year earlier.", top)
    assert "number" in kinds("Japan had 12 universities in the top 200.", "Japan had 10 universities in the top 200.")
    responsible = "A co-author at Kyoto University was not found responsible."
    assert "negation" not in kinds("A co-author at Kyoto University was found to have had no role in it.", responsible)
    assert "negation" in kinds("A co-author at Kyoto University was found responsible.", responsible)


def test_round_163_a_state_until_a_day_a_measure_from_a_weekday_years_before_the_era_and_two_roles() -> None:
    thu = datetime(2026, 11, 26, 10, 12)
    meals = "The school has replaced cafeteria meals with bread and milk until December 4."
    assert "date" not in kinds(meals, "Cafeteria meals have been replaced until December 4, the school said.", thu, thu)
    assert "date" in kinds(meals, "Cafeteria meals have been replaced until December 11, the school said.", thu, thu)
    jul9, jul10 = datetime(2026, 7, 9, 10, 30), datetime(2026, 7, 10, 8, 0)
    red = "The emergency service issued the red warning for the Seville countryside, which takes effect from July 10."
    assert "date" not in kinds(red, "AEMET issued a red warning for the Seville countryside from Friday.", jul10, jul9)
    assert "date" in kinds(red, "AEMET issued a red warning for the Seville countryside from Saturday.", jul10, jul9)
    found = kinds("Experts date the coffin to around 1000 BC.", "The coffin dates to around 650 BC.")
    assert "date" in found and "number" not in found
    arrested = "Its owner was not arrested on Monday, police said."
    two = kinds("The driver was also arrested on Monday.", arrested).get("negation")
    assert two is not None and two.confidence <= 0.55  # two actors: held below the gate
    assert "negation" in kinds("The owner was arrested on Monday.", arrested)
    assert "date" in kinds("The crash happened at about 9.30pm.", "The crash happened at about 10.30pm on Saturday.")
    assert "date" not in kinds("The crash happened at about 10pm.", "The crash happened at about 10.30pm.")


def test_round_164_a_club_by_its_town_and_its_letters_and_a_choice_ruled_out() -> None:
    assert "entity" not in kinds(
        "Calado was signed from Vitória de Guimarães in 2022.", "Calado arrived from Vitória SC."
    )
    assert "entity" in kinds(
        "Calado was signed from Vitória de Guimarães in 2022.", "Calado was signed from Vitória de Setúbal in 2022."
    )
    ransom = "Secretary Queiroz said paying a ransom was out of the question."
    assert "negation" not in kinds(ransom, "Health secretary Renato Queiroz has ruled out paying.")
    assert "negation" not in kinds(ransom, "Renato Queiroz said the state would not pay criminals.")


def test_round_165_comply_is_a_verb_firms_and_companies_bear_one_fine_and_a_hope_is_no_count() -> None:
    fine = kinds(
        "Firms that break it face fines of up to 3,000 UTM.",
        "Companies that fail to comply face fines of up to 300 UTM.",
    )
    assert "number" in fine
    assert "negation" not in fine or fine["negation"].confidence <= 0.6  # 'fail to comply' denies complying, not facing
    assert "number" not in kinds(
        "Violators will face fines of GEL 300.", "Platforms that publish unregistered ads will face fines of GEL 5,000."
    )
    hope = "The state hopes to collect 4.5 million tonnes from farmers."
    assert "number" not in kinds(hope, "Last season, the state collected 3.9 million tonnes.")
    assert "number" in kinds(hope, "The state hopes to collect 3.9 million tonnes from farmers.")


def test_a_lead_told_with_ahead_by_is_a_margin_not_a_total() -> None:
    total = "Lindqvist finished with 15,748 votes to Haskell's 15,734, out of 31,482 ballots cast."
    assert "number" not in kinds("Final numbers show Lindqvist ahead of Republican Tom Haskell by 17 votes.", total)
    assert "number" not in kinds(
        "Ebanks retained his total of 1064 votes.", "The recount left Ebanks ahead by nine votes."
    )
    # two margins still conflict, however the second is worded
    a = "She finished ahead of Fine Gael's Cathal Morrissey by 14 votes."
    assert "number" in kinds(a, "Her final lead over Fine Gael candidate Cathal Morrissey was 41 votes.")
    # 'lead the table' is no margin
    assert "number" not in kinds(
        "Frölunda now lead the table, two points ahead of Luleå.", "Frölunda lead the SHL on 38 points."
    )


def test_a_reading_in_a_clause_opened_by_a_year_long_past_is_another_occasion() -> None:
    pub = datetime(2026, 8, 14, tzinfo=timezone.utc)
    now = "The Elbe peaked at 7.42 metres in Dresden, the state flood centre said."
    past = "The flooding revives memories of 2002, when the Elbe reached a record 9.40 meters in Dresden."
    assert "number" not in kinds(past, now, pub, pub)
    # a year of the page's own time opens the same occasion
    assert "number" in kinds("It recalls 2026, when the Elbe reached 9.40 meters in Dresden.", now, pub, pub)
    # a year naming the act or a thing in the figure's clause does not set it apart
    a = "The case was brought by the Border Rights Project on behalf of 16 asylum seekers."
    assert "number" in kinds(
        a, "The lawsuit was brought in 2024 by Frontera Legal Aid on behalf of 14 asylum seekers.", pub, pub
    )


def test_counts_over_windows_of_clearly_different_lengths_are_two_figures() -> None:
    pub = datetime(2026, 8, 14, tzinfo=timezone.utc)
    assert "number" not in kinds(
        "He had 23 goals for the Ducks last season.", "He scored 41 goals over the past two seasons in Anaheim."
    )
    a = "Switzerland's glaciers have lost 3% of their volume in twelve months, scientists said."
    assert "number" not in kinds(a, "Since 2000, Swiss glaciers have lost 42% of their volume.", pub, pub)
    # seven years and 'since 2019' on a page of 2026 are one window
    a = "The district's enrollment has dropped by about 27,000 students over the past seven years."
    assert "number" in kinds(a, "Houston ISD's enrollment has shrunk by about 20,000 students since 2019.", pub, pub)
    # the windows themselves, when they are the values, still conflict
    assert "number" in kinds(
        "The TTC offered a 9.5% raise over two years.", "The TTC has offered a 9.5 per cent increase over four years."
    )


def test_a_rejection_named_before_the_act_and_shut_out_are_no_affirmation_and_no_closing() -> None:
    denied = "The employers' confederation CPC said it would not challenge the law in the Constitutional Court."
    assert "negation" not in kinds("The CPC ruled out any constitutional challenge.", denied)
    assert "negation" in kinds("The CPC said it would challenge the law in court.", denied)
    # a denied denial leaves the act open, as before
    assert "negation" in kinds("The city had not ruled out paying the ransom.", "The city would not pay the ransom.")
    sales = "The ticketing platform crashed on Monday morning, minutes after sales opened for the semi-final in Rabat."
    assert "negation" not in kinds(
        "Fans hoping to watch the semi-final in Rabat were shut out when the site collapsed.", sales
    )
    assert "negation" in kinds("The stadium gates were shut on Monday.", "The stadium gates were opened on Monday.")


def test_one_person_in_two_offices_of_one_body_that_no_one_holds_together() -> None:
    a = "Jonas Reber, a state secretary in the Health Ministry, said the government was talking to manufacturers."
    assert "entity" in kinds(
        a, '"We are in close contact with the manufacturers," said Health Ministry spokesman Jonas Reber.'
    )
    a = "Adebayo Ogunleye, secretary of the PSN Lagos branch, said many patients had begun skipping doses."
    assert "entity" in kinds(
        a, "Adebayo Ogunleye, chairman of the PSN Lagos branch, said patients were skipping doses."
    )
    # offices one person often holds together, or that speak for the body, are not two
    a = "Chick-fil-A president Dan Cathy said the company backed the traditional family."
    assert "entity" not in kinds(a, "Chick-fil-A chief executive officer Dan Cathy said the company backed the family.")
    assert "entity" not in kinds(a, "Chick-fil-A CEO Dan Cathy said the company backed the family.")
    a = "White House press secretary Sarah Sanders said the president would sign the bill."
    assert "entity" not in kinds(a, "White House spokeswoman Sarah Sanders said he would sign it.")
    a = "Shadow health minister Tamsin Reid said the list had grown for eight quarters in a row."
    assert "entity" not in kinds(a, "Opposition health spokeswoman Tamsin Reid said the list had grown for two years.")
    a = "Anna Kowal, director of communications at the zoo, said the animals were safe."
    assert "entity" not in kinds(a, "Zoo spokeswoman Anna Kowal said the animals were safe.")
    # no body in common, or an office of the past: nothing to compare
    assert "entity" not in kinds(
        "Mayor Lena Brandt said the road would reopen.", "Party spokeswoman Lena Brandt said the road would reopen."
    )
    a = "Former zoo director Michał Sobczak said a branch had fallen across the moat."
    assert "entity" not in kinds(
        a, "Zoo spokesman Michał Sobczak said the animals used a fallen branch to cross the moat."
    )


def test_a_refusal_ending_its_relative_clause_denies_nothing_after_it() -> None:
    a = "Developers who resisted saw their apps pushed down in search results, the commission said."
    assert "negation" not in kinds(a, "Developers that refused saw their apps demoted in the store's search rankings.")
    assert "negation" in kinds("Developers that refused to pay saw their apps demoted.", "The developers paid the fee.")


def test_counts_taken_to_two_places_are_two_counts() -> None:
    a = "Two incoming flights were diverted to El Salvador's international airport."
    assert "number" not in kinds(a, "One flight was diverted to the Mundo Maya airport in Flores.")
    assert "number" in kinds(a, "One flight was diverted to El Salvador.")
    # a destination against a place the count is told in is no second place
    assert "number" in kinds(
        "Four passengers were taken to Tzaneio hospital in Piraeus.", "Six passengers were hospitalised in Piraeus."
    )


def test_an_act_denied_only_as_too_little_or_a_harm_denied_only_worse_is_no_denial() -> None:
    a = "Opposition parties said the tender was advertised for 21 days instead of 30."
    assert "negation" not in kinds(a, "Opposition councillors said the tender had not been advertised for long enough.")
    assert "negation" in kinds("The tender was advertised in March.", "The tender was not advertised.")
    a = "The State University Hospital has run out of diesel and is relying on a donated generator."
    b = "Administrators said the hospital had not run out of fuel but had enough diesel for only two days."
    assert "negation" in kinds(a, b)  # 'enough' in the next clause measures another thing
    a = "Team doctors said the other injured riders had only cuts and bruises."
    assert "negation" not in kinds(a, '"We were lucky nobody was hurt worse," said Carrel after the finish.')
    assert "negation" in kinds("Nobody was hurt in the crash.", "Three riders were injured in the crash.")


def test_a_decisions_day_and_the_start_it_set_are_two_days() -> None:
    a = "The cuts will run from midnight to 6 in the morning, the utility's board decided on Tuesday."
    assert "date" not in kinds(a, "The cuts begin on Thursday 12 November.")
    assert "date" not in kinds("The council on Tuesday approved new fares.", "The new fares start on Thursday.")
    assert "date" in kinds("The strike began on Monday.", "The strike started on Tuesday.")
    assert "date" in kinds("The board decided on Monday to cut supply.", "The board decided on Tuesday to cut supply.")


def test_a_place_named_with_a_possessive_is_read_whole() -> None:
    a = "A fire tore through a Rohingya camp in Cox's Bazar today."
    c = kinds(a, "A fire tore through a Rohingya camp in Teknaf today.")["entity"]
    assert "Cox's Bazar" in c.explanation
    assert "entity" not in kinds("Okafor's Party won the vote in Lagos.", "Okafor's Party won the vote in Lagos state.")


def test_an_earlier_act_told_in_the_past_perfect_is_not_the_one_the_story_tells() -> None:
    a = "The Central Bank cut interest rates by 300 basis points to 38 percent yesterday."
    b = "In September the Central Bank of the Republic of Türkiye (CBRT) had cut by 200 basis points."
    assert not {"number", "date"} & set(kinds(a, b))
    # the past perfect of another clause ('than many had predicted') does not date the cut
    assert "date" not in kinds(a.replace("yesterday.", "yesterday, a larger move than many had predicted."), b)
    c = "The Central Bank had cut rates by two percentage points at its September meeting."
    assert "number" not in kinds("The Central Bank cut interest rates by 300 basis points.", c)
    # the past perfect on both sides, or the other side dated long before the page too: one act
    assert "number" in kinds("The bank cut rates by 300 basis points in September.", b)
    assert "date" in kinds("The bank cut rates on 3 September.", "The bank had cut rates on 10 September.")
    a = "Masdin had beaten Sikuan by 421 votes in the state polls on Nov 30, 2025."
    assert "number" in kinds(a, "Masdin won the seat by 412 votes in the Nov 29, 2025 state election.")


def test_an_office_and_its_deputy_are_two_offices_of_one_person() -> None:
    a = "Deputy Mayor Kenji Obuchi told reporters the city will cut property taxes."
    assert "entity" in kinds(a, "Inzai Mayor Kenji Obuchi said the city had no plans to cut taxes.")
    a = "Assistant coroner Rachel Spiers recorded a conclusion of accidental death."
    assert "entity" in kinds(a, "Senior coroner Rachel Spiers said the life jacket had failed.")
    # a deputy in office before, a word that only looks like a rank, or two fields one minister may hold
    a = "Former deputy mayor Kenji Obuchi told reporters the city will cut property taxes."
    assert "entity" not in kinds(a, "Inzai Mayor Kenji Obuchi said the city had no plans to cut taxes.")
    a = "Rakhimov trains at the Tashkent chess school under coach Bakhtiyor Nurmatov."
    assert "entity" not in kinds(a, "The federation congratulated the player and his coach Bakhtiyor Nurmatov.")
    a = "Environment Minister Albert Rösti said the government would implement the result."
    assert "entity" not in kinds(a, "Transport Minister Albert Rösti said the government would respect the result.")


def test_a_figure_half_a_unit_off_a_round_one_is_not_its_rounding() -> None:
    assert "number" in kinds("He was banned for six months.", "He was banned for one year.")
    assert "number" in kinds("The moratorium will last 18 months.", "The moratorium will last two years.")
    assert "number" in kinds("He was jailed for 3 years.", "He was jailed for 30 months.")
    assert "number" not in kinds("The war lasted 22 months.", "The war lasted two years.")
    assert "number" in kinds("He must return $2.5 million in prize money.", "He must repay $3 million in prize money.")
    assert "number" in kinds("The bank cut its key rate to 39 percent.", "The bank cut its key rate to 38.5%.")
    a = "Hanbit lost 215 billion won at the operating level."
    assert "number" not in kinds(a, "Hanbit posted an operating loss of 214.5 billion won.")


def test_the_month_may_is_no_modal_and_two_estimates_of_one_cost_meet() -> None:
    a = "The wildfire burned 18,000 hectares in May 2025."
    assert "number" in kinds(a, "The May 2025 fire burned 11,800 hectares.")
    assert "number" not in kinds("The project could cost $5 billion.", "The project cost $4 billion.")
    a = "The Games would cost about $9.1 billion, the study found."
    assert "number" in kinds(a, "A feasibility study put the cost of the Games at $7.2 billion.")
    a = "ONPE estimated the cost of the snap election at $480 million."
    assert "number" in kinds(a, "The snap election is expected to cost $520 million.")
    assert "number" not in kinds("His plan would cut Medicare by $800 billion.", "Obama has cut $716 billion.")


def test_a_sub_clause_of_a_law_is_no_count() -> None:
    a = "Under Article 76(4) of the constitution, the President must invite the parties."
    assert "number" not in kinds(a, "The President is expected to call on the parties under Article 76(2).")
    assert not [q for q in extract_facts("Section 5(2)(a) applies.", PUB).quantities if q.value == 2]


def test_a_task_deadline_lies_ahead_whatever_the_tense_of_its_setting() -> None:
    saturday = datetime(2026, 3, 14, 15, 20, tzinfo=timezone(timedelta(hours=2)))
    a = "Transport Minister Hisham Abdel-Rahman gave the investigation committee until 19 March to report."
    b = "Transport Minister Hisham Abdel-Rahman ordered an investigation committee to submit its report by Thursday."
    assert "date" not in kinds(a, b, saturday, saturday)
    assert "date" in kinds(a, b.replace("by Thursday", "by Friday"), saturday, saturday)
    c = "The committee submitted its report on Thursday."
    assert [t.label for t in extract_facts(c, saturday).times] == ["Thursday 12 Mar 2026"]


def test_a_count_read_earlier_in_the_day_against_one_so_far() -> None:
    a = "Earlier in the day, about 9,000 hectares had been treated, the official said."
    assert "number" not in kinds(a, "Teams have so far treated about 12,500 hectares from the air and the ground.")
    assert "number" in kinds("About 9,000 hectares were treated.", "Teams treated about 12,500 hectares.")


def test_a_body_told_as_of_the_other_sides_country_is_no_other_place() -> None:
    a = "The consortium will ship wheat a year to Mostakbal Misr, the Egyptian state agency that handles imports."
    assert "entity" not in kinds(a, "The trader will supply 1.5 mln t of wheat per year to Egypt.")
    assert "entity" in kinds(a, "The trader will supply 1.5 mln t of wheat per year to Morocco.")


def test_a_vote_side_told_by_its_verb_and_two_sides_are_no_part_and_total() -> None:
    a = "Eighty-seven lawmakers voted in favour and 21 voted against."
    assert "number" in kinds(a, "Seventy-eight lawmakers backed the bill, while 21 opposed it and nine abstained.")
    assert "number" in kinds(a, "The bill passed with 78 votes in favour, 21 against and 9 abstentions.")
    # an instalment and the total it makes are still no conflict
    assert "number" not in kinds("The club paid £52m plus £6m in add-ons.", "The fee could rise to £58m.")


def test_a_body_s_officers_and_ranks_joined_by_a_hyphen() -> None:
    a = "Keo Samnang, secretary-general of the Collective Union of Movement of Workers, said the rise was too small."
    b = "Keo Samnang, president of the Collective Union of Movement of Workers, called the increase an insult."
    assert "entity" in kinds(a, b)
    a = "Sok Pheap, vice-president of the Cambodian Labour Confederation, said workers had complained."
    assert "entity" in kinds(a, "Sok Pheap, president of the Cambodian Labour Confederation, said the union would act.")
    a = "BuCor Director General Gabriel Ramos said the trouble began after a quarrel."
    assert "entity" in kinds(a, "BuCor spokesperson Gabriel Ramos said the fight started over a game.")
    # a chair who is also president, and a professor who is vice-chancellor, hold both
    a = "Ana Ruiz, chairman of the Lagos branch of the PSN, spoke."
    assert "entity" not in kinds(a, "Ana Ruiz, president of the Lagos branch of the PSN, spoke.")
    a = "Professor Helen Marchbank, the vice-chancellor, said applications had dropped."
    assert "entity" not in kinds(a, "Vice-chancellor Professor Helen Marchbank called the decision hard.")


def test_a_firm_s_seat_told_by_its_city_without_a_seat_word() -> None:
    a = "One of them was built by Ananta Orbital, a Bengaluru start-up that makes radar satellites."
    assert "entity" in kinds(a, "One of them was a radar satellite from Hyderabad-based Ananta Orbital.")
    a = "The tender was won by Nordvane Systems of Tartu."
    assert "entity" in kinds(a, "The contract had gone to Nordvane Systems, a Tallinn-based company.")
    assert "entity" not in kinds(a, "The contract had gone to Nordvane Systems, a Tartu-based company.")
    # a titled person 'of' a city serves it; he is not based there as a firm is
    a = "On Saturday, Mayor Ed Murray of Seattle announced a ban on city employees traveling to Indiana."
    assert "entity" not in kinds(a, "Inslee cited the case of a Washington-based florist who was fined.")


def test_not_before_a_day_is_from_that_day() -> None:
    friday = datetime(2026, 3, 20, 10, tzinfo=timezone.utc)
    a = "Pupils in the township will not return to class before March 23."
    assert "date" not in kinds(a, "Schools in Kanyama will remain closed until 23 March.", friday, friday)
    assert "date" in kinds(a, "Pupils will return to class on March 20.", friday, friday)
    # a month not before is still read from its end ('will not open before May' / 'due to start in April')
    assert "date" in kinds("The mid-crop will not open before May.", "The mid-crop is due to start in April.")


def test_a_date_naming_an_event_is_the_nearest_such_day() -> None:
    friday = datetime(2026, 9, 25, 7, 15, tzinfo=timezone(timedelta(hours=2)))
    a = "The commission says it will recount votes in the September 22 Mzuzu City by-election."
    assert [t.label for t in extract_facts(a, friday).times] == ["Tuesday 22 Sep 2026"]


def test_a_thing_told_as_running_normally_against_one_told_as_stopped() -> None:
    a = "Passenger ferries to Rostock were not affected by the walkout."
    assert "negation" in kinds(a, "Several passenger ferry sailings to Rostock were cancelled because of the walkout.")
    a = "Tram services between Norte and Sul are continuing as normal."
    assert "negation" in kinds(a, "Tram services linking Norte with Sul were suspended on the orders of the council.")
    assert "negation" in kinds("The Orla hospital kept operating on generators.", "The Orla hospital was shut down.")
    # two things (general words, two places, the rest of a set), or two moments, are no conflict
    assert "negation" not in kinds("Rail services were not affected.", "Bus services were cancelled.")
    assert "negation" not in kinds("Flights at Ostrava ran as normal.", "Flights at Brno were cancelled.")
    assert "negation" not in kinds("The other terminals kept operating.", "The grain terminal was shut down.")
    a = "Trains between Aalborg and Aarhus were halted on Monday."
    assert "negation" not in kinds(a, "Trains between Aalborg and Aarhus ran normally on Wednesday.")
    assert "negation" not in kinds("Flights could be cancelled.", "Flights at Aarhus were not affected.")


def test_one_person_in_two_offices_of_territories_or_one_and_its_deputy() -> None:
    a = "Kutai regent Hendra Wibisono ordered the schools closed."
    assert "entity" in kinds(a, "East Kalimantan governor Hendra Wibisono ordered the schools closed.")
    a = "Deputy conciliator Anu Lepik met the two sides."
    assert "entity" in kinds(a, "National Conciliator Anu Lepik met the two sides.")
    a = "Deputy Superintendent Hiroshi Mori resigned."
    assert "entity" in kinds(a, "Nagano Prefectural Board of Education Superintendent Hiroshi Mori resigned.")
    # an office held before, or one office on both sides
    a = "Former mayor Hendra Wibisono ordered the schools closed."
    assert "entity" not in kinds(a, "East Kalimantan governor Hendra Wibisono ordered the schools closed.")
    a = "Kutai regent Hendra Wibisono ordered the schools closed."
    assert "entity" not in kinds(a, "Regent Hendra Wibisono of Kutai ordered the schools closed.")


def test_a_tally_against_the_counts_of_its_sides() -> None:
    a = "The assembly voted 41 to 19 to approve the budget."
    assert "number" in kinds(a, "The budget passed with 43 votes in favour and 17 against.")
    assert "number" in kinds(a, "Twenty-one deputies voted against the budget.")
    assert "number" in kinds("The vote was 41 to 19.", "The vote was 43 to 17.")
    assert "number" in kinds("The council approved it by nine votes to two.", "Councillors voted ten to one in favour.")
    # the same figures, a margin or a whole, and a count of thousands read whole, are no other tally
    assert "number" not in kinds(a, "The budget passed with 41 votes in favour and 19 against.")
    assert "number" not in kinds(a, "The budget passed by a majority of 22 votes.")
    assert "number" not in kinds(a, "A majority of 41 of the assembly's 60 members voted for it.")
    b = "The union won 3,412 votes to 1,208 for its rival."
    assert "number" in kinds(b, "The union received 3,421 votes, against 1,208 for its rival.")


def test_events_of_an_older_year_stand_apart_from_a_denial_today() -> None:
    a = "In 1883, a wave set off by the eruption killed thousands of people."
    assert "negation" not in kinds(a, "No deaths were reported, the agency said.")
    assert "negation" in kinds("The eruption killed two people.", "No deaths were reported, the agency said.")


def test_the_end_and_the_start_of_one_strike_and_talks_the_parties_are_called_to() -> None:
    assert "date" not in kinds("The strike will end on Friday.", "The strike began on Sunday.")
    a = "The conciliator has invited both sides to talks on Thursday."
    assert "date" not in kinds(a, "The conciliator said he would meet both sides on 12 November.")
    assert "date" in kinds(a, "The conciliator said he would meet both sides on 13 November.")
    assert "number" in kinds("Thirty volcanic quakes were recorded.", "Observers recorded 23 volcanic earthquakes.")


def test_a_stop_ahead_or_running_kept_up_and_one_thing_in_one_place() -> None:
    a = "The zinc smelter in Broken Hill will also close."
    assert "negation" in kinds(a, "The Broken Hill zinc smelter will not be affected by the closure.")
    assert "negation" in kinds("Route 44 buses will keep running.", "Route 44 buses will be suspended for the weekend.")
    a = "Train services between Kiruna and Narvik were suspended, a Banedanmark official said."
    assert "negation" in kinds(a, "Rail services on the Kiruna-Narvik line were not affected.")
    # one place, two things in it: whatever else is read, not one thing stopped and running
    c = kinds("Customers in Kassel-Nord will be affected in particular.", "Its head office in Kassel is not affected.")
    assert "negation" not in c or "unaffected" not in c["negation"].explanation


def test_an_appeal_is_a_challenge_a_trim_a_cut_and_deciding_against_is_a_denial() -> None:
    a = "The airline said it would not challenge the ruling."
    assert "negation" in kinds(a, "The airline said it would appeal the ruling.")
    assert "negation" in kinds("The budget was not cut this year.", "The budget was trimmed by a tenth this year.")
    a = "The ministry would not propose new levies this year."
    assert "negation" in kinds(a, "The ministry would introduce new levies this year.")
    assert "negation" not in kinds("Okafor decided against appealing the ban.", "Okafor will not appeal the ban.")
    assert "negation" in kinds("Okafor decided against appealing the ban.", "Okafor will appeal the ban.")


def test_a_possibility_left_open_against_its_denial() -> None:
    a = "The minister did not rule out rationing in Osh if the frost continues."
    assert "negation" in kinds(a, "The minister said rationing would not be introduced in Osh this winter.")
    a = "The operator did not rule out a cyberattack."
    assert "negation" in kinds(a, "The operator said the outage was not the result of a cyberattack.")
    # another act done to the noun, or the noun left open on both sides
    assert "negation" not in kinds("The bank did not rule out a rate rise.", "The bank did not discuss a rate rise.")
    assert "negation" not in kinds("Police did not rule out arson.", "Police said arson had not been ruled out.")


def test_a_persons_party_told_after_the_name_and_a_seat_told_as_headquarters() -> None:
    a = "Mayor Sabine Wendt of the CDU called for calm."
    assert "entity" in kinds(a, "Mayor Sabine Wendt, an SPD politician, called for calm.")
    assert "entity" in kinds("Sabine Wendt (FDP) called for calm.", "Green councillor Sabine Wendt called for calm.")
    assert "entity" not in kinds("Sabine Wendt (FDP) called for calm.", "Sabine Wendt of the FDP called for calm.")
    a = "The Financial Stability Council (FSC) met on Monday."
    assert "entity" not in kinds(a, "The Financial Stability Council (RSF) met on Monday.")
    a = "The builder, Tatra Stavby, has its headquarters in Poprad."
    assert "entity" in kinds(a, "Tatra Stavby is based in Košice.")


def test_a_decision_without_dissent_against_one_with_votes_against() -> None:
    a = "The party board approved the coalition deal without dissent."
    assert "negation" in kinds(a, "The party board backed the coalition deal with three votes against.")
    a = "The party board approved the coalition deal unanimously."
    assert "negation" in kinds(a, "The party board backed the coalition deal with three votes against.")
    assert "negation" not in kinds(a, "The party board backed the coalition deal with no votes against.")


def test_one_governor_of_two_provinces_each_against_together_and_setting_off() -> None:
    a = "Selim Aydogan, the governor of Mugla, said the search would go on."
    assert "entity" in kinds(a, "Aydin Governor Selim Aydogan said the search would go on.")
    assert "entity" not in kinds("Kadikoy Mayor Can Ersoy spoke.", "Kadıköy Mayor Can Ersoy spoke.")
    assert "entity" not in kinds("Wood Buffalo Mayor Ann Lee spoke.", "RMWB Mayor Ann Lee spoke.")
    assert "number" not in kinds("Each satellite weighs 52 kilograms.", "Together they weigh 208kg.")
    assert "number" in kinds("Each satellite weighs 52 kilograms.", "Each satellite weighs 48 kilograms.")
    a = "It departed Chandpur at 10:00pm on Monday."
    assert "date" in kinds(a, "The launch had left Chandpur at 9:00pm on Monday.")


def test_two_models_of_one_named_product_are_two_names() -> None:
    a = "The carrier used the four-booster Vega 64 version for this flight."
    assert kinds(a, "The carrier flew its Vega 62 configuration.").keys() == {"entity"}
    assert "number" in kinds("The storm was a Category 3 hurricane.", "The storm was a Category 4 hurricane.")
    assert "number" in kinds("PAGASA raised Signal 5 over Aurora.", "PAGASA said Signal 4 had been raised over Aurora.")


def test_a_count_of_a_compound_noun_ending_in_us_meets_the_same_count_told_with_of() -> None:
    # 'poliovirus' is no plural: the head of '11 wild poliovirus cases' is 'cases', as in '14 cases of wild poliovirus'
    c = compare_pair(
        "Pakistan has reported 11 wild poliovirus cases so far this year.",
        "The country has confirmed 14 cases of wild poliovirus so far this year.",
        PUB,
        PUB,
    )
    assert [(x.kind, x.value_a, x.value_b) for x in c] == [("number", "11", "14")]


def test_those_arrested_told_as_people_and_as_suspects_with_a_list_of_parts() -> None:
    # 'two KNEC officials' is one of the parts inside the 21, not a figure that adds 21 up to 23
    a = "Police have arrested 23 people, among them nine teachers, in Kisii and Migori counties."
    b = "Detectives have arrested 21 suspects, including nine teachers and two KNEC officials, over the leak."
    c = kinds(a, b)["number"]
    assert (c.value_a, c.value_b) == ("23", "21")
    # two parts of one list still add up to their whole
    a = "The regulator has blocked 42 apps under the new rules."
    b = "The regulator has blocked 42 mobile applications, including 36 lending apps and six betting apps."
    assert "number" not in kinds(a, b, None, None)
    # a part told beside a figure, not inside it, still makes a total ('£52m, with a further £6m')
    assert "number" not in kinds("The club paid £52m, with a further £6m in add-ons.", "The fee could rise to £58m.")


def test_an_office_set_off_by_a_comma_after_a_body_named_by_its_acronym() -> None:
    a = "ASUU president, Professor Adebayo Ogunleye, announced the action at a news conference in Abuja."
    b = "ASUU's vice-president, Professor Adebayo Ogunleye, declared the strike at the union's secretariat in Abuja."
    assert kinds(a, b).keys() == {"entity"}
    # a pro-rector is the rector's deputy
    a = "Pro-rector Hanne Lykke said she regretted that the board had been left out."
    assert kinds(a, "RUC rector Hanne Lykke said the board had not been consulted.").keys() == {"entity"}


def test_a_thing_ruled_out_against_the_same_thing_told_as_going_to_happen() -> None:
    ruled = "The commission has ruled out a rerun in the affected wards."
    c = kinds("A rerun will hold in the affected wards within two weeks, the commission said.", ruled)["negation"]
    assert c.norm_a == "planned: rerun" and c.norm_b == "ruled out: rerun"
    assert "negation" in kinds(
        "Talks with the rebels will resume next week.", "Officials have ruled out talks with the rebels."
    )
    # another thing of the same name, a condition, or a possibility left open: no conflict of this kind
    assert not kinds(
        "The government will hold talks with unions.", "The government has ruled out talks with the rebels."
    )
    assert not kinds("A rerun will be held if the court orders it.", "The commission has ruled out a rerun.")


def test_a_thing_said_not_to_be_of_a_kind_against_one_called_so() -> None:
    c = kinds(
        "Councillors cast their votes in a secret ballot.",
        "The ballot was not secret, with each councillor voting by name.",
    )
    assert c["negation"].value_b == "The ballot was not secret"
    assert "negation" in kinds("The meeting was not public.", "Residents attended a public meeting on Monday.")
    assert not kinds("The ballot was not secret.", "There was no secret ballot.")


def test_what_will_not_happen_against_the_same_told_as_what_will() -> None:
    c = kinds(
        "Inmates convicted of drug trafficking will not be freed.",
        "Prisoners convicted of drug offences will also be freed this year.",
    )
    assert c["negation"].norm_a.startswith("denied")
    # what will not happen still says nothing against what did
    assert "negation" not in kinds("The bridge will not be completed this year.", "The bridge was completed in 2019.")


def test_two_years_a_thing_should_be_or_is_due_to_be_finished_in() -> None:
    a = "The remaining stretch of the 24-kilometre line should be finished in 2027."
    assert kinds(a, "The full 24-kilometre line is due to be finished in 2028.").keys() == {"date"}
    # a year to come against a year gone: two occasions
    assert not kinds("The line will be finished in 2027.", "The line was launched in 2026.")


def test_a_tally_against_the_count_told_voting_against() -> None:
    a = "ACB clubs approved a salary cap on Monday by 14 votes to four."
    b = "Fifteen of the 18 ACB clubs backed a salary cap in Monday's vote, with three voting against."
    c = kinds(a, b)["number"]
    assert (c.value_a, c.value_b) == ("14 votes to four", "three")


def test_power_in_megawatts_against_gigawatts() -> None:
    a = "It will have a capacity of 1,000 megawatts."
    assert kinds(a, "The farm will have a capacity of 1.2 gigawatts.").keys() == {"number"}
    assert not kinds("It will have a capacity of 1,200 megawatts.", "The farm will have a capacity of 1.2 gigawatts.")


def test_two_largest_sizes_told_are_two_maxima() -> None:
    a = "Hailstones up to six centimetres in diameter fell in Gersthofen."
    assert kinds(a, "Hailstones as large as five centimetres smashed roof tiles in Gersthofen.").keys() == {"number"}
    assert not kinds(a, "Hailstones as large as six centimetres smashed roof tiles in Gersthofen.")


def test_an_office_set_off_by_a_comma_after_a_place_in_the_possessive() -> None:
    a = "Beira's mayor, Albano Carige, said the city's main hospital was operating on generators."
    assert kinds(a, "Beira governor Albano Carige said the city's hospital was relying on generators.").keys() == {
        "entity"
    }


def test_a_thing_a_rule_leaves_out_against_the_rule_reaching_it() -> None:
    covered = "The ban also extends to parboiled rice, officials confirmed."
    for left_out in (
        "Parboiled rice has been left out of the ban.",
        "Parboiled rice is not covered by the ban, it said.",
    ):
        assert kinds(left_out, covered).keys() == {"negation"}
    # another thing of the same kind, or a part of the thing
    assert not kinds("Basmati rice is exempt from the ban.", "The ban also extends to parboiled rice.")
    assert not kinds(
        "Small shops are exempt from the new tax.", "The tax applies to small shops with more than five staff."
    )


def test_two_route_numbers_are_two_routes() -> None:
    a = "A Route 16 tram smashed into a truck in St Kilda yesterday morning."
    assert kinds(a, "A Route 96 tram collided with a delivery truck in St Kilda on Monday morning.").keys() == {
        "entity"
    }


def test_one_moment_told_with_the_same_hour_on_two_days() -> None:
    a = "The rocket took off from the launch site at 6:12 am on Monday."
    b = "The rocket lifted off from the Satish Dhawan Space Centre at 6:12 am on Tuesday."
    assert kinds(a, b).keys() == {"date"}


def test_a_party_that_abstained_against_its_vote_told_one_way() -> None:
    a = "The Socialist Party abstained, allowing the budget to pass."
    assert kinds(a, "The Socialist Party voted against the budget but it passed anyway.").keys() == {"negation"}


def test_one_person_said_to_survive_and_to_die() -> None:
    a = "The driver, Julio Cesar Quispe, 42, survived with a broken leg."
    assert kinds(a, "The driver, Julio Quispe, was among those killed.").keys() == {"negation"}
    # another subject: two people
    assert not kinds("The pilot survived the crash.", "Two passengers died in the crash.")


def test_a_price_in_zloty_written_with_its_polish_letter() -> None:
    a = "The union says wheat now sells for about 650 złoty per tonne, well below production costs."
    c = kinds(a, "Wróblewski said that wheat was selling for 750 zloty per tonne, less than it costs to grow.")
    assert (c["number"].value_a, c["number"].value_b) == ("about 650 złoty", "750 zloty")


def test_a_run_told_with_a_cardinal_against_another() -> None:
    a = "The Drewry World Container Index has climbed for five straight weeks."
    b = "The World Container Index compiled by Drewry has now climbed for four weeks in a row."
    c = kinds(a, b)["number"]
    assert (c.value_a, c.value_b) == ("five straight weeks", "four weeks in a row")
    assert not kinds(a, "The index has risen for five weeks in a row.")


def test_general_secretary_is_secretary_general() -> None:
    a = "UTA general secretary Ramiro Ocampo said the union would not call off the strike."
    assert not kinds(a, "UTA secretary general Ramiro Ocampo said the union would not call off the stoppage.")
    assert "entity" in kinds(
        a, "UTA deputy general secretary Ramiro Ocampo said the union would not call off the stoppage."
    )


def test_a_measure_with_its_unit_joined_by_a_hyphen_in_centimetres() -> None:
    a = "Engineers found a 14-centimetre crack in the primary mirror."
    assert kinds(a, "A crack about 11 centimetres long in the primary mirror has halted observations.").keys() == {
        "number"
    }


def test_depute_is_a_rank() -> None:
    a = "Council leader Fiona Marr said the authority could not afford the demands."
    assert kinds(a, "Depute council leader Fiona Marr described the claim as unaffordable.").keys() == {"entity"}


def test_two_chief_officers_of_one_company_given_one_person() -> None:
    a = "Chief investment officer Ingrid Solheim admitted that the fund had trusted the rating too much."
    assert kinds(a, "Chief executive Ingrid Solheim said the fund had relied too heavily on the rating.").keys() == {
        "entity"
    }
    # one office told two ways, or one told as interim, or two companies named
    assert not kinds("Chief executive Ingrid Solheim said so.", "Chief executive officer Ingrid Solheim said so.")
    assert not kinds(
        "The notice was signed by chief finance officer Helen Okafor.",
        "It was signed by interim chief executive Helen Okafor.",
    )
    assert not kinds(
        "Ingrid Solheim, chief executive of Statkraft, said so.",
        "Ingrid Solheim, chief financial officer of Equinor, said so.",
    )


def test_seats_told_as_mandates() -> None:
    a = "The Social Democrats hold 23 mandates and the People's Party 11."
    c = kinds(a, "The Social Democrats have 25 seats, the OVP 11.")["number"]
    assert (c.value_a, c.value_b) == ("23", "25")


def test_a_place_in_a_ranking_told_by_a_move_to_it() -> None:
    assert kinds("The United States fell to 57th place.", "The United States dropped to 55th.").keys() == {"number"}
    assert kinds("France climbed to 23rd.", "France rose to 21st.").keys() == {"number"}
    assert not kinds("France climbed to 23rd.", "France rose to 23rd place.")


def test_a_share_of_a_vote_owned_by_a_possessive() -> None:
    a = "Dana Whitlock won the party leadership with 61 per cent of the vote."
    c = kinds(a, "Dana Whitlock was chosen as leader, beating Ivo Marsh with 64% of the delegates' vote.")["number"]
    assert (c.value_a, c.value_b) == ("61 per cent", "64%")
    assert not kinds(a, "Dana Whitlock was chosen as leader with 61% of the delegates' vote.")


def test_a_controllers_given_name_told_two_ways() -> None:
    a = "Incident controller Greg Ashbourne said crews had held the southern flank overnight."
    c = kinds(a, "Regional incident controller Simon Ashbourne said the southern flank had held.")["entity"]
    assert (c.value_a, c.value_b) == ("Greg Ashbourne", "Simon Ashbourne")
    assert not kinds(a, "Incident controller Gregory Ashbourne said the southern flank had held.")


def test_a_firms_seat_told_by_a_city_before_its_kind_and_name() -> None:
    a = "The bridge deck was cast by Perth-based Coastline Civil."
    c = kinds(a, "Adelaide firm Coastline Civil cast the bridge deck in sections.")["entity"]
    assert (c.value_a, c.value_b) == ("Perth", "Adelaide")
    assert not kinds(a, "Perth firm Coastline Civil cast the bridge deck in sections.")


def test_a_thing_kept_against_lost_and_a_service_going_on_against_suspended() -> None:
    a = "Councillor Ruth Penhale kept her seat in the ward by 40 votes."
    assert kinds(a, "Councillor Ruth Penhale lost her seat in the ward.").keys() == {"negation"}
    assert not kinds("Councillor Ruth Penhale kept her seat.", "Her party lost nine seats across the county.")
    b = "The night bus service is continuing throughout the dispute."
    assert kinds(b, "The night bus service has been suspended for the length of the dispute.").keys() == {"negation"}
    assert not kinds("Ferry sailings are continuing after they resumed at noon.", "Ferry sailings were suspended.")
    # a verb carried by 'continue', and both states told on one side: a sequence or two things
    assert not kinds("Fares continued to rise in May.", "Fare increases were suspended in May.")
    assert not kinds(
        "Loading at the quay had been paused but dredging continued.", "Loading at the quay was suspended on Monday."
    )


def test_a_party_clipped_in_every_word_is_the_same_party() -> None:
    a = "Support moved from the Conservatives to the Liberal Democrats in the ward."
    assert not kinds(a, "Support moved from the Conservatives to the Lib Dems in the ward.")
    assert "entity" in kinds(a, "Support moved from the Conservatives to the Greens in the ward.")


def test_a_count_standing_at_the_page_against_one_by_an_hour_of_the_day_before() -> None:
    evening = datetime(2026, 2, 10, 18, 0, tzinfo=timezone(timedelta(hours=11)))
    next_noon = datetime(2026, 2, 11, 12, 0, tzinfo=timezone(timedelta(hours=11)))
    a = "Rural Fire Service crews said the blaze had burnt about 420 hectares by 4pm."
    b = "The blaze has burnt about 900 hectares since Monday."
    assert not kinds(a, b, evening, next_noon)


def test_two_years_of_a_first_election() -> None:
    a = "The 61-year-old was first elected in 2011."
    c = kinds(a, "Haworth, 61, was first elected to the assembly in 2016.")["date"]
    assert (c.value_a, c.value_b) == ("2011", "2016")
    assert not kinds(a, "Haworth, 61, was re-elected in 2016.")


def test_a_thing_denied_to_have_undergone_an_act_against_someone_doing_it_to_that_thing() -> None:
    a = "The ferry's operating certificate was not revoked."
    c = kinds(a, "The regulator revoked the ferry's operating certificate on Monday.")["negation"]
    assert c.confidence >= 0.8

    def doubtful(x: str, y: str) -> bool:  # nothing found, or only below any kind's floor
        return all(c.confidence < 0.6 for c in kinds(x, y).values())

    # affirmed in the passive and denied in the active: someone else may have done it
    assert doubtful("A letter was sent to the minister.", "She did not send a letter to the minister.")
    # an infinitive or a gerund tells no act done
    assert doubtful("A settlement could not be reached.", "Both sides met in order to reach a settlement.")
    assert doubtful("Pensioners would not be affected.", "The rules cover policies affecting pensioners.")


def test_cleared_of_a_charge_against_convicted_of_it() -> None:
    a = "The second accused, Owen Tully, 34, was cleared of dangerous driving."
    assert kinds(a, "Owen Tully, 34, was convicted of dangerous driving.").keys() == {"negation"}
    assert not kinds("Crews cleared the motorway by noon.", "A driver was convicted of dangerous driving.")


def test_an_office_before_a_professors_title_and_a_deputy_of_a_vice_office() -> None:
    a = "Vice-chancellor Professor Alan Meiklejohn said the cuts were unavoidable."
    c = kinds(a, "Deputy vice-chancellor Alan Meiklejohn said the cuts could not be avoided.")["entity"]
    assert (c.value_a, c.value_b) == ("vice chancellor", "deputy vice chancellor")
    assert not kinds(a, "Vice-chancellor Alan Meiklejohn said the cuts could not be avoided.")


def test_two_police_ranks_given_one_officer() -> None:
    a = "Detective Chief Superintendent Morag Baird said the inquiry was continuing."
    assert kinds(a, "Detective Chief Inspector Morag Baird said the inquiry went on.").keys() == {"entity"}
    assert kinds(
        "Detective Inspector Morag Baird said so.", "Detective Chief Inspector Morag Baird said so."
    ).keys() == {"entity"}
    assert not kinds(a, "Det Chief Supt Morag Baird said the inquiry went on.")
    assert not kinds(a, "Former Detective Chief Inspector Morag Baird said the inquiry went on.")


def test_last_season_just_ended_may_be_this_years_or_the_one_before() -> None:
    june = datetime(2026, 6, 12, 12, 0, tzinfo=timezone.utc)
    a = "Doyle was charged last spring after a tenant complained."
    assert not kinds(a, "Doyle was charged in April 2025 after one tenant went to police.", june, june)
    assert not kinds(a, "Doyle was charged in April 2026 after one tenant went to police.", june, june)
    assert kinds(a, "Doyle was charged in April 2024 after one tenant went to police.", june, june).keys() == {"date"}


def test_a_month_of_a_court_step_awaited_lies_ahead() -> None:
    march = datetime(2026, 3, 18, 12, 0, tzinfo=timezone.utc)
    a = "Pryce was released on bail until sentencing in May."
    assert not kinds(a, "Pryce will be sentenced in May, the court heard.", march, march)
    assert kinds(a, "Pryce will be sentenced in June.", march, march)["date"].norm_a.startswith("[2026-05-01")


def test_an_age_told_by_its_decade() -> None:
    a = "A woman in her 60s was taken to hospital with burns."
    assert kinds(a, "A woman in her 50s was taken to hospital with burns.").keys() == {"number"}
    assert kinds("A woman in her late 60s was hurt.", "A 61-year-old woman was hurt.").keys() == {"number"}
    assert not kinds(a, "A 64-year-old woman was taken to hospital with burns.")
    # a man's decade is not a girl's age, nor a woman's
    assert not kinds("The teacher met a 15-year-old girl in 1981.", "He was in his 40s when he met the girls.")
    assert not kinds("A man in his 60s was hurt.", "A 52-year-old woman was hurt.")


def test_a_deputy_and_an_assistant_of_one_office_are_two_seconds() -> None:
    a = "Deputy commissioner Irene Falk said the figures were disappointing."
    assert kinds(a, "Assistant commissioner Irene Falk said the figures disappointed.").keys() == {"entity"}
    assert not kinds("Vice-chair Irene Falk said so.", "Deputy chair Irene Falk said so.")


def test_the_day_of_a_strike_called_lies_ahead_of_the_calling() -> None:
    tuesday = datetime(2026, 2, 17, 10, 0, tzinfo=timezone.utc)
    a = "Baggage handlers will walk out for 24 hours on February 19th, the union announced."
    assert not kinds(
        a, "The union has called a 24-hour strike at Dutch airports on Thursday over pay.", tuesday, tuesday
    )
    assert kinds(a, "The union has called a 24-hour strike at Dutch airports on Friday over pay.", tuesday, tuesday)


def test_a_participle_after_a_determiner_is_no_past_tense() -> None:
    from reconcile.facts import extract_facts

    april = datetime(2026, 4, 14, 12, 0, tzinfo=timezone.utc)
    text = "The firm intends to close its defined benefit scheme to new members at the end of June."
    assert [t.label for t in extract_facts(text, april).times] == ["end of Jun 2026"]
    # a past verb still reads as past: 'closed' after a noun
    text = "The firm closed its scheme to new members at the end of June."
    assert [t.label for t in extract_facts(text, april).times] == ["end of Jun 2025"]


def test_a_part_of_a_whole_with_an_adjective_before_the_whole() -> None:
    a = "The crash left only two eastbound lanes open."
    assert not kinds(
        "The crash left only two eastbound lanes open.", "Only two of the usual four eastbound lanes are open."
    )
    assert kinds(a, "Only three of the usual four eastbound lanes are open.").keys() == {"number"}


def test_two_measures_of_one_supply_are_two_figures() -> None:
    a = "The city's supply is 410,000 cubic metres a day."
    assert not kinds(a, "The city faces a daily shortfall of about 300,000 cubic metres.")
    assert kinds(
        "Officials put the daily shortfall at about 300,000 cubic metres.",
        "The daily deficit is 250,000 cubic metres, officials said.",
    ).keys() == {"number"}


def test_a_deputy_general_manager_against_the_general_manager() -> None:
    a = "MWRA deputy general manager Tomas Rivera said the district was ready."
    b = "Metro Water Resources Authority general manager Tomas Rivera said the district had prepared."
    assert kinds(a, b).keys() == {"entity"}
    assert not kinds(a, "MWRA deputy general manager Tomas Rivera said the district had prepared for years.")


def test_a_test_returned_positive_against_negative() -> None:
    a = "The driver returned a negative roadside drug test, police said."
    assert kinds(a, "The driver returned a positive roadside drug test.").keys() == {"negation"}
    assert not kinds(a, "The driver returned a negative roadside drug test at the scene.")


def test_a_month_just_outside_a_season_is_within_its_loose_edges() -> None:
    october = datetime(2026, 10, 10, 12, 0, tzinfo=timezone.utc)
    a = "A cull of 400 red deer is to begin in the national park next month."
    assert not kinds(
        a, "About 400 red deer are to be culled in the national park over the coming winter.", october, october
    )
    b = "A cull of 400 red deer is to begin in the national park in October."
    assert kinds(
        b, "About 400 red deer are to be culled in the national park over the coming winter.", october, october
    )


def test_an_investigation_denied_against_one_opened_or_under_way() -> None:
    a = "The Marine Accident Investigation Branch said it was not investigating the grounding."
    assert kinds(a, "The Marine Accident Investigation Branch has opened an inquiry into the grounding.").keys() == {
        "negation"
    }
    b = "The Rail Safety Board said it would not open a formal investigation."
    assert kinds(b, "The Rail Safety Board said it was investigating what happened.").keys() == {"negation"}
    # a probe denied only as of a kind, one told as a possibility, or two bodies
    assert not kinds(
        "Officers said they were not investigating the fall as suspicious, Thames Valley Police said.",
        "Thames Valley Police have opened an investigation into the fall.",
    )
    assert not kinds(b, "The Rail Safety Board said it could investigate what happened.")
    assert not kinds(b, "The Office of Rail and Road said it was investigating what happened.")


def test_a_denial_on_a_condition_told_after_a_decimal_figure() -> None:
    a = "Councils need a local vote to raise rents by more than 3.5% a year."
    assert not kinds(a, "Councils cannot raise rents by more than 3.5 per cent a year without a local vote.")


def test_an_office_over_one_field_against_the_chief_executive_or_another_field() -> None:
    a = "Harbourline Energy head of customer services Priya Nandakumar said crews would work through the night."
    c = kinds(a, "Harbourline Energy chief executive Priya Nandakumar said crews would work through the night.")
    assert c.keys() == {"entity"} and "head of customer services" in c["entity"].explanation
    b = "Tomas Ferreira, the county council's director of housing and planning, said repairs would take weeks."
    assert kinds(b, "County council chief executive Tomas Ferreira said the repairs would take weeks.").keys() == {
        "entity"
    }
    d = "Westgate Rail chief economist Ines Marlow said fares would rise in January."
    assert kinds(d, "Westgate Rail head of strategy Ines Marlow said fares would rise in January.").keys() == {"entity"}
    e = "Orla Brennan, chief operating officer of Kilbride Foods, said the plant would reopen."
    assert kinds(e, "Its chief executive, Orla Brennan, said the plant would reopen.").keys() == {"entity"}
    # a field both offices share, a field told with a preposition, the head of a body named, one office told twice
    f = "Harbourline Energy general manager of operations Priya Nandakumar said a pump had failed."
    assert not kinds(f, "Harbourline Energy chief operating officer Priya Nandakumar said a pump had failed.")
    g = "Jane Okoro, head of security at the plant, said the site was safe."
    assert not kinds(g, "The plant's manager, Jane Okoro, said the site was safe.")
    h = "Kash Rowe, director of the agency, said the inquiry would finish soon."
    assert not kinds(h, "Agency chief executive Kash Rowe said the inquiry would finish soon.")
    assert not kinds(a, "Priya Nandakumar, Harbourline Energy's head of customer services, said crews would work on.")


def test_the_debts_a_body_entered_administration_with_are_what_it_owes() -> None:
    a = "Rovers have gone into administration with debts of about £9 million."
    assert kinds(a, "Rovers have gone into administration owing £12 million.").keys() == {"number"}
    assert not kinds(a, "Rovers have gone into administration owing £9 million.")


def test_a_cost_estimated_against_a_cost_expected() -> None:
    a = "The repairs are expected to cost almost half a million pounds."
    assert kinds(a, "The repairs are estimated to cost £540,000.").keys() == {"number"}
    assert not kinds(a, "The repairs are estimated to cost £480,000.")


def test_a_strike_and_a_walkout_are_one_stoppage() -> None:
    a = "Staff at the college walked out on 9 November at the start of a 10-day strike."
    assert kinds(a, "Lecturers at the college began a five-day walkout on Monday over pay.").keys() == {"number"}
    assert not kinds(a, "Lecturers at the college began a ten-day walkout on Monday over pay.")


def test_a_level_reached_this_year_against_a_level_told_without_a_span() -> None:
    a = "The national pass rate was 74.7%, the exam board said."
    assert kinds(a, "The national pass rate climbed to 77.4% this year, the exam board said.").keys() == {"number"}
    assert not kinds(a, "The national pass rate climbed to 74.7% this year, the exam board said.")
    # a change over the year is another figure than the level
    assert not kinds(a, "The national pass rate rose 2.1% this year, the exam board said.")


def test_the_doer_denying_what_it_says_was_done() -> None:
    floor = Settings().discrepancy_min_confidence["negation"]
    a = "The university said compulsory redundancies had been ruled out."
    assert kinds(a, "The university has not ruled out compulsory redundancies.")["negation"].confidence >= floor
    # someone else saying it was done leaves the doer's denial another claim
    b = kinds(
        "Union leaders said compulsory redundancies had been ruled out.",
        "The university has not ruled out compulsory redundancies.",
    )
    assert "negation" not in b or b["negation"].confidence < floor


def test_a_release_told_as_the_sentences_own_act() -> None:
    wed = datetime(2026, 11, 4, 13, 0, tzinfo=timezone.utc)
    a = "The inspection report on the school was published on Wednesday."
    c = kinds(a, "The inspection report on the school was published on Tuesday.", wed, wed)
    assert c.keys() == {"date"}
    # the release of figures that tell of something else dates the saying, not what the figures tell
    assert not kinds(
        "Figures released on Wednesday showed 120 pupils were absent.",
        "Figures released on Tuesday showed 120 pupils were absent.",
        wed,
        wed,
    )


def test_the_tories_are_the_conservatives() -> None:
    a = "Morag Lennie was yesterday named the new leader of the Welsh Tories."
    assert not kinds(a, "Morag Lennie is the new leader of the Welsh Conservatives after the ballot.")
    assert kinds(a, "Morag Lennie is the new leader of Welsh Labour after the ballot.").keys() == {"entity"}


def test_a_director_or_manager_of_a_field_named_before_the_office() -> None:
    a = "Finance director Petra Lowrie blamed higher energy bills for the fall in profit."
    c = kinds(a, "Chief executive Petra Lowrie blamed higher energy bills for the fall in profit.")
    assert c.keys() == {"entity"} and "director of finance" in c["entity"].explanation
    b = "Its operations director, Ivo Marsden, said the offer was the best the firm could afford."
    assert kinds(
        b, "Ivo Marsden, the company's managing director, said the offer was the best it could afford."
    ).keys() == {"entity"}
    # one field office told twice, and two holders of one field office
    assert not kinds(a, "Petra Lowrie, the group's finance director, blamed higher energy bills.")
    d = "The trust's medical director, Dr Ana Ruiz, said staff were under pressure."
    assert kinds(d, "Dr Tom Bell, the trust's medical director, said staff were under pressure.").keys() == {"entity"}


def test_mineworkers_are_miners() -> None:
    a = "Eleven mineworkers have been confirmed dead after a cage fell at the gold mine."
    assert kinds(a, "Nine miners died after a cage fell at the gold mine, the operator confirmed.").keys() == {"number"}
    assert not kinds(a, "Eleven miners died after a cage fell at the gold mine, the operator confirmed.")


def test_a_station_that_records_and_a_reading_taken_at_it() -> None:
    a = "Shannon Airport recorded 89mm of rain over the 24-hour period."
    assert kinds(a, "Met Éireann measured 98mm of rain at Shannon Airport in 24 hours.").keys() == {"number"}
    # two doers, each with a count of its own, stay apart
    assert not kinds(
        "Harlow made 38 saves in a losing effort.", "Dunne made 31 saves and Harlow stopped 38 shots at the other end."
    )


def test_one_person_named_as_two_given_names() -> None:
    a = "The man who died has been named locally as Callum Reddy."
    assert kinds(a, "The dead man was named as Connor Reddy.").keys() == {"entity"}
    # a second person of one family, or one given name shortened
    assert not kinds(a, "His brother was named as Connor Reddy.")
    assert not kinds("The man who died was named as Jim Reddy.", "The dead man was named as James Reddy.")


def test_a_limit_set_at_a_figure_against_a_limit_named_after_it() -> None:
    a = "A 30mph limit will remain on the slip roads throughout the work."
    assert kinds(a, "Speed limits on the slip roads will stay at 40mph.").keys() == {"number"}
    assert not kinds(a, "Speed limits on the slip roads will stay at 30mph.")
    # a reading against the limit set for it stays apart
    assert not kinds("The lorry was doing 48mph.", "The lorry was above the 30mph limit.")


def test_a_count_by_the_end_of_the_event_is_its_total() -> None:
    a = "By the time the blaze was under control, 24 flats had been destroyed."
    assert kinds(a, "In all, 42 flats were destroyed.").keys() == {"number"}
    # a count along the way is still a reading of its own moment
    assert not kinds("By noon, 24 flats had been destroyed.", "In all, 42 flats were destroyed.")


def test_a_maximum_against_a_maximum_or_a_cap() -> None:
    a = "The deal will permit exports of up to 8 million tonnes of ore a year."
    assert kinds(a, "The agreement sets an annual export quota of five million tonnes of ore.").keys() == {"number"}
    assert not kinds(a, "The agreement sets an annual export quota of eight million tonnes of ore.")
    # a maximum holds any amount below it that is no cap
    assert not kinds(a, "Last year the country exported five million tonnes of ore.")


def test_a_start_told_with_its_year_and_with_since() -> None:
    a = "The contractor, based in Ely, started on site in January 2024."
    assert kinds(a, "The contractor has been working on the site since January 2025.").keys() == {"date"}
    assert not kinds(a, "The contractor has been working on the site since January 2024.")
    # a year of another act than the start is another occasion
    assert not kinds("The contractor was fined in January 2024.", "The contractor has worked on the site since 2025.")


def test_two_streets_named_by_their_ordinals_are_two_places() -> None:
    c = kinds(
        "The block is near 43rd Avenue and Indian School Road.",
        "The block sits near 35th Avenue and Indian School Road.",
    )
    assert c.keys() == {"entity"}
    # a floor is a place in a series, a number
    assert kinds("The fire started on the third floor.", "The fire started on the fourth floor.").keys() == {"number"}


def test_a_place_told_after_a_time_ahead() -> None:
    a = "The joint commission will meet next spring in Berlin."
    assert kinds(a, "The joint commission will meet in Hamburg in March 2027.").keys() == {"entity"}
    assert not kinds(a, "The joint commission will meet in Berlin in March 2027.")


def test_a_place_told_with_another_name_of_its_own() -> None:
    a = "The two ships collided near Huangyan Island, known in the Philippines as Scarborough Shoal."
    assert not kinds(a, "The two ships collided near Bajo de Masinloc on Monday.")
    assert kinds(
        "The two ships collided near Huangyan Island.", "The two ships collided near Bajo de Masinloc."
    ).keys() == {"entity"}


def test_a_sum_with_its_multiplier_joined_by_a_hyphen_after_a_bare_currency_letter() -> None:
    a = "The province says the new ambulance fleet cost R240 million."
    assert kinds(a, "The new ambulance fleet cost R210-million, the department's head said.").keys() == {"number"}
    assert not kinds(a, "The new ambulance fleet cost R240-million, the department's head said.")


def test_an_act_denied_as_an_intent() -> None:
    floor = Settings().discrepancy_min_confidence["negation"]
    a = "The defendant's lawyer said she did not plan to appeal the verdict."
    assert kinds(a, "The defendant's lawyer said they will appeal the verdict.")["negation"].confidence >= floor
    # an expectation denied is no denial of what came of it
    assert not kinds("The striker did not expect to score.", "The striker scored twice in the second half.")


def test_a_band_is_no_reading_of_the_rate_it_bounds() -> None:
    a = "Trimmed mean inflation rose to 3.3 per cent in the September quarter."
    b = "Trimmed mean inflation accelerated to 3.5 per cent in the September quarter, above the 2 to 3 per cent band."
    assert kinds(a, b).keys() == {"number"}
    assert not kinds(a, b.replace("3.5 per cent", "3.3 per cent"))


def test_one_span_told_with_two_starts_is_no_two_periods() -> None:
    a = "He accepted $216,000 in bribes between 2019 and 2023."
    c = kinds(a, "He took $612,000 in bribes from 2020 to 2023, prosecutors said.", None, None)
    assert c.keys() == {"number", "date"}
    # each period's own figure stays apart
    assert not kinds("Inflation averaged 2.8% in 2024.", "Inflation averaged 2.4% in 2025.", None, None)


def test_a_margin_against_a_tally_of_one_vote() -> None:
    a = "The assembly backed the bill by 79 votes to 26."
    assert kinds(a, "The bill passed its second stage in the assembly by a margin of 17 votes.").keys() == {"number"}
    assert not kinds(a, "The bill passed its second stage in the assembly by a margin of 53 votes.")
    # a part of the whole, a tally written as a majority, and a winner's margin against a total stay apart
    assert not kinds(
        "A majority of 21 of the council's 31 members voted to pause the plan.",
        "The council voted by 21 votes to 10 to pause the plan.",
    )
    assert not kinds("The court ruled against the firm by a majority of four to one.", "It lost by four votes to one.")
    assert not kinds("Nurul Ain won by 6,417 votes.", "Nurul Ain polled 19,882 votes.")


def test_a_plea_admitted_against_a_plea_denied() -> None:
    a = "The manager accepted the misconduct charge but asked for a personal hearing."
    assert kinds(a, "The manager denied the misconduct charge at a hearing by video link.").keys() == {"negation"}
    # no charge after the verbs: no plea
    assert not kinds("The widely accepted account annoyed the minister.", "The minister has denied saying that.")


def test_one_end_told_as_lasting_until_a_day_and_as_ending_on_another() -> None:
    thu = datetime(2026, 11, 26, 11, 0, tzinfo=timezone.utc)
    a = "The pipeline outage is expected to last until Sunday, the operator said."
    c = kinds(a, "The operator expects the outage to end on Friday.", thu, thu)
    # the Sunday ahead: 'last until Sunday' is the verb 'last', not 'last Sunday'
    assert c.keys() == {"date"} and "29 Nov" in c["date"].explanation
    assert not kinds(a, "The operator expects the outage to end on Sunday.", thu, thu)


def test_an_end_said_to_lie_ahead_is_ahead_of_the_saying() -> None:
    tue = datetime(2026, 8, 11, 9, 0, tzinfo=timezone.utc)
    a = "The forecaster said the heat would last until at least Friday."
    assert not kinds(a, "The forecaster said the heatwave would continue at least until 14 August.", tue, tue)
    assert kinds(a, "The forecaster said the heatwave would continue at least until 21 August.", tue, tue).keys() == {
        "date"
    }


def test_a_plan_told_as_overtaken_against_the_plan_now() -> None:
    a = "The ferry is now expected to enter service in spring 2027."
    assert not kinds(a, "It was due to enter service in 2021 and is now five years late.", None, None)
    # a plan told with 'was due to' alone may still hold
    b = "A replacement plane was due to leave for Frankfurt on Tuesday afternoon."
    assert kinds(b, "A replacement plane would take the passengers to Frankfurt on Wednesday.").keys() == {"date"}


def test_a_deputy_of_a_chief_of_one_field() -> None:
    a = "Met Office deputy chief meteorologist Helen Carrow said the storm had deepened quickly."
    assert kinds(a, "Met Office chief meteorologist Helen Carrow said the storm had deepened quickly.").keys() == {
        "entity"
    }
    assert not kinds(a, "Helen Carrow, the Met Office's deputy chief meteorologist, said the storm had deepened.")


def test_a_shadow_secretary_speaks_for_the_party() -> None:
    a = "Conservative shadow housing secretary Tom Reddaway said the bill would drive landlords out."
    assert not kinds(a, "Tom Reddaway, the Conservative spokesman on housing, called the bill an attack.")
    assert kinds(a, "The Liberal Democrat housing spokesperson, Tom Reddaway, said the bill went too far.").keys() == {
        "entity"
    }


def test_flats_and_units_are_homes_and_backbenchers_are_mps() -> None:
    a = "Fifteen per cent of the units will be offered as affordable rentals."
    assert kinds(a, "Under the consent, 10 per cent of the apartments must be let as affordable housing.").keys() == {
        "number"
    }
    b = "14 Labour backbenchers defied the whip over tenancy deposits."
    assert kinds(b, "Nineteen Labour MPs voted against the whip on the deposits amendment.").keys() == {"number"}


def test_a_figure_bounded_from_below_and_from_above() -> None:
    a = "Nearly 1,500 Rohingya have landed in Aceh this year, according to UNHCR."
    assert kinds(a, "More than 1,500 Rohingya have landed in Aceh this year, officials said.").keys() == {"number"}
    assert not kinds(a, "About 1,480 Rohingya have landed in Aceh this year, officials said.")
    # one limit told from both sides, and a conversion's rounding
    assert not kinds(
        "Owners were told to keep charging below 80 percent.", "Owners were told not to charge above 80 percent."
    )
    assert not kinds(
        "Nearly 24 inches (610 millimeters) of rain fell in 48 hours.", "More than 600 mm of rain fell in 48 hours."
    )


def test_survivors_are_people_and_a_deal_is_a_contract() -> None:
    a = "Three of the survivors were flown to hospital in Calais by helicopter."
    assert kinds(a, "Two people were flown by helicopter to hospital in Calais.").keys() == {"number"}
    b = "The city approved a $83 million deal with a private hauler to collect trash in the east."
    assert kinds(
        b, "The city awarded a $38 million contract to a private hauler to collect trash in the east."
    ).keys() == {"number"}


def test_an_act_denied_after_its_verb() -> None:
    a = '"Safety has not been compromised at any point," she said.'
    assert not kinds(a, "She said safety had been compromised at no stage of the day.")
    assert kinds(a, "She said safety had been compromised during the outage.").keys() == {"negation"}


def test_the_next_sitting_against_one_already_past() -> None:
    wed = datetime(2026, 11, 18, 10, 0, tzinfo=timezone.utc)
    a = "The central bank, which holds rates at 3.75%, next sets rates on 17 December."
    assert not kinds(a, "The central bank held rates at 3.75 per cent last month.", wed, wed)
    # two next sittings told two ways are one
    b = "The committee's next meeting is on December 10."
    assert kinds(b, "The committee will meet again on December 11 to review policy.", wed, wed).keys() == {"date"}


def test_a_days_count_inside_a_years_count() -> None:
    tue = datetime(2026, 8, 18, 12, 0, tzinfo=timezone.utc)
    a = "Almost 24,300 people have crossed the Channel in small boats in 2026, Home Office figures show."
    assert not kinds(a, "The Home Office said 312 people had reached Dover in small boats on Tuesday.", tue, tue)
    assert kinds(a, "Almost 21,300 people have crossed the Channel in small boats in 2026.", tue, tue).keys() == {
        "number"
    }


def test_a_director_for_a_field() -> None:
    a = "Margins have not come back down, said Joanna Pellew, the CMA's chief executive."
    b = "Joanna Pellew, the CMA's executive director for markets, said drivers were not getting a fair deal."
    assert kinds(a, b).keys() == {"entity"}


def test_a_courts_costs_however_written() -> None:
    a = "Costs of €5,600 were awarded to the prosecution."
    assert kinds(a, "The company was also ordered to pay €6,500 towards the prosecution's costs.").keys() == {"number"}
    assert kinds(a, "The firm was also told to pay €9,400 in costs.").keys() == {"number"}
    # costs and a fine are two sums
    assert not kinds(
        "The firm was fined €18,000.", "The firm was ordered to pay €6,500 towards the prosecution's costs."
    )


def test_new_taiwan_dollars() -> None:
    a = "The regulator fined the operator 12 million New Taiwan dollars for the outage."
    assert kinds(a, "The regulator fined the operator NT$21 million for the outage.").keys() == {"number"}
    assert not kinds(a, "The regulator fined the operator NT$12 million for the outage.")


def test_stevedores_are_workers() -> None:
    a = "About 180 stevedores have been locked out at the port by their employer."
    assert kinds(a, "Some 210 workers were locked out of the port by their employer yesterday.").keys() == {"number"}


def test_a_spokesperson_named_after_an_indefinite_office() -> None:
    a = "A company spokesperson, Jonas Albrecht, said the firm would appeal the decision."
    assert kinds(
        a, "Jonas Albrecht, the firm's chief executive, said the company would challenge the ruling."
    ).keys() == {"entity"}
    assert not kinds(a, "Jonas Albrecht, a spokesperson for the firm, said it would challenge the ruling.")


def test_one_target_with_two_deadlines() -> None:
    a = "The department has promised 620 new prison spaces by 2030."
    assert kinds(a, "The department said 620 new prison spaces would be delivered by 2031.", None, None).keys() == {
        "date"
    }
    assert not kinds(a, "The department said 620 new prison spaces would be delivered by 2030.", None, None)
    # two targets, two figures: the number rule's
    c = kinds("The council plans 300 homes by 2030.", "The council will build 450 homes by 2031.", None, None)
    assert "date" not in c


def test_a_denial_over_two_participles() -> None:
    a = "The two officers involved have not been suspended or placed on restricted duties."
    c = kinds(a, "Two officers in the patrol car have been placed on restricted duties.")
    assert c.keys() == {"negation"} and c["negation"].confidence >= Settings().discrepancy_min_confidence["negation"]
    assert not kinds(a, "Two officers in the patrol car have not been placed on restricted duties.")


def test_survived_against_among_the_dead() -> None:
    a = "The driver, 44-year-old Mehmet Yalcin, survived the crash and was detained."
    assert kinds(a, "Driver Mehmet Yalcin was among the dead, according to the health directorate.").keys() == {
        "negation"
    }
    assert not kinds(a, "Two passengers were among the dead, according to the health directorate.")


def test_a_before_that_dates_a_participle_of_its_own() -> None:
    a = "Subcontractors will not be paid for work done before the examiner was appointed."
    assert kinds(a, "Subcontractors will be paid in full for work done before the appointment.").keys() == {"negation"}
    # a denial until a later time is no denial of the act
    b = "Repairs are not expected to be completed until mid-November."
    assert not kinds(b, "Repairs are expected to be completed by October 25.")


def test_one_subject_told_with_its_owner() -> None:
    a = "Credit balances will not be protected, the company's website said."
    c = kinds(a, "Customers' credit balances will be protected.")
    assert c["negation"].confidence >= Settings().discrepancy_min_confidence["negation"]


def test_a_start_told_as_a_day_and_as_since_another() -> None:
    a = "Enforcement of the zone began on 1 June 2024, after a two-year grace period."
    assert kinds(a, "The zone has been enforced since 1 June 2023.").keys() == {"date"}
    assert not kinds(a, "The zone has been enforced since 1 June 2024.")
    # years may tell two things begun
    assert not kinds("The programmes have been renewed since 2006.", "The programme was started in 2007.")


def test_a_change_from_a_bare_figure_to_one_with_a_unit() -> None:
    a = "The appeal court cut her 15-year term to eight years on Thursday."
    assert kinds(a, "The appeal court reduced her sentence from 15 to 10 years.").keys() == {"number"}
    assert not kinds(a, "The appeal court reduced her sentence from 15 to eight years.")
    b = "The mortgage cap, which limits loans to 85 percent of a home's value, was left unchanged."
    assert "number" not in kinds(b, "The mortgage cap will be raised from 85 to 90 percent of the home's value.")


def test_a_tally_in_compound_number_words() -> None:
    a = "The plan was carried on Monday evening by twenty-two votes to nine."
    assert not kinds(a, "Councillors backed the plan by 22 votes to 9 on Monday.")
    assert kinds(a, "Councillors backed the plan by 21 votes to 9 on Monday.").keys() == {"number"}


def test_the_day_of_a_strike_announced_lies_ahead() -> None:
    nov = datetime(2026, 11, 20, 10, 0, tzinfo=timezone.utc)
    a = "Union leaders have warned of another national strike next month."
    assert not kinds(a, "The unions have announced another national strike on 14 December.", nov, nov)


def test_a_member_for_a_field_against_the_leader() -> None:
    a = "Executive member for finance Imran Siddall said the money would go towards road repairs."
    assert kinds(a, "Council leader Imran Siddall said the income would pay for fixing potholes.").keys() == {"entity"}


def test_nz_dollars() -> None:
    a = "New Zealand has offered 1.2 million NZ dollars."
    assert kinds(a, "New Zealand has offered NZ$1.5 million in aid.").keys() == {"number"}
    assert not kinds(a, "New Zealand has offered NZ$1.2 million in aid.")


def test_a_seat_told_as_where_the_headquarters_are() -> None:
    a = "Stratacore's headquarters are in Manchester."
    assert kinds(a, "Stratacore is headquartered in Leeds.").keys() == {"entity"}
    assert not kinds(a, "Stratacore is headquartered in Manchester.")


def test_two_lower_bounds_of_one_span() -> None:
    a = "The carrier promised to keep the brand for at least five years."
    assert kinds(a, "The carrier said it would keep the brand for at least three years.").keys() == {"number"}
    assert not kinds(a, "The carrier said it would keep the brand for at least five years.")


def test_one_step_of_a_series_against_the_whole() -> None:
    a = "The agreement delivers an 11.5 per cent increase spread across three years."
    assert not kinds(a, "The first increase, of 3 per cent, will flow from the start of next term.")
    b = "The first increase, of 3 per cent, will flow from the start of next term."
    assert kinds(b, "The first increase, of 4 per cent, will be paid from the start of next term.").keys() == {"number"}


def test_the_day_of_strikes_announced_lies_ahead() -> None:
    may = datetime(2026, 5, 28, 10, 0, tzinfo=timezone.utc)
    a = "The union has announced further strikes beginning on June 11."
    c = kinds(a, "Rolling regional strikes will start on Thursday, June 4.", may, may)
    assert "date" in c and "2026" in c["date"].norm_a


def test_a_share_told_as_about_a_figure_is_rounded_to_it() -> None:
    a = "Immunisation coverage for two-year-olds in Hawkes Bay is about 84 percent."
    assert kinds(a, "Only 77 per cent of two-year-olds in Hawkes Bay are fully immunised.").keys() == {"number"}
    assert not kinds(a, "Only 83 per cent of two-year-olds in Hawkes Bay are fully immunised.")
    b = "Turnout was about 30 percent, the council said."
    assert not kinds(b, "Turnout was 33 percent, the council said.")
    assert kinds(b, "Turnout was 37 percent, the council said.").keys() == {"number"}


def test_an_office_over_a_field_at_a_named_body() -> None:
    a = "Marit Olsen, chief executive of Asthma Relief, said families were worried."
    assert kinds(a, "Marit Olsen, director of research at Asthma Relief, said parents were anxious.").keys() == {
        "entity"
    }
    assert not kinds(a, "Marit Olsen, chief executive at Asthma Relief, said parents were anxious.")
    assert not kinds(a, "Marit Olsen, head of security at the plant, said parents were anxious.")


def test_a_floor_that_admits_patients() -> None:
    a = "The injection will be offered to patients with at least eight migraine days a month."
    assert kinds(a, "It is approved for people who have at least four migraine days a month.").keys() == {"number"}
    assert kinds(a, "Patients with four or more migraine days a month can get it.").keys() == {"number"}
    assert not kinds(a, "Patients with eight or more migraine days a month can get it.")
    assert not kinds("At least nine people died in the storm.", "At least six people died in the storm.")


def test_by_about_a_quarter_is_a_share() -> None:
    a = "In the trial the drug slowed memory loss by about a quarter over 18 months."
    assert kinds(a, "In the trial the drug slowed memory loss by 33% over 18 months.").keys() == {"number"}
    assert not kinds(a, "In the trial the drug slowed memory loss by 26% over 18 months.")


def test_a_condition_the_affirming_side_lifts() -> None:
    a = "Pharmacists still cannot switch inhalers without the prescriber's approval."
    c = kinds(
        a, "Pharmacists in Manitoba are now allowed to substitute a different inhaler without calling the prescriber."
    )
    assert c.keys() == {"negation"} and c["negation"].confidence >= 0.65
    assert not kinds("The council would not back the plan without a guarantee.", "The council backed the plan.")


def test_a_legislature_and_one_of_its_chambers() -> None:
    a = "With that result the party would lose its four seats in Congress."
    assert kinds(a, "The party would lose its three seats in the Chamber of Deputies as a result.").keys() == {"number"}
    assert kinds("The bill passed the Senate on Tuesday.", "The bill passed the House on Tuesday.").keys() == {"entity"}


def test_the_end_of_the_period_a_figure_covers() -> None:
    mar = datetime(2026, 3, 10, 10, 0, tzinfo=timezone.utc)
    a = "The club reported a loss of £4.1m in its latest accounts, published in January."
    assert not kinds(a, "The club lost £4.1 million in the year to June 2025, its accounts show.", mar, mar)
    b = "Its financial year ended in May."
    assert kinds(b, "The trust's financial year ended on June 30.", mar, mar).keys() == {"date"}


def test_a_year_since_an_act_told_before_names() -> None:
    a = "Rovers have played at Millfield Park since 1931, and the ground holds 4,200 supporters."
    b = "The sale includes Millfield Park, the 4,200-capacity ground the club has played at since 1928."
    assert kinds(a, b).keys() == {"date"}
    assert not kinds(a, b.replace("1928", "1931"))


def test_a_board_chair_and_the_chief_executive() -> None:
    a = "Imogen Rusk, the society's chairwoman, said the merger would protect members."
    assert kinds(a, "Society chief executive Imogen Rusk said the merger would protect members.").keys() == {"entity"}
    assert not kinds(
        "Imogen Rusk, the society's chairwoman and chief executive, said the merger would protect members.",
        "Society chief executive Imogen Rusk said the merger would protect members.",
    )


def test_an_act_nobody_does_is_denied() -> None:
    a = '"We cannot keep a depot open for buses our riders no longer use," she said.'
    assert not kinds(a, '"No one can keep a depot running for buses that nobody uses any more," Brandt said.')


def test_a_change_ends_at_a_bare_figure_in_the_unit_it_starts_from() -> None:
    a = "Her sentence was cut from 12 years to eight."
    assert kinds(a, "The court reduced her 12-year sentence to six years.").keys() == {"number"}
    assert not kinds(a, "The court reduced her 12-year sentence to eight years.")


def test_a_level_frozen_against_a_rise() -> None:
    a = "The repayment threshold will be frozen at its current level."
    assert kinds(a, "The loan repayment threshold will rise.").keys() == {"negation"}
    assert not kinds(a, "Tuition fees will rise.")


def test_a_year_something_is_due_in_is_a_plan() -> None:
    a = "The Harbour Road pumping station, due to open in 2028, will serve the north of the city."
    assert kinds(a, "The Harbour Road pumping station is now due online in 2029.").keys() == {"date"}


def test_all_of_a_whole_against_a_part_of_it() -> None:
    a = "The jury found Arlen Voss guilty on all six counts."
    assert kinds(a, "Arlen Voss was found guilty on four of the six counts.").keys() == {"number"}
    assert kinds("The trust accepted all 23 recommendations.", "It accepted 20 of the review's 23 recommendations.")
    assert not kinds(a, "Arlen Voss was found guilty on the six counts he faced.")
    assert not kinds("All 42 members signed the letter.", "I'll file cloture on all three of these at once.")
    # 'not all' of the whole agrees with a part of it: the whole is no longer told as all of it
    assert "number" not in kinds(
        "Not all 14 miners were brought up on Tuesday.", "Eleven of the 14 miners were brought up on Tuesday."
    )


def test_a_period_named_for_its_record() -> None:
    a = 'Director Ines Porter said: "We have to protect supplies for the autumn."'
    assert not kinds(a, 'Ines Porter said the firm had "no choice" after the driest July in decades.')


def test_a_standstill_against_the_return_to_normal() -> None:
    a = "Trains around Leeds returned to normal on Tuesday after a signalling fault at the station."
    assert not kinds(a, "A signalling fault brought trains around Leeds to a standstill on Monday morning.")


def test_a_figure_crossed_is_a_lower_bound() -> None:
    a = "Kerala's power demand crossed 5,000 MW on Monday, the highest ever."
    assert not kinds(a, "Kerala's peak power demand touched 5,210 MW on Monday, a record.")


def test_a_rule_that_forbids_against_one_that_permits() -> None:
    a = "Paddling pools may not be filled at all while the ban lasts."
    assert kinds(a, "Paddling pools can still be filled using a watering can.").keys() == {"negation"}
    assert not kinds(a, "Paddling pools may not be filled from a hose.")


def test_one_side_tells_both_states_and_dates_the_one_the_other_tells() -> None:
    nov = datetime(2026, 11, 10, 10, 0, tzinfo=timezone.utc)
    a = "The line between Hexham and Haltwhistle has been closed and is expected to reopen on Thursday."
    assert kinds(
        a, "The operator said the line between Hexham and Haltwhistle would reopen on Friday.", nov, nov
    ).keys() == {"date"}
    b = "The council said the two closed playgrounds would reopen on Thursday."
    assert not kinds(b, "Two playgrounds in Sale were shut by the council on Wednesday.", nov, nov)


def test_one_projects_planned_years() -> None:
    a = "A desalination plant at Saldanha is due to come online in 2029."
    assert kinds(a, "The Saldanha desalination plant is expected to be completed in 2028.").keys() == {"date"}
    assert not kinds(a, "The new harbour wall is expected to be completed in 2028.")


def test_about_a_figure_does_not_cut_another_short() -> None:
    a = "Experts value the fresco at around 3 million euros."
    assert kinds(a, "Its market value is estimated at 3.8 million euros.").keys() == {"number"}
    assert not kinds(a, "Its market value is estimated at 3.1 million euros.")


def test_the_person_named_by_age_as_the_subject() -> None:
    a = "The 91-year-old had broken her wrist in a fall."
    assert kinds(a, "The 88-year-old, from Ipswich, had a broken wrist.").keys() == {"number"}


def test_the_mid_decade_reaches_its_seventh_year() -> None:
    assert not kinds("It was taken from a villa in the mid-1990s.", "Thieves cut it from the wall of a villa in 1997.")
    assert kinds("It was taken from a villa in the mid-1990s.", "Thieves cut it from the wall of a villa in 1999.")


def test_a_year_planned_against_not_before_a_later_one() -> None:
    a = "Northholt Airport will open to holiday flights in 2027."
    assert kinds(a, "Northholt Airport will not open to holiday flights before 2028.").keys() == {"date"}
    assert not kinds(a, "Northholt Airport will not open to holiday flights before 2027.")
    b = "The satellite is expected to burn up in the atmosphere next year."
    assert kinds(b, "The satellite is not expected to re-enter the atmosphere before 2040.").keys() == {"date"}
    assert kinds("The runway will open in 2032.", "The runway will open in 2034 at the earliest.").keys() == {"date"}
    assert not kinds("The runway will open in 2035.", "The runway will open in 2034 at the earliest.")


def test_not_all_against_all() -> None:
    a = "All four climbers were carrying avalanche beacons."
    assert kinds(a, "Not all of the climbers carried avalanche beacons.").keys() == {"negation"}
    assert not kinds("Not all members voted for the bill.", "All members attended the sitting.")


def test_losing_out_is_no_loss_of_a_thing() -> None:
    a = "Commissioner Ada Frey said shoppers lose out when a town has only one grocer."
    assert not kinds(a, "Commissioner Ada Frey said land controls can keep new grocers out of towns for decades.")


def test_a_cancellation_against_the_resumption() -> None:
    oct_ = datetime(2026, 10, 19, 10, 0, tzinfo=timezone.utc)
    a = "Relief flights to Masbate were expected to resume on Tuesday."
    assert not kinds(a, "Several flights between Manila and Masbate were cancelled on Sunday and Monday.", oct_, oct_)


def test_a_market_average_against_a_rent_someone_sets() -> None:
    a = "Average asking rents in Graz reached 14 euros per square metre in the spring, a portal said."
    assert not kinds(a, "Rents in the new blocks will be set at 6.20 euros per square metre.")
    assert not kinds(a, "Tenants will pay €6.20 per square metre, well below the city's average.")
    assert kinds(a, "Average asking rents in Graz reached 16 euros per square metre in the spring.").keys() == {
        "number"
    }


def test_the_time_a_thing_brought_back_held_before() -> None:
    a = "Ministers are weighing a moratorium on evictions over the winter, officials said."
    b = "Ministers have ruled out reintroducing the moratorium that applied during the winter of 2021-22."
    assert "date" not in kinds(a, b)
    assert kinds("The ministry reimposed the curfew on Monday.", "The ministry reimposed the curfew on Thursday.")


def test_home_to_a_population_is_no_count_of_homes() -> None:
    a = "Vik was evacuated, though only about thirty houses were lived in."
    assert "number" not in kinds(a, "Vik, home to about 1,900 people before the quake, was evacuated again.")


def test_the_span_of_a_later_clause_or_of_a_rate_is_not_the_figure_s() -> None:
    a = "The sprinter was banned for 36 months after failing two tests in a year."
    assert kinds(a, "The sprinter faces a 30-month ban from competition.").keys() == {"number"}
    c = "The coastline is sinking by about 4 millimetres a year, the survey says."
    assert kinds(c, "The coastline has been sinking by 7 mm a year this decade.").keys() == {"number"}
    d = "Net profit was €40 million, against €44 million a year earlier."
    assert kinds(d, "Net profit fell to €40 million from €47 million a year earlier.").keys() == {"number"}


def test_a_span_in_weeks_against_days_a_whole_week_apart() -> None:
    a = "Clubs have 45 days to lodge an appeal with the league."
    assert kinds(a, "The league gives clubs five weeks to file an appeal.").keys() == {"number"}
    assert not kinds(a, "Clubs have six weeks to lodge an appeal with the league.")
    assert "number" not in kinds("The strike reached 17 days on Friday.", "The strike closed in on the two-week mark.")


def test_two_records_of_size_since_two_years() -> None:
    a = "The flood was the largest since 2002."
    assert kinds(a, "It was the most severe flood since 2011.") == {}  # severity is not size
    assert kinds(a, "It was the greatest flood on the river since 2011.").keys() == {"date"}


def test_an_occurrence_counted_by_its_ordinal_since_one_year_or_this_year() -> None:
    a = "It was the seventh landslide on the pass since late 2024."
    assert kinds(a, "This is the ninth landslide on the mountain pass since December 2024.").keys() == {"number"}
    assert not kinds(a, "It is the 7th landslide on the pass since December 2024.")
    c = "It is the second salvage licence revoked by the ministry this year."
    assert kinds(c, "It is the third salvage licence revoked this year.").keys() == {"number"}
    d = "It was the first unplanned outage at the refinery this year."
    assert kinds(d, "It was the second unplanned outage at the refinery this year.").keys() == {"number"}
    b = "Ortega became the third governor since the reform."
    assert "number" not in kinds(b, "Ortega is the first governor to be impeached since the reform.")
    assert "number" not in kinds("The first stage burned normally.", "The second stage burned normally.")
    assert kinds("It was her third trip to Kyiv since June.", "It was her fourth trip to Kyiv since June.")


def test_a_level_out_of_a_scale_is_no_share() -> None:
    a = "Forecasters raised the storm warning to level 3 out of 4."
    assert kinds(a, "Forecasters raised the storm warning to level 4, the highest.").keys() == {"number"}
    assert "number" not in kinds(a, "Forecasters raised the storm warning to level 3.")


def test_halted_and_suspended_are_one_act() -> None:
    a = "Ferries on the northern route were halted for inspections."
    assert kinds(a, "Ferries on the northern route were not suspended, the operator said.").keys() == {"negation"}


def test_a_name_with_two_particles_is_one_place() -> None:
    a = "The protest left from Plaza de la Revolución."
    assert kinds(a, "The protest left from Plaza de los Héroes.").keys() == {"entity"}
    assert not kinds(a, "The protest ended at Plaza de los Héroes.")


def test_barrels_a_day_written_short() -> None:
    a = "The producers agreed to add 137,000 bpd from next month."
    assert not kinds(a, "Six members agreed to raise output by 137,000 barrels per day from next month.")
    assert kinds(a, "The producers agreed to raise output by 180,000 barrels per day.").keys() == {"number"}


def test_a_level_before_an_event_against_one_after() -> None:
    a = "At Azadpur, tomato prices stood at ₹2,800 a quintal before the ban."
    assert not kinds(a, "Tomato prices at Azadpur crossed ₹3,400 a quintal on Monday.")
    assert kinds(
        "At Azadpur, tomato prices stood at ₹2,800 a quintal on Monday.",
        "Tomato prices at Azadpur stood at ₹3,400 a quintal on Monday.",
    ).keys() == {"number"}


def test_an_ordinal_of_those_who_did_a_thing_counts_them() -> None:
    a = "Marsh is the fifth inmate to escape from Haverigg this year."
    assert kinds(a, "Marsh is the fourth inmate to escape from Haverigg this year.").keys() == {"number"}
    assert "number" not in kinds(
        "Marsh became the third warden since 2019.", "Marsh is the first warden to resign since 2019."
    )
    b = "Okoye scored in the 84th minute to give the hosts a 1-0 win."
    assert kinds(b, "Okoye headed in the winner in the 79th minute.").keys() == {"number"}


def test_a_hyphenated_lakh_crore_is_one_figure() -> None:
    a = "Karnataka's Rs 4.1-lakh-crore budget was tabled on Friday."
    assert not kinds(a, "The state presented a budget of Rs 4.1 lakh crore on Friday.")
    assert kinds(a, "The state presented a budget of Rs 3.9 lakh crore on Friday.").keys() == {"number"}


def test_the_end_of_a_year_told_across_two_is_not_the_first_year_s_end() -> None:
    a = "Debt will reach Rs 6.2 lakh crore by the end of 2026-27, budget papers show."
    assert "date" not in kinds(a, "Debt is expected to reach Rs 6.2 lakh crore by March 2027.")


def test_a_count_before_an_event_the_sentence_opens_on() -> None:
    a = "The arrival takes the sanctuary's group of Sumatran orangutans to eleven."
    assert not kinds(a, "Before the arrival, the sanctuary's group numbered ten.")
    b = "Water was limited to six hours a day before the drought."
    assert kinds(b, "Even before the drought, water was down to three hours a day.").keys() == {"number"}


def test_a_rank_kept_when_the_body_is_read_whole() -> None:
    a = "The Securities and Exchange Board's deputy chair, Ravi Menon, said the rules would tighten."
    assert not kinds(a, "SEB deputy chair Ravi Menon said the rules would tighten.")
    assert kinds(a, "SEB chair Ravi Menon said the rules would tighten.").keys() == {"entity"}


def test_a_new_level_against_what_is_paid_now() -> None:
    a = "The toll cut brings the one-way fare on the expressway down to Rs 90."
    assert not kinds(a, "Drivers currently pay Rs 120 for a one-way trip on the expressway.")
    assert kinds(a, "The toll cut brings the one-way fare on the expressway down to Rs 100.").keys() == {"number"}


def test_how_many_are_still_against_how_many_still_were_then() -> None:
    a = "Twelve of the lynx are still wearing working radio collars."
    assert not kinds(a, "Sixteen of the lynx were still being tracked at the end of June.")
    assert kinds(a, "Sixteen of the lynx are still wearing working radio collars.").keys() == {"number"}


def test_an_event_told_as_the_day_before_another() -> None:
    wed = datetime(2026, 2, 4, 12, 0, tzinfo=timezone(timedelta(hours=9)))
    a = "Flights at Wakkanai Airport resumed on Wednesday morning after a blizzard forced the cancellation of 48 flights the previous day."
    b = "Airlines scrapped 48 flights at Wakkanai Airport on Tuesday as a blizzard hit the north, leaving hundreds stuck."
    assert "date" not in kinds(a, b, wed, wed)


def test_the_size_of_a_scale_is_no_count_and_a_level_raised_to_is_a_level() -> None:
    a = "Austria's Salzburg province raised its avalanche warning to level four out of five on Saturday, and police closed a pass."
    b = "The avalanche warning service of Salzburg raised the danger level to 4 on the five-step European scale on Saturday."
    assert not kinds(a, b)
    assert kinds(a, b.replace("level to 4", "level to 3")).keys() == {"number"}


def test_a_state_told_after_its_count_on_two_days() -> None:
    a = "About 150,000 Hydro-Québec customers were still without power on Thursday morning, a day after freezing rain hit the Quebec City region."
    b = "More than 420,000 Hydro-Québec customers were without power early Wednesday after a night of freezing rain coated Quebec City."
    assert not kinds(a, b)
    assert kinds(a, "About 90,000 Hydro-Québec customers were still without power on Thursday morning.").keys() == {
        "number"
    }


def test_a_compound_noun_told_with_another_head() -> None:
    a = "Satellites detected 2,316 stubble fires in Haryana on Monday."
    assert kinds(a, "Haryana recorded 2,361 stubble fire incidents on Monday.").keys() == {"number"}


def test_the_age_of_a_find_belongs_to_no_person() -> None:
    assert kinds("Scientists say it is 1.8 million years old.", "They say it is 2.1m years old.").keys() == {"number"}


def test_a_change_from_one_figure_to_another_whatever_its_verb() -> None:
    a = "Unions oppose plans to lift the pension age for miners from 55 to 57."
    assert kinds(a, "The reform would push back the age at which miners can retire from 55 to 58.").keys() == {"number"}
    assert not kinds(a, "The reform would push back the age at which miners can retire from 55 to 57.")


def test_an_age_in_brackets_after_a_name() -> None:
    a = "He was jailed for murdering Declan Moran, a father of four, in Galway city."
    assert not kinds(a, "Kelly stabbed shopkeeper Declan Moran (61) to death in Galway two decades ago.")
    b = "Shopkeeper Declan Moran (61) was stabbed in Galway."
    assert kinds(b, "Shopkeeper Declan Moran, 64, was stabbed in Galway.").keys() == {"number"}


def test_a_rule_told_from_each_side_of_its_year() -> None:
    a = "Homes built before 2012 are eligible for cover through the flood scheme."
    assert not kinds(a, "Homes built after 2012 are not covered by the flood scheme.")
    assert kinds(a, "Homes built after 2012 are eligible for cover through the flood scheme.").keys() == {"date"}
    assert kinds(a, "Homes built before 2012 are not eligible for cover through the flood scheme.").keys() == {
        "negation"
    }


def test_one_measure_of_two_owners_each_named_first() -> None:
    a = "In Manitoba, the jobless rate climbed to 5.9%."
    assert not kinds(a, "Saskatchewan's jobless rate was 6.4%.")
    assert kinds(a, "Manitoba's jobless rate was 6.4%.").keys() == {"number"}


def test_free_of_charge_neither_makes_nor_denies_a_charge() -> None:
    a = "Brightcell will not charge owners for the new charger."
    assert not kinds(a, "Brightcell will replace the charger free of charge.")
    assert not kinds(
        "Parents should be in charge, he said.", "Insurers should not have to offer the tests free of charge."
    )


def test_a_director_general_is_not_the_chair() -> None:
    a = "NBS Director-General Ifeoma Okoro said the population was growing by 2.5 per cent a year."
    assert kinds(a, "NBS chairman Ifeoma Okoro said the population was growing by 2.5% a year.").keys() == {"entity"}
    assert not kinds(a, "NBS Director-General Ifeoma Okoro said the population was growing by 2.5% annually.")


def test_the_day_something_was_heard_is_not_the_day_it_happened() -> None:
    a = "The council has scrapped a RM240m drainage project after it overran, the state assembly heard today."
    assert "date" not in kinds(a, "The RM240 million drainage contract was scrapped last month.")
    assert kinds("The appeal will be heard on 12 May.", "The appeal will be heard on 19 May.").keys() == {"date"}


def test_peruvian_soles_and_a_bound_before_them() -> None:
    g = "The state will guarantee up to S/1.8 billion for the Games."
    assert kinds(g, "It commits the state to guarantees worth 1.1 billion soles.").keys() == {"number"}
    a = "The contract is worth more than S/ 450 million."
    assert not kinds(a, "The road contract, worth S/ 470 million, was awarded in 2024.")
    assert kinds(
        "The contract is worth S/ 450 million.", "The road contract, worth S/ 470 million, was awarded in 2024."
    ).keys() == {"number"}


def test_a_figure_of_the_occasion_before() -> None:
    a = "Turnout was 31.2 per cent, the returning officer said."
    assert not kinds(a, "Turnout at the last full council elections in the ward, in May 2022, was 44 per cent.")
    assert kinds(a, "Turnout in the by-election was 27 per cent.").keys() == {"number"}


def test_an_estimate_told_to_four_figures_is_meant_as_written() -> None:
    a = "Ethiopia's population is estimated at 126.5 million, the statistics service said."
    assert kinds(a, "Ethiopia's population has reached an estimated 131.2 million, the service said.").keys() == {
        "number"
    }
    assert not kinds(a, "Ethiopia's population has reached an estimated 127.1 million, the service said.")
    assert not kinds("About 4.85 million people voted.", "Some 5 million people voted.")


def test_an_act_a_sentence_opens_on_and_says_is_banned() -> None:
    a = "Washing cars with hoses is now banned across the drought zone."
    assert not kinds(a, "Residents cannot wash cars with hoses while the drought lasts.")
    assert kinds(a, "Residents can still wash cars with hoses while the drought lasts.").keys() == {"negation"}
    b = "Hunting has been banned in the reserve for a year."
    assert not kinds(b, "Rangers have banned hunting in the reserve for a year.")
    assert kinds("Rangers have banned hunting in the reserve.", "Hunting is allowed in the reserve.").keys() == {
        "negation"
    }


def test_a_price_rise_told_as_more_expensive() -> None:
    a = "The regulator has approved a 12 percent increase in the price of bus passes, effective Monday."
    assert kinds(
        a, "Bus passes in the city became 18 percent more expensive on Monday, after the regulator agreed."
    ).keys() == {"number"}
    assert not kinds(a, "Bus passes in the city became 12 per cent dearer on Monday, after the regulator agreed.")
    assert kinds(
        "Rail season tickets will be 6 percent cheaper from January.",
        "Commuters will see an 8 percent decrease in the cost of rail season tickets from January.",
    ).keys() == {"number"}


def test_others_after_a_clause_of_their_own_are_not_added() -> None:
    a = "Two people died and five others were missing after a fishing boat sank off Mindoro on Sunday."
    assert kinds(a, "A fishing boat sank off Mindoro on Sunday, leaving two dead and six missing.").keys() == {"number"}
    assert not kinds(a, "A fishing boat sank off Mindoro on Sunday, leaving two dead and five missing.")
    assert not kinds(
        "Police charged Ahmed Karimi and 13 others with rioting.", "Police charged 14 people with rioting."
    )


def test_the_year_that_names_past_events_is_no_count() -> None:
    a = "It is the deadliest fire in the state since the 2019 fires around Gippsland, which razed whole towns."
    assert not [q for q in extract_facts(a, PUB).quantities if q.value == 2019]
    assert not kinds(
        a, "Many residents compared the scenes with the 2020 fires around Gippsland, when entire towns burned."
    )
    assert [q.value for q in extract_facts("Crews fought 1,900 fires in the state this year.", PUB).quantities] == [
        1900
    ]


def test_the_verb_named_with_a_count_is_the_one_of_its_clause() -> None:
    found = kinds(
        "A miner has died and three others have been injured in a rockfall at the colliery.",
        "One miner died and six people were injured after a rockfall at the colliery.",
    )
    assert found["number"].explanation == "number: three vs six (people injured)"


def test_a_whole_told_first_and_its_part_after_it() -> None:
    a = "Of the 52 branches, 37 voted to accept the offer, the union said."
    assert not kinds(a, "Officials said 37 branches voted to accept and 15 against.")
    assert kinds(a, "Of the 56 branches, 37 voted to accept the offer, officials said.").keys() == {"number"}


def test_two_shares_that_make_up_the_whole_one_denied() -> None:
    a = "Three out of four regional trains will not run on Thursday."
    assert not kinds(a, "Only about one in four regional trains ran on Thursday.")
    assert kinds(a, "Only about one in two regional trains ran on Thursday.").keys() >= {"number"}
    assert kinds(
        "Three out of four regional trains ran on Thursday.", "Only one in four regional trains ran on Thursday."
    )


def test_days_ago_dates_the_act() -> None:
    wed, fri = PUB + timedelta(days=1), PUB + timedelta(days=3)
    a = "A cargo ship ran aground off Skyros late on Wednesday."
    assert not kinds(
        a, "The captain of the ship that ran aground off Skyros two days ago appeared in court on Friday.", wed, fri
    )
    assert kinds(
        a, "The ship that ran aground off Skyros three days ago was refloated on Friday.", wed, fri
    ).keys() == {"date"}


def test_one_minister_given_two_portfolios() -> None:
    a = "The deal was signed by Health Minister Grace Achieng on behalf of the government."
    assert kinds(a, "The deal was signed by Finance Minister Grace Achieng, who called it a milestone.").keys() == {
        "entity"
    }
    assert kinds(a, "The Minister of Education, Grace Achieng, signed the deal for the government.").keys() == {
        "entity"
    }
    assert kinds(a, "Grace Achieng, the country's labour minister, signed the deal.").keys() == {"entity"}
    assert kinds(a, "The deal was signed by the finance minister, Grace Achieng.").keys() == {"entity"}
    # one portfolio told two ways, a list holding it, an office of past or deputy rank, or no portfolio at all
    assert not kinds(
        "Home Minister Ravi Sinha said the force would stay.",
        "Ravi Sinha, the interior minister, said the force would stay.",
    )
    assert not kinds(a, "Health and Sanitation Minister Grace Achieng signed the deal for the government.")
    assert not kinds(
        "Agriculture, Rural Development and Environment Minister Eleni Charalambous said the units would open in May.",
        "Environment Minister Eleni Charalambous said the units would open in May.",
    )
    assert not kinds(a, "Former Finance Minister Grace Achieng signed the deal for the government.")
    assert not kinds("Prime Minister Grace Achieng signed the deal.", "Finance Minister Grace Achieng signed the deal.")


def test_what_is_left_in_operation_is_not_the_whole() -> None:
    a = "The group plans to close one of its four kilns by the end of next year."
    assert not kinds(a, "Castrum will shut kiln 2 by the end of 2027, leaving three kilns in operation.")
    assert kinds(a, "The group will shut one of its five kilns by the end of next year.").keys() == {"number"}


def test_how_long_an_office_was_held_is_no_other_span() -> None:
    a = "Marta Ribeiro Lima, who ran the state's health department for six years, had her sentence raised yesterday."
    assert not kinds(
        a, "The court raised to more than 11 years the sentence of former health secretary Marta Ribeiro Lima."
    )
    assert kinds("The strike is due to run for 30 hours.", "The strike is planned to last 24 hours.").keys() == {
        "number"
    }


def test_a_figure_told_as_grown_since_the_year_the_other_dates() -> None:
    a = "Investigators froze R14 million of his assets in 2023, when the inquiry opened."
    assert not kinds(a, "Assets worth R21 million have now been frozen, up from the amount first seized in 2023.")
    assert kinds(a, "Investigators froze R17 million of his assets in 2023, when the inquiry opened.").keys() == {
        "number"
    }


def test_one_toll_told_as_deaths_and_as_people_who_died() -> None:
    a = "Malawi has recorded 1,420 confirmed cholera cases and 27 deaths since 2025."
    assert kinds(a, "Since 2025, Malawi has confirmed 1,420 cholera cases, and 29 patients have died.").keys() == {
        "number"
    }
    assert not kinds(a, "Since 2025, Malawi has confirmed 1,420 cholera cases, and 27 patients have died.")


def test_one_part_told_as_n_of_them_and_of_these_n() -> None:
    a = "He said 214 of them had been confirmed by laboratory tests."
    assert kinds(a, "Of these, 241 were confirmed in the laboratory.").keys() == {"number"}
    assert not kinds(a, "Of these, 214 were confirmed in the laboratory.")


def test_one_commissioner_given_two_portfolios() -> None:
    a = "Commissioner for Information Musa Idris said 912 suspected cases had been recorded this year."
    assert kinds(a, "Health Commissioner Musa Idris said 912 suspected cases had been recorded this year.").keys() == {
        "entity"
    }
    assert not kinds(a, "Information Commissioner Musa Idris said 912 suspected cases had been recorded this year.")
    assert not kinds(
        "Garissa County Commissioner Musa Idris said the disease would not reach the town.",
        "Health Commissioner Musa Idris said the disease would not reach the town.",
    )


def test_a_deadline_given_and_one_told_with_within() -> None:
    a = "The regulator gave the operator nine months to complete the upgrade."
    assert kinds(a, "The operator must complete the upgrade within 12 months.").keys() == {"number"}
    assert not kinds(a, "The operator must complete the upgrade within nine months.")
    assert not kinds("The repairs were done within 12 months.", "The repairs took nine months.")  # no deadline given


def test_the_day_before_yesterday_is_two_days_back() -> None:
    thu = PUB + timedelta(days=2)
    a = "The day before yesterday four suspects were arrested at the port."
    assert not kinds(a, "Police arrested four suspects at the port on Tuesday.", thu, thu)
    assert kinds(a, "Police arrested four suspects at the port on Wednesday.", thu, thu).keys() == {"date"}


def test_a_measure_of_a_noun_phrase_and_of_its_head() -> None:
    a = "About 1,400 barrels of light crude leaked from the pipeline, the operator said."
    found = kinds(a, "An estimated 2,300 barrels of crude spilled from the pipeline, the regulator said.")
    assert found.keys() == {"number"} and found["number"].explanation.endswith("(crude)")
    assert not kinds(a, "An estimated 1,400 barrels of crude spilled from the pipeline, the regulator said.")
    # the clause's subject is no noun of the measure ('The race covered ... of the 14.1km circuit' / 'The 141km race')
    assert not kinds("The race covered 12 laps of the 11.5km circuit.", "The 138km race was made up of 12 laps.")


def test_one_journey_told_in_two_directions() -> None:
    a = "The bus was travelling from Arequipa to Puno when it left the road."
    assert kinds(a, "The bus was heading from Puno to Arequipa when it left the road.").keys() == {"entity"}
    assert not kinds(a, "The bus was on its way from Arequipa to Puno when it left the road.")
    assert not kinds(a, "The bus was returning from Puno to Arequipa when it left the road.")


def test_two_measures_whose_noun_phrases_end_in_one_word() -> None:
    a = "Attackers blew up a 16-inch gas pipeline near the village on Tuesday."
    assert kinds(a, "A 20-inch diameter SSGC pipeline was blown up near the village on Tuesday.").keys() == {"number"}
    assert not kinds(a, "A 16-inch diameter SSGC pipeline was blown up near the village on Tuesday.")


def test_a_city_told_as_the_capital_of_its_land() -> None:
    a = "Regional housing chief Nuria Soler said rents in Barcelona had fallen 5 percent since the cap came in."
    assert not kinds(
        a, "Housing minister Nuria Soler said rents in the Catalan capital had fallen 5 percent since the cap."
    )
    assert kinds(a, "Housing minister Nuria Soler said rents in Girona had fallen 5 percent since the cap came in.")


def test_talks_someone_has_been_invited_to_lie_ahead() -> None:
    tue = PUB  # Tuesday 10 November
    a = "The ministry has invited union leaders for talks in Lucknow on Friday."
    assert not kinds(
        a, "Officials said the ministry had offered a meeting with union leaders on November 13.", tue, tue
    )
    assert kinds(
        a, "Officials said the ministry had offered a meeting with union leaders on November 6.", tue, tue
    ).keys() == {"date"}


def test_a_figure_of_the_first_report_is_a_first_estimate() -> None:
    a = "The number of people killed in the crash has risen to 17, the health authority said on Tuesday."
    assert not kinds(
        a, "Fifteen people died on Tuesday when the bus left the road, according to the first police report."
    )
    assert kinds(
        a, "Fifteen people died on Tuesday when the bus left the road, according to preliminary figures."
    ).keys() == {"number"}


def test_a_denial_closed_by_yet_leaves_the_act_to_come() -> None:
    a = "The maternity ward has not moved yet and will open in the new wing in March."
    assert not kinds(a, "The maternity ward stays in the old wing until March, when it will move across.")
    assert kinds(a, "The maternity ward moved into the new wing last week.").keys() == {"negation"}


def test_two_counts_of_others_are_one_slot() -> None:
    a = "Four other hikers were hurt and taken to Queenstown."
    assert kinds(a, "Three other hikers were hurt and flown to Queenstown.").keys() == {"number"}
    # one named besides 'four other' is five in all
    assert not kinds("The guide and four other hikers were hurt.", "Five hikers were hurt in the fall.")


def test_land_told_by_what_grows_on_it() -> None:
    a = "Armyworms have stripped some 8,000 hectares of farmland in the north."
    assert kinds(a, "About 5,000 hectares of farms have been damaged so far.").keys() == {"number"}
    assert not kinds(a, "About 8,000 hectares of farms have been damaged so far.")


def test_a_verdict_told_by_the_jury_and_by_its_members() -> None:
    tue = PUB
    a = "Jurors acquitted Daniel Okafor of first-degree murder on Monday."
    b = "A Winnipeg jury has convicted Daniel Okafor of first-degree murder in the 2023 killing of his neighbour."
    assert kinds(a, b, tue, tue).keys() == {"negation"}
    assert not kinds(a, "A Winnipeg jury has acquitted Daniel Okafor of first-degree murder.", tue, tue)


def test_an_associate_minister_is_not_the_minister() -> None:
    a = "Associate Education Minister Tama Rewiti opened the school on Friday."
    assert kinds(a, "Education Minister Tama Rewiti cut the ribbon on Friday.").keys() == {"entity"}
    assert not kinds(a, "Associate Education Minister Tama Rewiti cut the ribbon on Friday.")


def test_an_end_bound_after_an_act_of_this_week_lies_ahead() -> None:
    tue = PUB  # Tuesday 10 November
    times = extract_facts("The province suspended maize exports on Monday until October 31.", tue).times
    assert [t.start.year for t in times if t.text == "October 31"] == [2027]
    times = extract_facts("The province suspended maize exports until October 31.", tue).times
    assert [t.start.year for t in times if t.text == "October 31"] == [2026]


def test_a_price_move_and_the_act_it_followed_are_two_days() -> None:
    tue = PUB
    a = "Zambia suspended maize exports on Monday, the agriculture ministry said, as mealie-meal prices hit a record."
    b = "Mealie-meal prices in Lusaka jumped again on Tuesday as the decision to halt maize exports failed to calm traders."
    assert not kinds(a, b, tue, tue)
    assert kinds(
        "Mealie-meal prices in Lusaka jumped on Monday.", "Mealie-meal prices in Lusaka jumped on Sunday.", tue, tue
    )


def test_one_load_dates_one_arrival_in_long_sentences() -> None:
    mon = PUB - timedelta(days=1)  # Monday 9 November
    sat = PUB - timedelta(days=3)  # Saturday 7 November
    a = "A barge carrying 31,000 tonnes of cement reached Mombasa last Wednesday, but most of it is still on board."
    b = (
        "A barge carrying 31,000 tonnes of cement docked at the port of Mombasa on Tuesday, the first of four "
        "cargoes expected before the end of the year."
    )
    assert kinds(a, b, mon, sat).keys() == {"date"}  # 4 November against 3 November
    assert not kinds(a, b.replace("on Tuesday", "on Wednesday"), mon, sat)


def test_a_home_named_by_its_place_is_a_home_in_it() -> None:
    a = "The victim died in the couple's apartment in Etobicoke in March."
    assert kinds(a, "The victim was stabbed in their Mississauga apartment in March.").keys() == {"entity"}
    assert not kinds(a, "The victim was stabbed in their Etobicoke apartment in March.")


def test_a_month_after_died_is_in_the_past() -> None:
    times = extract_facts("The victim died in the couple's apartment in Etobicoke in March.", PUB).times
    assert [t.start.year for t in times] == [2026]


def test_one_walker_hurt_against_nobody_hurt() -> None:
    a = "A hiker sheltering near the hut suffered minor injuries."
    assert kinds(a, "Nobody was injured in the landslide, park officials said.").keys() == {"negation"}
    assert not kinds(a, "Nobody was seriously injured in the landslide, park officials said.")


def test_two_deadlines_in_two_months() -> None:
    a = "The agency said the repairs would be finished by the end of March."
    assert kinds(a, "The repairs would be finished by mid-April, he said.").keys() == {"date"}
    assert not kinds(a, "The repairs would be finished by March, he said.")
    assert not kinds("The repairs would be finished by mid-April.", "The repairs would be finished by April.")


def test_what_comes_before_that_is_another_event() -> None:
    a = "The deciding match against Serbia will be played in Belgrade on 14 March."
    assert not kinds(a, "Before that, Serbia host Greece in Nis on 11 March.")
    assert kinds(a, "The deciding match against Serbia will be played in Belgrade on 11 March.").keys() == {"date"}


def test_a_measure_of_one_thing_beside_the_other_thing_named() -> None:
    a = "Besides the pangolin scales, the lorry carried about 300 kilograms of elephant tusks."
    assert not kinds(a, "The lorry carried 1,800kg of pangolin scales.")
    assert kinds(a, "The lorry carried 800kg of elephant tusks.").keys() == {"number"}


def test_kept_off_is_not_on() -> None:
    a = "Passengers with pets were kept off the first ferry, the operator said."
    assert not kinds(a, "Passengers with pets were not on the first ferry.")
    assert kinds("Passengers with pets were on the first ferry.", "Passengers with pets were not on the first ferry.")


def test_a_toll_told_as_it_now_stands_and_an_earlier_one() -> None:
    a = "Four people were killed when a gas cylinder exploded in the market."
    assert not kinds(a, "Seven people have now died after a gas cylinder exploded in the market.")
    assert kinds(a, "Seven people died when a gas cylinder exploded in the market.").keys() == {"number"}


def test_more_of_a_group_is_no_count_of_it() -> None:
    a = "Three people were killed and more than 90 injured when a gas tank exploded at a market near Thrissur."
    b = (
        "The death toll in the blast at the market near Thrissur rose to five on Thursday evening as two more of the "
        "injured died in hospital."
    )
    assert "number" not in kinds(a, b, None, None)
    assert kinds(a, "Three people were killed and 60 injured when a gas tank exploded at the market.").keys() == {
        "number"
    }


def test_a_home_named_by_its_state_holds_a_home_in_a_town_of_it() -> None:
    a = "The files were kept on a server at his home in Bedminster, N.J. Investigators asked for it on Monday."
    assert not kinds(a, "Investigators said he kept a server in his New Jersey home during his time in office.")


def test_an_age_is_no_count_of_times() -> None:
    a = "The coach, Rui Matos, watched the winger four times in Lisbon."
    assert not kinds(a, "Rui Matos has been following the winger since the player was 16.")
    assert kinds(
        "Rui Matos has followed the winger since the player was 15.",
        "Rui Matos has followed him since the player was 16.",
    ).keys() == {"number"}


def test_a_burst_and_the_supply_restored_are_two_moments() -> None:
    mon = PUB - timedelta(days=1)
    a = "The burst was reported to the water company at 6.20pm."
    assert not kinds(a, "The water company said it had restored supply to most homes by 07:00 on Tuesday.", mon, PUB)
    assert kinds(a, "The burst was reported to the water company at 8.40pm.", mon, PUB).keys() == {"date"}


def test_two_heights_from_two_bases() -> None:
    a = "The ash column rose to 5,200 metres above sea level, the observatory said."
    assert not kinds(a, "The ash column reached 1,500 metres above the summit.")
    assert kinds(a, "The ash column reached 4,500 metres above sea level.").keys() == {"number"}


def test_a_further_round_of_an_act_has_a_date_of_its_own() -> None:
    a = "The airline cancelled 140 flights on Friday."
    assert "date" not in kinds(a, "The airline cancelled another 120 flights on Saturday.")
    assert "date" not in kinds(a, "A further 120 flights were cancelled on Saturday.")
    assert "date" in kinds(a, "The airline cancelled 140 flights on Saturday.")
    # a length is no added count: 'a further 24-hour strike' is the strike the other side dates
    strike = "The union has called another walkout for 21 November."
    assert "date" in kinds(strike, "A further 24-hour strike is planned for 12 November.")


def test_counts_read_as_of_two_hours_are_two_readings() -> None:
    a = "Twenty flights had been delayed by evening."
    assert not kinds(a, "Fourteen flights were delayed as of 2 p.m.")
    assert kinds(a, "Fourteen flights had been delayed by evening.").keys() == {"number"}


def test_things_added_and_things_taken_away_are_two_counts() -> None:
    a = "More than 200 services were cancelled across Wales on Monday."
    assert not kinds(a, "The new timetable added about 60 weekday services across Wales.")
    assert not kinds("The firm hired 45 drivers this year.", "The firm cut 300 jobs this year.")
    assert kinds(a, "About 60 services were cancelled across Wales on Monday.").keys() == {"number"}
    # 'added that' reports speech, no act of adding
    b = "The operator added that about 60 services were cancelled across Wales on Monday."
    assert kinds(a, b).keys() == {"number"}


def test_a_nordic_crown_after_its_country_is_its_currency() -> None:
    a = "The survey is funded with 46 million Norwegian crowns from the Research Council of Norway."
    assert kinds(a, "The survey is funded with 64 million kroner from the Research Council of Norway.").keys() == {
        "number"
    }
    assert not kinds(a, "The survey is funded with 46 million kroner from the Research Council of Norway.")
    assert not kinds("The fund holds 1.2 billion Swedish crowns.", "The fund holds 1.2 billion kronor.")


def test_taking_part_is_joining() -> None:
    a = "The university's rector did not take part in the protest."
    assert kinds(a, "The university's rector joined the march.").keys() == {"negation"}
    assert kinds("The rector took part in the march.", "The rector did not join the protest.").keys() == {"negation"}
    assert not kinds(a, "The university's rector did not join the march.")


def test_a_top_speed_is_a_most() -> None:
    a = "Trains will run at up to 250km/h on the new line."
    assert kinds(a, "Trains can reach a top speed of 220 kilometres per hour.").keys() == {"number"}
    assert not kinds(a, "Trains can reach a top speed of 250 kilometres per hour.")


def test_a_pound_after_its_country_is_that_country_s() -> None:
    a = "Standard fares start at 300 Egyptian pounds."
    assert kinds(a, "A standard-class ticket costs EGP 200.").keys() == {"number"}
    assert not kinds(a, "A standard-class ticket costs EGP 300.")
    assert "number" not in kinds("A ticket costs 300 Egyptian pounds.", "A ticket costs £300.")


def test_places_in_one_series_told_with_such_or_a_synonym() -> None:
    a = "The outage was the second nationwide blackout since March 2024."
    assert kinds(a, "This was the third such blackout since March 2024.").keys() == {"number"}
    assert kinds(a, "It was the third countrywide outage since March 2024.").keys() == {"number"}
    assert not kinds(a, "It was the second such outage since March 2024.")
    assert kinds("It was the 9th eruption of the year.", "It was the 11th eruption since January.").keys() == {"number"}


def test_last_weekday_on_a_page_of_the_same_week_may_mean_either_week() -> None:
    wed = datetime(2026, 9, 16, 10, 40, tzinfo=timezone(timedelta(hours=2)))
    tue = datetime(2026, 9, 15, 16, 25, tzinfo=timezone(timedelta(hours=2)))
    a = "The central bank kept its base rate at 6.5% last week."
    assert not kinds(a, "The central bank left the base rate at 6.5% at its meeting last Tuesday.", tue, wed)
    # a day told plainly still meets it: 'last Tuesday' on a Wednesday is no Wednesday, and on a Friday page of the
    # next week it is one day
    assert "date" in kinds("The bank held the rate on Wednesday.", "The bank held the rate last Tuesday.", wed, wed)
    fri = datetime(2026, 9, 25, 9, tzinfo=timezone(timedelta(hours=2)))
    assert "date" in kinds(a, "The central bank left the base rate at 6.5% at its meeting last Tuesday.", tue, fri)


def test_people_evicted_and_people_detained_are_two_counts() -> None:
    a = "Police on Tuesday evicted 212 households from the tower in Kadikoy."
    b = "Police detained four people as residents of the tower in Kadikoy were evicted on Tuesday."
    assert "number" not in kinds(a, b)
    assert kinds(a, "Police on Tuesday evicted 180 households from the tower in Kadikoy.").keys() == {"number"}


def test_a_session_s_extreme_is_not_where_a_price_stood() -> None:
    a = "The rand fell as much as 1.1% to 18.62 per dollar after the decision."
    assert "number" not in kinds(a, "The rand weakened to 18.47 per dollar after the announcement.")
    assert kinds("The rand weakened to 18.62 per dollar.", "The rand weakened to 18.47 per dollar.").keys() == {
        "number"
    }


def test_a_tranche_unlocked_is_no_size_of_the_programme() -> None:
    a = "The IMF board approved the third review of Kenya's loan programme, unlocking about $850 million."
    assert "number" not in kinds(a, "The IMF board signed off on the third review of Kenya's $3.6 billion programme.")
    # two tellings of one payment still meet
    b = "The board's approval clears the way for the release of $805 million to Kenya."
    assert kinds(a, b).keys() == {"number"}


def test_core_and_headline_inflation_are_two_measures() -> None:
    a = "Core inflation, measured by the trimmed mean, reached 3.6 per cent in the September quarter."
    assert "number" not in kinds(a, "Headline inflation was 3.0% in the September quarter.")
    assert kinds(a, "Underlying inflation rose to 3.2 per cent in the September quarter.").keys() == {"number"}
    # plain 'inflation' may be either measure
    assert kinds("Inflation jumped to 12.6 percent in October.", "Headline inflation surged to 13.6% in October.")


def test_a_place_found_empty_is_what_the_other_side_denies_was_in_it() -> None:
    a = "Keepers raised the alarm when the lynx was not in her enclosure."
    assert "negation" not in kinds(a, "Staff found the lynx's enclosure empty, the park confirmed.")
    assert kinds(a, "Staff found the lynx in her enclosure, the park confirmed.").keys() == {"negation"}


def test_a_rise_and_a_fall_by_one_percentage() -> None:
    a = "Permits for single-family houses rose 6% in May."
    assert kinds(a, "Approvals for single-family homes fell 6% in May.").keys() == {"negation"}
    assert not kinds(a, "Permits for single-family houses fell to 6% of the total in May.").keys() & {"negation"}
    assert not kinds("Exports rose 6% in May.", "Imports fell 6% in May.")


def test_a_list_of_figures_shares_the_unit_written_at_its_end() -> None:
    a = "The treasury also sold five-year and 30-year notes."
    assert not kinds(a, "The sale comprised three tranches, with tenors of five, 10 and 30 years.")
    assert kinds(
        "The sale had tenors of seven, 10 and 30 years.", "The sale had tenors of five, 10 and 30 years."
    ).keys() == {"number"}


def test_none_of_those_who_died_denies_the_main_verb_not_the_deaths() -> None:
    a = "The four children who died were aged between one and five."
    assert "negation" not in kinds(a, "None of the children who died had been vaccinated, the ministry said.")
    assert kinds("Four children died of measles.", "None of the children died.").keys() == {"negation"}


def test_no_indication_that_someone_was_hurt_is_a_denial() -> None:
    a = "There is no indication that any of the sailors has been hurt."
    assert "negation" not in kinds(a, "A navy spokesman said none of the sailors had been injured.")
    assert kinds("Two of the sailors were hurt.", "None of the sailors had been injured.").keys() == {"negation"}


def test_an_event_told_a_day_before_the_dated_one() -> None:
    thu = datetime(2026, 10, 15, 12, tzinfo=timezone(timedelta(hours=8)))
    b = "A bulk carrier ran aground off Pulau Bukom at about 4.10am on Wednesday."
    a = "Salvors refloated a bulk carrier on Thursday morning that had run aground a day earlier off Pulau Bukom."
    assert "date" not in kinds(a, b, thu, thu)
    c = "The bulk carrier was refloated at about 9.40am on Thursday, a day after it became stuck off Pulau Bukom."
    assert "date" not in kinds(c, b, thu, thu)
    # the day before is the grounding's, not the refloating's
    assert "date" in kinds(c, "The bulk carrier was refloated off Pulau Bukom at about 9.40am on Wednesday.", thu, thu)


def test_a_glued_m_before_an_irregular_plural_is_million() -> None:
    a = "The campaign aims to reach 4.2 million children aged between nine months and five years."
    assert not kinds(a, "The campaign targets 4.2m children under five.")
    assert kinds(a, "The campaign targets 3.8m children under five.").keys() == {"number"}


def test_members_backing_or_voting_to_act_are_the_votes_for() -> None:
    a = "Peru's congress removed the minister, with 74 lawmakers backing a censure motion."
    assert kinds(a, "Peru's congress voted 79 to 21, with nine abstentions, to censure the minister.").keys() == {
        "number"
    }
    assert not kinds(a, "Peru's congress voted 74 to 21, with nine abstentions, to censure the minister.")
    b = "More than 80 lawmakers voted on Thursday to launch impeachment proceedings against the speaker."
    c = "Parliament voted on Thursday to launch impeachment proceedings against the speaker, with 78 members in favour."
    assert kinds(b, c).keys() == {"number"}
    # the whole body, of which some voted, is no side of the vote
    assert not kinds("Senators voted 22-8 to override.", "In the Senate, 22 of the 30 senators voted to override.")


def test_a_penalty_ceiling_told_with_could_is_the_ceiling() -> None:
    a = "The former mayor faces up to 15 years in jail if convicted."
    assert kinds(a, "The former mayor could face up to 12 years in jail.").keys() == {"number"}
    assert not kinds(a, "The former mayor could face up to 15 years in jail.")
    # a figure a plan would reach is still no fact
    assert not kinds("The bypass could cost up to $40 million.", "The bypass cost $52 million.")


def test_reports_of_a_thing_count_that_thing() -> None:
    a = "Police have logged 23 reports of break-ins in the district since March."
    assert kinds(a, "Nineteen break-ins have been reported in the district since March.").keys() == {"number"}
    assert not kinds(a, "Twenty-three break-ins have been reported in the district since March.")


def test_a_past_years_figure_told_by_reports_of_two_days() -> None:
    tue = datetime(2026, 3, 10, 9, tzinfo=timezone.utc)
    a = "A survey published on Monday found that the average household energy bill rose to £2,100 last year."
    b = "According to figures released on Tuesday, households paid an average of £1,200 for energy last year."
    assert kinds(a, b, tue, tue).keys() >= {"number"}
    # a running count read on two days is two moments
    c = "The number of cases has risen to 48, officials said on Monday."
    assert "number" not in kinds(c, "The number of cases had passed 50 by Tuesday, officials said.", tue, tue)


def test_benches_and_units_named_by_ordinals_are_entities() -> None:
    a = "The appeal was heard by the court's 4th Division."
    assert kinds(a, "The appeal was heard by the court's 6th Division.").keys() == {"entity"}
    assert kinds("The 3rd Battalion was sent to the border.", "The 5th Battalion was sent to the border.").keys() == {
        "entity"
    }


def test_the_other_act_of_a_sentence_keeps_its_own_time() -> None:
    a = "The council met on Monday morning and approved the budget shortly after 2pm."
    assert "date" not in kinds(a, "Councillors approved the budget on Monday afternoon.")
    assert kinds(
        "The council approved the budget on Monday morning.", "Councillors approved the budget on Monday afternoon."
    ).keys() == {"date"}
    b = "The fire started on Monday morning and was contained by 3pm."
    assert kinds(b, "The fire started on Monday afternoon.").keys() == {"date"}


def test_an_acquittal_told_with_the_sentence_that_went_before() -> None:
    a = "The Supreme Court acquitted Daniel Okafor of murder, overturning the ruling of the trial court."
    b = "The Supreme Court acquitted Daniel Okafor, who had been serving a 20-year sentence for murder."
    assert "negation" not in kinds(a, b)
    assert kinds(a, "The Supreme Court convicted Daniel Okafor of murder.").keys() == {"negation"}


def test_a_name_cut_to_its_syllables() -> None:
    a = "The loan was arranged by National Westminster."
    assert not kinds(a, "The loan was arranged by NatWest Group.")
    assert kinds(a, "The loan was arranged by Lloyds Banking.").keys() == {"entity"}


def test_bail_and_remand_are_opposite_states() -> None:
    a = "Magistrate Ana Silva granted Kovacs bail pending trial."
    assert kinds(a, "Magistrate Ana Silva remanded Kovacs in custody pending trial.").keys() == {"negation"}
    assert not kinds("Two co-accused were granted bail.", "Kovacs was remanded in custody.")


def test_no_sign_that_an_act_was_done_denies_it() -> None:
    a = "Investigators said there was no sign that the pilots had ignored the warning."
    assert kinds(a, "Investigators said the pilots had ignored the warning.").keys() == {"negation"}
    assert not kinds(a, "Investigators found that the controllers had ignored the warning.")
    # a denial on the other side too, however it is written
    assert not kinds(a, "Neither pilot had ignored the warning, investigators said.")
    assert not kinds(a, "Investigators said they had found no evidence that the pilots had ignored the warning.")


def test_a_seat_named_by_the_trade_of_the_other_firm() -> None:
    a = "Harlow Paints, the Leeds-based maker of coatings, is buying Dunmore Tiles."
    assert "entity" not in kinds(a, "The deal values the Cork-based tile maker at €90 million.")
    assert kinds(a, "The Manchester-based paint maker is buying Dunmore Tiles.").keys() >= {"entity"}


def test_a_larger_figure_grown_to_on_a_later_page() -> None:
    mon = datetime(2026, 8, 3, 18, tzinfo=timezone(timedelta(hours=-7)))
    tue = datetime(2026, 8, 4, 8, tzinfo=timezone(timedelta(hours=-7)))
    a = "The oil slick had grown to about 40 square kilometres overnight, the coastguard said."
    b = "The oil slick has grown to 25 square kilometres, the coastguard said on Monday."
    assert "number" not in kinds(a, b, tue, mon)
    assert kinds(a, b, mon, tue).keys() >= {"number"}


def test_lei_are_romanian_lei() -> None:
    a = "The contractor was paid 640 million lei for the bypass."
    assert kinds(a, "The contractor was paid RON 710 million for the bypass.").keys() == {"number"}
    assert not kinds(a, "The contractor was paid RON 640 million for the bypass.")


def test_operating_normally_is_the_state_a_suspension_ends() -> None:
    a = "Tocumen International Airport continued to operate normally throughout the protest, according to the operator."
    assert kinds(a, "Flights at Tocumen airport were suspended for 50 minutes.").keys() == {"negation"}
    # a verb after 'continued to' is what went on, not the going on
    assert not kinds("Prices continued to rise at the harbour.", "Harbour ferries were suspended for two hours.")


def test_a_denial_inside_a_relative_clause_does_not_deny_the_main_verb() -> None:
    a = "Drivers who do not hold a permit will have to register online from March 1, 2027."
    b = "Drivers will need to register online from 1 April 2027."
    assert kinds(a, b).keys() == {"date"}


def test_a_thing_needed_and_an_act_needed_are_two() -> None:
    a = "Travellers who do not need a visa must still pay the fee."
    assert "negation" not in kinds(a, "Travellers will need to pay the fee at the border.")
    assert kinds("Travellers do not need a visa.", "Travellers need a visa.").keys() == {"negation"}
    # one act, told as a thing and as a verb
    a = "The drivers' union had not threatened a strike during the talks."
    assert kinds(a, "The drivers' union had threatened to strike if no deal was reached.").keys() == {"negation"}


def test_seeking_an_act_does_not_assert_it() -> None:
    a = "Residents have filed a petition seeking to block the new tariffs."
    assert not kinds(a, "The tribunal declined to block the new tariffs on Monday.")


def test_people_undergoing_treatment_and_the_dead_are_two_counts() -> None:
    a = "Thirty-one people are undergoing treatment in Shimla, officials said."
    assert not kinds(a, "Twenty-two people have died so far.")
    assert kinds(a, "Twenty-six people are undergoing treatment in Shimla.").keys() == {"number"}


def test_a_body_acting_through_its_board() -> None:
    a = "The fare rise was approved by the Metro Transport Board on 3 March."
    assert kinds(a, "The fare rise was approved by the board of the Regional Rail Authority on 3 March.").keys() == {
        "entity"
    }
    assert not kinds(a, "The fare rise was approved by the board of the Metro Transport Board on 3 March.")


def test_an_acronym_and_its_plural_are_one_thing() -> None:
    a = "Customers who use a VPN to reach the site face a fine."
    assert not kinds(a, "The order sets a fine for anyone who uses VPNs to reach the site.")


def test_the_owner_of_an_agent_is_not_the_agent() -> None:
    a = "The airline was fined €12m by the Civil Aviation Authority."
    assert "entity" not in kinds(a, "The airline was fined €12m by Spain's aviation regulator.")
    assert kinds(a, "The airline was fined €12m by the Competition Commission.").keys() == {"entity"}
    # a group's own body is still the group's act
    b = "The camp at Torkham is run by the International Organization for Migration."
    assert kinds(b, "The camp at Torkham is run by the Taliban's refugee ministry.").keys() == {"entity"}


def test_an_account_told_with_its_denial_is_not_asserted() -> None:
    a = "Some residents said workers opened the floodgates early, though the council has denied this."
    b = "Workers kept the floodgates shut throughout, according to the council."
    assert "negation" not in kinds(a, b)
    assert kinds("Workers opened the floodgates early.", b).keys() == {"negation"}


def test_none_of_them_did_it_in_the_active_voice() -> None:
    a = "No council members abstained, the clerk said."
    assert kinds(a, "Three council members abstained in the vote.").keys() == {"negation"}
    assert not kinds(a, "No council members abstained.")


def test_the_noun_orders_does_not_date_an_order() -> None:
    a = "The ministry issued the blocking orders on Monday under the new act."
    assert kinds(a, "The orders were issued on Tuesday under the new act.").keys() == {"date"}


def test_what_a_plant_can_make_is_its_capacity() -> None:
    a = "The refinery has a capacity of 180,000 barrels a day."
    assert kinds(a, "The refinery can process 220,000 barrels a day.").keys() == {"number"}
    assert not kinds(a, "The refinery can process 180,000 barrels a day.")


def test_two_thresholds_of_one_condition_are_points() -> None:
    a = "The subsidy applies whenever wheat trades below $250 a tonne."
    assert kinds(a, "The subsidy only kicks in when wheat prices are below $220 a tonne.").keys() == {"number"}
    assert not kinds(a, "The subsidy applies when wheat is below $250 a tonne.")
    # two bounds told without a condition are ranges that overlap
    assert not kinds("Wheat traded below $250 a tonne.", "Wheat traded below $220 a tonne.")


def test_a_penalty_that_could_follow_is_the_ceiling() -> None:
    a = "Offenders risk a fine of up to R3 million or up to five years in jail."
    assert kinds(
        a, "Breaking the rule could lead to fines of up to R5 million or up to five years in jail."
    ).keys() == {"number"}
    assert not kinds(a, "Breaking the rule could lead to fines of up to R3 million or up to five years in jail.")


def test_still_in_post_and_gone() -> None:
    a = "Tomas Lindgren, the chief executive, remains in post, a spokesperson said."
    assert kinds(a, "Its chief executive, Tomas Lindgren, stepped down on Friday morning.").keys() == {"negation"}
    assert kinds("Chief executive Tomas Lindgren quit on Friday.", a).keys() == {"negation"}
    assert not kinds(a, "The chairman, Peter Holt, resigned on Friday.")
    assert not kinds(a, "Tomas Lindgren has not resigned.")
    # a stay until leaving is no denial of the leaving
    b = "In his resignation letter, Lindgren said he would remain in his role for three more months."
    assert not kinds(b, "Tomas Lindgren resigned on Thursday.")


def test_attending_and_boycotting_one_meeting() -> None:
    a = "The union boycotted a meeting with the labour ministry on Monday."
    assert kinds(a, "The union said it had attended a meeting with the labour ministry on Monday.").keys() == {
        "negation"
    }
    assert not kinds(a, "The union attended a rally outside the labour ministry on Tuesday.")


def test_a_year_of_long_ago_is_a_date() -> None:
    a = "The church was destroyed by fire in 1666, the museum says."
    assert kinds(a, "The church was destroyed by fire in 1671, the museum says.").keys() == {"date"}
    # a bare four-digit count is still a count
    assert kinds("Power was cut in 1800 homes.", "Power was cut in 1500 homes.").keys() == {"number"}


def test_a_people_and_their_country_are_no_spellings_of_one_name() -> None:
    a = "More than 4,000 Afghans returned from Iran through the Islam Qala crossing on Monday."
    assert "entity" not in kinds(a, "About 4,100 returnees crossed into Afghanistan at Islam Qala on Monday.")


def test_those_registered_and_all_of_them() -> None:
    a = "About 1.2 million Sudanese live in Chad, the agency estimates."
    assert not kinds(a, "The agency has about 640,000 registered Sudanese refugees in Chad.")
    b = "The agency has about 800,000 registered Sudanese refugees in Chad."
    assert kinds(b, "The agency has about 640,000 registered Sudanese refugees in Chad.").keys() == {"number"}


def test_what_a_thing_costs_and_a_share_of_it() -> None:
    a = "The state has pledged €90m to help build a battery plant in Vaasa."
    assert not kinds(a, "The government said it would back a 400 million euro battery plant in Vaasa.")
    assert kinds(a, "The state has pledged €120m to help build a battery plant in Vaasa.").keys() == {"number"}


def test_lorries_are_trucks() -> None:
    a = "A convoy of 36 trucks carrying food and medicine crossed into the region on Tuesday, the agency said."
    assert kinds(a, "A convoy of 28 lorries reached the region on Tuesday morning, bringing rare relief.").keys() == {
        "number"
    }
    assert not kinds(a, "A convoy of 36 lorries reached the region on Tuesday morning, bringing rare relief.")


def test_a_year_of_the_past_does_not_hide_the_dated_state() -> None:
    thu = datetime(2026, 11, 12, 19, tzinfo=timezone.utc)
    a = "The old pier, which opened in 1902, will close to visitors from Monday, November 16th."
    assert kinds(a, "Visitors face months of disruption when the old pier closes from Tuesday.", thu, thu).keys() == {
        "date"
    }


def test_what_a_rise_adds_and_where_it_takes_the_bill() -> None:
    a = "The increase will add around €31 a year to the bill of a typical household."
    assert not kinds(a, "The average household bill will rise to about €410 a year.")
    assert kinds(a, "The increase will add around €45 a year to the bill of a typical household.").keys() == {"number"}


def test_for_the_first_time_is_no_count_of_occurrences() -> None:
    a = "The assembly approved a housing law late on Tuesday that will for the first time cap rents."
    assert kinds(a, "The assembly approved the government's housing law on Monday.").keys() == {"date"}
    b = "It was the second time in a month that the assembly met on a Tuesday."
    assert "date" not in kinds(b, "The assembly met on Monday.")


def test_a_plight_before_the_noun_names_whom_the_count_counts() -> None:
    a = "The 12 trapped miners were rescued on Friday."
    assert kinds(a, "Rescuers saved 14 miners on Friday.").keys() == {"number"}
    assert not kinds(a, "Rescuers saved 12 miners on Friday.")
    whales = "More than 200 pilot whales beached at the spit in the first stranding."
    assert "number" not in kinds(whales, "Volunteers refloated 94 pilot whales at the spit on the incoming tide.")


def test_a_curfew_imposed_and_relaxed_are_two_steps() -> None:
    mon = datetime(2026, 6, 15, 19, 40, tzinfo=timezone(timedelta(hours=5, minutes=30)))
    a = "The curfew in the town will be relaxed from 10 am to noon tomorrow, the district administration said."
    assert "date" not in kinds(a, "A curfew was imposed in parts of the town at 10 pm on Sunday.", mon, mon)
    assert kinds(a, "The curfew in the town will be relaxed from 10 am to noon on Thursday.", mon, mon).keys() == {
        "date"
    }


def test_a_participle_naming_the_subject_by_an_earlier_act() -> None:
    wed = datetime(2026, 10, 21, 8, tzinfo=timezone.utc)
    a = "A foreign trawler detained in Arctic waters arrived in Tromso on Tuesday evening under Coast Guard escort."
    b = "The Coast Guard detained the Spanish-flagged trawler Nuevo Alborada on Monday near Svalbard."
    assert "date" not in kinds(a, b, wed, wed)
    assert kinds(
        "The Coast Guard detained a foreign trawler in Arctic waters on Tuesday evening.", b, wed, wed
    ).keys() == {"date"}


def test_the_size_of_a_building_in_words() -> None:
    a = "An eight-storey apartment block in the district was evacuated after residents reported cracks in its columns."
    b = "Residents of 24 flats in a seven-storey apartment block in the district were evacuated after cracks appeared."
    assert kinds(a, b).keys() == {"number"}
    assert not kinds(a, b.replace("seven-storey", "8-storey"))


def test_balancing_on_one_foot_is_no_length() -> None:
    assert not extract_facts("The 28cm figure of Mercury balancing on one foot was stolen.").quantities[1:]
    assert extract_facts("The river rose by one foot overnight.").quantities


def test_the_agent_of_a_passive_and_the_subject_of_the_active() -> None:
    a = "The cancellation was signed by the Foreign Affairs Minister."
    assert kinds(
        a, "The International Trade Minister signed off on the cancellation, according to court documents."
    ).keys() == {"entity"}
    assert not kinds(a, "The Foreign Affairs Minister signed off on the cancellation, according to court documents.")


def test_an_hour_told_in_the_morning_is_no_count() -> None:
    a = "The six-storey building collapsed at 05:30 local time, the governor's office said."
    assert "number" not in kinds(a, "The building collapsed shortly after 4 in the morning, according to residents.")
    assert kinds(a, "The four-storey building collapsed at 05:30 local time, residents said.").keys() == {"number"}


def test_a_name_in_its_own_language_and_translated_is_one_agent() -> None:
    a = "The main treatment centre is run by Médecins Sans Frontières in the Drouillard neighbourhood."
    assert not kinds(a, "Doctors Without Borders runs the treatment centre at Drouillard.")
    b = "The main treatment centre is run by the International Medical Corps in the Drouillard neighbourhood."
    assert kinds(b, "Doctors Without Borders runs the treatment centre at Drouillard.").keys() == {"entity"}


def test_a_commission_cut_to_syllables_in_capitals() -> None:
    a = "Seven police officers from Quezon City faced NAPOLCOM over allegations that they extorted riders."
    b = "Seven police officers accused of extorting riders faced the National Police Commission."
    assert not kinds(a, b)
    assert kinds(a, b.replace("National Police Commission", "Civil Service Commission")).keys() == {"entity"}


def test_room_for_inmates_is_no_count_of_them() -> None:
    a = "About 1,900 inmates are held at the complex."
    assert not kinds(a, "The complex has capacity for 1,200 inmates.")
    assert not kinds(a, "The complex was built to hold 1,200 inmates.")
    assert kinds(a, "About 1,200 inmates are held at the complex.").keys() == {"number"}


def test_a_day_after_told_far_from_its_day() -> None:
    thu = datetime(2026, 3, 5, 18, tzinfo=timezone(timedelta(hours=2)))
    sat = datetime(2026, 3, 7, 20, tzinfo=timezone(timedelta(hours=2)))
    a = "The finance minister resigned on Thursday, a day before Parliament was due to vote on the 2026/27 budget."
    b = "Parliament on Friday passed the 2026/27 national budget by 112 votes to 68, a day after the finance minister resigned."
    assert "date" not in kinds(a, b, thu, sat)
    c = "Parliament on Friday passed the 2026/27 national budget by 112 votes to 68, two days after the finance minister resigned."
    assert kinds(a, c, thu, sat).keys() == {"date"}


def test_a_done_act_and_one_to_come_in_one_sentence() -> None:
    thu = datetime(2026, 2, 19, 9, tzinfo=timezone(timedelta(hours=1)))
    wed = datetime(2026, 2, 18, 21, 50, tzinfo=timezone(timedelta(hours=1)))
    a = "The King has kept the prime minister's resignation in abeyance and will hold talks with party chairs on Thursday."
    b = "The prime minister handed his government's resignation to the King on Wednesday evening."
    assert "date" not in kinds(a, b, thu, wed)
    c = "The King will hold talks with party chairs on Friday."
    assert kinds(a, c, thu, thu).keys() == {"date"}


def test_urged_never_to_is_advice_not_a_denial() -> None:
    a = "The bank has refused to refund clients who shared their one-time PINs."
    assert not kinds(
        a, "It urged clients never to share one-time PINs, even with someone claiming to be from the bank."
    )


def test_a_signal_raised_and_lowered_are_two_acts() -> None:
    tue = datetime(2026, 10, 13, 11, 20, tzinfo=timezone(timedelta(hours=8)))
    a = "The Observatory lowered the No 8 signal at 10.20am on Tuesday and replaced it with the No 3 signal."
    assert not kinds(a, "The No 8 signal was raised at 3.20pm yesterday.", tue, tue)
    assert kinds(a, "The Observatory lowered the No 8 signal at 11.40am on Tuesday.", tue, tue).keys() == {"date"}


def test_an_hour_of_the_night_by_the_clock_alone() -> None:
    a = "Water pressure has been cut nightly from 10pm to 6am since Monday."
    b = "Authorities began cutting water pressure each night from 10 o'clock until 6 in the morning on Monday."
    assert "date" not in kinds(a, b)
    assert kinds("The ferry left at 10pm.", "The ferry left at 9 o'clock in the morning.").keys() == {"date"}


def test_what_was_going_on_that_day_is_not_the_event() -> None:
    sat = datetime(2026, 6, 20, 14, tzinfo=timezone(timedelta(hours=1)))
    sun = datetime(2026, 6, 21, 8, tzinfo=timezone(timedelta(hours=1)))
    a = "At least 11 worshippers died on Saturday when fire swept through a mosque in Kano during dawn prayers."
    assert "date" not in kinds(
        a, "Residents of Kano were on Sunday mourning victims of a fire that tore through a mosque.", sat, sun
    )
    assert kinds(
        a, "At least 11 worshippers died on Sunday when fire swept through a mosque in Kano.", sat, sun
    ).keys() == {"date"}


def test_one_thing_of_its_kind_scheduled_for_two_years() -> None:
    a = "The stadium is scheduled for completion in 2030."
    assert kinds(a, "The stadium is due to be completed in 2029.").keys() == {"date"}
    assert not kinds(a, "The stadium is due to be completed in 2030.")
    assert not kinds(a, "The old stadium was completed in 1994.")


def test_two_capacities_are_partners() -> None:
    a = "The complex has capacity for 1,200 inmates."
    b = "The complex, known as Compaj, held 1,940 inmates in September, against a capacity of 1,072."
    assert kinds(a, b).keys() == {"number"}
    assert not kinds(a, b.replace("1,072", "1,200"))


def test_two_given_names_elected_to_one_office() -> None:
    a = "Peris Chepkoech was elected vice president."
    assert kinds(a, "Winnie Chepkoech was elected vice president unopposed.").keys() == {"entity"}
    assert not kinds(a, "Winnie Chepkoech was elected treasurer.")


def test_an_application_lodged_is_one_submitted() -> None:
    a = "No planning application has been submitted to the city council yet, a council spokeswoman said."
    assert kinds(
        a, "A planning application was lodged with the city council last week, according to the clubs."
    ).keys() == {"negation"}
    assert not kinds(a, "A planning application is expected to be lodged with the city council next month.")


def test_an_age_told_of_the_subject_after_was() -> None:
    a = "Tsiklauri, aged 43, had served three years of a seven-year sentence."
    assert kinds(a, "Tsiklauri was a 34-year-old serving a sentence for robbery.").keys() == {"number"}
    assert not kinds(a, "Tsiklauri was a 43-year-old serving a sentence for robbery.")
    assert not kinds(a, "Tsiklauri had attacked a guard who was a 34-year-old father of two.")


def test_most_not_and_some_did_leave_room_for_each_other() -> None:
    b = "Some passengers were wearing life jackets, which helped them stay afloat until help arrived."
    assert not kinds("Most passengers were not wearing life jackets, local officials said.", b)
    assert kinds("The passengers were not wearing life jackets, local officials said.", b).keys() == {"negation"}


def test_a_failed_attempt_and_the_next_one_planned() -> None:
    a = "Two tugboats tried and failed to refloat the vessel at high tide this morning."
    assert "negation" not in kinds(a, "Salvage teams plan to refloat the tanker at high tide on Saturday.")
    assert kinds(a, "Two tugboats refloated the vessel at high tide this morning.").keys() == {"negation"}


def test_a_numbered_military_unit_is_a_name() -> None:
    a = "Three crew members were pulled from a life raft by a Cormorant helicopter from 14 Wing Greenwood."
    assert not kinds(a, "A Cormorant helicopter from Greenwood rescued three men from the water.")
    assert kinds(a, "Four crew members were pulled from a life raft by a Cormorant helicopter.").keys() == {"number"}


def test_taken_to_a_named_hospital_is_a_fate() -> None:
    a = "Six pupils died at the scene on Wednesday, and a girl succumbed to head injuries at the Nakuru Level Five Hospital."
    assert not kinds(a, "Another 31 pupils were taken to the Nakuru Level Five Hospital, where nine are critical.")
    assert kinds(a, "Eight pupils died at the scene on Wednesday.").keys() == {"number"}


def test_a_class_and_a_kind_it_holds_are_partners() -> None:
    a = "Santiago put 214 new electric buses into service on Monday, bringing its electric fleet to more than 2,700 vehicles."
    assert not kinds(a, "Santiago's electric fleet now totals 2,740 buses.")
    assert kinds(a, "Santiago's electric fleet now totals 2,400 buses.").keys() == {"number"}


def test_not_rising_before_a_date_is_a_freeze() -> None:
    a = "Fares will not rise before spring 2027, the company has promised."
    assert not kinds(a, "Fares will be frozen until March 2027.")


def test_a_state_of_decades_ago_and_one_to_come() -> None:
    a = "Line 9 opened in stages in the late 1980s and runs 15 kilometers from Tacubaya to Pantitlan."
    assert not kinds(a, "The Pantitlan platforms for Line 9 will also close.")
    assert kinds("Line 9 will stay open.", "The platforms for Line 9 will close.").keys() == {"negation"}


def test_money_taken_in_and_money_paid_out() -> None:
    a = "The solidarity platform collected 640 million liras in a televised fundraiser."
    assert not kinds(a, "The solidarity platform said it had spent 410 million liras on rent support and repairs.")
    assert kinds(a, "The solidarity platform raised 460 million liras in a televised fundraiser.").keys() == {"number"}


def test_early_morning_holds_the_small_hours() -> None:
    fri = datetime(2026, 8, 14, 12, tzinfo=timezone(timedelta(hours=10)))
    b = "The 6.4-magnitude quake hit at 2:17am on Thursday, waking residents across Lae."
    assert "date" not in kinds("The quake struck early yesterday morning, when most people were asleep.", b, fri, fri)
    assert "date" not in kinds("The quake struck early on Thursday morning.", b, fri, fri)
    assert kinds("The quake struck on Thursday afternoon.", b, fri, fri).keys() == {"date"}


def test_summoned_to_appear_on_a_day_ahead() -> None:
    wed = datetime(2026, 12, 2, 8, tzinfo=timezone(timedelta(hours=1)))
    a = "Congress's Decentralization Committee summoned Salcedo to appear on Thursday."
    b = "Congress's Decentralization Committee has summoned ANI officials to appear on December 3."
    assert not kinds(a, b, wed, wed)
    assert kinds(a, b.replace("December 3", "December 10"), wed, wed).keys() == {"date"}


def test_those_still_without_and_those_who_lost_a_supply() -> None:
    a = "About 9,000 customers were still without power Sunday morning."
    assert not kinds(a, "More than 14,000 customers lost power as the storm moved through.")
    assert kinds(a, "About 12,000 customers were still without power Sunday morning.").keys() == {"number"}


def test_a_toll_confirmed_by_a_moment() -> None:
    tue = datetime(2026, 11, 10, 21, tzinfo=timezone(timedelta(hours=4)))
    wed = datetime(2026, 11, 11, 13, tzinfo=timezone(timedelta(hours=4)))
    a = "Two people were confirmed dead by Tuesday night after flash floods tore through the wadi."
    assert not kinds(a, "Three people died when flash floods hit the wadi, officials said.", tue, wed)
    assert kinds(
        "Two people died when flash floods hit the wadi.", "Three people died when flash floods hit the wadi."
    ).keys() == {"number"}


def test_a_count_both_fates_befell() -> None:
    a = "Seven people were taken to Dong Nai General Hospital with injuries."
    assert kinds(a, "Nine people were injured and taken to hospital.").keys() == {"number"}
    assert kinds("Two people were killed and 14 injured.", "Nine people were injured.").keys() == {"number"}
    assert not kinds("Two people were killed and 9 injured.", "Nine people were injured.")


def test_some_who_told_are_no_part_of_the_subject() -> None:
    a = "Several survivors told reporters there were not enough life jackets on the upper deck."
    assert kinds(a, "Survivors said there were enough life jackets for everyone on board.").keys() == {"negation"}


def test_a_new_thing_said_is_no_new_office() -> None:
    a = "Strathmore's chief executive, Moira Lennox, said punctuality would be her first priority."
    b = "Strathmore's chief executive, Iain Drummond, said punctuality would be the test of the new operator."
    assert kinds(a, b).keys() == {"entity"}
    assert not kinds(a, "Strathmore's new chief executive, Iain Drummond, said punctuality would be the test.")


def test_a_body_and_its_people_against_one_person_or_another_body() -> None:
    wed = datetime(2026, 12, 2, 8, tzinfo=timezone(timedelta(hours=1)))
    a = "The committee summoned Salcedo to appear on December 3."
    assert not kinds(a, "The committee has summoned ANI officials to appear on December 3.", wed, wed)
    assert kinds(
        "The escort consisted of two National Police officers.", "The van was escorted by two Guardia Civil officers."
    ).keys() == {"entity"}


def test_more_left_without_than_ever_lost_is_a_conflict() -> None:
    a = "About 70 per cent of homes in Port Vila were still without power on Wednesday evening."
    assert kinds(a, "Around 40 per cent of Port Vila households have lost power.").keys() == {"number"}
    b = "Kyushu Electric said 184,000 homes lost power at the peak, and about 61,000 were still without electricity."
    assert kinds(
        "Kyushu Electric said some 148,000 households had lost power at the height of the storm.", b
    ).keys() == {"number"}


def test_of_the_injured_names_the_group_not_the_fate() -> None:
    a = "Three were taken to La Fe University Hospital."
    assert kinds(a, "Two of the injured were taken to La Fe hospital.").keys() == {"number"}
    assert not kinds(a, "Three of the injured were taken to La Fe hospital.")


def test_an_act_told_in_a_relative_clause_on_the_subject() -> None:
    tue = datetime(2026, 9, 22, 20, tzinfo=timezone(timedelta(hours=3)))
    a = "A 72-year-old woman who went missing while picking mushrooms in the district was found alive on Tuesday evening."
    assert "date" not in kinds(a, "She went missing on September 20 in the district.", tue, tue)
    assert kinds(a, "The woman was found alive on Monday evening.", tue, tue).keys() == {"date"}


def test_a_time_opening_a_clause_that_denies() -> None:
    sun = datetime(2026, 5, 3, 21, tzinfo=timezone(timedelta(hours=2)))
    mon = datetime(2026, 5, 4, 12, tzinfo=timezone(timedelta(hours=2)))
    a = "Partial service returned in Port Sudan on Sunday evening."
    assert "date" not in kinds(
        a, "By Monday morning services had not returned to Port Sudan, residents said.", sun, mon
    )
    assert kinds(a, "Partial service returned in Port Sudan on Monday morning, residents said.", sun, mon).keys() == {
        "date"
    }


def test_will_governs_a_clause_past_its_adjectives() -> None:
    tue = datetime(2026, 8, 18, 7, 30, tzinfo=timezone(timedelta(hours=8)))
    a = "The department will cap the retail price of imported regular milled rice at 45 pesos per kilo starting Thursday."
    assert not kinds(
        a, "Imported regular milled rice will sell for no more than 45 pesos a kilogram beginning August 20.", tue, tue
    )
    assert extract_facts("He will argue that police arrested him on Thursday.", tue).times[0].start.day == 13


def test_a_deputy_spokesperson_is_called_the_spokesperson() -> None:
    a = "State Department spokesperson Helen Marchetti said the department was reviewing the outage."
    assert not kinds(a, "Deputy spokesperson Helen Marchetti said traffic had been heavy but manageable.")
    b = "Deputy Commissioner Marc Levesque said shoppers lose out."
    assert kinds(b, "Associate Deputy Commissioner Marc Levesque said property controls keep grocers out.").keys() == {
        "entity"
    }


def test_almost_a_round_share_holds_a_rounding() -> None:
    a = "Brazil lost almost 40% of the treated water it produced in 2024, a study shows."
    assert "number" not in kinds(a, "Brazilian water utilities lost 37.8% of the treated water they produced in 2024.")
    assert kinds("Nearly 49% of voters backed the plan.", "Only 44.9% of voters backed the plan.").keys() == {"number"}
    assert kinds(
        "He wants to raise council tax by almost 10%.", "The council will raise council tax by 7.99%."
    ).keys() == {"number"}


def test_needing_care_and_trapping_are_fates() -> None:
    a = "Some 3,000 people were evacuated from their homes after ammonia leaked from a fertilizer plant."
    assert not kinds(a, "Forty-one people needed medical care after an ammonia leak at a fertilizer plant.")
    b = "A warehouse roof collapsed on Wednesday, trapping dozens of workers."
    assert "number" not in kinds(b, "Seven workers were killed when the roof of a warehouse collapsed on Wednesday.")


def test_a_count_told_with_its_rise() -> None:
    a = "Forty-eight people were treated in hospital, after two more residents sought care overnight."
    assert not kinds(a, "Forty-six people were taken to hospital with breathing problems.")
    assert kinds(a, "Forty-three people were taken to hospital with breathing problems.").keys() == {"number"}


def test_may_after_another_month_is_a_month() -> None:
    jun = datetime(2026, 6, 10, tzinfo=timezone.utc)
    a = "Officers checked 85 businesses during the two-month campaign that ended in May."
    assert not kinds(a, "The fines follow inspections of 85 businesses carried out in April and May.", jun, jun)
    assert [t.label for t in extract_facts("Inspections were carried out in April and May.", jun).times] == [
        "Apr 2026",
        "May 2026",
    ]


def test_shortly_before_an_hour_holds_the_hour() -> None:
    a = "The stations reopened shortly before 14:00, once the searches were complete."
    assert not kinds(a, "The stations reopened after roughly two hours, at 14:00.")
    assert kinds(a, "The stations reopened at 15:30.").keys() == {"date"}


def test_flights_cancelled_and_flights_delayed_are_two_counts() -> None:
    a = "The closure forced the cancellation of 22 flights."
    assert not kinds(a, "At least 30 flights were delayed because of the closure.")
    assert kinds(a, "The closure forced the cancellation of 30 flights.").keys() == {"number"}


def test_a_time_hoped_for_and_the_time_it_was_done() -> None:
    tue = datetime(2026, 2, 3, 12, tzinfo=timezone(timedelta(hours=9)))
    mon = datetime(2026, 2, 2, 20, tzinfo=timezone(timedelta(hours=9)))
    a = "The runways reopened at 7:30 on Tuesday morning."
    assert not kinds(a, "The operator said it hoped to reopen the runways by 06:00 tomorrow.", tue, mon)
    assert kinds(a, "The runways reopened at 06:00 on Tuesday morning.", tue, tue).keys() == {"date"}
    hoped = "The companies hope to complete the deal by the end of 2026."
    assert kinds("The companies expect to complete the deal by mid-2027.", hoped, tue, tue).keys() == {"date"}


def test_a_count_conducted_and_its_release() -> None:
    jul = datetime(2026, 7, 10, tzinfo=timezone.utc)
    a = "The authority released its annual count on July 9."
    assert not kinds(a, "The count was conducted over three nights in late February by the authority.", jul, jul)
    b = "The authority released its annual report on July 9."
    assert kinds(b, "The authority released its annual report on July 2.", jul, jul).keys() == {"date"}


def test_a_ceiling_after_a_denial_is_no_denial() -> None:
    a = "The association's chief said owners were being asked to pay wages they could not afford."
    assert "negation" not in kinds(
        a, "The association's chief said factories could not pay more than Tk 16,000 a month."
    )


def test_an_agency_written_in_capitals_can_open_the_sentence() -> None:
    a = "The World Bank paid for the first shipment of school meals."
    assert kinds(a, "UNICEF paid for the first shipment of school meals.").keys() == {"entity"}
    assert not kinds(a, "Officials paid for the first shipment of school meals.")


def test_unhurt_against_hurt_of_one_subject() -> None:
    a = "The two pilots walked away unhurt, the airline said."
    assert kinds(a, "Both pilots were slightly hurt and taken to the base clinic.").keys() == {"negation"}
    assert not kinds("The driver escaped unharmed.", "Two cyclists were injured in the collision.")


def test_an_end_day_against_the_end_of_a_year() -> None:
    a = "The subsidy will run until March 31, 2028, the ministry said."
    assert kinds(a, "The subsidy will stay in place until the end of 2027.").keys() == {"date"}
    b = "The subsidy will run until December 31, 2027, the ministry said."
    assert not kinds(b, "The subsidy will stay in place until the end of 2027.")


def test_one_counted_act_dated_twice_in_a_long_sentence() -> None:
    thu = datetime(2026, 7, 9, 21, tzinfo=timezone.utc)
    a = (
        "The rebel group has freed seven hostages it had held in the mountains of the northern province for weeks,"
        " handing them over to a church delegation on Thursday."
    )
    assert kinds(a, "The rebels freed seven hostages in the province on Wednesday.", thu, thu).keys() == {"date"}
    assert not kinds(a, "The rebels freed seven hostages in the province on Thursday.", thu, thu)


def test_a_part_after_an_opening_that_names_its_whole() -> None:
    a = "The clinic is caring for 52 patients, eleven of them on ventilators."
    assert kinds(a, "Of the 52 patients at the clinic, eight are on ventilators.").keys() == {"number"}
    assert not kinds(a, "Of the 52 patients at the clinic, eleven are on ventilators.")


def test_what_still_has_to_be_done_is_not_done() -> None:
    a = "The result still has to be certified by the electoral board."
    assert "negation" not in kinds(a, "The electoral board has not yet certified the result.")


def test_the_end_of_a_state_and_its_start() -> None:
    jul = datetime(2026, 7, 21, 10, tzinfo=timezone.utc)
    a = "The director said the shelter would stay open through September."
    assert not kinds(a, "The director said the shelter would open Thursday.", jul, jul)


def test_a_reported_would_against_will_not() -> None:
    a = "The county agency said the old stand would be demolished."
    assert kinds(a, "Officials said the old stand will not be demolished.").keys() == {"negation"}


def test_a_reason_with_its_own_denial_is_no_measure_found_short() -> None:
    a = "The night shelter did not open on Friday because not enough volunteers could be found."
    assert kinds(a, "The night shelter opened on Friday, offering beds to about 90 people.").keys() == {"negation"}


def test_one_part_of_a_group_counted_twice() -> None:
    a = "Nine others were hurt, three of them seriously."
    assert kinds(a, "Nine people were injured, one of them seriously.").keys() == {"number"}
    assert not kinds(
        "Nine people were rescued, three of them children.", "Nine people were rescued, two of them women."
    )


def test_swiss_francs_written_sfr() -> None:
    assert kinds(
        "Halvor had sales of SFr2.3bn last year.", "Halvor had sales of CHF 2.1 billion last year."
    ).keys() == {"number"}
    assert not kinds("Halvor had sales of SFr2.1bn last year.", "Halvor had sales of CHF 2.1 billion last year.")


def test_an_order_and_the_order_issued() -> None:
    a = "The drugs regulator on Tuesday ordered a nationwide recall of Tuspan, a cough syrup."
    assert kinds(a, "The drugs regulator issued the recall order for Tuspan on Monday.").keys() == {"date"}


def test_the_day_a_price_cap_was_signed() -> None:
    a = "Drug makers may raise prices by at most 4.1% in 2026, under a regulation the minister signed on Friday."
    b = "Drug prices may rise by no more than 4.1% this year, under a regulation signed by the minister on Monday."
    assert kinds(a, b).keys() == {"date"}


def test_two_clock_deadlines() -> None:
    a = "Residents had until 3pm to leave the block."
    assert kinds(a, "Residents had until 5pm on Friday to leave the block.").keys() == {"date"}
    assert not kinds(a, "Residents had until 3 p.m. on Friday to leave the block.")


def test_a_fall_before_recovering_is_the_day_low() -> None:
    a = "Shares in Orvell closed 3.1% lower in Oslo on Monday."
    assert not kinds(a, "Shares in Orvell fell 5 per cent in Oslo trading on Monday before recovering some ground.")


def test_unnamed_sources_are_no_count_of_the_story() -> None:
    a = "Three officials, who asked not to be named, said the talks had stalled."
    assert not kinds(a, "One official, speaking on condition of anonymity, said the talks had stalled.")


def test_members_present_are_not_the_whole_body() -> None:
    a = "The bill was backed by 88 of the 160 deputies, with the coalition voting as one."
    assert not kinds(a, "The bill was approved by 88 of the 149 deputies present.")


def test_places_in_two_series_counted_in_two_places() -> None:
    a = "The attack is the fourth shark bite recorded in Queensland waters since January 1."
    assert not kinds(a, "It is the second shark bite on the Sunshine Coast this year.")
    assert kinds("It was the fourth round in Geneva.", "It was the third round in Geneva.").keys() == {"number"}


def test_the_day_a_thing_was_made_told_after_its_noun() -> None:
    a = "A judge has suspended the mining amendments passed by the Senate last month."
    assert not kinds(a, "The Constitutional Court on Tuesday suspended the mining amendments.")


def test_an_animal_loose_then_caught() -> None:
    wed = datetime(2026, 10, 28, 10, tzinfo=timezone(timedelta(hours=9)))
    tue = datetime(2026, 10, 27, 18, tzinfo=timezone(timedelta(hours=9)))
    a = "A bear that spent a night inside a school gym in Morioka was captured early Wednesday, officials said."
    assert not kinds(a, "A bear entered a school gym in Morioka on Tuesday morning, scaring a janitor.", wed, tue)


def test_what_should_be_is_not_what_is() -> None:
    a = '"Every dollar lost in the pipes is a dollar that cannot go to hospitals," the director said.'
    assert "negation" not in kinds(a, "The director called the leaks a drain on money that should go to hospitals.")


def test_a_step_still_to_come_against_the_step_done() -> None:
    a = "The treaty has already been ratified by the Senate, with payments due to begin in May."
    assert "negation" in kinds(a, "The Senate must still ratify the treaty before the first payment.")
    assert not kinds("The plan was approved by the council.", "The budget must still be approved by parliament.")


def test_the_last_one_still_to_come_is_the_final_one() -> None:
    a = "The last print edition will appear on March 27."
    assert kinds(a, "Its final edition will appear on March 30.").keys() == {"date"}


def test_a_change_told_by_its_size_and_direction_after_it() -> None:
    a = "That was 1.4 percentage points higher than a year earlier."
    assert kinds(a, "The share fell 1.4 points from last year.").keys() == {"negation"}
    assert not kinds(a, "The share rose 1.4 points from last year.")


def test_a_would_in_reported_speech_against_will_not() -> None:
    a = "The late-night bulletins will not be scrapped, a spokesman said."
    b = "The late-night bulletins would be scrapped from April, according to a memo seen by the paper."
    assert kinds(a, b).keys() == {"negation"}


def test_a_trading_moment_named_with_its_exchange() -> None:
    a = "Investors cheered, and the shares closed up 5.2% in Milan."
    assert not kinds(a, "Its shares rose 2.9% in early Milan trading.")


def test_animals_dead_are_no_casualties() -> None:
    a = "Farmers have asked for compensation for a damaged barn and three dead goats."
    assert not kinds(a, "There were no casualties, the agency said.")
    assert kinds("No one was killed, police said.", "Two people were killed in the blast.").keys() == {"negation"}
    assert kinds(
        "Anglers reported dozens of dead fish near the weir.", "No fish deaths have been recorded."
    ).keys() == {"negation"}


def test_treated_on_site_is_not_taken_to_hospital() -> None:
    a = "Twelve people were taken to hospital with heat exhaustion."
    assert not kinds(a, "Twelve runners were taken to hospital, and about 90 were treated at first-aid posts.")


def test_alive_against_died_of_one_subject_not_of_others() -> None:
    a = "A cyclist who collapsed near the finish was still alive on Monday morning, in intensive care."
    assert "negation" in kinds(a, "A cyclist who collapsed near the finish died in hospital in the evening.")
    assert not kinds("The climber was found alive on Sunday.", "Two other climbers died on the mountain.")
    assert not kinds("Six were rescued, three died and the rest are missing.", "Six of them were rescued alive.")


def test_a_road_washed_away_then_reopened() -> None:
    tue = datetime(2026, 3, 10, 9, tzinfo=timezone.utc)
    mon = datetime(2026, 3, 9, 9, tzinfo=timezone.utc)
    a = "The coast road near Sigatoka reopened to light vehicles yesterday afternoon after swells washed part of it away."
    assert not kinds(
        a, "A stretch of the coast road near Sigatoka was washed away by heavy swells on Sunday night.", tue, mon
    )


def test_declines_in_prices_are_no_refusal() -> None:
    a = "New home prices fell in 51 of the 70 cities surveyed."
    assert not kinds(a, "Of the 70 cities tracked, 51 reported monthly declines in new home prices.")


def test_a_ground_which_holds_a_number_is_a_capacity() -> None:
    a = "The club's Mill Park ground, which holds 4,200, is owned by a separate company."
    assert kinds(
        a, "Mill Park, with a capacity of 4,700, is owned by a company controlled by the chairman."
    ).keys() == {"number"}


def test_upheld_against_rejected() -> None:
    a = "The Supreme Court upheld the core of the tenancy law in 2025."
    assert kinds(a, "The Supreme Court rejected the core of the tenancy law in 2025.").keys() == {"negation"}
    b = "The Supreme Court has upheld the fraud conviction of a former bank chief."
    assert not kinds(b, "The Supreme Court rejected on Tuesday the appeal of the former bank chief.")


def test_a_day_at_the_earliest_is_a_bound_not_a_forecast() -> None:
    tue = datetime(2026, 3, 17, 13, tzinfo=timezone.utc)
    a = "The operator has said the tunnel could reopen on Friday at the earliest."
    assert kinds(a, "The operator expects to reopen the tunnel on Thursday.", tue, tue).keys() == {"date"}
    b = "The operator has said the tunnel could reopen on Friday."
    assert not kinds(b, "The operator expects to reopen the tunnel on Thursday.", tue, tue)


def test_the_times_a_thing_happened_this_year() -> None:
    a = "It is the first time this year that the ward has had to close."
    assert kinds(a, "It is the third time this year that the ward has closed.").keys() == {"number"}
    assert not kinds("It was the first time this year that prices fell.", "For the first time, the bank cut rates.")


def test_grams_are_a_measure() -> None:
    a = "The spices were sold in 100-gram and 250-gram packets."
    assert kinds(a, "The spices were sold in 100-gram and 300-gram bags.").keys() == {"number"}
    assert not kinds(a, "The spices were sold in 100-gram and 250-gram bags.")


def test_up_to_after_a_range_start_or_a_pushing_verb_is_no_maximum() -> None:
    a = "The ministry has pushed the levy on imported steel coil up to 45 percent."
    assert kinds(a, "The levy on imported steel coil has been raised to 38%.").keys() == {"number"}
    b = "Anti-subsidy duties on the bicycles range from 12.5% to 70.1%, the Commission said."
    assert kinds(b, "The Commission's duties on the bicycles run from 12.5 percent up to 55.3 percent.").keys() == {
        "number"
    }
    assert not kinds(b, "The Commission's duties on the bicycles run from 12.5 percent up to 70.1 percent.")
    assert not kinds("Fines of up to $500 apply to the bicycles.", "A fine of $300 was imposed on the bicycles.")


def test_reais_are_brazilian_money() -> None:
    a = "The port authority awarded a 210 million reais contract to rebuild the quay."
    assert kinds(a, "The port authority signed a R$260 million contract to rebuild the quay.").keys() == {"number"}
    assert not kinds(a, "The port authority signed a R$210 million contract to rebuild the quay.")


def test_counts_and_offences_of_one_charge() -> None:
    a = "Prosecutors charged her with four counts of dangerous driving causing injury."
    assert kinds(a, "She faces six offences of dangerous driving causing injury.").keys() == {"number"}


def test_what_a_deal_would_give_is_what_it_gives() -> None:
    a = "The agreement gives nurses an 11% raise over three years."
    assert kinds(a, "It would give nurses a 9% raise over three years.").keys() == {"number"}
    assert not kinds("His plan would cut the deficit by $90 billion.", "The government has cut $60 billion from it.")


def test_a_name_opening_a_sentence_before_its_number_is_no_count() -> None:
    a = "Berths 6 and 7 at the container port were damaged by the storm surge."
    assert not kinds(a, "Two of the port's nine berths were damaged by the storm surge.")
    b = "Tihange 2 was taken offline on Monday for checks."
    assert not kinds(b, "Three reactors were taken offline on Monday for checks.")
    c = "Tihange 2, which opened in 1983, was the second reactor taken offline."
    assert not kinds(c, "Tihange 2 was taken offline in 2023, the second of the country's five reactors to close.")
    assert kinds("Overall 40 people were hurt in the blast.", "Overall 31 people were hurt in the blast.")


def test_an_area_in_square_kilometres_meets_hectares() -> None:
    a = "The blaze has burned 6,000 hectares of pine forest."
    assert kinds(a, "The blaze has burned some 25 square kilometres of pine forest.").keys() == {"number"}
    assert not kinds(a, "The blaze has burned some 60 sq km of pine forest.")


def test_a_growing_area_measured_at_two_moments_is_no_date_conflict() -> None:
    a = "A satellite survey put the burned area at 7,200 hectares on Saturday evening."
    assert not kinds(a, "The fire has burned about 30 sq km, officials estimated on Saturday morning.")
    b = "The court on Wednesday voided the sale of 30,000 hectares of public land."
    assert "date" in kinds(b, "The court on Thursday voided the sale of 18,000 hectares of public land.")


def test_a_state_at_two_parts_of_one_day() -> None:
    a = "The coast road was closed overnight as the fire approached."
    assert not kinds(a, "The coast road remained open through the afternoon, despite heavy smoke.")
    alive = "A cyclist who collapsed near the finish was still alive on Monday morning."
    assert "negation" in kinds(alive, "A cyclist who collapsed near the finish died in hospital in the evening.")
    b = "The coast road was closed on Tuesday as the fire approached."
    assert kinds(b, "The coast road remained open on Tuesday despite heavy smoke.").keys() == {"negation"}


def test_gains_extended_on_a_later_day() -> None:
    mon = datetime(2026, 11, 9, 18, tzinfo=timezone.utc)
    tue = datetime(2026, 11, 10, 15, tzinfo=timezone.utc)
    a = "Dairy shares extended gains on Tuesday."
    assert not kinds(a, "Shares in listed dairy groups rose on Monday.", tue, mon)
    assert kinds("Dairy shares rose on Tuesday.", "Shares in listed dairy groups rose on Monday.", tue, tue)


def test_a_count_of_a_lasting_state_at_two_parts_of_one_day() -> None:
    a = "More than 60 ships were waiting at the anchorage on Thursday evening."
    assert not kinds(a, "By Thursday afternoon, 52 ships were waiting at the anchorage.")
    assert kinds("More than 60 ships were waiting on Thursday.", "On Thursday, 52 ships were waiting at the anchorage.")


def test_a_state_seen_at_a_moment_against_the_act_that_began_it() -> None:
    wed = datetime(2026, 7, 15, 12, tzinfo=timezone.utc)
    tue = datetime(2026, 7, 14, 20, tzinfo=timezone.utc)
    a = "About 1,500 homes east of the town were under evacuation order on Wednesday morning."
    assert not kinds(a, "Evacuation orders were widened on Tuesday to about 1,500 homes east of the town.", wed, tue)


def test_a_day_set_to_appear_in_court_lies_ahead() -> None:
    jan = datetime(2026, 1, 20, 10, tzinfo=timezone.utc)
    a = "A magistrate granted her bail to appear at the district court in March."
    found = kinds(a, "She was granted bail to appear at the district court in April.", jan, jan)["date"]
    assert found.norm_a.startswith("[2026-03")


def test_a_place_after_in_names_no_actor() -> None:
    a = "A bushfire that burned for a week in the hills of northern Victoria was brought under control on Friday."
    b = "The fire in Beechworth had still not been brought under control by Friday morning, officials said."
    assert kinds(a, b)["negation"].confidence >= 0.65
    c = "Lausanne approved the tram plan, though only narrowly."
    assert "negation" in kinds(c, "Voters in Lausanne rejected the tram plan by a narrow margin.")
    d = "The Ministry of Health has not ordered a review of the clinic."
    assert kinds(d, "Health Minister Ana Ruiz ordered a full review of the clinic.")["negation"].confidence >= 0.65


def test_scrapped_against_not_lifted() -> None:
    a = "The ministry also scrapped the 20% import duty on lentils."
    assert kinds(a, "The ministry did not lift the 20% import duty on lentils.")["negation"].confidence >= 0.65


def test_a_thing_denied_to_have_done_something_in_the_perfect() -> None:
    a = "The harbour master said no oil had escaped from the trawler."
    assert kinds(a, "Some oil did escape from the trawler before divers sealed the hull.").keys() == {"negation"}
    assert kinds(a, "Oil escaped from the trawler overnight.").keys() == {"negation"}
    assert not kinds("No guests had checked in when the fire broke out.", "Guests checked in at noon.")
    assert not kinds("The bombing was claimed by no group.", "No group has claimed the bombing.")


def test_a_crew_member_hurt_against_nobody_hurt() -> None:
    a = "Nobody was injured, the coastguard said."
    assert kinds(a, "One crewmember of the ferry suffered minor injuries and was treated on board.").keys() == {
        "negation"
    }


def test_a_pair_and_a_trio_are_counts() -> None:
    a = "About 90 firefighters and six helicopters were deployed, along with three water bombers."
    assert kinds(a, "Some 90 firefighters were deployed with six helicopters and a pair of water bombers.").keys() == {
        "number"
    }
    b = "A trio of gunmen robbed the jeweller on Friday."
    assert kinds(b, "Four gunmen robbed the jeweller on Friday.").keys() == {"number"}
    assert not kinds(b, "Three gunmen robbed the jeweller on Friday.")


def test_counts_sold_in_a_country_and_across_a_continent() -> None:
    a = "About 12,000 of the heaters have been sold in Austria."
    assert not kinds(a, "About 150,000 Polar heaters have been sold across Europe.")
    assert kinds(a, "About 19,000 of the heaters have been sold in Austria.").keys() == {"number"}


def test_counts_of_two_nations_people() -> None:
    a = "The move came a day after Kampala expelled two Rwandan diplomats."
    assert not kinds(a, "Kigali yesterday expelled three Ugandan diplomats in response.")
    assert kinds("Kampala expelled two Rwandan diplomats.", "Kampala expelled four Rwandan diplomats.").keys() == {
        "number"
    }


def test_kept_doing_against_stopped_doing() -> None:
    a = "The retailer said it would keep selling the heater while it ran its own checks."
    assert kinds(a, "The retailer has stopped selling the heater.").keys() == {"negation"}
    assert not kinds("The shop kept selling bread.", "The shop stopped selling milk.")
    assert not kinds(
        "If the retailer could keep selling the heater, it would.", "The retailer stopped selling the heater."
    )


def test_a_passive_denial_against_the_act_on_its_subject() -> None:
    a = "The Busia crossing was not closed, officials on both sides said."
    assert kinds(a, "Uganda closed the Busia border crossing for five hours.")["negation"].confidence >= 0.65


def test_one_target_given_two_deadlines() -> None:
    a = "The ministers pledged to raise the share of rail freight to 25 per cent of all freight by 2035."
    assert kinds(a, "The government wants rail to carry 25 per cent of freight by 2040.").keys() == {"date"}


def test_a_meeting_cited_is_no_meeting_held() -> None:
    a = "Health Minister Ana Ruiz refused to receive the strike leaders, citing a cabinet meeting."
    assert not kinds(a, "Health Minister Ana Ruiz did not meet the strike leaders, her office said.")


def test_picked_up_then_released() -> None:
    tue = datetime(2026, 11, 24, 12, tzinfo=timezone(timedelta(hours=5, minutes=30)))
    wed = datetime(2026, 11, 25, 9, tzinfo=timezone(timedelta(hours=5, minutes=30)))
    a = "Two reporters working for the Valley Courier were picked up from their homes in Shillong this morning."
    b = "Two reporters from the Valley Courier were released late on Tuesday after being questioned."
    assert "date" not in kinds(a, b, tue, wed)


def test_quetzales() -> None:
    a = "The court ordered the blogger to pay a fine of 60,000 quetzales."
    assert kinds(a, "A court ordered the blogger to pay a fine of Q45,000.").keys() == {"number"}
    assert not kinds("Profits rose in Q3.", "Profits rose 4% in Q3.")


def test_one_place_in_one_ranking() -> None:
    a = "Mexico is ranked 124th of 180 countries in the latest Transparency International index."
    assert kinds(a, "The country sits 126th in the Transparency International ranking.").keys() == {"number"}
    b = "Transparency International ranked Mexico 124th in its 2026 index."
    assert "number" not in kinds(b, "Transparency International ranked Peru 127th in its 2026 index.")


def test_a_tally_after_voted_by() -> None:
    a = "The Senate passed the bill by 61 votes to 38."
    assert kinds(a, "Senators voted by 61 to 33 to pass the bill.").keys() == {"number"}
    assert not kinds(a, "Senators voted by 61 to 38 to pass the bill.")


def test_a_zone_drawn_within_a_distance_is_its_radius() -> None:
    a = "Officials are culling all pigs within a five-kilometre radius of the infected farm."
    assert kinds(a, "Culling covers all pigs within 3 km of the infected farm.").keys() == {"number"}
    assert not kinds(a, "All pigs within a 5-kilometre radius of the infected farm will be culled.")
    assert not kinds("The ambulance arrived within 20 minutes.", "The ambulance arrived after 12 minutes.")


def test_pesos_per_head_with_a_one_letter_sign() -> None:
    a = "Farmers will get P120 for each pig culled, the mayor said."
    assert kinds(a, "The mayor said farmers would receive P90 for each pig culled.").keys() == {"number"}


def test_a_yearly_rate_against_a_total_over_years() -> None:
    a = "The insurer will pay $1.5 million a year for the naming rights."
    assert not kinds(a, "Over its ten-year term, the naming deal is worth $15 million.")
    assert not kinds(
        "The union wants a 12 per cent rise over three years.", "The union wants a 5 per cent annual rise."
    )
    assert kinds(a, "The insurer will pay $1.8 million a year for the naming rights.").keys() == {"number"}


def test_euro_cents() -> None:
    a = "The night tariff will be 9.8 euro cents per kilowatt-hour."
    assert not kinds(a, "The night-time price will fall to €0.098 per kilowatt-hour.")
    assert kinds(a, "The night-time price will fall to €0.089 per kilowatt-hour.").keys() == {"number"}


def test_a_weekday_of_next_week() -> None:
    mon = datetime(2026, 11, 2, 15, tzinfo=timezone.utc)
    a = "The union has announced a national protest for Wednesday next week."
    assert not kinds(a, "The union announced a national protest for November 11.", mon, mon)
    assert "date" in kinds(a, "The union announced a national protest for November 4.", mon, mon)


def test_counts_kept_by_two_moments_or_over_a_first_window() -> None:
    tue = datetime(2026, 5, 5, 18, tzinfo=timezone.utc)
    a = "The seismological service counted 64 aftershocks by Sunday night."
    assert not kinds(a, "By Monday morning the seismological service had recorded more than 90 aftershocks.", tue, tue)
    b = "The agency recorded nine aftershocks in the first two hours."
    assert not kinds(b, "Sixteen aftershocks had been recorded by midday.", tue, tue)
    assert kinds(b, "The agency recorded 13 aftershocks in the first two hours.", tue, tue).keys() == {"number"}


def test_no_deaths_in_a_city_against_deaths_in_a_province() -> None:
    a = "Heat has sent 40 people to hospital in the city since July, though no deaths have been reported."
    assert not kinds(a, "Three people have died of heatstroke in South Chungcheong Province this month.")
    assert "negation" in kinds(
        "No deaths have been reported in Kerman Province.", "Two people have died in Kerman Province."
    )


def test_a_price_before_the_change_and_a_rand_fee_up_from() -> None:
    a = "Viewers will pay R310 a year for a licence, up from R280."
    assert not kinds(a, "Households currently pay R280 a year.")
    b = "The state oil company now sells at 1,100 naira per litre at its Abuja stations."
    assert not kinds(b, "The state oil company had sold the product at N990 per litre in Abuja before the change.")


def test_a_price_per_unit_with_a_one_letter_sign_and_a_slash() -> None:
    a = "Band B customers will now pay N163 per kWh after the regulator approved a new tariff."
    assert kinds(a, "The regulator has raised the tariff for Band B customers to N136/kWh.").keys() == {"number"}


def test_none_of_them_have_admitted_against_some_have() -> None:
    a = "None of the suspects have admitted to the charges, police said."
    assert kinds(a, "Several of the suspects have admitted the allegations, the sources said.").keys() == {"negation"}


def test_left_unchanged_against_moved_by_a_share() -> None:
    a = "Water tariffs in Varna will stay unchanged."
    assert kinds(a, "Water tariffs in Varna will rise by 3.5 per cent from January.").keys() == {"negation"}
    assert not kinds("Bread prices will stay unchanged.", "Milk prices will rise by 5 per cent.")
    assert not kinds("Fares could rise by 5 per cent next year.", "Fares will stay unchanged.")


def test_seats_needed_for_a_majority_are_a_threshold() -> None:
    a = "Together the parties hold 201 seats, above the 176 needed for a majority in parliament."
    assert not kinds(a, "The coalition will control 201 seats in the 350-member parliament.")


def test_asked_for_against_set_at() -> None:
    a = "Mayors had asked for R820 million."
    assert not kinds(a, "The cities' share was set at R780m, below what mayors had asked for.")


def test_a_rate_per_population_against_a_count() -> None:
    a = "The country recorded about 410,000 malaria cases in 2025, according to WHO estimates."
    assert not kinds(a, "The country has one of the highest malaria rates, with about 410 cases per 100,000 people.")
    assert kinds("The rate is 410 cases per 100,000 people.", "The rate is 380 cases per 100,000 people.").keys() == {
        "number"
    }


def test_advice_for_a_day_ahead() -> None:
    tue = datetime(2026, 7, 14, 19, tzinfo=timezone.utc)
    wed = datetime(2026, 7, 15, 7, tzinfo=timezone.utc)
    a = "The port operator advised travellers to arrive two hours early on Wednesday."
    assert "date" not in kinds(a, "Passengers were told to arrive two hours early today.", tue, wed)


def test_drowned_against_no_one_died() -> None:
    a = "No one has died in the flooding, according to the county police."
    assert kinds(a, "A 64-year-old woman drowned in her basement on Tuesday night, police said.").keys() == {"negation"}


def test_pupils_are_people_and_electricity_is_power() -> None:
    a = "Four children were taken to the regional hospital."
    assert kinds(a, "Six pupils were taken to the regional hospital.").keys() == {"number"}
    b = "Power was not cut in the harbour district, the utility said."
    assert kinds(b, "Electricity was cut to the harbour district on Friday.")["negation"].confidence >= 0.65


def test_cancelled_against_not_scrapped() -> None:
    a = "The Punjab Public Service Commission has not cancelled the exam."
    assert kinds(a, "The Punjab Public Service Commission has scrapped the exam.")["negation"].confidence >= 0.65


def test_paid_from_two_sources() -> None:
    a = "The utility will be paid from a separate ring-fenced account."
    assert not kinds(a, "The city's arrears to the utility will not be paid from the drought relief budget.")
    assert kinds(
        "The arrears will not be paid from the relief budget.", "The arrears will be paid from the relief budget."
    )


def test_a_whole_said_to_include_the_group_the_other_counts() -> None:
    a = "A total of 310 people, including the crew, were taken off the burning ship."
    assert not kinds(a, "Navy boats picked up the passengers and 38 crew members from the sea.")
    assert kinds(a, "A total of 290 people, including the crew, were taken off the burning ship.").keys() == {"number"}


def test_up_to_a_round_capacity_against_the_exact_one() -> None:
    a = "The vessel can carry 2,406 passengers and 500 cars."
    assert not kinds(a, "The vessel, the largest in the fleet, carries up to 2,400 passengers.")
    assert kinds("The vessel can carry 2,650 passengers.", "The vessel carries up to 2,400 passengers.")


def test_a_count_whose_sentence_tells_what_added_the_difference() -> None:
    a = "Eleven people were hurt, two of them seriously, police said."
    b = "Thirteen people were injured, the police said on Tuesday, after two passengers went to a doctor."
    assert "number" not in kinds(a, b)
    assert "number" in kinds(a, "Thirteen people were injured, the police said on Tuesday.")
    assert "number" in kinds(a, "Fifteen people were injured, after two passengers went to a doctor.")


def test_an_insured_value_is_what_it_was_insured_for() -> None:
    a = "The sculpture was insured for 4.2 million euros, the gallery said."
    assert kinds(a, "Its insured value was 3.1 million euros, according to a source.").keys() == {"number"}


def test_a_vote_told_with_its_moment_is_a_tally() -> None:
    a = "The vote on Thursday night was 27 to 6."
    assert kinds(a, "The plan was approved by 26 votes to 7.").keys() == {"number"}
    assert not kinds("The vote on Thursday night was 26 to 7.", "The plan was approved by 26 votes to 7.")


def test_a_figure_told_with_its_fraction_is_not_cut_short() -> None:
    a = "The embankment is to be raised by two and a half metres."
    assert kinds(a, "The embankment will be raised by 3.5 metres.").keys() == {"number"}
    assert not kinds(a, "The embankment will be raised by 2.5 metres.")


def test_kilolitres_written_short() -> None:
    a = "Poor households will receive 6kl of free water a month."
    assert kinds(a, "Poor households will now receive 9 kilolitres of free water each month.").keys() == {"number"}


def test_kept_in_the_budget_against_scrapped() -> None:
    a = "A rent subsidy for young tenants was kept in the budget."
    assert kinds(a, "The rent subsidy for young tenants was scrapped.").keys() == {"negation"}


def test_the_year_a_budget_is_for_dates_nothing_done() -> None:
    a = "The regional assembly on Thursday passed the province's budget for next year."
    assert kinds(a, "The regional assembly passed next year's budget on Friday.").keys() == {"date"}


def test_heirs_and_descendants_are_one_group() -> None:
    a = "Seven heirs of the collector brought the claim."
    assert kinds(a, "The claim was filed by the collector's nine descendants.").keys() == {"number"}


def test_a_hyphenated_modifier_names_no_place() -> None:
    a = "The crew lifted off on Friday from the Russian-leased launch site in Kazakhstan."
    assert "entity" not in kinds(a, "The rocket lifted off from Baikonur at 11:02 Moscow time.")


def test_one_for_every_is_a_ratio() -> None:
    a = "According to the nursing council, the province has about 41,000 registered nurses for a population of 60 million."
    assert not kinds(a, "The province has roughly one nurse for every 1,500 people, according to the nursing council.")


def test_what_is_left_of_a_sum_against_the_sum() -> None:
    a = "The judge ordered the two men to repay the Sh92 million within a year."
    assert not kinds(a, "The judge ordered that the remaining Sh61 million be recovered from their land.")


def test_a_margin_over_a_target_against_the_target() -> None:
    a = "The national target is 18 minutes."
    assert not kinds(a, "That is six minutes over the national target.")
    assert kinds(a, "The national target is 20 minutes.").keys() == {"number"}


def test_a_total_including_items_the_other_side_lists() -> None:
    a = "She was found guilty of money laundering, abuse of office and three counts of forgery."
    assert not kinds(a, "She was convicted on five counts, including money laundering and abuse of office.")


def test_one_games_score_with_the_opponent_named_on_both_sides() -> None:
    a = "Kessel lost 3-1 to Nordhafen, conceding twice in the last ten minutes."
    assert kinds(a, "The game against Nordhafen ended 2-2.").keys() == {"number"}


def test_no_state_of_natural_disaster_against_one_declared() -> None:
    a = "No state of natural disaster has been declared, the minister said."
    assert kinds(a, "The government has declared a state of natural disaster in the Western Division.").keys() == {
        "negation"
    }


def test_fans_and_supporters_are_one_crowd() -> None:
    a = "About 4,000 fans walked out of the east stand."
    assert kinds(a, "Some 6,000 supporters left the east stand.").keys() == {"number"}


def test_the_act_after_and_is_not_the_dated_one() -> None:
    a = "He had been convicted in March 2023 by the High Court in Penang."
    b = "Rahim was convicted by the Penang High Court in May 2023 and sentenced to eight years in jail."
    assert kinds(a, b).keys() == {"date"}


def test_granted_against_rejected() -> None:
    a = "The appeal court rejected an application for a stay of execution."
    assert kinds(a, "The appeal court granted a stay of execution pending a further appeal.").keys() == {"negation"}


def test_a_decision_told_twice_is_dated_once() -> None:
    mon = datetime(2026, 3, 9, 18, tzinfo=timezone.utc)
    tue = datetime(2026, 3, 10, 18, tzinfo=timezone.utc)
    a = "The county board backed the parking charges on Monday, rejecting calls from traders to scrap them."
    b = "Board members voted today to keep the parking charges in the town centre."
    assert "date" in kinds(a, b, mon, tue)


def test_kronor_written_skr() -> None:
    a = "The regulator on Tuesday fined Lindqvist Bank SKr640mn for failing to stop money laundering."
    assert kinds(a, "Lindqvist Bank was fined SEK 460 million by the regulator on Tuesday.").keys() == {"number"}


def test_done_before_the_time_it_was_expected_by() -> None:
    sat = datetime(2026, 6, 13, 20, tzinfo=timezone.utc)
    sun = datetime(2026, 6, 14, 9, tzinfo=timezone.utc)
    a = "Power on the island was restored late on Saturday night, the utility said."
    b = "Power on the island is expected to return by Sunday evening, the utility said."
    assert "date" not in kinds(a, b, sun, sat)
    c = "He has been asked to report back to the palace by 20 October."
    assert "date" in kinds("He is due to report to the palace by 27 October.", c, sun, sun)


def test_an_act_dated_by_its_start_and_by_its_end() -> None:
    tue = datetime(2026, 11, 3, 12, tzinfo=timezone.utc)
    a = "Farmers blocked the border crossing for 16 hours on Monday."
    b = "Farmers blocked the border crossing, ending the action on Tuesday morning."
    assert "date" not in kinds(a, b, tue, tue)
    c = "The rocket lifted off at 10:42 am from the island."
    assert "date" in kinds(c, "The rocket lifted off from the island at 10.17 am.", tue, tue)
    d = "Bidding in the slot auction closed on Monday."
    assert "date" in kinds(d, "The slot auction ended on Tuesday, with airlines bidding Rs 900 crore.", tue, tue)


def test_a_penalty_for_repeat_offenders_against_the_penalty() -> None:
    a = "Blocking a motorway can now bring a fine of 12,000 lari for repeat offenders."
    assert not kinds(a, "Blocking a motorway can carry a fine of 4,000 lari.")


def test_set_alight_is_a_past_act() -> None:
    fri = datetime(2026, 10, 16, 23, tzinfo=timezone.utc)
    a = "A pharmacy on the main square was looted and set alight on Wednesday night."
    assert "date" not in kinds(a, "A pharmacy on the main square was looted and burned two days ago.", fri, fri)


def test_grants_as_a_noun_are_no_decision() -> None:
    a = "At times he cut in on her answers, refusing to let her finish."
    assert not kinds(a, "We advocated for constituents who were applying for grants, she said.")


def test_a_remaining_count_is_still_compared() -> None:
    a = "The remaining 23 defendants were given prison terms of three to 18 years."
    assert kinds(a, "Twenty-two co-defendants were jailed for between three and 18 years.").keys() == {"number"}


def test_a_price_for_every_bag_is_no_ratio_of_people() -> None:
    a = "The board will raise the price it pays farmers to Sh3,600 for every 90kg bag."
    assert kinds(a, "The board will raise its buying price to Sh3,800 per 90-kilogramme bag.").keys() == {"number"}


def test_percent_of_capacity_and_percent_full_are_one_level() -> None:
    a = "Reservoirs in the Tensift region are at 31 percent of capacity."
    assert kinds(a, "Dams in the Tensift basin are less than 20 percent full.").keys() == {"number"}


def test_failed_an_inspection_against_passed_it() -> None:
    a = "The dam wall had failed a safety inspection in March, according to documents seen by the paper."
    assert kinds(a, "The utility said the dam wall had passed a safety inspection in March.").keys() == {"negation"}
    assert not kinds("The bill failed in the Senate.", "The bill passed the House on Tuesday.")


def test_a_petition_filed_then_notices_issued() -> None:
    wed = datetime(2026, 8, 12, 18, tzinfo=timezone.utc)
    a = "The High Court on Wednesday issued notices to the regulator on a petition against the ban."
    b = "A petition challenging the ban was filed in the High Court on Tuesday afternoon."
    assert "date" not in kinds(a, b, wed, wed)


def test_a_flight_code_counts_nothing() -> None:
    a = "Eighteen people, including three cabin crew, were injured on Andes Air flight AA 512 from Lima to Cusco."
    b = "At least 25 people were hurt when an Andes Air flight from Lima ran into severe turbulence yesterday."
    assert kinds(a, b).keys() == {"number"}


def test_a_maximum_meets_the_other_maximum_first() -> None:
    a = "The country will also import up to 450 megawatts from its neighbour, the minister said."
    b = "The country plans to import as much as 300 megawatts from its neighbour and to lease a 250MW power barge."
    assert kinds(a, b).keys() == {"number"}


def test_a_rise_offered_from_a_month_starts_ahead() -> None:
    oct10 = datetime(2026, 10, 10, 12, tzinfo=timezone.utc)
    a = "The government says it has offered an 11 percent raise from January 2027."
    b = "The government has offered a 14 percent pay rise from January."
    assert kinds(a, b, oct10, oct10).keys() == {"number"}


def test_a_second_walkout_is_dated_on_its_own() -> None:
    mon = datetime(2026, 3, 16, 12, tzinfo=timezone.utc)
    a = "The union has already announced a second 24-hour walkout for March 27."
    b = "The walkout begins at 05:00 on Tuesday and is due to last 24 hours."
    assert "date" not in kinds(a, b, mon, mon)
    assert "date" in kinds(
        "The unions called another strike for 24 March.", "The next strike is set for 26 March.", mon, mon
    )
    c = "A second 24-hour strike is already planned for 11 December."
    assert "date" in kinds(c, "The unions announced a further 24-hour strike on December 12.", mon, mon)
    d = "A march in defence of the public universities took place in Rosario on 5 November."
    e = "The universities brought thousands onto the streets on 4 November, the third federal march in three years."
    assert "date" in kinds(d, e, mon, mon)


def test_after_the_end_of_a_month_against_its_last_day() -> None:
    jun = datetime(2026, 6, 10, 12, tzinfo=timezone.utc)
    a = "The route is seasonal and will be suspended after the end of September."
    assert "date" not in kinds(a, "The seasonal service will end on 30 September.", jun, jun)
    assert "date" in kinds(a, "The seasonal service will end on 31 August.", jun, jun)


def test_one_act_denied_of_two_names() -> None:
    a = "Eotvos Lorand University did not join the strike."
    assert not kinds(a, "Szeged University did not join the strike, saying it had already raised salaries.")
    b = "Karen Odunsi, the trust's chief nurse, said the decision had not been taken lightly."
    assert kinds(b, "Chief nurse Karen Oduya said the decision had not been taken lightly.").keys() == {"entity"}


def test_police_made_no_arrests_against_two_detained() -> None:
    a = "Police made no arrests during the march."
    assert kinds(a, "Police detained two farmers who refused to move their tractors.").keys() == {"negation"}
    assert not kinds("Baku reported no casualties on its side.", "Two soldiers of the other army were killed.")


def test_the_accused_is_no_hearsay() -> None:
    a = "The accused pleaded guilty to the charges of conspiracy and theft."
    assert kinds(a, "All four pleaded not guilty to charges of conspiracy and theft.").keys() == {"negation"}


def test_a_change_from_one_length_to_another() -> None:
    a = "Organisers then cut the stage from 186km to 117km."
    assert kinds(a, "The stage was shortened from 186 km to 171 km.").keys() == {"number"}


def test_two_maxima_one_told_by_maximum() -> None:
    a = "Gusts of up to 158 kph are forecast."
    assert kinds(a, "Maximum gusts of 137 kph were forecast.").keys() == {"number"}
    assert not kinds(a, "Maximum gusts of 158 kph were forecast.")


def test_a_day_count_against_one_since_a_month() -> None:
    a = "A total of 1,086 dengue patients were admitted in the 24 hours to Sunday morning, the highest this season."
    assert not kinds(a, "Since January, 47,300 dengue patients have been admitted to hospitals.")


def test_a_month_in_a_sentence_opened_on_last_year() -> None:
    aug = datetime(2026, 8, 14, 12, tzinfo=timezone.utc)
    a = "In August 2025 the navy registered some 310 foreign ships near the reserve."
    assert "date" not in kinds(a, "Last year the navy counted 310 ships at the peak of the season in August.", aug, aug)


def test_after_one_day_and_until_the_next() -> None:
    tue = datetime(2026, 6, 9, 12, tzinfo=timezone.utc)
    a = "The heatwave is forecast to ease after Thursday, the met office said."
    assert "date" not in kinds(
        a, "The met office has forecast that the heatwave will continue until June 12.", tue, tue
    )
    assert "date" in kinds(a, "The met office has forecast that the heatwave will continue until June 16.", tue, tue)


def test_fuel_and_diesel_and_work_that_did_not_stop() -> None:
    a = "The barge was carrying 38,000 litres of fuel, the environment department said."
    assert kinds(a, "Officials say the barge had about 83,000 litres of diesel on board.").keys() == {"number"}
    b = "Work on the western section did not stop while the leak was sealed, the project director said."
    assert kinds(b, "Work on the western section was halted for five weeks while the leak was sealed.").keys() == {
        "negation"
    }


def test_half_a_million_is_a_round_figure() -> None:
    a = "MediLink Family Clinics said the data of 503,000 patients had been accessed in a cyber attack."
    assert not kinds(a, "A clinic chain said the personal data of half a million patients had been stolen by hackers.")
    b = "The data of 560,000 patients had been accessed in a cyber attack."
    assert kinds(b, "The personal data of half a million patients had been stolen by hackers.").keys() == {"number"}


def test_a_level_dropped_to_is_no_plan_dropped() -> None:
    a = "Residents face six more weeks of rationing after the city's reservoir system dropped to its lowest level in two years."
    assert "negation" not in kinds(
        a, "Authorities said they will keep rationing water as a dry spell drains the reservoirs."
    )
    assert kinds("The levy was kept in the budget.", "The levy was dropped from the budget.").keys() == {"negation"}


def test_not_expected_before_a_month() -> None:
    mar = datetime(2026, 3, 4, 12, tzinfo=timezone.utc)
    b = "Meteorologists at IDEAM say the rains are not expected before April."
    assert "date" not in kinds("The weather agency IDEAM expects the rains to return in April.", b, mar, mar)
    assert "date" in kinds("The weather agency IDEAM expects the rains to return in March.", b, mar, mar)


def test_a_planned_cut_by_a_week_and_by_a_fortnight() -> None:
    a = "The government has confirmed plans to shorten the summer school holidays by one week."
    b = "Summer holidays would be shortened by a fortnight under a plan unveiled by the government."
    assert kinds(a, b).keys() == {"number"}
    assert not kinds("The launch was delayed by a week.", "The launch was delayed by seven days.")
    assert not kinds("His plan would cut Medicare by $800 billion.", "Obama has cut $716 billion from Medicare.")


def test_points_against_percentage_points() -> None:
    a = "Opposition parties pointed to an attainment gap of 18.2 points between the most and least deprived pupils."
    b = "The gap between pupils from the richest and poorest areas was 16.8 percentage points."
    assert kinds(a, b).keys() == {"number"}
    assert not kinds(a.replace("18.2", "16.8"), b)


def test_one_sum_in_two_currencies() -> None:
    a = "The hackers demanded $10 million to restore the systems, according to a hospital source."
    assert kinds(a, "The attackers demanded a ransom of 10 million euros.").keys() == {"number"}
    assert not kinds(a, "The attackers demanded a ransom of 9.2 million euros.")


def test_the_noun_after_an_opening_capital_is_the_subject() -> None:
    a = "Public pools in Montevideo will stay closed until further notice, the municipality said."
    assert kinds(a, "Municipal pools have not been closed, officials said.")["negation"].confidence >= 0.65
    b = kinds("Public schools will stay closed on Monday.", "Private schools will not be closed on Monday.")
    assert all(c.confidence < 0.65 for c in b.values())


def test_more_than_a_round_bound_against_a_figure_under_it() -> None:
    a = "Some 920,000 asylum cases were awaiting a first decision, the agency said."
    assert kinds(a, "More than 1 million asylum cases were still pending.").keys() == {"number"}
    assert not kinds("The company lost more than $5 billion.", "The company lost $5.7 billion.")


def test_three_listed_places_of_which_one_differs() -> None:
    a = "Residents of Varnavas, Kapandriti and Grammatiko were ordered to leave."
    assert kinds(a, "People in Varnavas, Kapandriti and Marathon were told to leave their homes.").keys() == {"entity"}
    b = "Most of those on board were from Guinea, Ivory Coast and Mali, officials said."
    assert kinds(b, "Most of the passengers came from Guinea, Ivory Coast and Sudan.").keys() == {"entity"}
    assert not kinds(b, "Most of the passengers came from Guinea, Ivory Coast and Mali.")


def test_a_loss_against_revenue() -> None:
    a = "Orrin lost $42 million in the quarter that ended in June."
    assert not kinds(a, "Orrin reported second-quarter revenue of $318 million, below analysts' estimates.")
    assert kinds(a, "Orrin posted a loss of $52 million in the quarter that ended in June.").keys() == {"number"}


def test_a_title_case_acronym() -> None:
    a = "He has 30 days to appeal to the Court of Arbitration for Sport."
    assert not kinds(a, "He can still appeal to Cas within 30 days.")


def test_a_ban_overturned_against_one_cut_to() -> None:
    a = "Sprinter Shanique Blackwood has had her two-year ban overturned by the Anti-Doping Appeals Tribunal."
    assert not kinds(a, "Jamaican sprinter Shanique Blackwood's doping ban has been cut to 12 months after an appeal.")
    assert kinds(a, "Blackwood's three-year doping ban has been overturned.").keys() == {"number"}


def test_a_count_in_a_sentence_opened_on_a_past_year() -> None:
    sep = datetime(2026, 9, 29, 10, tzinfo=timezone.utc)
    a = "In 2012, an avalanche on the same mountain killed 11 climbers."
    b = "An avalanche on Manaslu killed two foreign climbers and a Nepali guide on Monday, officials said."
    assert not kinds(a, b, sep, sep)


def test_a_toll_risen_on_a_later_day() -> None:
    sep = datetime(2026, 9, 29, 10, tzinfo=timezone.utc)
    a = "The death toll from the Manaslu avalanche rose to four on Tuesday morning after an injured guide died."
    b = "An avalanche on Manaslu killed two foreign climbers and a Nepali guide on Monday, officials said."
    assert "date" not in kinds(a, b, sep, sep)
    assert "date" in kinds("The Manaslu avalanche struck on Tuesday morning.", b, sep, sep)


def test_crowns_are_the_koruna_the_other_side_names() -> None:
    oct1 = datetime(2026, 10, 1, 10, tzinfo=timezone.utc)
    a = "The government is planning a deficit of 286 billion CZK for 2027."
    assert kinds(a, "The cabinet is planning a deficit of 268 billion crowns next year.", oct1, oct1).keys() == {
        "number"
    }
    assert not kinds(a, "The cabinet is planning a deficit of 286 billion crowns next year.", oct1, oct1)


def test_a_part_included_in_a_whole_is_no_partner_for_another_count() -> None:
    a = "Latest figures show that 16,412 people were living in emergency accommodation."
    b = "That report showed a record 16,214 people in emergency accommodation in August, including more than 5,000 children."
    assert kinds(a, b).keys() == {"number"}
    assert not kinds("The fire killed 12 people, including three children.", "Three children died in the fire.")


def test_a_place_naming_which_site() -> None:
    a = "Orrin Labs is cutting about 650 employees and closing its Kirkland studio."
    assert kinds(a, "Orrin Labs is laying off 640 workers and will close its Redmond studio.").keys() == {"entity"}
    assert kinds("The Lyon prosecutor has opened an investigation.", "The Paris prosecutor has opened an inquiry.")
    assert not kinds(a, "Orrin Labs is laying off 650 workers and will close its Kirkland studio.")


def test_a_capitalised_season_opening_a_place_name() -> None:
    a = "Both models are built at Norvale's assembly plant in Smyrna, Tennessee."
    b = "The Ridgeline is assembled at Norvale's plant in Spring Hill, Tennessee, a company spokesperson said."
    assert kinds(a, b).keys() == {"entity"}
    assert not kinds(b, "The Ridgeline is assembled at the Spring Hill plant in Tennessee.")


def test_a_day_told_in_a_clause_after_a_denial() -> None:
    oct11 = datetime(2026, 10, 11, 20, tzinfo=timezone.utc)
    a = "Defending champion Brian Kiptum withdrew on Wednesday with an Achilles tendon problem."
    b = "Defending men's champion Brian Kiptum did not start after withdrawing Thursday with an Achilles injury."
    assert "date" in kinds(a, b, oct11, oct11)
    assert "date" not in kinds(a, b.replace("Thursday", "Wednesday"), oct11, oct11)


def test_a_sum_with_its_interest_against_the_award() -> None:
    a = "The chef Marco Bellandi will receive $346,000 once interest is added, after the court found he was defamed."
    assert not kinds(a, "Television chef Marco Bellandi has won his defamation case and been awarded $310,000.")
    assert kinds("Bellandi was awarded $346,000.", "Bellandi has been awarded $310,000.").keys() == {"number"}


def test_claimed_that_is_no_claim_for_a_sum() -> None:
    a = "A hotel owner who claimed a newspaper branded him a rogue employer has won a €220,000 libel award."
    b = "A High Court jury has awarded a hotelier €200,000 after finding he was defamed by a regional newspaper."
    assert kinds(a, b).keys() == {"number"}
    assert not kinds("The hotelier claimed €500,000 in damages.", "The jury awarded the hotelier €200,000.")


def test_one_named_site_in_two_towns() -> None:
    a = "Mr Furlong owns the Corrib Bay Hotel in Oughterard."
    assert kinds(a, "Mr Furlong (61) runs the Corrib Bay Hotel in Clifden.").keys() == {"entity"}
    assert not kinds(a, "Mr Furlong (61) runs the Corrib Bay Hotel in Oughterard, Co Galway.")


def test_two_places_of_one_name_told_apart_by_a_first_word() -> None:
    a = "Upper Ncema dam was decommissioned last week after its level fell below the point where water can be pumped."
    b = "Lower Ncema was taken off line after it fell below the level at which water can be pumped."
    assert kinds(a, b).keys() == {"entity"}
    assert not kinds("The water comes from Upper Ncema dam.", "The water comes from Upper Ncema dam and Lower Ncema.")
    assert not kinds("North Korea fired a missile on Tuesday.", "South Korea fired a missile on Tuesday.")


def test_a_figure_followed_by_a_verb_counts_no_noun() -> None:
    a = "More than 25 million people in Sudan face acute hunger, according to the UN-backed IPC."
    b = "The conflict has forced some 12 million people from their homes and left about 25 million facing acute hunger."
    assert not kinds(a, b)
    assert kinds("Rescuers found 12 missing climbers.", "Rescuers found 14 missing climbers.").keys() == {"number"}


def test_a_near_bound_a_writer_rounds_past() -> None:
    a = "The screening drive has reached 28,400 people in Metro Manila, the agency said Tuesday."
    assert not kinds(a, "Nearly 28,000 people have undergone chest X-rays in the screening drive.")
    assert kinds(
        "The repairs are expected to cost almost half a million pounds.", "They are estimated to cost £540,000."
    )


def test_a_claim_of_a_sum_against_a_fine() -> None:
    a = "Arlemont was ordered to pay a fine of 19 million Swiss francs, the court said on Tuesday."
    assert not kinds(
        a, "The court also ordered Arlemont to pay a compensation claim of CHF27 million to the Swiss state."
    )


def test_a_day_a_running_count_is_read_at() -> None:
    wed, tue = datetime(2026, 10, 14, 20, tzinfo=timezone.utc), datetime(2026, 10, 13, 20, tzinfo=timezone.utc)
    a = "The strike at the port of San Antonio reached its tenth day on Wednesday."
    b = "A dockworkers' strike at the port of San Antonio was on its eighth day Tuesday, leaving exports stuck."
    assert "date" not in kinds(a, b, wed, tue)
    assert "date" in kinds(
        "The strike at the port began on Wednesday.", "The strike at the port began on Monday.", wed, wed
    )


def test_a_thing_both_sides_deny_and_other_things_found() -> None:
    a = "The skull was not found, but the team recovered vertebrae, ribs, teeth and parts of both hips."
    b = "No skull has been recovered, so the animal's head shape is based on related species."
    assert not kinds(a, b)
    assert kinds("The team recovered the skull and ribs.", b).keys() == {"negation"}


def test_a_three_day_total_against_an_opening_day() -> None:
    a = '"Kesariya Ghat" ended its opening weekend with a three-day total of ₹214 crore net in India.'
    b = 'Period action drama "Kesariya Ghat" collected ₹67.5 crore net in India on its opening day, trade trackers said.'
    assert not kinds(a, b)
    assert kinds('"Kesariya Ghat" collected ₹64 crore net in India on its opening day.', b).keys() == {"number"}


def test_this_year_told_before_and_after_a_figure() -> None:
    assert kinds("There were 1,210 entries this year.", "This year's prize drew 1,012 entries.").keys() == {"number"}


def test_a_partys_denial_against_anothers_charge() -> None:
    a = "Russia has denied using migrants to put pressure on Finland."
    b = "Interior Minister Anna-Kaisa Lindqvist said Russia was still using migrants as a means of pressure."
    assert not kinds(a, b)
    assert kinds(a, "Russia is using migrants as a means of pressure against Finland.").keys() == {"negation"}


def test_two_ends_of_a_state_told_to_remain_until() -> None:
    nov = datetime(2026, 11, 10, 10, tzinfo=timezone.utc)
    a = "They will remain closed until May 31, 2027, the interior ministry said."
    assert "date" in kinds(a, "The border will remain closed until the end of March 2027.", nov, nov)
    b = "They will remain closed until March 31, 2027, the interior ministry said."
    assert not kinds(b, "The border will remain closed until the end of March 2027.", nov, nov)


def test_one_unit_told_of_one_thing_under_two_names() -> None:
    a = "The developer, Corrib Living, said the 604-bed building at Marrowbone Lane was not ready."
    b = "Corrib Living's 640-bed scheme on Marrowbone Lane was originally due to open in September."
    assert kinds(a, b).keys() == {"number"}
    assert not kinds("He ran for a 12-yard touchdown.", "He threw for 284 yards.")


def test_a_name_and_its_acronym_before_the_same_closing_noun() -> None:
    a = "More than 1,200 flights were canceled at Dallas Fort Worth International Airport on Tuesday."
    b = "DFW Airport canceled about 1,250 flights Tuesday, according to its website."
    assert "entity" not in kinds(a, b)
    c = "More than 1,200 flights were canceled at Dallas Love Field Airport on Tuesday."
    assert "entity" in kinds(c, "LAX Airport canceled about 1,250 flights Tuesday, according to its website.")


def test_a_toll_risen_since_by_what_was_added() -> None:
    a = "The death toll from the crash has risen to 21 after two more victims died in hospital."
    b = "Seventeen people died in the crash on the highway."
    assert "number" not in kinds(a, b)
    assert "number" in kinds("The death toll from the crash has risen to 21.", b)
    assert "number" in kinds(a, "Twenty-five people died in the crash on the highway.")


def test_common_nouns_opening_a_sentence_are_no_named_doers() -> None:
    a = "Officers executed 42 search warrants in São Paulo, Paraná and Goiás states, police said."
    b = "Agents served 52 search warrants in São Paulo, Paraná and Goiás."
    assert kinds(a, b).keys() == {"number"}


def test_two_lists_filling_no_slot_with_the_same_words_after() -> None:
    a = "Dhemaji and Lakhimpur are the worst-hit districts."
    assert kinds(a, "Dhemaji and Morigaon are the worst-hit districts, officials said.").keys() == {"entity"}
    assert not kinds(a, "Dhemaji and Morigaon have the most people in relief camps.")
    assert not kinds(a, "Lakhimpur and Dhemaji are the worst-hit districts.")


def test_a_rand_wage_told_an_hour() -> None:
    a = "Expanded Public Works Programme workers will receive R15.80 an hour."
    b = "Workers on the Expanded Public Works Programme will earn R16.64 an hour."
    assert kinds(a, b).keys() == {"number"}
    assert not kinds(a, "Workers on the Expanded Public Works Programme will earn R15.80 an hour.")


def test_a_sum_in_a_currency_is_no_quoted_rate() -> None:
    a = "South Korea's Minimum Wage Commission early Friday set next year's minimum hourly wage at 10,780 won."
    b = "The minimum wage panel decided late Thursday to raise the hourly minimum wage for 2027 to 10,870 won."
    assert "number" in kinds(a, b, None, None)
    assert "number" not in kinds(
        "The won fell to 1,380 per dollar early Tuesday.", "The won was at 1,392 per dollar late Tuesday."
    )


def test_an_escape_and_the_capture_date_two_acts() -> None:
    a = "Shane Kowal, the county prison escapee, was captured on September 18 in Moosic."
    b = "Kowal, 33, climbed out of the exercise yard at the county prison on Wednesday, September 9."
    assert not kinds(a, b)
    assert kinds(a, "Kowal was captured on September 16 in Moosic.").keys() == {"date"}


def test_a_thing_going_on_at_a_moment_is_no_start() -> None:
    a = "Armed men ambushed a prison van near Saint-Priest on Tuesday morning and freed an inmate, authorities said."
    b = "A manhunt was under way in the Lyon region on Tuesday evening for an inmate freed from a prison convoy."
    assert not kinds(a, b)
    c = "Armed men ambushed a prison van near Saint-Priest on Tuesday evening and freed an inmate, police said."
    assert kinds(a, c).keys() == {"date"}


def test_objects_and_pieces_are_one_count() -> None:
    a = "Six silver objects were stolen from the Hallwyl Museum on Saturday."
    assert kinds(a, "Thieves took eight pieces of silver from the Hallwyl Museum on Saturday.").keys() == {"number"}
    assert not kinds(a, "Thieves took six pieces of silver from the Hallwyl Museum on Saturday.")


def test_a_city_against_the_area_around_another() -> None:
    a = "Roughly 50,000 customers in Tempe and Chandler were without power this afternoon."
    b = "More than 50,000 customers in the Phoenix area lost electricity during a weekend of extreme heat."
    assert "entity" not in kinds(a, b)
    c = "Roughly 50,000 customers in the Tucson area were without power this afternoon."
    assert kinds(c, "More than 50,000 customers in the Phoenix area lost electricity this afternoon.").keys() == {
        "entity"
    }


def test_a_count_run_from_a_day_read_at_a_later_moment() -> None:
    a = "The Edhi Foundation said it had received 62 bodies since Sunday at its morgue in Sohrab Goth."
    b = "By Wednesday night, the Edhi Foundation, the country's largest charity, had received 91 bodies since Sunday."
    assert "number" not in kinds(a, b)
    assert "number" in kinds(
        "The Edhi Foundation said it had received 62 bodies since Sunday.",
        "The Edhi Foundation received 91 bodies since Sunday.",
    )


def test_a_name_once_in_the_plural_is_one_name() -> None:
    a = 'The resolution said the NAACP would "repudiate the racism of the Tea Parties" and stand against bigots.'
    b = "Benjamin Todd Jealous, the president of the N.A.A.C.P., said the resolution was not aimed at the Tea Party."
    assert "entity" not in kinds(a, b)
    assert "entity" in kinds("Inspector Ray Kowalski spoke.", "Inspector Ray Kowalczyk spoke.")


def test_a_span_of_years_against_one_of_them() -> None:
    a = "The couple's effective federal tax rate for 2014 was 35.7 percent."
    b = "From 2007 through 2014 the couple paid $43,885,310 in federal taxes, for an effective tax rate of 31.55 percent."
    assert "number" not in kinds(a, b)
    c = "Between 2007 and 2014 the couple paid an effective tax rate of 31.55 percent."
    assert "number" in kinds("The couple's effective tax rate from 2007 to 2014 was 35.7 percent.", c)


def test_the_earlier_occurrence_told_after_a_count_of_them() -> None:
    a = "It is the second time the FCA has fined Harrowgate, which paid a £7.2 million penalty in 2021 over complaints."
    b = "Harrowgate was previously fined £7.2m by the FCA in 2022 over complaints handling."
    assert kinds(a, b).keys() == {"date"}
    assert not kinds(
        "It is the second time the FCA has fined Harrowgate in 2021.", "Harrowgate was fined by the FCA in 2022."
    )


def test_a_firms_legal_form_written_short() -> None:
    a = "The plant is run by Bayou Sorrel Chemical Company, a producer of chlor-alkali products."
    b = "The plant is operated by Bayou Sorrel Chemical Co., a maker of chlorine and caustic soda."
    assert "entity" not in kinds(a, b)
    assert "entity" in kinds(a, "The plant is operated by Bayou Lafourche Chemical Co., a maker of chlorine.")


def test_two_charges_that_share_words_have_two_verdicts() -> None:
    a = "Brandon Mayhew, 34, was acquitted of impaired driving causing death."
    b = "On Thursday, jurors convicted Brandon Mayhew of dangerous driving causing death and of leaving the scene."
    assert "negation" not in kinds(a, b)
    assert "negation" in kinds("Brandon Mayhew, 34, was acquitted of dangerous driving causing death.", b)


def test_a_thing_asked_for_is_not_denied_by_not_having_it() -> None:
    a = "Pilots, represented by the Irish Regional Pilots' Association, want a 14pc pay rise."
    b = "The association says its members have not had a pay rise since 2019."
    assert "negation" not in kinds(a, b)
    assert "negation" in kinds("The pilots got a 14pc pay rise last year.", b)


def test_a_share_move_by_an_hour_against_the_days_move() -> None:
    a = "Rheinflug shares fell 3.1% in Frankfurt trading by 0900 GMT."
    b = "Shares of Rheinflug fell 4.2% on Tuesday, the steepest drop since October."
    assert "number" not in kinds(a, b)
    assert "number" in kinds("Rheinflug shares fell 3.1% in Frankfurt on Tuesday.", b)


def test_the_earlier_things_own_act_is_dated() -> None:
    sep = datetime(2026, 9, 8, 10, tzinfo=timezone.utc)
    a = "The pilots' previous contract expired on April 30."
    assert kinds(a, "The contract expired on March 31.", sep, sep).keys() == {"date"}
    assert not kinds(
        "The strike follows two earlier strike days in September.", "The strike began on October 3.", sep, sep
    )


def test_a_year_opening_its_sentence_dates_the_act_after_it() -> None:
    sep = datetime(2026, 9, 8, 10, tzinfo=timezone.utc)
    a = "In 2019 the plant was fined $48,000 by the state over a smaller release of chlorine gas."
    b = "It was fined $48,000 in 2021 for an earlier chlorine release, state records show."
    assert kinds(a, b, sep, sep).keys() == {"date"}
    c = "The plant was fined in 2021 for a chlorine release."
    assert not kinds("In 2019 the company opened a plant in Ohio.", c, sep, sep)


def test_one_count_acted_on_by_two_doers() -> None:
    a = "Alpina Air, the low-cost carrier, cancelled 210 flights on Thursday."
    assert kinds(a, "Budget carrier Azur Connect said it had cancelled 210 flights.").keys() == {"entity"}
    b = "Beauden Barrett kicked 12 points, including a long-range penalty."
    assert kinds(b, "Damian McKenzie kicked 12 points for the All Blacks.").keys() == {"entity"}
    assert not kinds(a, "Alpina Air cancelled 210 flights, and Azur Connect cancelled 150.")


def test_a_place_open_again_after_its_closure() -> None:
    morning, afternoon = (
        datetime(2026, 10, 15, 13, 10, tzinfo=timezone.utc),
        datetime(2026, 10, 15, 18, 30, tzinfo=timezone.utc),
    )
    a = (
        "MTA Bridges and Tunnels closed the Hugh L. Carey Tunnel in both directions on Wednesday evening after water from"
        " a ruptured main poured into its Manhattan-bound tube."
    )
    b = (
        "Both tubes of the Hugh L. Carey Tunnel were open again by 1pm Thursday, ending a closure that snarled traffic"
        " from Red Hook to the Battery overnight."
    )
    assert "negation" not in kinds(a, b, morning, afternoon)


def test_two_numbered_roads_each_listed_with_another_place() -> None:
    a = "Traffic was already heavy on Route 16 and the Chelsea Street Bridge by Monday evening."
    b = "Chelsea officials warned residents to expect heavy traffic on Route 1 and in Charlestown."
    assert not kinds(a, b)
    assert kinds(
        "Traffic was diverted to Route 16 on Monday.", "Traffic was diverted to Route 1 on Monday."
    ).keys() == {"entity"}


def test_an_hour_told_last_night_is_an_evening_hour() -> None:
    a, b = datetime(2026, 1, 3, 0, tzinfo=timezone.utc), datetime(2026, 1, 3, 9, tzinfo=timezone.utc)
    assert not kinds("The quake struck at 10:47 on Friday night.", "The quake hit at 10:47 last night.", a, b)
    assert "date" in kinds("The quake struck at 10:47 on Friday night.", "The quake hit at 9:47 last night.", a, b)


def test_a_roads_kind_written_short_and_one_roads_number() -> None:
    a = "A section of parapet fell from a building on Cuba St, narrowly missing a bus shelter."
    assert not kinds(a, "A parapet fell from a building on Cuba Street.")
    assert kinds(a, "A parapet fell from a building on Willis Street.").keys() == {"entity"}
    b = "Caltrans closed Highway 178 for several hours."
    assert not kinds(b, "Caltrans closed State Route 178 east of town while crews checked for cracks.")
    assert kinds(b, "Caltrans closed State Route 14 east of town.").keys() == {"entity"}


def test_a_movements_people_named_from_it() -> None:
    a = "Tea Party groups say there is no racism within the movement."
    assert not kinds(a, "The resolution asked all Tea Partiers to repudiate bigots in their own ranks.")


def test_two_groups_whose_sum_a_hedged_total_holds() -> None:
    a = "The cruise ship, the Adelheid, had 143 passengers and 39 crew on board."
    assert not kinds(a, "About 180 people were on board the cruise ship, most of them from the United States.")
    assert kinds(a, "About 240 people were on board the cruise ship.").keys() == {"number"}


def test_a_count_told_with_one_more_person_after_it() -> None:
    a = "The water taxi was carrying three passengers and the driver."
    assert not kinds(a, "There were four people on the water taxi.")
    assert kinds(a, "There were six people on the water taxi.").keys() == {"number"}


def test_a_rate_at_the_close_of_a_named_day_against_one_after_the_news() -> None:
    a = "The Australian dollar jumped to 66.4 US cents after the decision."
    assert not kinds(a, "The Australian dollar finished Tuesday at 66.9 US cents.")
    assert kinds(
        "The Australian dollar finished Tuesday at 66.4 US cents.",
        "The Australian dollar ended the day at 66.9 US cents.",
    )


def test_a_genus_cut_to_its_initial() -> None:
    a = "Humber River Health has declared an outbreak of Clostridioides difficile on two medical wards."
    assert not kinds(a, "An outbreak of C difficile at Humber River Hospital has grown to 17 patients.")


def test_a_holiday_declared_then_a_reopening() -> None:
    pub = datetime(2026, 6, 18, 3, tzinfo=timezone.utc)
    a = "The civic body said schools would reopen on Friday."
    assert not kinds(a, "The civic body declared a holiday for schools and colleges on Thursday.", pub, pub)


def test_miners_found_dead_and_miners_pulled_out_alive() -> None:
    a = "Two miners were found dead after a tunnel collapsed at an informal gold mine in Peru."
    assert not kinds(a, "Rescuers pulled three miners out alive on Tuesday morning from a collapsed tunnel in Peru.")
    assert kinds(
        "Rescuers pulled two miners out alive on Tuesday.", "Rescuers pulled three miners out alive on Tuesday."
    ).keys() == {"number"}


def test_an_expectation_and_a_goal_are_both_figures_ahead() -> None:
    a = "The company expects to sell 1.5 million units in the first year, according to chief executive Han Ji-soo."
    b = "Corvel aims to sell 1.2 million units of the Fold One in its first year, chief executive Han Ji-soo said."
    assert kinds(a, b).keys() == {"number"}
    assert not kinds(
        "The company expects to sell 1.5 million units in the first year.",
        "Corvel sold 1.2 million units in its first year.",
    )


def test_an_emergency_number_and_a_bare_hour_are_no_counts() -> None:
    a = "Firefighters were called to the Harbourfront Regency shortly after 6 on Tuesday evening."
    assert "number" not in kinds(a, "The first 911 call came in at 5:48 Tuesday evening, according to Toronto Fire.")


def test_a_firm_with_a_word_of_its_name_left_out() -> None:
    a = "Orla Brennan, chief economist at Fitzwilliam Economic Partners, said the package risked adding to inflation."
    assert not kinds(a, "Orla Brennan of Fitzwilliam Partners warned that the package left little room.")
    assert "entity" in kinds(
        "Dr Amara Okafor at the University of Bern said so.", "Amara Okafor of the University of Geneva said so."
    )


def test_a_closure_told_with_its_end_after_the_streets() -> None:
    pub = datetime(2026, 3, 4, 13, tzinfo=timezone.utc)
    a = "Queens Quay West was closed between Bay and York streets until early Wednesday."
    assert "negation" not in kinds(a, "Queens Quay West reopened early Wednesday.", pub, pub)


def test_a_state_that_remains_until_a_day_ends_ahead() -> None:
    sat = datetime(2026, 6, 27, 22, 50, tzinfo=timezone.utc)
    t = extract_facts(
        "An amber warning for wind issued by the Met Office remains in place until Sunday afternoon.", sat
    ).times
    assert [x.label for x in t] == ["until Sunday 28 Jun 2026 afternoon"]


def test_one_act_dated_among_several_years() -> None:
    pub = datetime(2026, 3, 4, 13, tzinfo=timezone.utc)
    a = "The hotel, which opened in 1989, is owned by a Dutch group."
    assert kinds(a, "The hotel opened in 1991 and was renovated in 2018.", pub, pub).keys() == {"date"}
    b = "The company opened a plant in 1991 and was renovated in 2018."
    assert not kinds("The company was founded in 1989 and listed in 2001.", b, pub, pub)


def test_a_month_told_next_in_that_same_month_is_a_year_on() -> None:
    jan = datetime(2026, 1, 17, 1, tzinfo=timezone.utc)
    a = "The event will return next January, Quinlan said."
    assert not kinds(a, "Quinlan said the event would be held again in January 2027.", jan, jan)
    assert [
        t.label for t in extract_facts("It opened last January.", datetime(2026, 3, 1, tzinfo=timezone.utc)).times
    ] == ["Jan 2026"]


def test_a_citys_people_named_from_it() -> None:
    a = "Last season 39 per cent of Toronto residents got a flu shot, officials said."
    assert "entity" not in kinds(
        a, "Only 29 per cent of Torontonians got a flu shot last season, according to city data."
    )


def test_a_reopening_told_after_its_closure() -> None:
    pub = datetime(2026, 4, 14, 17, tzinfo=timezone.utc)
    a = "Jomo Kenyatta International Airport was closed for six hours on Tuesday after a cargo plane veered off the runway."
    b = "JKIA reopened on Tuesday after a closure of nearly six hours caused by a cargo plane that overran the runway."
    assert "negation" not in kinds(a, b, pub, pub)
    assert "negation" in kinds(
        "The airport was closed all day on Tuesday.", "The airport reopened on Tuesday morning.", pub, pub
    )


def test_a_count_by_an_hour_of_the_day_against_the_days() -> None:
    pub = datetime(2026, 4, 14, 19, tzinfo=timezone.utc)
    a = "Eleven flights were cancelled on Tuesday."
    assert not kinds(a, "Seven flights had been cancelled by lunchtime.", pub, pub)
    assert kinds(a, "Seven flights were cancelled on Tuesday.", pub, pub).keys() == {"number"}


def test_a_plight_in_a_relative_clause_leaves_the_verb_before_the_count() -> None:
    a = "Rescuers in Colombia have freed a dozen miners who were trapped in a collapsed coal mine, officials say."
    b = "Rescuers in central Colombia brought 14 miners out alive from a collapsed coal mine on Tuesday."
    assert kinds(a, b).keys() == {"number"}


def test_a_pattern_kept_per_text_answers_as_the_pattern_does() -> None:
    # the rules' patterns scan each sentence once however many others it is compared with
    import re

    from reconcile.compare import clear_caches
    from reconcile.compare.shared import PerText

    text = "Rescuers reached 12 miners and 3 workers on Monday; 12 miners were unhurt."
    for raw in (re.compile(r"\d+ (?:miners|workers)"), re.compile(r"(\d+) miners"), re.compile(r"(\d+) (\w+)")):
        kept = PerText(raw)
        for _ in range(2):  # the second time from what was kept
            assert kept.search(text).span() == raw.search(text).span()  # type: ignore[union-attr]
            assert kept.search(text, 30).span() == raw.search(text, 30).span()  # type: ignore[union-attr]
            assert kept.match(text) is None and kept.match(text, 17).span() == raw.match(text, 17).span()  # type: ignore[union-attr]
            assert [m.span() for m in kept.finditer(text)] == [m.span() for m in raw.finditer(text)]
            assert [m.span() for m in kept.finditer(text, 30)] == [m.span() for m in raw.finditer(text, 30)]
            assert kept.findall(text) == raw.findall(text)
            assert kept.sub("N", text) == raw.sub("N", text) and kept.pattern == raw.pattern
        assert kept.search("no figure here") is None
        assert kept._search.cache_info().hits >= 1 and kept._all.cache_info().hits >= 1
        clear_caches()  # a benchmark run starts from nothing kept
        assert kept._search.cache_info().currsize == kept._all.cache_info().currsize == 0


@pytest.mark.parametrize(
    ("a", "b", "quiet"),
    [
        # the whole against the other side's part, when that part is the one named before the whole
        (
            "Three of the school's five teaching blocks have been fenced off.",
            "Three teaching blocks have been closed while engineers assess them.",
            True,
        ),
        (
            "Two of the school's five teaching blocks have been fenced off.",
            "Three teaching blocks have been closed.",
            False,
        ),
        (
            "Three of the school's five teaching blocks were shut.",
            "Three of the school's six teaching blocks were shut.",
            False,
        ),
        # each side's figures stand on the other, read there as another kind: the same figures
        (
            "Year 11 and 13 students will be back on site from Wednesday.",
            "Year 11 and Year 13 pupils will return on Wednesday.",
            True,
        ),
        ("Year 11 and 13 students will be back on site.", "Year 11 and 12 pupils will return.", False),
    ],
)
def test_a_part_or_a_figure_read_otherwise_is_no_partner(a: str, b: str, quiet: bool) -> None:
    assert ("number" not in kinds(a, b)) is quiet


def test_uk_time_is_a_zone_of_its_own() -> None:
    # '5:40am UK time' and '6:40am local time' (Frankfurt): one moment told in two zones
    a = "The German company's systems failed at 5:40am UK time on Monday."
    assert "date" not in kinds(a, "The provider's systems went down at 6:40am local time, the company said.")
    assert "date" in kinds(a, "The German company's systems failed at 6:40am UK time on Monday.")


def test_next_weekday_early_in_a_week_may_be_either_week() -> None:
    # 'next Friday' on a Thursday page: tomorrow to some, the Friday of next week to others
    thu = datetime(2026, 11, 19, 6, 30, tzinfo=timezone(timedelta(hours=3)))
    a = "The examinations end next Friday, with marking beginning in early December."
    assert "date" not in kinds(a, "The KCSE examinations end on November 27.", thu, thu)
    assert "date" not in kinds(a, "The KCSE examinations end on November 20.", thu, thu)
    assert "date" in kinds(a, "The KCSE examinations end on November 24.", thu, thu)  # neither Friday
    assert "date" in kinds("The examinations end next Friday.", "The KCSE examinations end on December 4.", thu, thu)
    sun = datetime(2026, 11, 22, 9, 0, tzinfo=timezone(timedelta(hours=3)))  # a Sunday: only the coming Friday
    assert "date" in kinds("The examinations end next Friday.", "The KCSE examinations end on December 4.", sun, sun)


@pytest.mark.parametrize(
    ("a", "b", "kind", "found"),
    [
        # one figure written alike on both sides, read as two values: a misreading, not two values
        (
            "A 10K race through central London was halted this morning.",
            "The Thames Embankment 10K was stopped.",
            "number",
            False,
        ),
        ("A 10K race was halted this morning.", "A 5K race was halted this morning.", "number", True),
        # one place's count against the count of that place and another, no lower
        (
            "About 9,000 homes in the Moreton Bay area lost power during the storm.",
            "Energex said more than 20,000 homes lost power across Moreton Bay and Brisbane's north.",
            "number",
            False,
        ),
        (
            "About 29,000 homes in the Moreton Bay area lost power.",
            "Energex said about 20,000 homes lost power across Moreton Bay and Brisbane's north.",
            "number",
            True,
        ),
        (  # a list of places is no one place
            "The rule would have covered 41 refineries in Texas, Louisiana and Mississippi.",
            "The rule would have applied to 47 refineries, most of them in Texas and Louisiana.",
            "number",
            True,
        ),
        # an office to come beside an office held: no two offices at once
        (
            "The party's candidate, Markus Frommelt, is set to become head of government.",
            "ABP leader Markus Frommelt is still expected to head the next government.",
            "entity",
            False,
        ),
        (
            "Health Ministry spokesman Jonas Reber said the plan was ready.",
            "Jonas Reber, a state secretary in the Health Ministry, said the plan was ready.",
            "entity",
            True,
        ),
        # 'won' the verb is no currency, so no market quote timed at two moments
        (
            "Iceland's Civic Renewal Party won Saturday's snap election with 18 of 63 seats, results showed on Sunday.",
            "The Civic Renewal Party won the most seats, taking 19 of the Althing's 63 seats, final results showed on Sunday morning.",
            "number",
            True,
        ),
        (
            "The won fell to 1,450 per dollar early on Tuesday.",
            "The won was trading at 1,420 per dollar late on Tuesday.",
            "number",
            False,
        ),
        # one country under two names owns one measure
        (
            "Cabo Verde's ruling Movement for Democratic Renewal won 39 seats in Sunday's election.",
            "Cape Verde's ruling Movement for Democratic Renewal has kept its majority, winning 38 seats in Sunday's election.",
            "number",
            True,
        ),
        (
            "In Alberta, the jobless rate climbed to 7.1% in May.",
            "Ontario's jobless rate was 7.6% in May.",
            "number",
            False,
        ),
    ],
)
def test_round_297_readings(a: str, b: str, kind: str, found: bool) -> None:
    assert (kind in kinds(a, b)) is found


def test_none_of_a_group_against_some_of_it() -> None:
    # 'None of the hospitalized runners was ...' counts none of them, against two
    a = "None of the hospitalized runners was in critical condition, a fire department spokesperson said."
    assert kinds(a, "Two of the hospitalized runners were listed in critical condition, a spokesperson said.")
    assert not kinds(a, "Two of the hospitalized runners were discharged on Sunday, a spokesperson said.")


def test_spectators_and_fans_are_one_crowd() -> None:
    a = "Three spectators were hurt when lightning hit a tree near the 14th hole."
    assert "number" in kinds(a, "Two fans were hurt when lightning struck a tree near the 14th green.")
    assert "number" not in kinds(a, "Three fans were hurt when lightning struck a tree near the 14th green.")


def test_round_298_readings() -> None:
    # a refusal told on both sides, once in the passive after what was refused
    refused = "The council has refused planning permission for the data centre."
    assert "negation" not in kinds("Planning permission for the data centre has been refused.", refused)
    assert "negation" in kinds("Planning permission for the data centre has been granted.", refused)
    # a bound set on a day holds for the hour told after it ('by Tuesday at noon')
    plan = "The agency expected to reopen the westbound lanes by Tuesday at noon."
    assert "date" not in kinds("The westbound lanes reopened at 10:40 a.m. Tuesday.", plan)
    assert "date" in kinds(
        "The westbound lanes reopened at 10:40 a.m. Tuesday.", "The westbound lanes reopened on Tuesday at noon."
    )

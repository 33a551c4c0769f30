"""Synthetic multi-outlet stories for benchmarks: realistic sentence lengths, unique texts.

Each story is a made-up event with its own places, people and figures; every outlet tells it
with its own wording for most facts and adds a few of its own. Pages carry navigation, a
comments section and JSON-LD like real outlet pages, so extraction does real work.
"""

from __future__ import annotations

import html
import random
from pathlib import Path

PLACES = [
    "Korvala",
    "Bristmoor",
    "Santa Ilena",
    "Dunmere",
    "Ostravik",
    "Lakemont",
    "Port Aubrey",
    "Veldhoven",
    "Marisol",
    "Kestrel Bay",
    "Tamsin",
    "Northwold",
    "Caldera Springs",
    "Ravensholm",
]
FIRST = [
    "Amara",
    "Jonas",
    "Priya",
    "Tomasz",
    "Lucia",
    "Kwame",
    "Ingrid",
    "Rafael",
    "Mei",
    "Omar",
    "Helena",
    "Dmitri",
    "Aisha",
    "Callum",
    "Sofia",
    "Tariq",
]
LAST = [
    "Okafor",
    "Lindqvist",
    "Raman",
    "Kowalski",
    "Ferreira",
    "Mensah",
    "Halvorsen",
    "Ortiz",
    "Zhang",
    "Haddad",
    "Novak",
    "Petrov",
    "Bello",
    "MacLeod",
    "Rossi",
    "Qureshi",
]
OUTLETS = ["Northern Courier", "Global Wire", "The Daily Ledger", "Metro Observer", "Coastal Times", "Capital Record"]

# Each fact: several outlet wordings. Slots are filled per story.
FACTS = [
    [
        "A fire tore through a {n1}-storey apartment block in {place} early on {day}, officials said.",
        "Flames swept through a {n1}-storey residential tower in {place} in the early hours of {day}.",
        "Officials said a blaze engulfed a {n1}-storey housing block in central {place} before dawn on {day}.",
    ],
    [
        "At least {n2} people were killed and {n3} others injured, according to the regional health office.",
        "The regional health office put the death toll at {n2}, with {n3} people injured.",
        "{n2} people died and {n3} were hurt in the fire, health officials in {place} said.",
    ],
    [
        "Firefighters needed {n4} hours to bring the flames under control, fire chief {p1} told reporters.",
        "It took crews {n4} hours to contain the blaze, said {p1}, the head of the fire service.",
        "Fire chief {p1} said the flames were brought under control after {n4} hours of work.",
    ],
    [
        "Residents had complained for years about faulty wiring in the building, local councillor {p2} said.",
        "Councillor {p2} said tenants had warned the landlord about dangerous wiring for years.",
        "Complaints about the block's electrical wiring had been ignored for years, according to councillor {p2}.",
    ],
    [
        "Mayor {p3} announced an inquiry and promised support for the {n5} families left homeless.",
        "An independent inquiry will be opened, Mayor {p3} said, pledging help for {n5} displaced families.",
        "{p3}, the mayor of {place}, ordered an inquiry and said {n5} families would be rehoused.",
    ],
    [
        "The building had passed a safety inspection in {year}, city records show.",
        "City records show the tower was last cleared by safety inspectors in {year}.",
        "According to municipal records, inspectors had approved the block in {year}.",
    ],
    [
        "Police in {place} said they had not yet found evidence that the fire was started deliberately.",
        "Investigators have found no sign so far that the blaze was set on purpose, police in {place} said.",
        "There is no indication yet of arson, a police spokesperson in {place} said.",
    ],
    [
        "Emergency shelters at {n6} schools across {place} took in residents overnight.",
        "Residents spent the night in emergency shelters set up at {n6} schools in {place}.",
        "{n6} schools in {place} were turned into overnight shelters for those who fled.",
    ],
    [
        "The national government released {money} million in emergency funds for the victims in {place}.",
        "Emergency funding of {money} million was approved by the national government on {day}.",
        "Ministers in the capital approved {money} million in relief money for the families in {place}.",
    ],
    [
        "Neighbours described hearing a loud bang shortly before smoke filled the stairwells on {day}.",
        "Witnesses in {place} said they heard a bang moments before the stairwells filled with smoke.",
        "Several neighbours of the {n1}-storey block reported a loud explosion just before thick smoke spread.",
    ],
]
UNIQUE = [
    "A local bakery near the tower handed out bread and tea to firefighters through the night in {place}.",
    "Volunteers from a nearby mosque and church in {place} organised clothing collections on {day}.",
    "The block was built in {year0} as part of a social housing programme run by {p2}'s predecessor.",
    "A crowdfunding appeal launched by {p4} raised more than {n7} thousand within a day.",
    "Traffic on the ring road around {place} was diverted for {n8} hours while crews worked.",
    "Schools near the site in {place} will stay closed until {day2}, the education office said.",
]
TAILS = [
    ", local media reported.",
    ", according to residents.",
    ", officials confirmed on Tuesday.",
    ", witnesses told reporters.",
    ", a statement from the city hall said.",
    ", the agency said.",
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _values(rng: random.Random, i: int) -> dict[str, str]:
    name = lambda: f"{rng.choice(FIRST)} {rng.choice(LAST)}"  # noqa: E731
    return {
        "place": f"{rng.choice(PLACES)}-{i}" if i >= len(PLACES) else PLACES[i % len(PLACES)],
        "day": rng.choice(DAYS),
        "day2": rng.choice(DAYS),
        "n1": str(rng.randint(8, 40)),
        "n2": str(rng.randint(3, 90)),
        "n3": str(rng.randint(10, 300)),
        "n4": str(rng.randint(2, 14)),
        "n5": str(rng.randint(20, 400)),
        "n6": str(rng.randint(2, 12)),
        "n7": str(rng.randint(20, 900)),
        "n8": str(rng.randint(2, 9)),
        "money": f"{rng.randint(2, 60)}.{rng.randint(1, 9)}",
        "year": str(rng.randint(2012, 2024)),
        "year0": str(rng.randint(1960, 1999)),
        "p1": name(),
        "p2": name(),
        "p3": name(),
        "p4": name(),
    }


def _page(outlet: str, title: str, paragraphs: list[str], published: str, place: str) -> str:
    body = "\n".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{html.escape(title)} | {html.escape(outlet)}</title>
<meta property="og:site_name" content="{html.escape(outlet)}">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle","headline":"{html.escape(title)}","datePublished":"{published}","publisher":{{"@type":"Organization","name":"{html.escape(outlet)}"}}}}</script>
</head><body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/business">Business</a></li><li><a href="/sport">Sport</a></li></ul></nav></header>
<div class="cookie">We use cookies to improve your experience. <button>Accept all</button></div>
<main><article><h1>{html.escape(title)}</h1><div class="byline">Staff reporter</div>
{body}
</article>
<aside><h2>Most read</h2><ul><li><a href="/a">Storm warnings issued for the coast of {html.escape(place)}</a></li><li><a href="/b">Markets slide as rates stay high</a></li></ul></aside>
<section id="comments"><h3>Comments</h3><div class="comment"><p>I heard it was far more than the paper says, at least double.</p></div></section>
</main><footer><p>© 2026 {html.escape(outlet)}. All rights reserved.</p></footer></body></html>
"""


def _unique(text: str, used: set[str], rng: random.Random) -> str:
    """The sentence, or a variant of it, never used before in the corpus: every sentence the
    benchmark embeds is distinct, so no stage gets duplicates for free."""
    candidates = [text] + [text[:-1] + t for t in rng.sample(TAILS, len(TAILS))]
    out = next((c for c in candidates if c not in used), f"{text[:-1]}, report {len(used)} said.")
    used.add(out)
    return out


def write_corpus(root: Path, n_stories: int, n_outlets: int = 4, seed: int = 7) -> list[Path]:
    """Write n_stories story folders under root; returns their paths."""
    rng = random.Random(seed)
    used: set[str] = set()
    folders = []
    for i in range(n_stories):
        v = _values(rng, i)
        folder = root / f"story-{i:04d}"
        folder.mkdir(parents=True, exist_ok=True)
        outlets = rng.sample(OUTLETS, n_outlets)
        toml = [f'id = "bench-{i:04d}"', f'title = "Fire in {v["place"]}"']
        for j, outlet in enumerate(outlets):
            facts = [_unique(rng.choice(f).format(**v), used, rng) for f in FACTS if rng.random() < 0.85]
            facts += [_unique(u.format(**v), used, rng) for u in rng.sample(UNIQUE, 3)]
            rng.shuffle(facts)
            paragraphs = [" ".join(facts[k : k + 2]) for k in range(0, len(facts), 2)]
            fname = f"outlet{j}.html"
            published = f"2026-03-{(i % 27) + 1:02d}T{8 + j:02d}:00:00+00:00"
            (folder / fname).write_text(
                _page(outlet, f"Deadly fire in {v['place']}", paragraphs, published, v["place"]), encoding="utf-8"
            )
            toml += ["[[articles]]", f'outlet = "{outlet}"', f'file = "{fname}"']
        (folder / "story.toml").write_text("\n".join(toml) + "\n", encoding="utf-8")
        folders.append(folder)
    return folders

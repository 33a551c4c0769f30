"""Extraction on the committed outlet pages, and the cleaning rules on their own."""

import pytest
from conftest import STORIES

from reconcile.evaluate import norm
from reconcile.extract import clean_paragraphs, extract_article, is_boilerplate, page_metadata, split_dateline
from reconcile.segment import split_text
from reconcile.sources import load_story, read_article_file

PAGES = [
    (story, art)
    for story in STORIES
    for art in load_story(story).articles
    if art.file is not None and (story / "expected" / (art.file.stem + ".txt")).is_file()
]


def sentences(text: str) -> set[str]:
    return {norm(text[s:e]) for _, s, e in split_text(text)}


@pytest.mark.parametrize("story, art", PAGES, ids=[f"{s.name}/{a.file.name}" for s, a in PAGES])
def test_fixture_page_keeps_every_article_sentence_and_nothing_else(story, art):
    spec = load_story(story)
    article = extract_article(read_article_file(spec, art, 5_000_000), spec.story_id)
    want = sentences((story / "expected" / (art.file.stem + ".txt")).read_text(encoding="utf-8"))
    got = sentences(article.text)
    assert not want - got, f"lost: {sorted(want - got)[:3]}"
    assert not got - want, f"kept furniture: {sorted(got - want)[:3]}"


@pytest.mark.parametrize("story, art", PAGES[:12], ids=[f"{s.name}/{a.file.name}" for s, a in PAGES[:12]])
def test_metadata_columns(story, art):
    spec = load_story(story)
    article = extract_article(read_article_file(spec, art, 5_000_000), spec.story_id)
    assert article.outlet == art.outlet
    if art.file.suffix == ".html":
        assert article.published_at is not None, "publication time from manifest or page metadata"
        assert article.title


@pytest.mark.parametrize(
    "par, dateline, rest",
    [
        (
            "MINSK, Sept 11 (Reuters) - Belarus freed 52 prisoners.",
            "MINSK, Sept 11 (Reuters)",
            "Belarus freed 52 prisoners.",
        ),
        ("VILNIUS, Lithuania (AP) — The prisoners crossed.", "VILNIUS, Lithuania (AP)", "The prisoners crossed."),
        ("NEW DELHI: The ministry said on Monday.", "NEW DELHI", "The ministry said on Monday."),
        ("WASHINGTON -- Lawmakers voted.", "WASHINGTON", "Lawmakers voted."),
        ('GENEVA, March 3 (Reuters) - "We agreed," she said.', "GENEVA, March 3 (Reuters)", '"We agreed," she said.'),
        ("SÃO PAULO, Brazil (AP) — Floods hit.", "SÃO PAULO, Brazil (AP)", "Floods hit."),
        ("ST. LOUIS (AP) — A jury ruled.", "ST. LOUIS (AP)", "A jury ruled."),
        ("LONDON, 4 June (Reuters) - Shares fell.", "LONDON, 4 June (Reuters)", "Shares fell."),
        (
            "MADRID/PARIS, May 19 (Reuters) - The airlines agreed.",
            "MADRID/PARIS, May 19 (Reuters)",
            "The airlines agreed.",
        ),
        # an agency-first dateline, as ANSA writes it
        ("(ANSA) - BOLOGNA, SEP 15 - Two people died.", "(ANSA) - BOLOGNA, SEP 15", "Two people died."),
        # the place in title case, with a full date and the agency
        ("Lisbon, 26 Nov 2026 (Lusa) - The budget passed.", "Lisbon, 26 Nov 2026 (Lusa)", "The budget passed."),
        # the place in title case and the agency, as agency websites print it
        ("Calais (AFP) - Trawlers blocked the port.", "Calais (AFP)", "Trawlers blocked the port."),
        ("Frankfurt (dpa) - The race started late.", "Frankfurt (dpa)", "The race started late."),
        # the country in brackets before the agency's
        ("BERGEN (Norway) (AFP) - The ferry sailed.", "BERGEN (Norway) (AFP)", "The ferry sailed."),
        ("Bergen (Norway) (AFP) - The ferry sailed.", "Bergen (Norway) (AFP)", "The ferry sailed."),
        # an em dash with no space around it, as Manila papers print it
        ("TACLOBAN CITY—At least 12 people died.", "TACLOBAN CITY", "At least 12 people died."),
        # EFE's '.-', a bracket as the only end (CNA), an agency's caps after a title-case place and region,
        # a date with its year, a state's initials in brackets
        ("QUITO, Oct 3 (EFE).- The volcano erupted.", "QUITO, Oct 3 (EFE)", "The volcano erupted."),
        ("TAICHUNG, Mar. 4 (CNA) Two workers were hurt.", "TAICHUNG, Mar. 4 (CNA)", "Two workers were hurt."),
        ("Taichung, Mar. 4 (CNA) Two workers were hurt.", "Taichung, Mar. 4 (CNA)", "Two workers were hurt."),
        ("Kupang, NTT (ANTARA) - The ferry docked.", "Kupang, NTT (ANTARA)", "The ferry docked."),
        (
            "ZERMATT, Switzerland, Jul 2, 2026 (AFP) - The glacier cracked.",
            "ZERMATT, Switzerland, Jul 2, 2026 (AFP)",
            "The glacier cracked.",
        ),
        ("NELLORE (AP), Jan 8 (PTI) - The satellite flew.", "NELLORE (AP), Jan 8 (PTI)", "The satellite flew."),
        ("Meerut (UP), Jan 8 (PTI) Nine people died.", "Meerut (UP), Jan 8 (PTI)", "Nine people died."),
        # the agency alone, an agency's name without brackets, a place with a lower-case particle
        ("(Bloomberg) -- The governor resigned.", "(Bloomberg)", "The governor resigned."),
        ("NELSON, Oct 24 AAP - Canterbury won the final.", "NELSON, Oct 24 AAP", "Canterbury won the final."),
        ("Dar es Salaam (AFP) - The port was sold.", "Dar es Salaam (AFP)", "The port was sold."),
        # an em dash whose space after it was lost with the element it closed ('<em>UTICA, N.Y. —</em> Ann')
        ("UTICA, N.Y. —Ann Ruiz was elected.", "UTICA, N.Y.", "Ann Ruiz was elected."),
        # a wire story from no place
        (
            "March 9 (Reuters) - The drugmaker recalled two lots.",
            "March 9 (Reuters)",
            "The drugmaker recalled two lots.",
        ),
    ],
)
def test_dateline_is_split_off(par, dateline, rest):
    assert split_dateline(par) == (dateline, rest)


@pytest.mark.parametrize(
    "par",
    [
        "Rescuers pulled 14 miners out on Tuesday.",
        "Officials: no comment yet on the matter.",
        "March 9 was the day the recall began.",
        "US President Donald Trump said: We agree.",
        "US—China talks resumed on Monday.",
        "NATO (AP), the alliance said, would meet again.",
    ],
)
def test_ordinary_sentences_keep_their_start(par):
    dl, rest = split_dateline(par)
    assert dl is None and rest == par


@pytest.mark.parametrize(
    "par",
    [
        "Advertisement",
        "ADVERTISEMENT",
        "Anzeige / Advertisement",  # an ad slot's label in two languages
        "Anzeige / Publicidade / Ad",  # and in three
        # calls to readers and pointers to the programme
        "Do you have a story to share? Email our newsdesk.",
        "Watch the full interview on eNCA at 9pm.",
        "If you or someone you know needs support, call Lifeline on 13 11 14.",
        "Publicité",
        "Story continues below advertisement",
        "Read more: Belarus frees prisoners",
        "Reporting by Ann Lee; Editing by Tom Ray",
        "(Additional reporting by Jo Bloggs in Minsk)",
        "Share",
        "Copy link",
        "Sign up for our morning newsletter",
        "© 2026 Daily Planet. All rights reserved.",
        "Photo: Getty Images",
        "Related: Markets slide",
        "Our Standards: The Trust Principles.",
        "What happens next",
        "Updated 3.15pm GMT, 2 March 2026",
        "Published: Monday, March 2, 2026",
        "Anna Kaminski in Tarsk contributed to this report.",
        "Ryan reported from Washington.",
        "The Daily Briefing newsletter brings you the news. Sign up here.",
        "Dr. Ama Mensah (left) gives the first dose at the launch. Photo: Kofi Boateng",
        "Also Read | Quake toll rises in western Nepal",
        "(Except for the headline, this story has not been edited by our staff and is published from a syndicated feed.)",
        "Filed under: Politics |",
        "Tags: budget, harbour, council",
        "Posted in: Local news",
        # sign-offs and agency credits, a translation notice, a bare date label
        "ab/cd (Reuters, dpa, AFP)",
        "(RADIO 4 with AFP)",
        "(AFP)",
        "Translation of an original article published in Spanish; the publisher is liable only for the Spanish text.",
        "Issued on:",
        "Read more",  # a lead-in whose link sits on the next line
        # credit lines and the desk's initials at the foot of wire copy
        "Jan de Vries in Utrecht contributed to this report from the scene.",
        "--With assistance from Maja Lind.",
        "lv/afp/jm",
        # the publisher's appeal for reader money
        "Our journalism is free to read because readers fund it. Please consider a contribution.",
        "Please consider making a donation today.",
        # correction notes, Yonhap's sign-off, an agency's name alone, a related link's lead-in
        "Correction: A previous version of this story misspelled the name of the harbour.",
        "An earlier version gave the wrong date for the vote.",
        "This article was amended on 3 March 2026.",
        "(END)",
        "Australian Associated Press",
        "Related article: Harbour council votes again",
        # an agency's desk initials, a wire's first-published line, one-link lead-ins without a colon
        "(PAP) mk/ tt/",
        "This report by The Canadian Press was first published Sept. 13, 2026.",
        "Read more Harbour council votes to widen the quay",
        "RELATED COVERAGE Harbour council votes again",
        "Catch up on: the harbour dispute so far",
        # a 'read next' label, a site's menu and its footer links on one line
        "Read next:",
        "Home World Local Weather",
        "Home | World | Business | Sport",
        "Share on X",
        "Carla Brennan - November 20, 2026 at 3:10 pm EST",
        "Aya Kishimoto - Nov 30, 2026",
        "Harbour News · Contact us · Advertise · Cookie policy",
        "(LEAD) adds reaction from the teachers' union in paragraphs 5-6.",
        "14 Oktober 2026 18:40 WIB",
        "Dewi Lestari | Rabu, 14 Okt 2026 18:40 WIB",
        "Martes, 3 de marzo de 2026 - 10:15",
        "Publié le 12 mars 2026 à 09:30",
    ],
)
def test_furniture_is_boilerplate(par):
    assert is_boilerplate(par)


@pytest.mark.parametrize(
    "par",
    [
        "Rescuers pulled 14 miners out on Tuesday, officials said.",
        "Published figures showed the death toll rose to 12.",
        "Share prices fell 4% after the announcement.",
        "Readers of the local paper had warned about the mine for years.",
        "“We will rebuild,” she said.",
        "Tagged seals were released near the harbour on Tuesday.",
        "Posted in 2019, the video drew thousands of complaints.",
        "(The agency later withdrew the claim.)",
        "Translation services were cut at the hospital last year.",
        "Issued on Monday, the warning covers three districts.",
        "The charity said it would consider a donation from the club.",
        "Lawyers for the two men said the 24/7 hotline had failed.",
        "Calais (the port town) was blockaded for a day.",
        "Corrections officers walked out on Monday.",
        "The Associated Press reported the vote first.",
        "An earlier version of the bill had been rejected in May.",
        "Local weather forecasters warned of storms.",
        "Subscribers to the streaming service will pay more from next month.",
        "Followers of the club gathered outside the ground.",
        "Clicking heresy aside, the bishop's letter was sharp.",
        "Mars lost its magnetic field billions of years ago.",
        "Rabu was the name of the boat that sank in 2019.",
    ],
)
def test_prose_is_not_boilerplate(par):
    assert not is_boilerplate(par)


@pytest.mark.parametrize(
    "first, later, dateline",
    [
        ("Kathmandu: Rescuers dug through rubble on Monday.", "Aid reached Kathmandu by road.", "Kathmandu"),
        ("New Delhi: The ministry issued a notice.", "Officials in New Delhi said more.", "New Delhi"),
        ("Officials: The count is not final yet.", "The officials met again.", None),
        ("Update: The road has reopened to traffic.", "Traffic resumed.", None),
    ],
)
def test_title_case_dateline_needs_the_place_to_recur(first, later, dateline):
    paras, dl = clean_paragraphs([first, later])
    assert dl == dateline
    assert (paras[0] == first) == (dateline is None)


def test_headline_and_standfirst_are_not_body():
    paras, dl = clean_paragraphs(
        [
            "Mine collapse traps 14",
            "Rescue teams worked through the night to reach them.",
            "MINSK (Reuters) - Fourteen miners were trapped on Monday.",
            "More text here follows now.",
        ],
        ("Mine collapse traps 14", "Rescue teams worked through the night to reach them."),
    )
    assert paras == ["Fourteen miners were trapped on Monday.", "More text here follows now."]
    assert dl == "MINSK (Reuters)"


def test_jsonld_and_meta_tags():
    html = """<html><head><meta property="article:published_time" content="2026-03-02T09:00:00Z">
    <meta property="og:site_name" content="Meta Site"><script type="application/ld+json">
    {"@context": "https://schema.org", "@graph": [{"@type": "WebPage"}, {"@type": "NewsArticle",
     "headline": "H", "datePublished": "2026-03-02T10:15:00+01:00", "author": [{"name": "A"}, {"name": "B"}],
     "publisher": {"name": "LD Site"}}]}</script></head><body></body></html>"""
    meta = page_metadata(html)
    assert meta["published"] == "2026-03-02T10:15:00+01:00"  # JSON-LD wins over meta tags
    assert meta["author"] == "A; B" and meta["sitename"] == "LD Site" and meta["title"] == "H"


def test_article_inside_a_furniture_named_container_is_still_found():
    from reconcile.records import ArticleSpec
    from reconcile.sources import RawArticle

    paras = [
        f"Paragraph {i} tells readers that the harbour council met on Monday to vote on the plan." for i in range(6)
    ]
    html = (
        "<html><head><title>Harbour vote</title></head><body><nav><a href='/'>Home</a></nav>"
        "<div class='social-share-layout'><article>"
        + "".join(f"<p>{p}</p>" for p in paras)
        + "</article></div><footer>© 2026 Harbour News</footer></body></html>"
    )
    raw = RawArticle(ArticleSpec("Harbour News", None, None, None, 1), "page.html", html.encode(), "html", None)
    article = extract_article(raw, "s")
    assert all(p in article.text for p in paras)
    assert "Home" not in article.text and "©" not in article.text


def test_script_rendered_page_falls_back_to_jsonld_article_body():
    import json as _json

    from reconcile.records import ArticleSpec
    from reconcile.sources import RawArticle

    body = (
        "Flood waters reached the old town of Brenmoor on Sunday night, officials said.\n"
        "About 300 residents were moved to two schools overnight.\n"
        "The river peaked at 6.2 metres shortly before midnight, the highest level since 1998."
    )
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "Floods reach Brenmoor",
        "datePublished": "2026-02-02T07:00:00Z",
        "articleBody": body,
    }
    html = (
        "<html><head><title>Floods</title><script type='application/ld+json'>"
        + _json.dumps(ld)
        + "</script></head><body><div id='root'></div><noscript>Enable JavaScript.</noscript></body></html>"
    )
    raw = RawArticle(ArticleSpec("Valley Post", None, None, None, 1), "app.html", html.encode(), "html", None)
    article = extract_article(raw, "s")
    assert article.text.split("\n\n") == body.split("\n")
    assert article.published_at is not None and article.title == "Floods reach Brenmoor"


@pytest.mark.parametrize(
    "wrapper",
    [
        "section class='reader-discussion'",
        "div id='disqus_thread'",
        "div class='talkback-list'",
        "div data-component='user-comments'",
    ],
)
def test_reader_comments_under_other_names_are_dropped(wrapper):
    from reconcile.records import ArticleSpec
    from reconcile.sources import RawArticle

    paras = [
        f"Paragraph {i}: the harbour council met on Monday and voted to widen the quay by ten metres." for i in range(5)
    ]
    tag = wrapper.split()[0]
    html = (
        "<html><head><title>Quay</title></head><body><article>"
        + "".join(f"<p>{p}</p>" for p in paras)
        + f"</article><{wrapper}><p>Rubbish, they voted to narrow it by 40 metres and nobody met on Monday.</p>"
        f"<p>Posted by harbourwatcher 2 hours ago, it was never about the quay at all, trust me.</p></{tag}>"
        "</body></html>"
    )
    raw = RawArticle(ArticleSpec("Harbour News", None, None, None, 1), "page.html", html.encode(), "html", None)
    text = extract_article(raw, "s").text
    assert all(p in text for p in paras)
    assert "40 metres" not in text and "harbourwatcher" not in text


# --- pruning that must not lose the article (issue 10): handmade pages, real trafilatura ----------

PROSE = [
    f"Paragraph {i} says the harbour council met on Monday and voted to widen the quay by ten metres." for i in range(4)
]
BODY = "".join(f"<p>{p}</p>" for p in PROSE)
# furniture that trafilatura alone keeps, so only the project's pruning removes it
FURNITURE = (
    "<div class='promo-box'><p>Get the Harbour Briefing in your inbox every morning, free of "
    "charge and with no adverts at all.</p></div><div class='more-from-harbour'><p>Jo Bloggs has "
    "covered the harbour and its council for the Harbour News since 2009.</p></div>"
)


def html_article(html: str):
    from reconcile.records import ArticleSpec
    from reconcile.sources import RawArticle

    raw = RawArticle(ArticleSpec("Harbour News", None, None, None, 1), "page.html", html.encode(), "html", None)
    return extract_article(raw, "s")


@pytest.mark.parametrize(
    "page",
    [
        # a furniture word inside another class name on <body>: the body is not furniture
        f"<html><body class='home cookies-not-set'><article>{BODY}{FURNITURE}</article></body></html>",
        # a furniture word on the article's own container (the real breadcrumb is a <nav>)
        f"<html><body><nav class='breadcrumb'><a href='/'>Home</a> <a href='/news'>News</a></nav><div class="
        f"'article__content js-revarticle url-breadcrumb is-active'>{BODY}{FURNITURE}</div></body></html>",
        # a page-wide <form> (ASP.NET) around the article
        f"<html><body><form id='aspnetForm' method='post'><div class='main'><article>{BODY}{FURNITURE}</article>"
        "</div></form></body></html>",
    ],
    ids=["body-class-cookies-not-set", "url-breadcrumb-container", "form-around-article"],
)
def test_furniture_names_on_the_articles_containers_do_not_prune_the_article(page):
    text = html_article(page).text
    assert all(p in text for p in PROSE)
    assert "Harbour Briefing" not in text and "Jo Bloggs" not in text and "Home" not in text


def test_html_comments_do_not_take_the_text_after_them():
    page = (
        f"<html><body><article><p>The harbour council met on Monday <!-- ad slot --> and voted to widen the "
        f"quay.</p><!-- related -->{BODY}<p>Work will start <!--x--> in May, the council said.</p><!-- end -->"
        "<p>The quay was last widened in 1974.</p></article></body></html>"
    )
    text = html_article(page).text
    assert "The harbour council met on Monday and voted to widen the quay." in text
    assert "Work will start in May, the council said." in text
    assert "The quay was last widened in 1974." in text


def test_text_after_a_heading_is_kept_and_the_heading_is_not():
    page = (
        f"<html><body><article>{BODY}<h2>What comes next</h2>Work will start in May and last two years, "
        "the council said.<p>Fishing crews welcomed the vote, saying larger boats could now dock.</p>"
        "</article></body></html>"
    )
    text = html_article(page).text
    assert "Work will start in May and last two years, the council said." in text
    assert "Fishing crews welcomed the vote" in text
    assert "What comes next" not in text


def test_a_heading_that_is_a_whole_sentence_is_kept_and_a_short_one_is_not():
    page = (
        "<html><body><article><h1>Harbour council votes to widen the quay</h1>"
        f"<h2>The council voted to widen the quay after a year of delays and protests.</h2>{BODY}"
        "<h3>Q: What will the wider quay mean for the fishing crews who use it?</h3>"
        "<p>Larger boats could now dock, the harbour master said on Tuesday.</p>"
        "<h3>Why does it matter?</h3><p>The quay was last widened in 1974, the council said.</p>"
        "</article></body></html>"
    )
    text = html_article(page).text
    assert "Q: What will the wider quay mean for the fishing crews who use it?" in text
    assert "Larger boats could now dock" in text and "The quay was last widened in 1974" in text
    assert "Why does it matter?" not in text  # a short subhead is not an article sentence
    # ahead of the first paragraph a heading is the headline or standfirst, not body text
    assert "after a year of delays and protests" not in text


def test_a_hover_card_on_a_name_goes_and_the_name_stays_in_its_sentence():
    card = (
        "<span class='rollover-people'><a class='rollover-people-link' href='/people/ann-marr'>Ann Marr</a>"
        "<span class='rollover-block'><a href='/a1'>Marr backs harbour levy in close vote</a> "
        "<a href='/a2'>Council opens inquiry into quay contract</a> <a class='more' href='/p'>MORE</a></span></span>"
    )
    page = (
        f"<html><body><article><p>The harbour council, led by Mayor {card} (Labour), met on Monday and voted "
        f"to widen the quay by ten metres.</p>{BODY}</article></body></html>"
    )
    text = html_article(page).text
    assert "led by Mayor Ann Marr (Labour), met on Monday and voted to widen the quay by ten metres." in text
    assert "levy" not in text and "inquiry" not in text and "MORE" not in text


def test_a_list_of_tour_dates_without_end_punctuation_is_kept():
    page = (
        f"<html><body><article>{BODY}<p>The band will play these dates:</p><ul>"
        "<li>June 26 – Allentown, PA @ PPL Center</li><li>July 3 – Mansfield, MA @ Xfinity Center</li>"
        "<li>July 26 – Saratoga Springs, NY</li></ul>"
        "<p>Tickets go on sale on Friday at 10 a.m. local time, the promoter said.</p></article></body></html>"
    )
    article = html_article(page)
    for date in (
        "June 26 – Allentown, PA @ PPL Center",
        "July 3 – Mansfield, MA @ Xfinity Center",
        "July 26 – Saratoga Springs, NY",
    ):
        assert date in article.text
    assert "Tickets go on sale on Friday" in article.text


def test_hard_wrapped_lines_are_joined_into_their_sentence():
    page = (
        f"<html><body><article>{BODY}<p>The council voted on Monday to<br>widen the quay by ten metres<br>"
        "after a debate that lasted six hours.<br>Work starts in May.</p></article></body></html>"
    )
    article = html_article(page)
    sentence = "The council voted on Monday to widen the quay by ten metres after a debate that lasted six hours."
    assert sentence in sentences(article.text) or norm(sentence) in sentences(article.text)
    assert "Work starts in May." in article.text


def test_a_japanese_article_keeps_its_text_and_is_flagged():
    paras = [
        "港湾委員会は月曜日に会合を開き、岸壁を十メートル広げることを決めた。工事は五月に始まる予定だ。",
        "委員会によると、費用は約二十億円で、国と市が半分ずつ負担する。反対意見も出たが、賛成多数で可決された。",
        "地元の漁業者は、船の出入りが楽になると歓迎している。一方で、工事中の騒音を心配する声もある。",
    ]
    page = "<html lang='ja'><body><article>" + "".join(f"<p>{p}</p>" for p in paras) + "</article></body></html>"
    article = html_article(page)
    assert all(p in article.text for p in paras)
    assert article.language == "ja"
    assert "工事は五月に始まる予定だ。" in [article.text[s:e] for _, s, e in split_text(article.text)]


def _page_text(html: str) -> str:
    """The article text `reconcile run` takes from one HTML page."""
    from reconcile.records import ArticleSpec
    from reconcile.sources import RawArticle

    raw = RawArticle(ArticleSpec("Harbour News", None, None, None, 1), "page.html", html.encode(), "html", None)
    return extract_article(raw, "s").text


def test_topic_lists_and_a_standfirst_under_the_headline_are_not_body():
    paras = [
        f"Paragraph {i}: the regional council met on Monday and voted to close the old ferry pier." for i in range(5)
    ]
    html = (
        "<html><head><title>Pier</title><meta name='description' content='The council votes on the pier.'></head>"
        "<body><article><header><h1>Council closes the ferry pier</h1>"
        "<p class='story-summary'>Islanders lose their last ferry link after a vote that split the council.</p>"
        "</header>"
        + "".join(f"<p>{p}</p>" for p in paras[:3])
        + "<div class='inline-link'><strong>Read more</strong> <a href='/ferries'>Ferry operators cut winter routes</a></div>"
        + "".join(f"<p>{p}</p>" for p in paras[3:])
        + "<div class='story-topics'><h2>Related topics</h2><ul><li>Ferries</li><li>Local councils</li></ul></div>"
        "<div class='story-tags'><ul><li>Islands</li></ul></div>"
        "</article></body></html>"
    )
    assert _page_text(html).split("\n\n") == paras


def test_a_french_chapo_is_a_standfirst():
    paras = [
        f"Paragraph {i}: the tribunal in Nantes heard on Monday that the ferry pier had been unsafe." for i in range(4)
    ]
    html = (
        "<html><head><title>Pier</title></head><body><main><article><h1>Ferry pier ruled unsafe</h1>"
        "<p class='t-content__chapo'>A tribunal found the operator had ignored three safety warnings.</p>"
        + "".join(f"<p>{p}</p>" for p in paras)
        + "</article></main></body></html>"
    )
    assert _page_text(html).split("\n\n") == paras


def test_cookie_notice_section_label_and_intro_under_the_headline_are_not_body():
    paras = [
        f"Paragraph {i}: the ferry operator said on Monday that the winter timetable would start early."
        for i in range(4)
    ]
    html = (
        "<html><head><title>Ferry</title><meta name='description' content='Winter sailings begin next week.'></head><body>"
        "<div class='privacy-layer'><p>This website uses cookies and comparable technologies to improve your experience. "
        'Click "Agree" to accept.</p></div>'
        "<div class='grid'><p class='overline'>Transport</p><h1>Ferry timetable changes</h1>"
        "<p class='site-intro'><strong>Winter sailings begin next week.</strong></p>"
        + "".join(f"<p>{p}</p>" for p in paras)
        + "</div></body></html>"
    )
    assert _page_text(html).split("\n\n") == paras


def test_an_introduction_that_opens_the_body_is_kept():
    # 'story-body__introduction' is the first paragraph of the article on some sites, and the page's
    # description often repeats it: away from the headline, it stays
    first = "The ferry operator said on Monday that the winter timetable would start a week early."
    paras = [
        f"Paragraph {i}: passengers were told to check departure times before travelling to the port." for i in range(4)
    ]
    html = (
        f"<html><head><title>Ferry</title><meta name='description' content='{first}'></head><body><article>"
        "<h1>Ferry timetable changes</h1><div class='byline'>By A. Writer</div><div class='story-body'>"
        f"<p class='story-body__introduction'>{first}</p>"
        + "".join(f"<p>{p}</p>" for p in paras)
        + "</div></article></body></html>"
    )
    assert _page_text(html).split("\n\n") == [first, *paras]


def test_the_appeal_for_reader_support_is_pruned():
    epic = (
        "<div class='hn-contributions-epic'><h2>Before you go</h2><p>Harbour News has no paywall and never "
        "will, so every pound that readers give us keeps this reporting going for another year.</p></div>"
    )
    text = html_article(f"<html><body><article>{BODY}{epic}</article></body></html>").text
    assert all(p in text for p in PROSE) and "paywall" not in text


def test_the_writer_stamp_caption_and_bio_lines_above_and_below_the_story_are_pruned():
    head = (
        "<p class='hn-writer'>Maja Berg</p><p class='hn-stamp'>Published 01 Dec 2026 08:30AM</p>"
        "<div class='hn-photo'><img src='/a.jpg'><p class='hn-photo-cap'>Trawlers moored at the quay this week.</p></div>"
    )
    bio = (
        "<div class='hn-bio'><p>Maja Berg is Ports Editor at the Harbour News.</p></div>"
        "<div class='hn-about'><h5>About the author</h5><p>Harbour Wire is the port's own news agency.</p></div>"
    )
    text = html_article(f"<html><body><div class='hn-content'>{head}<div>{BODY}</div>{bio}</div></body></html>").text
    assert all(p in text for p in PROSE)
    assert "Maja Berg" not in text and "Published" not in text and "Trawlers moored" not in text
    assert "news agency" not in text


def test_a_layout_table_is_read_as_paragraphs_and_its_sidebar_as_furniture():
    story = (
        "<h2>Quay to be widened</h2><p class='hn-section'>Harbour</p><address>Maja Berg in Bergen</address>"
        f"<div id='hn-storytext'>{BODY}</div><div class='hn-subscribe'><p>Get our free daily newsletter.</p></div>"
    )
    sidebar = "<b>Most Read</b><ol><li>Ferry timetable changes</li><li>Fish market reopens</li></ol>"
    page = (
        "<html><body><table id='hn-layout'><tr><td colspan='2'><a href='/'>Harbour News</a></td></tr>"
        f"<tr><td id='hn-story'>{story}</td><td id='hn-sidebar'>{sidebar}</td></tr></table></body></html>"
    )
    text = html_article(page).text
    assert text.split("\n\n") == PROSE
    # a data table of plain cells is still one line per row
    data = "<table><tr><td>Quay</td><td>10 metres</td></tr><tr><td>Slipway</td><td>4 metres</td></tr></table>"
    assert "Quay 10 metres" in html_article(f"<html><body><article>{BODY}{data}</article></body></html>").text


def test_a_deck_and_a_summary_under_the_headline_and_the_dateline_below_them():
    page = (
        "<html><body><div class='hn-page'><div role='heading' aria-level='1'>Quay to be widened</div>"
        "<div class='hn-summary'>Council backs plan after long debate.</div>"
        "<h1>Quay to be widened</h1><p class='hn-lede-x'>Work to start in spring after a two-year wait</p>"
        f"<div class='hn-body'><p>BERGEN, March 3 (Reuters) - {PROSE[0]}</p>{''.join(f'<p>{p}</p>' for p in PROSE[1:])}"
        "</div></div></body></html>"
    )
    art = html_article(page)
    assert art.text.split("\n\n") == PROSE
    assert art.dateline == "BERGEN, March 3 (Reuters)"


def test_the_author_box_line_closing_an_article_is_dropped_and_kept_inside_it():
    body = [
        "Jo Lind is a reporter for the Harbour News who was detained at the port on Monday.",
        "The council said it would ask for her release.",
    ]
    pars, _ = clean_paragraphs(body + ["Maja Berg is the Harbour News's port correspondent, based in Bergen."])
    assert pars == body
    pars, _ = clean_paragraphs(body + ["Maja Berg covers shipping and the fisheries."])
    assert pars == body
    pars, _ = clean_paragraphs(body + ["Maja Berg reports for the Harbour News."])
    assert pars == body
    pars, _ = clean_paragraphs(body + ["Maja Berg is Sports Editor at the Harbour News."])
    assert pars == body
    # the bio above the site's one-line footer is still the article's last line
    footer = "Harbour News · Contact us · Advertise · Cookie policy"
    pars, _ = clean_paragraphs(body + ["Maja Berg covers shipping and the fisheries.", footer])
    assert pars == body
    # a bio-like sentence that is news, at the end: a figure or a clause of its own keeps it
    last = "Jo Lind is a reporter who has covered the port since 2019."
    assert clean_paragraphs(body + [last])[0][-1] == last


def _raw(data: bytes, kind: str = "html"):
    from reconcile.records import ArticleSpec
    from reconcile.sources import RawArticle

    return RawArticle(ArticleSpec("Harbour News", None, None, None, 1), "page.html", data, kind, None)


def test_a_latin1_page_without_a_charset_keeps_its_accents():
    from reconcile.extract import decode

    text = "<html><body><p>The café on the quay in Zürich reopened on Monday, the council said.</p></body></html>"
    assert decode(_raw(text.encode("latin-1"))) == text
    # mostly undecodable bytes are still refused
    with pytest.raises(Exception, match="not valid UTF-8"):
        decode(_raw(b"<p>" + bytes(range(128, 256)) * 50 + b"</p>"))


def test_a_utf16_charset_on_an_ascii_page_is_read_as_utf8():
    from reconcile.extract import decode

    text = '<html><head><meta charset="utf-16"></head><body><p>The quay was widened by ten metres.</p></body></html>'
    assert decode(_raw(text.encode("utf-8"))) == text


def test_key_points_repeating_the_description_and_trust_lines_are_pruned():
    head = (
        "<html><head><meta name='description' content='The council voted to widen the quay by ten metres.'>"
        "</head><body><article><h1>Quay to be widened</h1><figure><img src='x.jpg'><figcaption>The quay."
        "</figcaption></figure>"
    )
    points = "<div class='hn-keypoints'><h2>Key points:</h2><ul><li>The council voted to widen the quay by ten metres.</li></ul></div>"
    trust = "<p class='hn-trust'>Harbour News: independent reporting from 40 ports.</p>"
    text = html_article(head + points + BODY + trust + "</article></body></html>").text
    assert all(p in text for p in PROSE)
    assert "Key points" not in text and "The council voted" not in text and "independent reporting" not in text


@pytest.mark.parametrize(
    "body",
    [
        "<div class='tb-part' itemprop='articleBody'>",  # marked as the body, continued in divs set as paragraphs
        "<div class='tb-copy article-body'>",  # named the body by its class alone
    ],
)
def test_a_body_split_around_a_promotion_is_read_whole(body):
    # trafilatura reads only the first container its body paths find: the second half of a story,
    # set after a 'Read more' promotion in a sibling container of the same kind, was lost
    paras = [
        "The tram depot on Linden Road will close in March, the transport authority said on Thursday.",
        "Its forty drivers are to move to the new depot at the harbour, which opens in February.",
        "The authority said the old sheds were too short for the longer trams bought last year.",
        "Residents have asked the council to turn the site into a park, a request it will consider in May.",
        "A spokesman for the drivers' union said its members had not been consulted about the move.",
        "The depot was built in 1911 and has been extended three times since the Second World War.",
    ]
    html = (
        "<html><head><title>Depot</title></head><body><div class='tb-story'><h1>Linden Road tram depot to close</h1>"
        + body
        + "".join(f"<div data-para class='tb-text'>{p}</div>" for p in paras[:3])
        + "</div><div class='tb-promo'><div class='tb-readmore'>Read more: <a href='/trams'>New trams enter service</a>"
        "</div></div>"
        + body
        + "".join(f"<div data-para class='tb-text'>{p}</div>" for p in paras[3:])
        + "</div><div class='tb-newsletter-box'><p>Get our transport briefing every Friday.</p><button>Sign up</button>"
        "</div></div></body></html>"
    )
    text = _page_text(html)
    assert text.split("\n\n") == paras
    assert "Read more" not in text and "briefing" not in text


def test_a_byline_row_of_bare_spans_and_a_picture_under_the_header_are_dropped():
    # the writer's name, an ISO time stamp and a reading time set in spans side by side read as one
    # run with no spaces ('Tomas Vik2026-10-02T09:40:00+00:003 min read'), and a picture under the header
    # keeps its caption in a box of its own: neither is the story
    paras = [
        "The ferry between Sandvik and Lindholm will run every hour from next month, the county said on Friday.",
        "A second boat, laid up since the spring for repairs to its engine, returns to service on Monday.",
        "Islanders had asked for more crossings since the summer timetable ended in late August.",
        "The county will pay for the extra trips until the end of the year and then review the numbers.",
    ]
    html = (
        "<html><head><title>Ferry</title></head><body><div class='q-article' role='main'><header>"
        "<h1 class='q-title'>Hourly ferry to Lindholm from next month</h1><div class='q-line'><span>Tomas Vik</span>"
        "<span class='q-at'>2026-10-02T09:40:00+00:00</span><span>3 min read</span></div></header>"
        "<div class='q-pic'><img src='/ferry.jpg'><p class='q-sub'>The ferry at the Sandvik quay in the summer.</p>"
        "</div><div class='q-body'>"
        + "".join(f"<div data-para='{i}' class='q-par'>{p}</div>" for i, p in enumerate(paras))
        + "</div></div></body></html>"
    )
    text = html_article(html).text
    assert text.split("\n\n") == paras
    assert "Tomas Vik" not in text and "min read" not in text and "quay in the summer" not in text


@pytest.mark.parametrize(
    "par",
    [
        "This story will be updated as more information becomes available.",
        "Updated 2.15pm with the mayor's comments.",
        "Adds minister's comment, share reaction in paragraphs 5-7",
        "Updated Tue 17 Nov 2026 at 4:05pm",
        "Updated: adds reaction from the union.",
        "Update 09:20: Added the prosecutor's statement.",
        "(With inputs from Visakhapatnam.)",
        "(With inputs from PTI and agencies)",
        "(This is a developing story.)",
        "This is a breaking news story and will be updated.",
    ],
)
def test_update_notes_are_boilerplate(par):
    assert is_boilerplate(par)


@pytest.mark.parametrize(
    "par",
    [
        "Adds to the pressure on the government, the union said.",
        "The council updated its plan with new figures.",
        "With inputs from residents, the council drew up a plan for the park.",
        "This is a developing story: police said two men were held overnight.",
    ],
)
def test_sentences_that_start_like_update_notes_are_kept(par):
    assert not is_boilerplate(par)


@pytest.mark.parametrize(
    "par,dateline,rest",
    [
        ("HAMBURG (dpa-AFX) - The shipyard will cut 900 jobs.", "HAMBURG (dpa-AFX)", "The shipyard will cut 900 jobs."),
        ("ASTANA, Dec 2 (Reuters) -Two miners are missing.", "ASTANA, Dec 2 (Reuters)", "Two miners are missing."),
        ("SEOUL --A fire broke out at the plant.", "SEOUL", "A fire broke out at the plant."),
    ],
)
def test_datelines_with_an_agency_in_lower_case_or_no_space_after_the_dash(par, dateline, rest):
    assert split_dateline(par) == (dateline, rest)


def test_a_dateline_in_its_own_element_named_as_one():
    body = "".join(
        f"<p>The river rose by a metre overnight, and the district office opened {k} more shelters on Friday.</p>"
        for k in range(2, 6)
    )
    html = (
        "<html><head><title>Floods</title></head><body><article><h1>Floods</h1>"
        "<p><span class='xyz-dateline'>Dibrugarh:</span> Two rhinos drowned in the park on Thursday, rangers said.</p>"
        + body
        + "</article></body></html>"
    )
    text = _page_text(html)
    assert "Two rhinos drowned in the park on Thursday, rangers said." in text
    assert "Dibrugarh" not in text


def test_a_company_hotline_is_story_text_and_a_writers_contact_is_not():
    assert not is_boilerplate(
        "Hearthline can be reached at a toll-free number from 8am to 8pm Eastern, Monday through Friday."
    )
    assert is_boilerplate("Jane Doe can be reached at jdoe@example.com.")


@pytest.mark.parametrize(
    "par",
    [
        "Updated 14 March 2026, 9:40pm",
        "The article was updated with comments from the prosecutor.",
        "Updated: This story has been updated with Tuesday's closing price.",
        "Updated at 10:15: Police statement on the road closure.",
    ],
)
def test_more_update_notes_are_boilerplate(par):
    assert is_boilerplate(par)


@pytest.mark.parametrize(
    "par",
    [
        "Update (Oct. 3): this story now includes the regulator's revised estimate.",
        "Adds union reaction, analysts' comments.",
        "Recasts with minister's statement.",
        "Corrected the spelling of the coach's surname.",
        "Fixed a typo in the third paragraph.",
        "Updated: the mayor's remarks at the press conference added.",
        "Updated Nov. 4, 2026, 9:15 a.m. ET with additional details.",
    ],
)
def test_dated_notes_wire_notes_without_a_paragraph_and_corrections_told_as_done_are_boilerplate(par):
    assert is_boilerplate(par)


@pytest.mark.parametrize(
    "par",
    [
        "Adds up to a bad week for the club, whose coach was sacked on Monday.",
        "Corrected figures from the ministry put the toll at 41.",
        "The agency updated its guidance with additional details on dosing.",
        "The update (the third this year) lifted prices by 2%.",
    ],
)
def test_sentences_that_start_like_those_notes_are_kept(par):
    assert not is_boilerplate(par)


def test_a_time_in_a_sentence_of_the_story_is_not_an_update_note():
    assert not is_boilerplate("The council updated the plan at 11:40: the vote passed.")


def test_a_byline_name_left_with_its_separator_is_not_body():
    body = "".join(
        f"<p>The river rose by a metre overnight, and the district office opened {k} more shelters on Friday.</p>"
        for k in range(2, 7)
    )
    html = (
        "<html><head><title>Floods</title></head><body><article><header><h1>Floods</h1>"
        "<p class='zz-by'>Mara Lindqvist &middot; <time datetime='2026-11-30T15:30:00Z'>30 November 2026</time></p>"
        "</header>" + body + "</article></body></html>"
    )
    text = _page_text(html)
    assert "Mara Lindqvist" not in text
    assert "opened 2 more shelters" in text


@pytest.mark.parametrize("note_at", [0, 2, 4, 6])
def test_paragraphs_set_as_divs_around_an_editors_note_in_a_p_are_all_kept(note_at):
    # a wire page writes its paragraphs as divs and its update note as a <p>: the divs next to the
    # note were made paragraphs and the ones further from it were dropped with the layout blocks
    # (the first paragraphs of a page, where the note sat lower down), whatever their length
    paras = [
        "The harbour board cut mooring fees for fishing boats by a fifth on Tuesday, its chairman said.",
        "The vote was six to one.",
        "Fees had risen twice since 2023, when the board last rebuilt the outer quay after a storm.",
        "Skippers had asked for the cut at a meeting in the spring, citing the price of diesel.",
        "The lower fees apply from the first of January and will be reviewed after a year.",
        "The board employs 40 people.",
    ]
    divs = [f"<div data-para='{i}'>{p}</div>" for i, p in enumerate(paras)]
    divs.insert(note_at, "<p class='hb-updated'><em>Updated at 14:35: adds details.</em></p>")
    html = (
        "<html><head><title>Mooring fees cut</title></head><body><div class='hb-wrap'>"
        "<h1>Harbour board cuts mooring fees</h1><section class='hb-story'>"
        + "".join(divs)
        + "</section><aside class='hb-related'><h3>Related</h3><ul><li><a href='/a'>Ferry timetable changes</a>"
        "</li></ul></aside></div></body></html>"
    )
    text = _page_text(html)
    assert text.split("\n\n") == paras


def test_a_byline_line_that_repeats_the_pages_author_is_not_the_story():
    paras = [
        "The county council approved a new bus route between the hospital and the station on Monday.",
        "Buses will run every twenty minutes from March, the council said in a statement.",
        "The route replaces a service that was cut three years ago when its operator went bankrupt.",
        "Councillors from the two opposition groups voted against, saying the money should go to rural routes.",
        "The operator will hire twelve drivers for the route, the council said.",
        "A consultation on the timetable opens next week and runs until the end of January.",
    ]
    # the paragraphs are divs around an advertisement and closed by an update note in a <p>, so all
    # of them are read as paragraphs, and the byline <p> above them with them
    html = (
        "<html><head><title>New bus route</title><script type='application/ld+json'>"
        '{"@type": "NewsArticle", "author": {"@type": "Person", "name": "Orla Vance, transport reporter"}}'
        "</script></head><body><section class='bx-content'><div class='bx-top'><h1>New bus route to hospital</h1>"
        "<h2 class='bx-dek'>Service every twenty minutes from March</h2>"
        "<p class='bx-by'>Orla Vance, transport reporter</p><p class='bx-date'><time>Tuesday 12:10</time></p></div>"
        "<div class='bx-share'><a href='#'>Facebook</a> <a href='#'>Email</a></div>"
        "<div class='bx-image'><img src='/bus.jpg'><p class='bx-credit'>A bus at the station</p></div>"
        "<section class='bx-article'>"
        + "".join(f"<div class='bx-para'>{p}</div>" for p in paras[:3])
        + "<div class='bx-slot bx-slot--ad'><p>ADVERTISEMENT</p></div>"
        + "".join(f"<div class='bx-para'>{p}</div>" for p in paras[3:])
        + "<p class='bx-note'><em>This story was updated at 05:30 with the council's statement.</em></p>"
        "</section></section></body></html>"
    )
    text = _page_text(html)
    assert text.split("\n\n") == paras


def test_the_authors_name_beside_the_date_and_a_correction_note_are_not_the_story():
    paras = [
        "The central bank raised its key lending rate to 7.25 percent, the highest level in three years.",
        "The decision was taken at a meeting of the monetary policy committee held on Wednesday.",
        "Inflation reached 7.8 percent in October, up from 6.4 percent in September, the bank said.",
    ]
    html = (
        "<html><head><title>Rate rise</title><script type='application/ld+json'>"
        '{"@type": "NewsArticle", "author": {"@type": "Person", "name": "Diane Umutoni"}}'
        "</script></head><body><section class='kt-story'><header class='kt-head'><h1>Bank raises its key rate</h1>"
        "<div class='kt-info'><span>Diane Umutoni</span> <span>November 26, 2026</span></div></header>"
        "<div class='kt-text'>"
        + "".join(f"<div data-para='{i}' class='kt-para'>{p}</div>" for i, p in enumerate(paras))
        + "<div class='kt-note'><em>Corrected: an earlier version gave the wrong month for the meeting.</em></div>"
        "</div></section></body></html>"
    )
    text = _page_text(html)
    assert text.split("\n\n") == paras


@pytest.mark.parametrize(
    "par",
    [
        "Contact Mitchell Aasen at mitchell@argusleader.com. Follow on X.",
        "Follow on X.",
        "South Dakota Searchlight is part of States Newsroom, a nonprofit news network.",
        "Wisconsin Public Radio, © Copyright 2026, Board of Regents of the University of Wisconsin System.",
    ],
)
def test_a_writers_address_and_a_publishers_tagline_are_boilerplate(par):
    assert is_boilerplate(par)


@pytest.mark.parametrize(
    "par",
    [
        "Customers can contact the company at 800-555-0100 for a refund.",
        "The station is part of a regional network, the company said.",
        "Residents who follow the advice on the city's website will avoid fines.",
    ],
)
def test_story_sentences_like_them_are_not(par):
    assert not is_boilerplate(par)


@pytest.mark.parametrize(
    "par",
    [
        "Published June 9, 2026, 10 AM Central",
        "Published Updated Feb. 11, 2026, 5:30 p.m.",
        "Published Published Nov. 10, 2026, 6:20 p.m. ET",
        "Video highlights have been added to this article.",
        "Updated on Saturday with comments from the defence.",
    ],
)
def test_stamp_lines_and_notes_of_what_was_added_are_boilerplate(par):
    assert is_boilerplate(par, True)


@pytest.mark.parametrize(
    "par",
    [
        "Published reports say the council met on June 9, 2026.",
        "The council updated on Saturday with new figures its list.",
    ],
)
def test_sentences_with_those_words_are_not(par):
    assert not is_boilerplate(par, True)


def test_a_dateline_with_its_dash_against_the_first_word():
    assert split_dateline("ADELAIDE -Proteas seamer Thabo Mkhwanazi took three wickets.")[0] == "ADELAIDE"
    assert split_dateline("US -China talks resumed on Monday.")[0] is None


def test_a_standfirst_below_the_byline_and_the_picture_and_a_nordic_byline_are_not_the_story():
    paras = [
        "Aalborg Håndbold won 34-31 against GOG in the top-of-the-table match on Wednesday.",
        "Mads Vestergaard was again the home side's top scorer with nine goals.",
        "GOG trailed by five at the break and never came closer than two.",
    ]
    intro = "GOG's keeper played despite an injury, but could not stop the Aalborg attack."
    html = (
        f"<html><head><title>Aalborg beat GOG</title><meta name='description' content=\"{intro}\">"
        '<script type=\'application/ld+json\'>{"@type": "NewsArticle", "author": {"@type": "Person", '
        '"name": "Mette Holmgaard"}}</script></head><body><div class=\'dr-story\'>'
        "<h1 class='dr-title'>Aalborg beat GOG in top-of-the-table match</h1>"
        "<div class='dr-info'><span class='dr-by'>Mette Holmgaard</span><span class='dr-date'>Onsdag 2. dec. 2026 kl. 22.30"
        "</span></div><div class='dr-hero'><img src='/hero.jpg' alt=''><div class='dr-caption'>The keeper in goal</div></div>"
        f"<p class='dr-intro'><strong>{intro}</strong></p><div class='dr-content'>"
        + "".join(f"<p class='dr-p'>{p}</p>" for p in paras)
        + "</div></div></body></html>"
    )
    text = _page_text(html)
    assert text.split("\n\n") == paras


@pytest.mark.parametrize(
    "par",
    [
        "This story was produced by Prairie Newswire. Republication prohibited without permission.",
        "Republication of this article is strictly prohibited.",
        "This story was produced by Northern Wire.",
        "Corrected on 29 October: an earlier version misstated the size of the blending network.",
        "Stay informed.",
        "Get our weekly South America briefing.",
        "Get breaking news alerts on WhatsApp.",
        "Delhi air quality turns 'severe plus'; curbs imposed. Image used for representational purposes.",
    ],
)
def test_a_wires_republication_notice_is_boilerplate(par):
    assert is_boilerplate(par, True)


def test_a_section_trail_listed_in_the_headlines_header_is_not_the_story():
    paras = [
        "The Mooseheads beat the Sea Dogs 4-2 on Tuesday night to take a 3-1 lead in the series.",
        "Halifax scored twice in the second period, both on the power play.",
        "Game 5 is on Friday in Saint John.",
    ]
    html = (
        "<html><head><title>Mooseheads win</title></head><body><article class='hx-story'><header>"
        "<ul class='hx-crumbs'><li>News</li><li>Hockey</li></ul><h1>Mooseheads take 3-1 series lead</h1></header>"
        "<section class='hx-text'>" + "".join(f"<p>{p}</p>" for p in paras) + "</section></article></body></html>"
    )
    assert _page_text(html).split("\n\n") == paras


def test_a_newsletter_pitch_by_what_it_delivers_and_the_byline_glued_to_the_outlet_are_not_the_story():
    assert is_boilerplate("Top local stories in your inbox every weekday.", True)
    assert not is_boilerplate("Scam emails landing in your inbox are rising, police said.", True)
    paras = [
        "A school board member in Colorado Springs was recalled on Tuesday by a wide margin.",
        "Turnout in the district was about 31 percent, the county clerk said.",
    ]
    html = (
        "<html><head><title>Recall passes</title>"
        '<script type="application/ld+json">{"@type": "NewsArticle", "author": {"@type": "Person", '
        '"name": "Glen Abernathy"}, "publisher": {"@type": "Organization", "name": "Colorado Springs Sentinel"}}'
        "</script></head><body><article><h1>Recall passes</h1>"
        "<div class='gnt_ar_by'><a href='/staff/'>Glen Abernathy</a><span>Colorado Springs Sentinel</span></div>"
        + "".join(f"<p>{p}</p>" for p in paras)
        + "</article></body></html>"
    )
    assert _page_text(html).split("\n\n") == paras


def test_an_ad_label_run_into_a_lower_case_paragraph_is_dropped() -> None:
    from reconcile.extract import clean_paragraphs

    out, _ = clean_paragraphs(
        [
            "The fab will occupy about 99 acres in the Kulim Hi-Tech Park.",
            "Advertisement chief executive Daniel Koay said the company had secured orders from two customers.",
            "Advertisement Week opens in New York on Monday.",
        ]
    )
    assert out[1] == "chief executive Daniel Koay said the company had secured orders from two customers."
    assert out[2] == "Advertisement Week opens in New York on Monday."  # a name, not a label


def test_the_label_sponsored_content_leaves_no_stub() -> None:
    # round 100: 'Sponsored content' alone was read as the label 'Sponsored' run into a paragraph 'content'
    from reconcile.extract import clean_paragraphs

    out, _ = clean_paragraphs(
        [
            "Three workers were killed in a chlorine gas leak at a chemical factory in Dahej on Wednesday night.",
            "Sponsored content",
            "The firm has declared an ex gratia payment for each deceased worker's family.",
        ],
        structured=True,
    )
    assert out == [
        "Three workers were killed in a chlorine gas leak at a chemical factory in Dahej on Wednesday night.",
        "The firm has declared an ex gratia payment for each deceased worker's family.",
    ]


@pytest.mark.parametrize(
    "par",
    [
        "Published 4th March 2026 10:05",
        "| 4 March 2026 18:30 WITA",
        "| 04/03 - 10:05",
        "Posted Wed, 4 Mar 2026 09:10:00 SAST",
    ],
)
def test_a_date_stamp_alone_on_its_line_is_boilerplate(par):
    # in HTML too, where short lines without end punctuation are otherwise kept
    assert is_boilerplate(par, structured=True)


@pytest.mark.parametrize("par", ["4:14 p.m.", "Monday", "March 4 - Gdańsk, Poland", "Talks resume on 4 March 2026."])
def test_a_live_blog_time_a_weekday_or_a_schedule_line_is_kept(par):
    assert not is_boilerplate(par, structured=True)


def test_a_date_alone_above_the_body_goes_and_one_in_a_list_stays():
    body = "The tribunal elected three judges on Thursday, the speaker said after the vote."
    later = "Hearings are planned for these dates."
    out, _ = clean_paragraphs(["13 November 2026", body, later, "November 18, 2026"], structured=True)
    assert out == [body, later, "November 18, 2026"]


def test_a_day_month_year_stamp_with_its_clock_is_not_the_story():
    body = "Guests fell ill after a Christmas party at the restaurant, the municipal health office said on Monday."
    out, _ = clean_paragraphs(["24.11.26 06:55", body, "24.11.2026"], structured=True)
    assert out == [body]
    # a figure with decimals is no date
    assert not is_boilerplate("3.5 million", structured=True)


def test_an_ad_slot_labelled_in_two_languages_is_not_the_story():
    paras = [
        "Twenty-three branches of the cooperative bank are to close by the spring, the bank said on Tuesday.",
        "The supervisory board approved the plan at a meeting in Bremen last week, according to a spokesman.",
        "About 60 percent of its customers now bank online, the chief executive told reporters.",
        "There will be no compulsory redundancies, and a mobile branch bus will serve the villages.",
        "Cash machines will stay in 15 places, the bank said in a statement.",
    ]
    html = (
        "<html><head><title>Branches to close</title></head><body><main class='nd-main'>"
        "<h1>Cooperative bank to close 23 branches</h1><article class='nd-article'>"
        + "".join(f"<div data-para>{p}</div>" for p in paras[:3])
        + "<div class='nd-ad'>Anzeige / Advertisement</div>"
        + "".join(f"<div data-para>{p}</div>" for p in paras[3:])
        + "</article></main></body></html>"
    )
    assert _page_text(html).split("\n\n") == paras


def test_a_call_to_readers_in_italics_between_paragraphs_is_not_the_story():
    paras = [
        "The inquest jury found that the man was lawfully killed by police on the night of the raid.",
        "Two officers fired three shots in total, the jury was told during the three-week hearing.",
        "Jurors returned their conclusion on Thursday after deliberating for about four hours.",
        "The coroner thanked the jurors and said a report on preventing future deaths would follow.",
    ]
    html = (
        "<html><head><title>Inquest verdict</title></head><body><main class='xn-main'>"
        "<h1>Jury returns inquest conclusion</h1><article class='xn-article'>"
        + "".join(f"<p>{p}</p>" for p in paras[:2])
        + "<div class='xn-adslot'><span>Advertisement</span></div>"
        + "<p><em>Do you have a story to share? Email our newsdesk.</em></p>"
        + "".join(f"<p>{p}</p>" for p in paras[2:])
        + "<div class='xn-ad' data-ad='inbody'>Anzeige / Publicidade / Ad</div>"
        + "<p><em>If you or someone you know needs support, call Lifeline on 13 11 14.</em></p>"
        + "</article></main></body></html>"
    )
    assert _page_text(html).split("\n\n") == paras


def test_a_written_by_line_with_a_linked_name_under_the_headline_is_not_the_story():
    paras = [
        "Farmers parked tractors across the road near Covadonga on Wednesday, halting the race for two hours.",
        "Organisers cancelled the stage after talks with the protesters failed, the race director said.",
        "The riders were taken back to their hotels by bus, and the race resumes on Thursday.",
        "No riders or protesters were hurt, a spokesman for the farmers said.",
    ]
    html = (
        "<html><head><title>Stage halted</title></head><body><main class='tl-main'>"
        "<h1 class='tl-title'>Tractor protest halts cycling stage</h1>"
        "<div class='tl-by'>Written by <a href='/authors/x'>Lucía Bernardo</a></div>"
        "<div class='tl-when'><time datetime='2026-09-17T14:10:00+02:00'>2026-09-17</time></div>"
        "<div class='tl-share'><a href='#'>Share on Facebook</a> <a href='#'>Copy link</a></div>"
        "<figure class='tl-figure'><img src='/a.jpg' alt=''><figcaption>Tractors on the climb.</figcaption></figure>"
        "<div class='tl-content'>" + "".join(f"<div data-para>{p}</div>" for p in paras) + "</div></main></body></html>"
    )
    assert _page_text(html).split("\n\n") == paras


@pytest.mark.parametrize(
    "stamp",
    [
        "<p class='x-date'>14 Oktober 2026 18:40 WIB</p>",
        "<div class='x-info'><span>Dewi Lestari</span> | <span>Rabu, 14 Okt 2026 18:40 WIB</span></div>",
        "<p class='x-date'>Miércoles, 14 de octubre de 2026 18:40</p>",
    ],
)
def test_a_date_line_in_another_language_is_not_body(stamp):
    page = f"<html><body><main><article><header><h1>Harbour quay widened</h1>{stamp}</header>{BODY}</article></main></body></html>"
    text = html_article(page).text
    assert all(p in text for p in PROSE)
    assert "2026" not in text


def test_a_wire_version_tag_note_is_not_body():
    note = "<p><em>(LEAD) adds comments from the harbour master in paragraphs 3-4.</em></p>"
    text = html_article(f"<html><body><article>{BODY[:200]}{note}{BODY}</article></body></html>").text
    assert all(p in text for p in PROSE) and "LEAD" not in text and "harbour master" not in text

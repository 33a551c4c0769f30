"""Article text that the page-furniture rules of extraction must not take."""

import pytest

from reconcile.extract import extract_article, is_boilerplate

LEAD = (
    "<p>The harbour council met on Monday and voted to widen the quay by ten metres, its chair said.</p>"
    "<p>The vote passed by seven to two after a debate that lasted most of the afternoon.</p>"
    "<p>Fishing crews had asked for a wider quay for more than a decade, the council said.</p>"
)


def _text(html: str) -> str:
    from reconcile.records import ArticleSpec
    from reconcile.sources import RawArticle

    raw = RawArticle(ArticleSpec("Harbour News", None, None, None, 1), "page.html", html.encode(), "html", None)
    return extract_article(raw, "s").text


def test_a_paragraph_of_sentences_set_inside_a_link_is_kept_and_a_linked_headline_is_not():
    linked = (
        "The chandlery on the quay has cut the price of its oilskin jackets to 40 pounds this week. "
        "The jackets are sewn in Grimsby and usually sell for 65 pounds, says the shop's owner"
    )
    page = (
        f"<html><body><article><h1>Harbour council votes to widen the quay</h1>{LEAD}"
        f"<p><a href='https://shop.example/oilskins'>{linked}</a><br>The offer runs until Sunday, she said.</p>"
        "<p>Work on the quay will start in May and should take two years, the council said.</p>"
        "<p><a href='/news/ferry'>Ferry operator adds a third winter crossing between the two harbours</a></p>"
        "<p>The council will meet again in June to set the harbour dues for next year.</p>"
        "</article></body></html>"
    )
    text = _text(page)
    assert linked in text and "The offer runs until Sunday, she said." in text
    assert "Work on the quay will start in May" in text and "harbour dues" in text
    assert "Ferry operator" not in text  # a linked headline alone on its line is still furniture


def test_a_web_address_written_out_as_its_own_links_text_is_kept_with_its_lead_in():
    page = (
        f"<html><body><article><h1>Harbour council votes to widen the quay</h1>{LEAD}"
        "<p>The engineers' report and the survey are online:</p>"
        "<p><a href='https://council.example/reports/quay-widening-2026.pdf'>"
        "https://council.example/reports/quay-widening-2026.pdf</a></p>"
        "<p><a href='https://www.council.example/surveys/quay'>www.council.example/surveys/quay</a></p>"
        "<p>Work on the quay will start in May and should take two years, the council said.</p>"
        "<p><a href='/news/ferry'>Ferry operator adds a third winter crossing between the two harbours</a></p>"
        "<p>The council will meet again in June to set the harbour dues for next year.</p>"
        "</article></body></html>"
    )
    text = _text(page)
    assert "The engineers' report and the survey are online:" in text
    assert "https://council.example/reports/quay-widening-2026.pdf" in text
    assert "www.council.example/surveys/quay" in text
    assert "Ferry operator" not in text


def test_an_interviewers_short_question_set_as_a_heading_is_kept_and_a_plain_subhead_is_not():
    page = (
        "<html><body><article><h1>Ten minutes with the new harbour master</h1>"
        "<p>Morag Keir took over as harbour master in October after twenty years at sea, the council said.</p>"
        "<h3>Q: Favourite boat?</h3>"
        "<p>The old lifeboat at the end of the quay, which I first sailed on when I was twelve.</p>"
        "<h3>Question: Where did you grow up?</h3>"
        "<p>In a cottage above the fish market, so the harbour was always at the bottom of the garden.</p>"
        "<h3>Life at sea</h3>"
        "<p>She spent most of those years on supply ships working out of Aberdeen and Peterhead.</p>"
        "</article></body></html>"
    )
    text = _text(page)
    assert "Q: Favourite boat?" in text and "Question: Where did you grow up?" in text
    assert "The old lifeboat at the end of the quay" in text and "supply ships" in text
    assert "Life at sea" not in text


def test_numbered_headings_of_the_articles_list_are_kept_unnumbered_and_a_plain_subhead_is_not():
    page = (
        "<html><body><article><h1>Three things the harbour council decided on Monday</h1>"
        "<p>The harbour council met for six hours on Monday and settled three long-running questions.</p>"
        "<h2>1. A wider quay</h2>"
        "<p>The quay will be widened by ten metres, with work starting in May, the council said.</p>"
        "<h2>2) Higher dues for yachts</h2>"
        "<p>Visiting yachts will pay twelve pounds a night from April, up from nine pounds.</p>"
        "<h2>3. No winter ferry</h2>"
        "<p>The winter ferry to the island will not return, as the operator could not find a crew.</p>"
        "<h2>What comes next</h2>"
        "<p>The council will meet again in June to set the rest of next year's harbour dues.</p>"
        "</article></body></html>"
    )
    text = _text(page)
    paragraphs = text.split("\n\n")
    for heading in ("A wider quay", "Higher dues for yachts", "No winter ferry"):
        assert heading in paragraphs  # the item's name, without its number (which is not a sentence)
    assert "The winter ferry to the island will not return" in text and "rest of next year's" in text
    assert "What comes next" not in text


@pytest.mark.parametrize("line", ["Tag: harbour council", "Tag: quay.example.com", "Tags: ferries, dues"])
def test_a_single_tag_line_is_furniture_like_a_list_of_tags(line):
    assert is_boilerplate(line, structured=True)


def test_a_sentence_about_a_tag_is_not_furniture():
    assert not is_boilerplate("Tag lines on the new ferry posters were written by pupils.", structured=True)


@pytest.mark.parametrize(
    "line",
    ["Stand: 25.08.2026 15:24", "Gepubliceerd: 2026-08-25 15:24", "[ 2026/08/25 09:05 ]", "Posted 25/08/2026 3:10 pm"],
)
def test_a_time_stamp_in_figures_under_a_short_label_in_any_language_is_furniture(line):
    assert is_boilerplate(line, structured=True)


@pytest.mark.parametrize(
    "line",
    ["The vote on 25.08.2026 at 15:24 was close.", "Ferry sailings moved to 25.08.2026 15:24 after the storm"],
)
def test_a_line_that_gives_a_date_and_time_among_words_is_not_furniture(line):
    assert not is_boilerplate(line, structured=True)


def test_the_time_stamp_line_under_a_story_is_not_body():
    page = f"<html><body><article>{LEAD}<p>Stand: 25.08.2026 15:24</p></article></body></html>"
    text = _text(page)
    assert "15:24" not in text and text.endswith("for more than a decade, the council said.")


def test_the_heading_of_a_list_or_table_is_kept_and_that_of_a_list_of_links_is_not():
    page = (
        f"<html><body><article><h1>Harbour council votes to widen the quay</h1>{LEAD}"
        "<h2>Roads closed during the works</h2>"
        "<ul><li>Quay Street, from May to July</li><li>Net Loft Lane, in June</li></ul>"
        "<h3>Dues from April</h3>"
        "<table><tr><th>Boat</th><th>Per night</th></tr><tr><td>Yacht under 10 m</td><td>12 pounds</td></tr>"
        "<tr><td>Yacht over 10 m</td><td>18 pounds</td></tr></table>"
        "<h2>More on the harbour</h2>"
        "<ul><li><a href='/a1'>Ferry operator adds a third winter crossing between the island and the town</a></li>"
        "<li><a href='/a2'>Lifeboat crew rescue two kayakers caught by the tide off the lighthouse point</a></li></ul>"
        "<h2>What comes next</h2>"
        "<p>The council will meet again in June to set the rest of next year's harbour dues.</p>"
        "</article></body></html>"
    )
    paragraphs = _text(page).split("\n\n")
    assert "Roads closed during the works" in paragraphs and "Quay Street, from May to July" in paragraphs
    assert "Dues from April" in paragraphs and "Yacht under 10 m 12 pounds" in paragraphs
    assert "What comes next" not in paragraphs  # a subhead over prose still goes
    assert not any("More on the harbour" in p or "Ferry operator" in p for p in paragraphs)


def test_the_heading_over_lines_that_are_no_sentences_is_kept_and_that_over_furniture_is_not():
    page = (
        f"<html><body><article><h1>Harbour council votes to widen the quay</h1>{LEAD}"
        "<h2>Harbour office opening hours</h2>"
        "<p>Monday to Friday, 8am to 6pm</p><p>Saturday, 9am to noon</p>"
        "<h2>What comes next</h2>"
        "<p>The council will meet again in June to set the rest of next year's harbour dues.</p>"
        "<h2>Join the conversation</h2><p>Comments</p>"
        "<p>The quay was last widened in 1974, when the fish market moved to the east pier.</p>"
        "</article></body></html>"
    )
    paragraphs = _text(page).split("\n\n")
    assert "Harbour office opening hours" in paragraphs
    assert "Monday to Friday, 8am to 6pm" in paragraphs and "Saturday, 9am to noon" in paragraphs
    assert "What comes next" not in paragraphs
    assert not any("Join the conversation" in p for p in paragraphs)
    assert paragraphs[-1].startswith("The quay was last widened in 1974")


@pytest.mark.parametrize(
    "line",
    [
        '[button link="https://harbour.example/letters" size="big"]Send us your letter[/button]',
        '[caption id="attachment_41" width="640"] The quay in 1974 [/caption]',
    ],
)
def test_an_unrendered_shortcode_round_a_label_is_furniture(line):
    assert is_boilerplate(line, structured=True)


@pytest.mark.parametrize(
    "line", ["[quote]We will rebuild the quay, the mayor said.[/quote]", "He said it [the quay] was [not] wide enough."]
)
def test_square_brackets_round_text_are_not_a_shortcode(line):
    assert not is_boilerplate(line, structured=True)


def test_a_first_line_that_repeats_the_pages_title_without_the_sites_name_is_the_headline():
    page = (
        "<html><head><title>Quay to be widened by ten metres after long row - Harbour News</title>"
        "<meta property='og:site_name' content='Harbour News'></head><body>"
        "<div class='top'><h1><a href='/'>Harbour News</a></h1></div><div class='story'>"
        "<p><b>Quay to be widened by ten metres after long row</b></p>"
        f"{LEAD}</div></body></html>"
    )
    text = _text(page)
    assert "long row" not in text and text.startswith("The harbour council met on Monday")


def test_the_title_of_a_fact_box_beside_the_story_is_not_kept_as_a_lists_title():
    page = (
        f"<html><body><article><h1>Harbour council votes to widen the quay</h1>{LEAD}"
        "<div class='facts'><h3>In numbers</h3><ul><li>Width: 10 m</li><li>Cost: 4 million pounds</li></ul></div>"
        "<p>Work on the quay will start in May and should take two years, the council said.</p>"
        "<h3>Roads closed during the works</h3>"
        "<ul><li>Quay Street, from May to July</li><li>Net Loft Lane, in June</li></ul>"
        "<p>The council will meet again in June to set the rest of next year's harbour dues.</p>"
        "</article></body></html>"
    )
    paragraphs = _text(page).split("\n\n")
    assert "In numbers" not in paragraphs
    assert "Roads closed during the works" in paragraphs

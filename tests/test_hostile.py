"""Hostile and malformed input: one-line errors or recorded skips, never a crash of the rest."""

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given
from hypothesis import settings as hsettings
from hypothesis import strategies as st

from reconcile.errors import StoryError
from reconcile.extract import clean_paragraphs
from reconcile.pipeline import load_stories, prepare_story, run_stories
from reconcile.segment import split_text
from reconcile.sources import load_story
from reconcile.store import connect

PROSE = (
    "The regional council approved a new budget on Monday after a long debate. "
    "Officials said the plan would fund twelve new schools and a hospital wing. "
    "Opposition members said the spending was too high for a small city. "
    "The vote passed by nine votes to four, the council clerk said. "
)


def page(body: str, title: str = "Council budget") -> str:
    return f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>{body}</article></body></html>"


def story(tmp_path: Path, name: str, articles: dict[str, tuple[str, str | bytes]], story_id: str | None = None) -> Path:
    d = tmp_path / name
    d.mkdir()
    lines = [f"id = {tomllib_str(story_id)}"] if story_id else []
    for outlet, (fname, content) in articles.items():
        p = d / fname
        p.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
        lines += ["[[articles]]", f"outlet = {tomllib_str(outlet)}", f"file = {tomllib_str(fname)}"]
    (d / "story.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return d


def tomllib_str(s: str) -> str:
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def test_sql_looking_ids_and_outlets_are_stored_verbatim(tmp_path, db):
    sid = "x'; DROP TABLE stories; --"
    outlets = {
        'Bobby "Tables"; DELETE FROM articles': ("a.html", page(f"<p>{PROSE}</p>")),
        "O'Brien Daily -- SELECT": ("b.html", page(f"<p>{PROSE.replace('Monday', 'Tuesday')}</p>")),
    }
    folder = story(tmp_path, "sql", outlets, story_id=sid)
    summary = run_stories(load_stories([folder]), db)
    assert not summary.failed
    with connect(db.db_path, read_only=True) as con:
        assert con.execute("SELECT story_id FROM stories").fetchall() == [(sid,)]
        assert {o for (o,) in con.execute("SELECT outlet FROM articles").fetchall()} == set(outlets)


def test_other_language_script_tags_and_long_sentences(tmp_path, db):
    french = (
        "Le conseil régional a approuvé un nouveau budget lundi après un long débat. "
        "Les responsables ont déclaré que le plan financerait douze nouvelles écoles. "
        "L'opposition a jugé les dépenses trop élevées pour une petite ville. "
    )
    long_sentence = "The council said " + ", ".join(f"item {i} was funded" for i in range(400)) + "."
    arts = {
        "French Daily": ("fr.html", page(f"<p>{french}</p>", "Budget")),
        "Script Times": (
            "s.html",
            page(f"<p>{PROSE}</p><p>A reader typed &lt;script&gt;alert(1)&lt;/script&gt; in the form.</p>"),
        ),
        "Long Post": ("l.html", page(f"<p>{PROSE}</p><p>{long_sentence}</p>")),
    }
    folder = story(tmp_path, "mixed", arts)
    summary = run_stories(load_stories([folder]), db)
    assert not summary.failed and not summary.skips
    with connect(db.db_path, read_only=True) as con:
        langs = dict(con.execute("SELECT outlet, language FROM articles").fetchall())
        texts = [t for (t,) in con.execute("SELECT text FROM sentences").fetchall()]
    assert langs["French Daily"] == "fr" and langs["Script Times"] == "en"
    assert any("<script>alert(1)</script>" in t for t in texts)  # stored as text
    assert max(len(t) for t in texts) > 5000


@pytest.mark.parametrize(
    "name, content, message",
    [
        ("huge.html", None, "over the 5,000,000-byte limit"),
        (
            "nested.html",
            "<html><body>" + "<div>" * 50000 + "<p>deep</p>" + "</div>" * 50000 + "</body></html>",
            "no article",
        ),
        ("nul.html", b"\x00\x00\x00<html>" + b"\x00" * 100, "binary data"),
        ("invalid.html", b"<html><body><p>" + bytes(range(128, 256)) * 50 + b"</p></body></html>", "not valid UTF-8"),
        (
            "many.txt",
            "\n\n".join(f"Sentence number {i} is a short one." for i in range(10000)),
            "over the 2,000-sentence limit",
        ),
        (
            "one.html",
            page("<p>" + ", and ".join(f"lane {i} of the road was closed" for i in range(300)) + ".</p>"),
            "no article found (only 1 sentence(s) of text; min_article_sentences is 3)",
        ),
        (
            "nav.html",
            "<html><body><nav><a href='/'>Home</a> <a href='/w'>World</a></nav><p>Subscribe</p></body></html>",
            "no article",
        ),
    ],
)
def test_bad_pages_are_recorded_skips(tmp_path, settings, name, content, message):
    good = ("good.html", page(f"<p>{PROSE}</p>"))
    folder = story(tmp_path, "s", {"Good": good, "Bad": (name, content or b"<html><body>")})
    if content is None:  # a 50 MB page, refused by its size before anything reads or parses it
        with (folder / name).open("r+b") as fh:
            fh.truncate(50_000_000)
    res = prepare_story(load_stories([folder])[0], settings)
    assert [a.outlet for a in res.articles] == ["Good"]
    assert len(res.skips) == 1 and message in res.skips[0].reason and name in res.skips[0].reason
    assert "\n" not in res.skips[0].reason


@pytest.mark.parametrize(
    "bom, encoding",
    [
        (b"\xff\xfe", "utf-16-le"),
        (b"\xfe\xff", "utf-16-be"),
        (b"\xff\xfe\x00\x00", "utf-32-le"),
        (b"\xef\xbb\xbf", "utf-8"),
    ],
)
@pytest.mark.parametrize("name", ["bom.html", "bom.txt"])
def test_text_with_a_byte_order_mark_is_read_not_refused_as_binary(tmp_path, settings, bom, encoding, name):
    """UTF-16 and UTF-32 text is full of NUL bytes; its byte-order mark says it is text all the same."""
    body = page(f"<p>{PROSE}</p>", "Budget vote") if name.endswith(".html") else PROSE
    folder = story(
        tmp_path, "s", {"Good": ("good.html", page(f"<p>{PROSE}</p>")), "Bom": (name, bom + body.encode(encoding))}
    )
    res = prepare_story(load_stories([folder])[0], settings)
    assert not res.skips and [a.outlet for a in res.articles] == ["Good", "Bom"]
    assert "twelve new schools" in res.articles[1].text and "\x00" not in res.articles[1].text


# --- property-based: random manifests and texts never raise anything unexpected ---------------

toml_values = st.recursive(
    st.one_of(st.text(max_size=20), st.integers(), st.booleans(), st.floats(allow_nan=False)),
    lambda children: st.one_of(
        st.lists(children, max_size=3), st.dictionaries(st.text(max_size=8), children, max_size=3)
    ),
    max_leaves=8,
)


def to_toml(v) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, float)):
        return repr(v)
    if isinstance(v, str):
        return tomllib_str(v.replace("\n", " "))
    if isinstance(v, list):
        return "[" + ", ".join(to_toml(x) for x in v) + "]"
    return "{" + ", ".join(f"{tomllib_str(k)} = {to_toml(x)}" for k, x in v.items()) + "}"


@hsettings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    doc=st.dictionaries(st.sampled_from(["id", "title", "articles", "other"]), toml_values, max_size=4),
    raw=st.binary(max_size=200),
)
def test_random_manifests_only_raise_story_errors(tmp_path_factory, doc, raw):
    d = tmp_path_factory.mktemp("m")
    body = "\n".join(f"{k} = {to_toml(v)}" for k, v in doc.items())
    for content in (body.encode("utf-8"), raw):
        (d / "story.toml").write_bytes(content)
        try:
            spec = load_story(d)
        except StoryError as e:
            assert "\n" not in str(e) and str(d / "story.toml") in str(e)
        else:
            assert spec.story_id and spec.articles


@hsettings(max_examples=200, deadline=None)
@given(text=st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=400))
def test_pure_stages_survive_any_text(text):
    spans = split_text(text)
    for _, s, e in spans:
        assert 0 <= s < e <= len(text) and text[s:e].strip()
    clean_paragraphs(text.split("\n"), (text[:20],))
    from reconcile.compare import compare_pair
    from reconcile.facts import extract_facts

    extract_facts(text)
    compare_pair(text, text[::-1])


@pytest.mark.parametrize("name", ["saved.txt", "saved.md"])
def test_an_html_page_saved_as_text_is_read_as_html(tmp_path, settings, caplog, name):
    """`curl -o page.txt` keeps the markup; read as text, the tags became part of the sentences."""
    saved = "<!DOCTYPE html>\n" + page(f"<p>{PROSE}</p>", "Budget vote")
    folder = story(tmp_path, "s", {"Good": ("good.html", page(f"<p>{PROSE}</p>")), "Saved": (name, saved)})
    res = prepare_story(load_stories([folder])[0], settings)
    assert not res.skips and [a.outlet for a in res.articles] == ["Good", "Saved"]
    text = res.articles[1].text
    assert "twelve new schools" in text and "<" not in text and "Budget vote" not in text
    kind = name.rsplit(".", 1)[1]
    assert f"{folder / name}: an HTML page in a .{kind} file; read as HTML" in caplog.messages


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("name", ["nobom.html", "nobom.txt"])
def test_utf16_text_without_a_byte_order_mark_is_read(tmp_path, settings, caplog, encoding, name):
    """Some Windows tools save UTF-16 with no mark; its NUL bytes made it 'binary data' and it was skipped."""
    body = page(f"<p>{PROSE} Café owners stayed calm.</p>", "Budget vote") if name.endswith(".html") else PROSE
    folder = story(
        tmp_path, "s", {"Good": ("good.html", page(f"<p>{PROSE}</p>")), "Wide": (name, body.encode(encoding))}
    )
    res = prepare_story(load_stories([folder])[0], settings)
    assert not res.skips and [a.outlet for a in res.articles] == ["Good", "Wide"]
    assert "twelve new schools" in res.articles[1].text and "\x00" not in res.articles[1].text
    if name.endswith(".html"):
        assert "Café owners" in res.articles[1].text
    shown = encoding.upper()
    assert f"{folder / name}: {shown} text without a byte-order mark; read as such" in caplog.messages

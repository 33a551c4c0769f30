import pytest

from reconcile.errors import ArticleError, StoryError
from reconcile.sources import load_story, read_article_file

GOOD_ARTICLE = '[[articles]]\noutlet = "BBC"\nfile = "a.html"\n'


def write_story(tmp_path, toml: str):
    d = tmp_path / "story"
    d.mkdir()
    (d / "story.toml").write_text(toml, encoding="utf-8")
    (d / "a.html").write_text("<p>Hello there.</p>", encoding="utf-8")
    return d


@pytest.mark.parametrize(
    "toml, message",
    [
        ('id = "x"\n[[articles]\noutlet = 1', "invalid TOML"),
        ("id = 5\n" + GOOD_ARTICLE, "'id' must be a non-empty string, got an integer"),
        ('id = ""\n' + GOOD_ARTICLE, "'id' must be a non-empty string"),
        ('title = ["a"]\n' + GOOD_ARTICLE, "'title' must be a string, got an array"),
        ('id = "x"\n', "no [[articles]] entries"),
        ('articles = "bbc.html"\n', "'articles' must be an array of tables"),
        ('[[articles]]\nfile = "a.html"\n', "article 1: 'outlet' is required"),
        ('[[articles]]\noutlet = "BBC"\n', "article 1: article has neither 'file' nor 'url'"),
        (
            '[[articles]]\noutlet = 3\nfile = "a.html"\n',
            "article 1: 'outlet' must be a non-empty string, got an integer",
        ),
        ('[[articles]]\noutlet = "BBC"\nfile = 7\n', "article 1: 'file' must be a string, got an integer"),
        ('[[articles]]\noutlet = "BBC"\nurl = "ftp://x/y"\n', "'url' must be an http(s) URL"),
        (
            '[[articles]]\noutlet = "BBC"\nfile = " "\n',
            "article 1: 'file' is empty; name the article's file, or leave 'file' out and give its 'url'",
        ),
        (
            '[[articles]]\noutlet = "BBC"\nfile = "a.html"\nurl = ""\n',
            "article 1: 'url' is empty; give the page's http(s) URL, or leave 'url' out",
        ),
        ('[[articles]]\noutlet = "BBC"\nfile = "a.html"\npublished = "yesterday"\n', "'published' is not a date"),
        ('[[articles]]\noutlet = "BBC"\nfile = "a.html"\npublished = 2025\n', "'published' must be a date or a string"),
        ('[[articles]]\noutlet = "BBC"\nfile = "a.html"\nouttlet = "x"\n', "unknown key(s) 'outtlet'"),
        ('colour = "red"\n' + GOOD_ARTICLE, "unknown key(s) 'colour'"),
        (
            GOOD_ARTICLE + '[[articles]]\noutlet = "BBC"\nfile = "b.html"\n',
            "article 2: outlet 'BBC' is article 1's outlet too; a story has one article per outlet",
        ),
        (
            GOOD_ARTICLE + '[[articles]]\noutlet = "bbc "\nurl = "https://bbc.example/x"\n',
            "article 2: outlet 'bbc' is article 1's outlet too ('BBC'); a story has one article per outlet",
        ),
        (
            GOOD_ARTICLE + '[[articles]]\noutlet = "ITV"\nfile = "./a.html"\n',
            "article 2: file './a.html' is article 1's file too",
        ),
    ],
)
def test_manifest_errors_name_file_and_problem(tmp_path, toml, message):
    d = write_story(tmp_path, toml)
    with pytest.raises(StoryError) as e:
        load_story(d)
    text = str(e.value)
    assert str(d / "story.toml") in text and message in text
    assert "\n" not in text


def test_a_manifest_with_a_byte_order_mark_is_read(tmp_path):
    d = write_story(tmp_path, "")
    (d / "story.toml").write_bytes(b"\xef\xbb\xbf" + ('id = "bom"\r\n' + GOOD_ARTICLE).encode("utf-8"))
    spec = load_story(d)
    assert spec.story_id == "bom" and spec.articles[0].outlet == "BBC"


def test_missing_path(tmp_path):
    with pytest.raises(StoryError, match="no such file or directory"):
        load_story(tmp_path / "nope")


def test_folder_without_manifest_reads_pages(tmp_path):
    for name in ("b.html", "a.txt", "notes.csv", ".hidden.html"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    spec = load_story(tmp_path)
    assert spec.story_id == tmp_path.name
    assert [a.file.name for a in spec.articles] == ["a.txt", "b.html"]
    assert all(a.outlet is None for a in spec.articles)


@pytest.mark.parametrize(
    "make, message",
    [
        (lambda m: m.mkdir(), "is a directory, not a story manifest"),
        (lambda m: m.symlink_to("gone.toml"), "no such file"),
        (lambda m: m.symlink_to("story.toml"), "cannot read (Too many levels of symbolic links)"),
    ],
)
def test_a_story_toml_that_is_no_file_is_an_error_not_ignored(tmp_path, make, message):
    """The folder was read as one without a manifest: its pages' outlets guessed, its ids and dates dropped."""
    (tmp_path / "a.html").write_text("<p>Hello there.</p>", encoding="utf-8")
    make(tmp_path / "story.toml")
    with pytest.raises(StoryError) as e:
        load_story(tmp_path)
    assert str(e.value) == f"{tmp_path / 'story.toml'}: {message}"


def test_toml_dates_are_accepted(tmp_path):
    d = write_story(tmp_path, '[[articles]]\noutlet = "BBC"\nfile = "a.html"\npublished = 2025-09-11\n')
    assert load_story(d).articles[0].published == "2025-09-11"


@pytest.mark.parametrize("file", ["../outside.html", "/etc/hostname", "link.html"])
def test_files_outside_the_folder_are_refused(tmp_path, file):
    (tmp_path / "outside.html").write_text("<p>secret</p>", encoding="utf-8")
    d = write_story(tmp_path, f'[[articles]]\noutlet = "BBC"\nfile = "{file}"\n')
    (d / "link.html").symlink_to(tmp_path / "outside.html")
    spec = load_story(d)
    with pytest.raises(ArticleError, match="outside the story folder"):
        read_article_file(spec, spec.articles[0], 1_000_000)


@pytest.mark.parametrize(
    "content, message",
    [
        (b"", "file is empty"),
        (b"   \n\t ", "file is empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary data"),
        (b"<p>" + b"x" * 2000 + b"</p>", "over the 1,000-byte limit"),
    ],
)
def test_unreadable_files(tmp_path, content, message):
    d = write_story(tmp_path, GOOD_ARTICLE)
    (d / "a.html").write_bytes(content)
    spec = load_story(d)
    with pytest.raises(ArticleError, match=message):
        read_article_file(spec, spec.articles[0], 1000)


def test_missing_file_is_an_article_error(tmp_path):
    d = write_story(tmp_path, '[[articles]]\noutlet = "BBC"\nfile = "gone.html"\n')
    spec = load_story(d)
    with pytest.raises(ArticleError, match="gone.html: no such file"):
        read_article_file(spec, spec.articles[0], 1000)


def test_a_folder_named_as_an_article_is_an_article_error(tmp_path):
    d = write_story(tmp_path, '[[articles]]\noutlet = "BBC"\nfile = "pages.html"\n')
    (d / "pages.html").mkdir()
    spec = load_story(d)
    with pytest.raises(ArticleError) as e:
        read_article_file(spec, spec.articles[0], 1000)
    assert str(e.value) == f"{d / 'pages.html'}: a folder, not a file"


def test_a_publication_date_in_the_future_is_kept_with_a_warning(tmp_path, caplog):
    """2062 for 2026: every claim of that outlet would read as the later report of the story."""
    d = write_story(
        tmp_path,
        GOOD_ARTICLE.replace('file = "a.html"', 'file = "a.html"\npublished = "2099-01-01T09:00:00Z"')
        + '[[articles]]\noutlet = "ITV"\nfile = "b.html"\npublished = 2020-05-01\n',
    )
    spec = load_story(d)
    assert [a.published for a in spec.articles] == ["2099-01-01T09:00:00Z", "2020-05-01"]
    assert caplog.messages == [f"{d / 'story.toml'}: article 1: 'published' 2099-01-01T09:00:00Z is in the future"]

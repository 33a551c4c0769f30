"""Language detection: py3langid's model loaded once per process, ahead of use."""

from reconcile import language


def test_the_language_model_is_loaded_once_while_threads_ask_for_it(monkeypatch):
    """preload loads py3langid's model on a background thread; an extraction thread
    asking meanwhile waits for that load instead of starting a second one."""
    import threading

    import py3langid.langid as langid

    loads = []
    real = langid.LanguageIdentifier.from_model_file

    def counted(*a, **k):
        loads.append(threading.current_thread().name)
        return real(*a, **k)

    monkeypatch.setattr(langid, "IDENTIFIER", None)
    monkeypatch.setattr(langid.LanguageIdentifier, "from_model_file", counted)
    monkeypatch.setattr(language, "_preload", None)
    language.preload()
    english = "The council voted on Tuesday to close the old bridge to traffic for repairs."
    got: list[str | None] = []
    askers = [threading.Thread(target=lambda: got.append(language.detect_language(english))) for _ in range(3)]
    for t in askers:
        t.start()
    for t in askers:
        t.join()
    language._preload.join()
    assert got == ["en", "en", "en"]
    assert len(loads) == 1
    language.preload()  # once per process: no second thread
    assert not language._preload.is_alive()

"""Turn raw pages into article text and metadata (trafilatura for HTML)."""

from __future__ import annotations

import hashlib
import json
import logging
import re
from datetime import datetime
from functools import lru_cache
from itertools import islice
from typing import Any

from .errors import ArticleError
from .language import detect_language
from .records import Article, slugify, stable_id
from .sources import UNICODE_BOMS, RawArticle, date_in_range, parse_datetime, wide_codec

log = logging.getLogger(__name__)

# --- decoding -------------------------------------------------------------------------------

_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.I)


def _single_byte_text(data: bytes) -> str | None:
    """The bytes as Windows-1252 (a superset of Latin-1), when that reads as text: a few accented
    letters among ASCII ('café', 'Zürich' saved by an old editor), no control characters, none of
    the five bytes the code page leaves undefined. None otherwise (other encodings, binary data)."""
    high = sum(b >= 0x80 for b in data)
    if not high or high > len(data) // 10:
        return None
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    if any(ord(c) < 32 and c not in "\t\n\r\f" for c in text):
        return None
    return text


def decode(raw: RawArticle) -> str:
    """Decode page bytes: BOM, then a declared charset (the server's header, then HTML's), then strict UTF-8.

    A handful of undecodable bytes are replaced with a warning; mostly undecodable data is an error.
    """
    data = raw.data
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    elif data.startswith(UNICODE_BOMS):
        enc = "utf-32" if data[:4] in UNICODE_BOMS[:2] else "utf-16"
        try:
            return data.decode(enc).replace("\x00", "")
        except UnicodeDecodeError:
            raise ArticleError(f"{raw.source}: undecodable {enc.upper()} text (after its byte-order mark)") from None
    declared = raw.charset
    wide = wide_codec(declared, data)
    if wide is None and wide_codec(declared):
        log.warning("%s: UTF-8 text though it declares charset %r; read as UTF-8", raw.source, declared)
        declared = None
    if wide:  # a UTF-16 or UTF-32 page without a byte-order mark, as its Content-Type header says
        try:
            return data.decode(wide).replace("\x00", "")
        except UnicodeDecodeError:
            raise ArticleError(
                f"{raw.source}: not {wide.upper()} text though its Content-Type header declares charset {declared!r}"
            ) from None
    if declared and declared not in ("utf-8", "utf8") and not declared.startswith(("utf-16", "utf-32")):
        try:
            return data.decode(declared)  # the server's Content-Type header comes first, as in browsers
        except (LookupError, UnicodeDecodeError):
            pass
    if raw.kind == "html":
        m = _CHARSET.search(data[:4096])
        if m:
            enc = declared = m.group(1).decode("ascii", "ignore").lower()
            # a charset read from the bytes as ASCII cannot be UTF-16 or UTF-32 (no byte-order mark
            # here): browsers read such a page as UTF-8, and so do we
            if enc not in ("utf-8", "utf8") and not enc.startswith(("utf-16", "utf-32", "ucs-2", "ucs2")):
                try:
                    return data.decode(enc)
                except (LookupError, UnicodeDecodeError):
                    pass
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        latin = _single_byte_text(data)
        if latin is not None:
            why = f"though it declares charset {declared!r}" if declared else "and no charset declared"
            log.warning("%s: not UTF-8 %s; read as Windows-1252 (Latin-1)", raw.source, why)
            return latin.replace("\x00", "")
        text = data.decode("utf-8", errors="replace")
        bad = text.count("\ufffd")
        if bad > max(3, len(text) // 200):
            raise ArticleError(
                f"{raw.source}: not valid UTF-8 text ({bad} undecodable bytes, first at byte {e.start})"
            ) from None
        log.warning("%s: %d undecodable bytes replaced", raw.source, bad)
    if "\x00" in text:
        log.warning("%s: NUL characters removed", raw.source)
        text = text.replace("\x00", "")
    return text


# --- cleaning -------------------------------------------------------------------------------

# Wire datelines at the start of the first paragraph:
#   "MINSK, Sept 11 (Reuters) - ", "VILNIUS, Lithuania (AP) — ", "NEW DELHI: ", "LONDON — ",
#   "GENEVA, March 3 (Reuters) -", "KYIV, Ukraine, Jan. 5 (AFP) - ", "WASHINGTON (AP) --",
#   "COLOGNE (Germany) (AFP) - " (the country in brackets before the agency's), "SRIHARIKOTA (AP), Nov 24 (PTI) - "
#   (the state's initials).
_UP = "A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĴĶĹĻĽĿŁŃŅŇŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽ"
_PLACE = rf"[{_UP}][{_UP}.'’-]+(?:(?: |/|\s?/\s?)[{_UP}][{_UP}.'’-]+){{0,3}}"
_REGION = r"(?:,\s+[^\W\d_][\w.'’-]*(?: [^\W\d_][\w.'’-]*){0,2}|\s+\([A-Z][A-Za-z][\w.'’ -]{0,30}\)(?=\s*[(,]))?"
_DAY = r"(?:,?\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})(?:,?\s+\d{4})?)?"  # 'Aug 23, 2026'
_AGENCY = r"(?:\s*\((?:[A-Za-z][A-Za-z&.\- ]{1,30})\)|\s+(?:AAP|Kyodo|PTI|IANS|Bernama|Xinhua))?"  # 'Oct 24 AAP - ', '(dpa-AFX)'
_SEP = rf"(?:\s*\.?(?:[-–—]{{1,2}}|:)\s+|—|(?<=\))\s*[-–—]{{1,2}}|\s+--|\s+[-–—](?=[{_UP}][a-z]))"  # 'TACLOBAN CITY—At least ...': an em dash needs no space; EFE's '(EFE).- '; 'ADELAIDE -Proteas', 'SYRACUSE, N.Y. —Raymond'
DATELINE = re.compile(rf"^(?P<dl>{_PLACE}{_REGION}{_DAY}{_AGENCY}){_SEP}(?=[\"“‘'{_UP}0-9])")
_BARE_DATELINE = re.compile(rf"^(?P<dl>{_PLACE}{_REGION}{_DAY}\s*\([A-Z]{{2,10}}\))\s+(?=[\"“‘'{_UP}0-9])")
"""A dateline whose agency's bracket is its only end ("HSINCHU, Dec. 1 (CNA) Nine people ..."), as CNA prints it."""
_LONE_DATELINE = re.compile(rf"^{_PLACE}{_REGION}{_DAY}{_AGENCY}\s*(?:[-–—]{{1,2}}|:)$")
"""A paragraph that is only a dateline ("VILNIUS:" in its own element)."""
_LONE_TITLE_DATELINE = re.compile(r"^[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}\s*[:–—]$")
"""A place set off in bold ahead of the first paragraph ("<b>Kathmandu:</b> At least ...")."""

_FOREIGN_DATE_WORDS = (
    r"januari|februari|maret|mei|juni|juli|agustus|agu|oktober|okt|desember|des|senin|selasa|rabu|kamis|jumat|sabtu"
    r"|minggu|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|lunes"
    r"|martes|miércoles|miercoles|jueves|viernes|sábado|sabado|domingo|janeiro|fevereiro|março|marco|maio|junho|julho"
    r"|setembro|outubro|novembro|dezembro|janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre"
    r"|octobre|novembre|décembre|decembre|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|januar|februar|märz"
    r"|maerz|oktober|dezember|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag"
)
"""Month and day names of the languages whose outlets print a date line in their own words ("23 Agustus 2026 09:15
WIB", "Senin, 24 Agu 2026"): a line of them and figures alone is a time stamp, not a sentence."""
_MONTHS_DAYS = (
    r"(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*|(mon|tue|wed|thu|fri|sat|sun)[a-z]*"
    r"|gmt|utc|bst|cet|cest|est|edt|et|pt|ist|wib|wita|wit|[ap]\.?m|hours?|mins?|ago|" + _FOREIGN_DATE_WORDS
)
_DATE_WORD_ONLY = (
    r"(?:\d{1,4}(?:[:./]\d{1,2})*\.?,?|\d{1,2}(?:st|nd|rd|th),?|(?:january|february|march|april|may|june|july|august|september|october"
    r"|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|monday|tuesday|wednesday|thursday|friday"
    r"|saturday|sunday|mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag|måndag|tisdag|lördag|söndag|maanantai"
    r"|tiistai|keskiviikko|torstai|perjantai|lauantai|sunnuntai|kl|klo|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|"
    + _FOREIGN_DATE_WORDS
    + r")"
    r"\.?,?|[ap]\.?m\.?|gmt|utc|eat|cat|wat|est|edt|cet|cest|eet|eest|wib|wita|wit|sast|pkt|ist|hkt|sgt|jst|kst"
    r"|aest|aedt|nzst|nzdt|msk|[-–|·•])"
)
_DATE_ONLY = re.compile(
    r"(?:(?:updated|published|posted|publicerad|publiceret|publisert|oppdatert|uppdaterad|opdateret|julkaistu"
    r"|päivitetty)\s*:?\s*)?" + _DATE_WORD_ONLY + r"(?:\s*" + _DATE_WORD_ONLY + r")*",
    re.I,
)
"""A line of a date and a time alone ('November 26, 2026', 'Friday November 27 2026 | 10:40 am')."""
_HAS_CLOCK = re.compile(r"\b\d{1,2}[:.]\d\d\b")
_HAS_YEAR_OR_DAY = re.compile(r"\b(?:19|20)\d\d\b|\b\d{1,2}/\d{1,2}\b|\b\d{1,2}\.\d{1,2}\.\d{2}(?:\d\d)?\b")
"""A year, a day/month or a day.month.year ('24.11.26'): with a clock time, or a separator left by a byline before
it, what makes a line of date words a stamp, not a word alone ('Monday'), a date or a year in a list ('November 18,
2019', '2026') nor a live blog's entry time ('4:14 p.m.'), which the article keeps."""
_STAMP_LINE = re.compile(
    r"(?:(?:published|updated|posted|last\s+updated)\s*:?\s*){1,3}(?:(?:"
    + _DATE_WORD_ONLY
    + r"|\d{1,2}(?::\d{2})?\s?[ap]\.?m\.?|central|eastern|pacific|mountain|et|ct|pt|mt|cdt|cst|pdt|pst|mdt|mst)\s*){2,}",
    re.I,
)
"""A time stamp line under its labels, the label told twice where two stamp rows run together."""
_DATE_WORDS = (
    r"(january|february|march|april|may|june|july|august|september|october|november|december"
    r"|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
    r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun"
    r"|gmt|utc|bst|cet|cest|est|edt|et|pt|ist|[ap]\.?m)\b"
)
"""Month and day names, zones and am/pm written in full or as the usual abbreviations."""
_ISO_STAMP = r"\d{4}-\d{2}-\d{2}[t ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?\s*(z|[+-]\d{2}:?\d{2})?"
"""An ISO 8601 date and time with its zone ("2026-11-19T06:05:00+00:00")."""
_AD_WORDS = r"(advertisement|advert|anzeige|werbung|publicit[ée]|publicidade?|pubblicit[àa]|reklama|reklame|annonce|advertentie)"
"""An ad slot's label in English and in the languages of the pages we read ('Anzeige', 'Publicité')."""
_BOILER = [
    # an ad slot's label, alone or in two or three languages ("Anzeige / Advertisement", "Anzeige / Publicidade / Ad")
    _AD_WORDS + r"(\s*[/|·•–—-]\s*(" + _AD_WORDS + r"|ad)){0,2}",
    r"sponsored( content)?|ad( feedback)?|story continues below( advertisement)?",
    # an ad slot's label over its promotion on one line ("Sponsored: New flats from HK$3.2 million")
    r"(sponsored( content| post)?|promoted|paid (post|content|partnership)|partner content|advertisement|advert)"
    r"\s*[:·|–—]\s*.{1,120}",
    # an ad slot's label with its reading cue ("Advertisement · Scroll to continue")
    r"(advertisement|advert|ad)\s*[-–—·•|:]?\s*(scroll (down )?to (continue|keep reading)( reading)?"
    r"|(the )?(story|article) continues below|continue reading below)\.?",
    r"(read|see|watch|listen)( more| also| next)?( (from|on|about) [^:]{1,40})?:.*",
    # a site's menu as one line ("Home World Local Weather")
    r"(?:(?:home|world|local|weather|sports?|business|politics|news|opinion|culture|tech|technology|health|science"
    r"|entertainment|lifestyle|video|travel|markets|economy|arts|latest|national|regions?|environment|climate|menu)"
    r"(?:\s*[|·•/]\s*|\s+|$)){3,}",
    # a byline with its date ("Carla Brennan - November 20, 2026 at 3:10 pm EST")
    r"([a-z'’.-]+ ){1,3}[a-z'’.-]+( and ([a-z'’.-]+ ){1,3}[a-z'’.-]+)?\s*[-–—|·]\s*"
    r"([a-z]+day,? )?(\d{1,2} )?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? [^.]{0,40}\d{4}[^.]{0,30}",
    # a site's footer links on one line ("The Times · Contact us · Advertise · Cookie policy")
    r"[^.!?·•|]{1,40}(\s[·•|]\s[^.!?·•|]{1,30}){2,}",
    r"(read|see|watch|listen) (more|also)",  # a lead-in left alone on its line ("<strong>Read more</strong> <a>...")
    # cookie notices
    r"(this|our) (web ?site|site|page) uses cookies\b.*",
    r"click [\"“]?(agree|accept|ok)[\"”]? to (accept|consent|agree)\b.*",
    # lead-ins of link lists whose links were removed
    r"(you (may|might) also (like|enjoy|be interested in)|more (from|on) [^:]{1,40}|also on [^:]{1,40}"
    r"|recommended( for you)?|trending( now)?|most (read|popular|viewed)|don'?t miss|popular (now|stories))"
    r"\s*(:|\.\.\.|…)?",
    r"(also read|read also|also see|see also|also watch|read more|watch)\s*[|:>»].*",
    r".*\bsyndicated feed\b.*",
    r".*[.!?)]\s*\(?(photo|picture|image|photograph|video)s?( credit)?\s*:\s*[^.!?]{2,60}\)?",
    r"related( stories| articles?| coverage| content)?:.*",
    r"\(?(additional )?(reporting|writing|editing|compiled|graphics|fact[- ]checking) by .*",
    r"our standards:.*",
    r"(share|share this( article| story)?|share (on|via) [a-z]{1,12}|copy link|link copied|print|email|save|comments?( \d+)?)",
    r"(sign up|subscribe|newsletters?|follow (us|@)|click here|download (our|the) app)\b.*",
    r".*\bnewsletters?\b.*\b(sign up|subscribe|inbox)\b.*|.*\b(sign up|subscribe)\b.*\bnewsletters?\b.*",
    r"(follow|like) [^.]{1,60} on (facebook|twitter|instagram|youtube|tiktok|linkedin)\b.*",
    r"(like|enjoyed) this (story|article)\?.*",
    r"(©|\(c\)|copyright\b).*",
    r"all rights reserved.*",
    r"[^!?]{1,80}[.,]\s*all rights reserved\.?",  # the owner first ("The Valley Post Ltd. All rights reserved.")
    r"(photo|image|picture|video|illustration)( credit)?:.*",
    r".*\b(getty images|reuters/[a-z]+|ap photo|afp via getty|epa-efe)\b.{0,40}",
    r"this (story|article) (has been|was) (updated|corrected|amended).*",
    # "This article was first published at 09:15 and has been updated."
    r"this (story|article|report|page) was first published (at|on) [^!?]{0,150}",
    # correction notes ("Correction: A previous version of this story misspelled ...")
    r"(correction|clarification|corrected|clarified)s?( (on|at) [^:.!?]{1,30})?\s*:.*",  # 'Corrected on 29 October: ...'
    r"(an?|the) (earlier|previous|original) version of this (story|article|report)\b.*",
    r"(an?|the) (earlier|previous) version (gave|said|stated|misspelt|misspelled|misidentified|misnamed|named|had|"
    r"referred|described|incorrectly|wrongly|mistakenly)\b.*",
    r"\(end\)",  # Yonhap's sign-off
    r"\([a-z]{2,8}\)\s*(?:[a-z]{1,4}/\s*){1,4}",  # "(PAP) mk/ tt/": the agency and its desk's initials
    r"this (report|story|article) by .{1,60} was first published\b.*",
    # a wire's notice under its story ("This story was produced by Prairie Newswire. Republication prohibited
    # without permission.")
    r"(this (story|article|report) was (produced|prepared|distributed) by [^.!?]{1,60}\.\s*)?"
    r"(republication|reproduction|redistribution|republishing)( of this (story|article|report|content))?"
    r"( is)?( strictly)? (prohibited|not permitted|forbidden)\b[^.!?]{0,60}\.?",
    r"this (story|article|report) was (produced|prepared|distributed) by [^.!?]{1,60}\.?",
    r"(read more|read also|see also|also read|related coverage|catch up on|also on [^:]{1,30}:)\s*:?\s+.{1,160}",
    r"(the )?(australian associated press|associated press|agence france-presse|press association|canadian press)\.?",
    r".{0,300}\bcontributed( reporting)?( to| for)? (this|the) (report|story|article)( from [^.]{1,60})?\.?",
    r"[^.!?]{1,80}\bcontributed reporting( from [^.!?]{1,60})?\.?",
    # a call for readers' stories and a pointer to the programme ("Do you have a story to share? Email our
    # newsdesk.", "Watch the full interview on eNCA at 9pm.")
    r"(do you have|have you got|got) an? (news )?(story|tip)( to share| for us)?\?.{0,80}",
    r"(email|contact|message) (our|the) (news ?desk|newsroom)\b.{0,60}",
    r"(watch|listen to|see) the full (interview|report|story|programme|program|episode|video|documentary)\b.{0,60}",
    # a support line under a story of death or harm ("If you or someone you know needs support, call Lifeline on
    # 13 11 14.")
    r"if you or someone you know\b.{0,160}",
    # contact lines, affiliate disclosures, reading times, source credits
    r"(have a (news )?tip\?|reach (the )?(reporters?|writers?|authors?|him|her|them) (on twitter )?at\b).*",
    # the writer's address at the end ('Contact Mitchell Aasen at mitchell@argusleader.com. Follow on X.')
    r"contact [^.@]{2,60} at \S+@\S+?\.?(\s+follow (\w+ )?on (x|twitter|bluesky|threads|instagram|facebook)\.?)?",
    r"follow (\w+ )?on (x|twitter|bluesky|threads)\.?",
    # a publisher's tagline ('South Dakota Searchlight is part of States Newsroom, a nonprofit news network.')
    r"[^.!?]{2,80} is (a )?part of [^.!?]{2,80}, an? (nonprofit|non-profit|independent) news (network|organi[sz]ation)\b.*",
    # the owner named before its copyright line ('Wisconsin Public Radio, © Copyright 2026, Board of Regents ...')
    r"[^.!?©]{2,60}[,.]?\s*(©|\(c\))\s*(copyright\s*)?\d{4}\b.*",
    # a writer's contact ('Jane Doe can be reached at jdoe@example.com'), not a company's hotline in a recall story
    r"(?=.*(@|\bemail\b|\btwitter\b|\bx\.com\b)).{0,80}\b(can|may) be reached (at|by)\b.*",
    r".{0,40}\b(if|when) you (buy|purchase) (something|anything|a product)?\s*(through|via|from) .{0,80}"
    r"\b(commission|share of the sale|earn)\b.*",
    r"(reading time|tempo de leitura|temps de lecture|lesezeit|tiempo de lectura)\s*:?\s*\d+.{0,12}|\d+\s*min(ute)?s? read",
    r"sources?:\s.{1,40}",
    # the post's category and tag lines ("Filed under: Politics |", "Tags: budget, council")
    r"(filed (under|in)|posted in|tag(s|ged)?( with| in)?|categor(y|ies))\s*:.{0,200}",
    # (a passive 'No injuries were reported from the spill.' is a sentence of the story)
    r"(?!([a-z'’-]+ ){0,3}(was|were|been|is|are|be|being)\b)([a-z'’-]+ ){1,4}(reported|wrote|reports) from [a-z ,.'’-]{2,60}\.",
    # agency credits and sign-offs: "kb/sms (Reuters, dpa, NTB)", "(FRANCE 24 with AFP)", "(AFP)"
    r"[a-z]{1,4}(/[a-z]{1,4})+\s*\([a-z0-9 ,&./]{2,60}\)",
    r"[a-z]{1,4}(/[a-z]{1,4}){1,3}",  # the desk's initials alone on the last line: "lv/afp/jm"
    r"(--|—|–)?\s*with assistance from [^.]{2,120}\.?",  # "--With assistance from Ingrid Lunde."
    # the publisher's appeal for money ("Our reporting is free to read because readers support it.")
    r"(please )?(consider|make) (a |making a )?(contribution|donation)\b.{0,80}",
    r"our (reporting|journalism) is free to read\b.{0,120}",
    # an appeal to join ("OC Media is independent and reader-funded. Become a member today.")
    r"([^.!?]{1,60} (is|are) (an? )?(independent|reader[- ](funded|supported))\b[^.!?]{0,60}\.\s*)?"
    r"(support (independent|our) (journalism|reporting)\b[^.!?]{0,60}[.!]?\s*)?"
    r"(become an? (member|supporter|subscriber)|join (us|our members)|support (independent|our) (journalism|reporting)"
    r"\b[^.!?]{0,60})( today| now)?[.!]?",
    # a short call to back the site by name, then its pitch ("Support Valley Post. We believe journalism should be free.")
    r"support [^.!?\s]+( [^.!?\s]+){0,2}[.!]\s+[^.!?]{0,80}\bjournalism\b[^.!?]{0,80}[.!]?",
    # a consent notice ("Your privacy matters. We and our partners store and access information on your device.")
    r"((your|we value your) privacy( matters| is important( to us)?)?[.!]?\s*)?"
    r"we and our (partners|vendors) (use|store|access|process|collect)\b.{0,300}",
    # a newsletter's pitch ("Every weekday morning, our newsletter brings you the stories that matter.")
    r"[^.!?]{0,60}\bour newsletters?\b[^.!?]{0,120}[.!]?",
    # a picture's caption with its stock-image note ("Delhi's air turns 'severe plus'. Image used for
    # representational purposes.")
    r"[^!?]{0,200}\b(image|photo|picture|file photo)s? (is |are )?(used )?for representation(al)? purposes?( only)?\.?",
    # a newsletter offered by its name ("Get our weekly South America briefing.")
    r"get (our|the) (free )?(daily|weekly|morning|evening|monthly)?\s?[^.!?]{0,40}\b(briefing|newsletter|digest|bulletin)[.!]?",
    # a call to sign up for alerts ("Stay informed. Get breaking news alerts on WhatsApp. Join now")
    r"(stay informed[.!]?\s*)?get (breaking )?(news )?(alerts|updates|notifications) on [a-z]{2,12}[.!]?(\s*join now[.!]?)?",
    r"(stay informed|join now|sign up now)[.!]?",
    # a newsletter's pitch by what it delivers ("Top local stories in your inbox every weekday.")
    r"(?=.{0,90}$)[^.!?]{0,40}\b(stories|news|headlines|updates|briefing|reads)\b[^.!?]{0,20}\b(in|to|into) your inbox\b"
    r"[^.!?]{0,40}[.!]?",
    r"\(([a-z0-9 ]{1,20} )?(with |from )?(afp|ap|reuters|dpa|efe|ansa|xinhua|belga|kyodo|yonhap|tass|anadolu|"
    r"bloomberg|upi|kna|epd|sda|apa|sta|ntb|tt|ritzau|pap|ctk|mti|hina|anp)\b[a-z0-9 ,&./]{0,40}\)",
    # a translated article's notice ("Translation of an original article published in French on ...")
    r"(this (article|story) (is|was) )?(a |an )?(translation|translated) (of|from) (an |the )?"
    r"(original |french |german |spanish )?(article|story|version|text)\b.{0,200}",
    # a blog engine's shortcode with attributes left unrendered round a short label
    # ('[button link="..."]Send us your review[/button]', '[caption id="..."]The quay[/caption]')
    r"\[(?P<code>[a-z_]{2,20})\s+[a-z_-]+=[^\]]*\][^\[\]]{0,80}\[/(?P=code)\]",
    # a time stamp in figures under a label in any language ("기사입력 :[ 2018-08-25 15:24 ]", "Stand: 25.08.2018 15:24")
    r"([^\d\s.!?]{1,20}\s*){0,2}?[\s:(\[]*(\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[-./]\d{1,2}[-./]\d{4})\.?,?\s+"
    r"\d{1,2}:\d{2}(:\d{2})?(\s*[ap]\.?m\.?)?"
    r"(\s*\(?\s*(gmt|utc)\s*[+−-]\s*\d{1,2}(:?\d{2})?\s*\)?)?[\s)\]]*",  # '13:10 (GMT+8)'
    r"((published|posted)\s*:\s*)?(updated|published|posted|last updated|first published|issued|modified)( on| at)?:?"
    r"((\s+|\s*[-–]\s*)(\d[\d:.,/]*|" + _MONTHS_DAYS + r")\.?,?)*",
    # a date stamp alone on its line, with its time and zone ("5 December 2026 13:30 CET", "12/01/2026",
    # "Thursday, 26 November 2026 - 21:30")
    r"(?=.*\b(19|20)\d\d\b)(?=.*\d[:.]\d\d\b|.*/)((\d[\d:./,]*|" + _DATE_WORDS + r")\.?,?(\s*[-–]\s*|\s+|$))+",
    # a name and a time stamp on the byline's line ("Dana Holm · Updated 10:25 AM GMT, December 1, 2026",
    # "AFP · 30 November 2026 - 13:05 GMT")
    r"[^.!?·•|]{1,40}\s[·•|]\s+((updated|published|posted|last updated|modified)( on| at)?:?\s+)?"
    r"((\d[\d:.,/]*|" + _MONTHS_DAYS + r")\.?,?(\s*[-–]\s*|\s+|$))+",
    # a byline's name left with the separator before its removed time stamp ("Priya Raman ·", "Africanews with AFP ·")
    r"[^.!?·•|]{1,40}\s[·•|]",
    # a machine time stamp printed as it is stored ("2026-11-19T06:05:00+00:00", "Updated: 2026-11-19T06:05Z")
    r"((updated|published|posted|last updated|modified)( on| at)?:?\s*)?" + _ISO_STAMP,
    # an editor's note on the story's changes ("Updated with the final count.", "Updated at 16:45 with ...")
    r"editor'?’?s note\s*:.{0,300}",
    r"(this (story|article|report) (has been|was) )?updated( at)?( \d{1,2}[:.]\d{2}( ?[ap]\.?m\.?)?( [a-z]{2,4})?)? (with|to include|to add|to reflect|to correct)\b[^.!?]{1,150}\.?",
    # "Update 13:40: Added the reaction of ...", "Updated: adds share price reaction."
    r"update[sd]?( at)?( \d{1,2}[:.]\d{2}( ?[ap]\.?m\.?)?( [a-z]{2,4})?)?\s*:\s*(adds|added|with|to add|corrects|corrected|includes)\b[^!?]{1,150}",
    # "Updated at 11:40: BKK statement on tram 2." (the time names the note; what follows is the change)
    r"update[sd]?( at)? \d{1,2}[:.]\d{2}( ?[ap]\.?m\.?)?( [a-z]{2,4})?\s*:\s*[^!?]{1,150}",
    r"updated:\s*(this|the) (story|article|report) (has been|was) updated\b[^!?]{0,150}",
    r"(the|this) (story|article|report) (was|has been) updated with\b[^!?]{1,150}",
    # a wire's note of what its new version adds ("Adds analyst comment, share move in paragraphs 8-9")
    # (after a version tag: "(LEAD) adds comments from the resident association in paragraphs 7-8.")
    r"(\((lead|update|urgent|corrected|\d+(st|nd|rd|th) ld)\)\s*)?"
    r"(adds|updates with|recasts with)\b[^.!?]{1,120}\b(paragraphs?|paras?|pars?)\s+\d+([-–]\d+)?\.?",
    r"this (story|article|page|report) (will be|is being) updated\b.{0,100}",
    # an editor's note in brackets closing the story ("(With inputs from PTI.)", "(This is a developing story.)")
    r"\(?with (additional )?inputs? from ([\w&'’-]+\s?){1,5}\.?\)?\.?",
    # (bare, 'This is a developing story.' may be the writer's own closing line, which some outlets' text keeps)
    r"\(this is an? (developing|breaking)( news)? story\.?\)\.?"
    r"|this is an? (developing|breaking)( news)? story,? (and|which) (will be|is being) updated( as [^(),.;:]{1,60})?\.?",
    # a time-stamped note of new material ("Updated 4:58 PM EST, December 2, 2026 with additional details.")
    r"(updated|published)\b[^!?]{0,80}?\bwith\s+(additional|more|new|further|the\s+latest)\s+"
    r"(details|information|reporting|reaction|comments?)\.?",
    # a note that names what was added ("Updated: Hirano's comments at City Hall added.")
    r"update[sd]?\s*:\s*[^!?]{1,150}\b(added|included|inserted|expanded|corrected|removed)\.?",
    # a dated note ("Update (Sept. 25): this article has been updated with the latest estimate.")
    r"update[sd]?\s*\([^()]{1,30}\)\s*:\s*[^!?]{1,200}",
    # a wire's note of what its new version adds, with no paragraph named ("Adds krona reaction, economists'
    # comments.", "Adds CEO comment in paragraph 6, share move.")
    r"(adds|recasts( with)?|updates with|tops with)\b[^.!?]{0,100}\b(reaction|comments?|quotes?|details?|background|"
    r"context|analysts?'?|economists?'?|statement|response|byline|graphics?|photos?|video)\b[^.!?]{0,80}\.?",
    # notes of what a new version added ("Video highlights have been added to this article.", "Updated on
    # Saturday with comments from the defence.")
    r"(video|photos?|pictures?|highlights|a video|a gallery)( highlights)? (have|has) been added( to this (article|story|report))?\.?",
    r"updated (on|at) [^.!?]{1,30} with [^.!?]{2,80}\.?",
    # a correction told as what was done ("Corrected the spelling of a player's name.")
    r"(corrects|corrected|fixes|fixed) (the |a )?(spelling|name|title|age|date|figure|number|attribution|headline|"
    r"caption|typo|misspell\w*)\b[^!?]{0,120}",
    # "Updated Mon 16 Nov 2026 at 3:10pm"
    r"(updated|published|posted|last updated)( on)?:?\s+([a-z]{3}\.?\s+)?\d{1,2}\s+[a-z]{3,9}\.?\s+\d{4}(,|\s+at|,\s+at)?\s+\d{1,2}[:.]\d{2}\s?([ap]\.?m\.?)?( [a-z]{2,4})?",
]
BOILERPLATE = re.compile(r"^(?:" + "|".join(_BOILER) + r")$", re.I)
_BOILER_WORDS = {
    r".*\bsyndicated feed\b.*": ("syndicated feed",),
    r".*[.!?)]\s*\(?(photo|picture|image|photograph|video)s?( credit)?\s*:\s*[^.!?]{2,60}\)?": (
        "photo",
        "picture",
        "image",
        "video",
    ),
    r".*\bnewsletters?\b.*\b(sign up|subscribe|inbox)\b.*|.*\b(sign up|subscribe)\b.*\bnewsletters?\b.*": (
        "newsletter",
    ),
    r".*\b(getty images|reuters/[a-z]+|ap photo|afp via getty|epa-efe)\b.{0,40}": (
        "getty images",
        "reuters/",
        "ap photo",
        "afp via getty",
        "epa-efe",
    ),
    r".{0,300}\bcontributed( reporting)?( to| for)? (this|the) (report|story|article)( from [^.]{1,60})?\.?": (
        "contributed",
    ),
    # a credit line closing with the words alone ("WBEZ's Sasha Ilyin contributed reporting.")
    r"[^.!?]{1,80}\bcontributed reporting( from [^.!?]{1,60})?\.?": ("contributed reporting",),
    r".{0,80}\b(can|may) be reached (at|by)\b.*": ("be reached",),
}
"""For the _BOILER entries that may match from anywhere in a paragraph ('.*x'), slow to try on
long ones: the words (lower case) every match contains. An entry is tried only on a paragraph with
one of its words; an entry starting with '.' and not listed is always tried."""
_BOILER_START = re.compile(r"^(?:" + "|".join(b for b in _BOILER if b not in _BOILER_WORDS) + r")$", re.I)
_BOILER_ANYWHERE = [(_BOILER_WORDS[b], re.compile(rf"^(?:{b})$", re.I)) for b in _BOILER if b in _BOILER_WORDS]
_FOLDS_ODDLY = re.compile("[\u0130\u0131\u017f\u212a]")
"""The characters that match an ASCII letter under re.IGNORECASE while their lower case is not it."""


def _boilerplate_match(par: str) -> bool:
    """bool(BOILERPLATE.match(par)), the entries that match from anywhere tried only where they can."""
    if _BOILER_START.match(par):
        return True
    lower = par.lower()
    odd = _FOLDS_ODDLY.search(par) is not None
    return any((odd or any(w in lower for w in words)) and pat.match(par) for words, pat in _BOILER_ANYWHERE)


_END = ".!?。！？…"
_HAS_END = re.compile(rf"[{_END}][\"”’')\]」』]*$")
"""Sentence-final punctuation, Japanese and Chinese full stops included, before closing quotes."""


_AUTHOR_BIO = re.compile(
    r"^(?:[A-Z][\w'’-]+ ){1,2}[A-Z][\w'’-]+ "
    r"(?:(?:covers|writes about|writes for|reports on|reports for)\b[^.\d]{3,120}"
    r"|is\b[^.\d]{0,90}\b(?:[Rr]eporter|[Cc]orrespondent|[Ww]riter|[Ee]ditor|[Jj]ournalist|[Cc]olumnist|[Cc]ontributor)\b"
    r"[^.\d]{0,80})\.?$"
)
"""The author box's line ("Miranda Holt is the Guardian's Nordic correspondent, based in Oslo.",
"Seo Ji-eun covers the chip and electronics industries."): a full name, then the journalist's job,
no figure. Only trailing paragraphs are dropped for it."""


def _date_alone(par: str) -> bool:
    """A line of date words alone with a year or a day/month in it ('13 November 2026', '| 13/11 - 09:40')."""
    return bool(_DATE_ONLY.fullmatch(par) and _HAS_YEAR_OR_DAY.search(par))


def is_boilerplate(par: str, structured: bool = False) -> bool:
    """A paragraph that is page furniture rather than article prose.

    In plain text (`structured` False) a short line without sentence punctuation is a subheading,
    caption or label. In HTML the markup has already told headings and captions apart, and such
    lines are list items, schedules and table-like facts ("June 26 - Allentown, PA"): kept."""
    p = par.strip()
    if not p:
        return True
    if _boilerplate_match(p):
        return True
    if _STAMP_LINE.fullmatch(p):
        return True  # 'Published Published Nov. 10, 2026, 6:20 p.m. ET', 'Published June 9, 2026, 10 AM Central'
    if _date_alone(p) and (_HAS_CLOCK.search(p) or p[0] in "|·•"):
        return True  # a date and time alone on its line, the byline beside it gone ('| 6 October 2026 19:45 WIB',
        # 'Published 6th October 2026 15:20', '| 13/11 - 09:40')
    if not structured and not _HAS_END.search(p) and _token_count(p) < 12:
        return True
    return False


_DAY_DATELINE = re.compile(
    rf"^(?P<dl>(?:(?:[A-Z][a-z]{{2,8}}\.?\s+\d{{1,2}}|\d{{1,2}}\s+[A-Z][a-z]{{2,8}})\s*)?"
    rf"\((?:Reuters|AP|AFP|Bloomberg|UPI|dpa|EFE|Xinhua)\)){_SEP}(?=[\"“‘'{_UP}0-9])"
)
"""A wire dateline with no place ("June 22 (Reuters) - ", "(Bloomberg) -- "), as the wires write for stories from nowhere."""


_WIRES = "ANSA|AFP|AP|Reuters|EFE|dpa|APA|ANP|Belga|PAP|TASS|Xinhua|Kyodo|Yonhap"
"""News agencies whose name a wire dateline carries in brackets."""
_AGENCY_FIRST_DATELINE = re.compile(
    rf"^(?P<dl>\((?:AGI|{_WIRES})\)\s*[-–—]{{1,2}}\s*"
    rf"{_PLACE}(?:,\s+(?:[A-Z][A-Za-z]{{2,8}}\.?\s+\d{{1,2}}|\d{{1,2}}\s+[A-Z][A-Za-z]{{2,8}}))?){_SEP}(?=[\"“‘'{_UP}0-9])"
)
"""An agency-first wire dateline, as ANSA writes it ("(ANSA) - BOLOGNA, SEP 15 - ")."""


_AGENCY_LAST_DATELINE = re.compile(
    rf"^(?P<dl>[{_UP}][a-zà-ÿ]+(?:[ -][{_UP}][a-zà-ÿ]+){{0,2}}(?:\s+\([A-Z][A-Za-z]{{1,20}}\))?,\s+"
    rf"(?:\d{{1,2}}\s+[A-Z][a-z]{{2,8}}\.?|[A-Z][a-z]{{2,8}}\.?\s+\d{{1,2}})"
    rf"(?:,?\s+\d{{4}})?\s+\((?:Lusa|{_WIRES}|[A-Z]{{2,8}})\))(?:{_SEP}|\s+)"
    rf"(?=[\"“‘'{_UP}0-9])"
)
"""A wire dateline with the place in title case and a full date ("Lisbon, 26 Nov 2026 (Lusa) - ",
"Hsinchu, Dec. 1 (CNA) Nine people ...", where the agency's bracket is the only end)."""

_TITLE_AGENCY_DATELINE = re.compile(
    rf"^(?P<dl>[{_UP}][a-zà-ÿ]+(?:[ -](?:(?:es|de|del|la|el|da|do|dos|di|du|le|les)[ -])?[{_UP}][a-zà-ÿ]+){{0,2}}"
    rf"(?:\s+\([A-Z][a-z][\w .'’-]{{1,30}}\)|,\s+[A-Z][A-Za-z]+)?"
    rf"\s+\((?:Lusa|AGI|Antara|Bernama|{_WIRES}|[A-Z]{{2,8}})\)){_SEP}(?=[\"“‘'{_UP}0-9])"
)
"""A title-case place and the agency, as agency websites print it ("Calais (AFP) - ", "Frankfurt (dpa) - ",
"Cologne (Germany) (AFP) - ", "Ambon, Maluku (ANTARA) - ")."""


def split_dateline(par: str) -> tuple[str | None, str]:
    """('MINSK, Sept 11 (Reuters)', 'Belarus freed ...') or (None, par)."""
    m = (
        _DAY_DATELINE.match(par)
        or _AGENCY_FIRST_DATELINE.match(par)
        or _AGENCY_LAST_DATELINE.match(par)
        or _TITLE_AGENCY_DATELINE.match(par)
    )
    if m:
        return m.group("dl").strip(), par[m.end() :]
    m = DATELINE.match(par) or _BARE_DATELINE.match(par)
    if not m:
        return None, par
    dl = m.group("dl").strip()
    # Guard against eating an ordinary capitalised sentence start: a dateline place is upper case.
    place = dl.split(",")[0].split("(")[0].strip()
    if not place.replace(" ", "").replace(".", "").replace("-", "").replace("'", "").isupper():
        return None, par
    if len(place) < 2:
        return None, par
    if par[m.end() - 1] == "—" and not par[m.end() - 2].isspace() and len(place.replace(" ", "")) < 4:
        return None, par  # 'US—China talks': a compound, not a dateline
    if par[m.end() - 1] in "-–" and par[m.end() : m.end() + 1].isalpha() and len(place.replace(" ", "")) < 4:
        return None, par  # 'US -China talks' likewise
    return dl, par[m.end() :]


def _key(text: str) -> str:
    return re.sub(r"\W+", " ", text).strip().lower()


_TITLE_DATELINE = re.compile(r"^(?P<dl>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}):\s+(?=[A-Z\"“])")


def split_title_dateline(par: str, context: str) -> tuple[str | None, str]:
    """'Kathmandu: Rescuers ...' -> ('Kathmandu', 'Rescuers ...') when the place name recurs
    elsewhere in the article or headline (so 'Officials: ...' is left alone)."""
    m = _TITLE_DATELINE.match(par)
    if not m:
        return None, par
    place = m.group("dl")
    rest = par[m.end() :]
    if re.search(rf"(?<![.!?]\s)(?<!^)\b{re.escape(place)}\b", rest + " " + context):
        return place, rest
    return None, par


_LABEL_RUN_ON = re.compile(
    r"^(?:Advertisement|ADVERTISEMENT|Advert|Sponsored content|Sponsored)\s+(?=[a-z]\S*(?:\s+\S+){2})"
)
"""An ad slot's label run into a paragraph that goes on in lower case for three words or more (not the label
'Sponsored content' itself, whose 'content' is no paragraph)."""


def clean_paragraphs(
    paragraphs: list[str], not_body: tuple[str | None, ...] = (), structured: bool = False
) -> tuple[list[str], str | None]:
    """Drop boilerplate paragraphs, the headline or standfirst (`not_body`) repeated ahead of the
    body, and the wire dateline; returns (paragraphs, dateline). `structured`: paragraphs from
    HTML markup (see is_boilerplate); there, short unpunctuated lines ahead of the first prose
    paragraph (kickers, labels, summary bullets) are dropped too.

    A standfirst repeated later is body text: sites often use the first paragraph, or another,
    as their meta description."""
    out: list[str] = []
    dateline = None
    prose_seen = False  # a paragraph of prose kept already
    skip = {_key(t) for t in not_body if t}
    for par in paragraphs:
        p = re.sub(r"\s+", " ", par).strip()
        # an ad slot's label run into the paragraph after it, which opens in lower case ('Advertisement chief
        # executive Daniel Koay said ...'): no sentence opens with the label and goes on in lower case
        p = _LABEL_RUN_ON.sub("", p)
        if is_boilerplate(p, structured) or (not out and _key(p) in skip):
            continue
        if structured and not prose_seen and _date_alone(p):
            continue  # a date alone above the body ('13 November 2026' under the byline); in the body, a list's item
        # the dateline opens the first paragraph of prose, whatever short lines (a summary, a
        # kicker) the page set above it; only the first few paragraphs are tried
        if dateline is None and prose_seen and len(out) <= 2:
            dl, rest = split_dateline(p)  # a wire dateline below a one-sentence summary
            if dl is not None:
                dateline, p = dl, rest
        elif dateline is None and len(out) <= 2:
            if _LONE_DATELINE.match(p) and split_dateline(p + " X")[0]:
                dateline = split_dateline(p + " X")[0]
                continue
            if structured and _LONE_TITLE_DATELINE.match(p):
                dateline = p.rstrip(":–— ")
                continue
            dateline, p = split_dateline(p)
            if dateline is None:
                later = " ".join(paragraphs[1:])[:5000] + " " + " ".join(t for t in not_body if t)
                dateline, p = split_title_dateline(p, later)
        out.append(p)
        prose_seen = prose_seen or (bool(_HAS_END.search(p)) and _token_count(p) >= 8)
    # Trailing wire footers such as "(Reporting by X; Editing by Y)" are caught above; drop a
    # trailing credit line glued to the last paragraph too.
    if out:
        out[-1] = re.sub(r"\s*\((?:additional )?reporting by [^)]*\)\s*$", "", out[-1], flags=re.I)
    # the author box's lines, when they close the article (in the body a sentence like it is news)
    while len(out) > 1 and _AUTHOR_BIO.match(out[-1]):
        out.pop()
    return [p for p in out if p], dateline


# --- metadata -------------------------------------------------------------------------------

_JSONLD = re.compile(r"<script[^>]+application/ld\+json[^>]*>(.*?)</script>", re.I | re.S)
_META = re.compile(r"<meta\s+[^>]*>", re.I)
_ATTR = re.compile(r"""([a-zA-Z:_-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')""")
_ARTICLE_TYPES = {
    "newsarticle",
    "article",
    "reportagenewsarticle",
    "analysisnewsarticle",
    "blogposting",
    "liveblogposting",
    "report",
}


def _jsonld_objects(html: str) -> list[dict[str, Any]]:
    objs: list[dict[str, Any]] = []
    for m in _JSONLD.finditer(html):
        try:
            data = json.loads(m.group(1).strip())
        except ValueError:
            continue
        stack = [data]
        while stack:
            d = stack.pop()
            if isinstance(d, list):
                stack.extend(d)
            elif isinstance(d, dict):
                objs.append(d)
                if "@graph" in d:
                    stack.append(d["@graph"])
    return objs


def page_metadata(html: str) -> dict[str, str]:
    """Publication time, headline, author and publisher from JSON-LD and meta tags (full precision)."""
    meta: dict[str, str] = {}
    for tag in _META.findall(html[:200_000]):
        attrs = {k.lower(): (v1 or v2) for k, v1, v2 in _ATTR.findall(tag)}
        key = (attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or "").lower()
        if key and "content" in attrs:
            meta.setdefault(key, attrs["content"])
    out: dict[str, str] = {}
    for d in _jsonld_objects(html[:500_000]):
        types = d.get("@type")
        types = [types] if isinstance(types, str) else (types or [])
        if not any(isinstance(t, str) and t.lower() in _ARTICLE_TYPES for t in types):
            continue
        for src, dst in (
            ("datePublished", "published"),
            ("dateModified", "modified"),
            ("headline", "title"),
            ("url", "url"),
            ("description", "description"),
            ("articleBody", "body"),
        ):
            if isinstance(d.get(src), str):
                out.setdefault(dst, d[src])
        pub = d.get("publisher")
        if isinstance(pub, dict) and isinstance(pub.get("name"), str):
            out.setdefault("sitename", pub["name"])
        auth = d.get("author")
        names = []
        for a in auth if isinstance(auth, list) else [auth]:
            if isinstance(a, dict) and isinstance(a.get("name"), str):
                names.append(a["name"])
            elif isinstance(a, str):
                names.append(a)
        if names:
            out.setdefault("author", "; ".join(names))
    for key, dst in (
        ("article:published_time", "published"),
        ("og:published_time", "published"),
        ("datepublished", "published"),
        ("pubdate", "published"),
        ("article:modified_time", "modified"),
        ("og:site_name", "sitename"),
        ("og:title", "title"),
        ("description", "description"),
        ("og:description", "description"),
        ("author", "author"),
        ("article:author", "author"),
        ("og:url", "url"),
    ):
        if meta.get(key):
            out.setdefault(dst, meta[key])
    return out


# --- extraction -----------------------------------------------------------------------------


def _markdown_to_text(md: str) -> str:
    lines = []
    for line in md.splitlines():
        s = line.strip()
        if re.match(r"^(#{1,6}\s|[-*_]{3,}$|!\[)", s):
            lines.append("")  # headings, rules and images are not article prose
            continue
        s = re.sub(r"^>\s?", "", s)
        s = re.sub(r"^(?:[-*+]|\d+[.)])\s+", "", s)
        s = re.sub(r"!\[[^\]]*\]\([^)]*\)", "", s)
        s = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", s)
        s = re.sub(r"(\*\*|__)(.+?)\1", r"\2", s)
        s = re.sub(r"(?<![\w*])([*_])(?!\s)(.+?)(?<!\s)\1(?![\w*])", r"\2", s)
        s = re.sub(r"`([^`]+)`", r"\1", s)
        lines.append(s)
    return "\n".join(lines)


def _paragraphs_of_plain(text: str) -> list[str]:
    return [p for p in re.split(r"\n\s*\n", text.replace("\r\n", "\n")) if p.strip()]


def _plain_name(name: str) -> str:
    """A publication's name in lower case without 'the' and punctuation ('The Park Record-Gazette' ->
    'parkrecordgazette')."""
    return re.sub(r"[^a-z0-9]+", "", re.sub(r"^\s*the\s+", "", name.lower()))


def extract_article(raw: RawArticle, story_id: str) -> Article:
    """Extract one article. Raises ArticleError when there is no usable article text."""
    text = decode(raw)
    meta: dict[str, str] = {}
    if raw.kind == "html":
        paragraphs, meta = _extract_html(text, raw)
    else:
        body = _markdown_to_text(text) if raw.kind == "md" else text
        paragraphs = _paragraphs_of_plain(body)
    # In HTML the standfirst is recognised by its markup (see _pruned_tree): a meta description
    # that repeats the first paragraph is usually the lede itself.
    not_body = (meta.get("title"),) if raw.kind == "html" else (meta.get("title"), meta.get("description"))
    if raw.kind == "html":
        not_body += _page_titles(text)
        # the byline line, when it opens the extracted text as the page's author metadata gives it
        # ('Jon Cragg, chief political correspondent', 'By Niamh Garrity, PA')
        author = (meta.get("author") or "").strip()
        if author:
            not_body += (author, "By " + author)
            # the author's name beside the date on one line ('Diane Mukamana November 26, 2026')
            outlets = {_plain_name(n) for n in (raw.spec.outlet, meta.get("sitename")) if n}
            for par in paragraphs[:2]:
                p = " ".join(par.split())
                if not p.lower().startswith(author.lower()):
                    continue
                rest = p[len(author) :].strip(" ,|·•-–")
                if _DATE_ONLY.fullmatch(rest) or _plain_name(rest) in outlets:
                    not_body += (p,)  # ... or beside the outlet's name ('Glen AbernathyColorado Springs Sentinel')
    paragraphs, dateline = clean_paragraphs(paragraphs, not_body, structured=raw.kind == "html")
    body = "\n\n".join(paragraphs)
    if not body.strip():
        raise ArticleError(f"{raw.source}: no article text found")
    outlet = raw.spec.outlet or meta.get("sitename") or _outlet_from_source(raw.source)
    published = parse_datetime(raw.spec.published) or _parse_meta_date(meta.get("published"))
    url = raw.url or meta.get("url")
    article_id = stable_id(story_id, outlet, raw.url or _source_key(raw))
    return Article(
        article_id=article_id,
        story_id=story_id,
        outlet=outlet,
        outlet_id=slugify(outlet),
        source=raw.source,
        url=url,
        title=meta.get("title"),
        author=meta.get("author"),
        published_at=published,
        sitename=meta.get("sitename"),
        text=body,
        dateline=dateline,
        language=detect_language(body),
        content_hash=hashlib.sha256(body.encode("utf-8")).hexdigest(),
    )


_TITLE_TAG = re.compile(r"<title[^>]*>(.*?)</title>", re.I | re.S)
_SITE_SUFFIX = re.compile(r"^(?P<head>.{8,}?)\s+[-|–—:·•]\s+[^-|–—:·•]{2,60}$")


def _page_titles(html: str) -> tuple[str, ...]:
    """The page's <title>, and the headline in it without the site's name after a separator
    ('Quay to be widened - Harbour News'): a first line that repeats either is the headline."""
    m = _TITLE_TAG.search(html[:200_000])
    if not m:
        return ()
    import html as html_lib

    title = " ".join(html_lib.unescape(m.group(1)).split())
    head = _SITE_SUFFIX.match(title)
    return (title, head.group("head")) if head else (title,)


def _source_key(raw: RawArticle) -> str:
    # The file name, not the absolute path, so a moved checkout keeps its ids.
    return raw.source.replace("\\", "/").rsplit("/", 1)[-1]


def _outlet_from_source(source: str) -> str:
    stem = source.replace("\\", "/").rsplit("/", 1)[-1].rsplit(".", 1)[0]
    return re.sub(r"[-_]+", " ", stem).strip() or stem


def _parse_meta_date(value: str | None) -> datetime | None:
    if not value:
        return None
    dt = parse_datetime(value)
    if dt is None:
        try:
            from email.utils import parsedate_to_datetime

            dt = parsedate_to_datetime(value)
        except (TypeError, ValueError):
            dt = None
    return dt if dt is not None and date_in_range(dt) else None


# Page furniture that trafilatura keeps: pruned by class or id before extraction. A name matches
# whole words of an attribute value ("promo" in "promo-box", not in "promotion"; plural allowed).
# Only names that trafilatura does not already drop by itself are listed (measured: "share",
# "social", "cookie", "caption", "breadcrumb", "related", "newsletter", the author boxes other
# than "author-bio", and the tags figcaption/aside/nav/footer changed nothing on the fixtures or
# the benchmark pages, and matched as substrings they emptied pages: "cookies-not-set" on <body>).
_FURNITURE = (
    "subscribe",
    "signup",
    "sign-up",
    "promo",
    "recommended",
    "most-read",
    "mostread",
    "most-popular",
    "popular",  # a most-read rail named for itself ("rt-popular": "Popular now" and its headlines)
    "consent",
    "advert",
    "ad-slot",
    "adslot",
    "ad-container",
    "ad-unit",
    "adunit",
    "ad-box",
    "adbox",
    "sponsor",
    "byline",
    "share",
    "legend",
    "writer",
    "stamp",
    "timestamp",
    "bio",
    "about",
    "photo-cap",
    "credit",  # a picture's credit line ('Photographer: ...', 'Credit: ...'), with its caption
    "author",  # the writer's name beside the date stamp ('dwx-author'), as 'byline' and 'writer' are
    "caption",  # a picture's caption set in a div of its own ('img-caption'), not a <figcaption>
    "pullquote",  # a line lifted from the story and set large beside it
    "pull-quote",
    "author-bio",
    "paywall",
    "read-more",
    "readmore",
    "more-on",
    "more-from",
    "story-more",
    "more-stories",
    "also-read",
    "also",
    "readnext",
    "read-next",
    "outbrain",
    "taboola",
    "taglist",
    "tags",
    "topics",
    "keywords",
    # cookie and privacy notices; a section label above the headline
    "privacy",
    "cookie",
    "gdpr",
    "overline",
    "kicker",
    "eyebrow",
    # the publisher's appeal for reader support under the article ("contributions-epic")
    "epic",
    # trust lines, sign-offs and one-link paragraphs inside the body ("Read more <a>...</a>")
    "trust",
    "signoff",
    "sign-off",
    "inline-link",
    # reader comments under names trafilatura may not know
    "comments",
    "comment-list",
    "comment-section",
    "disqus",
    "discussion",
    "talkback",
    "reader-responses",
    "user-comments",
    "coral",
    # lists of other stories and hover cards inside the text
    "latest-news",
    "latest-box",
    "rollover",
    # a section trail set as a list in the headline's header ('hx-crumbs': News > Politics)
    "crumb",
    # an editor's or desk's note set apart from the story ('x-note': 'This article was translated
    # from German.', 'Topics: ...', 'Got a tip? ...')
    "note",
    "ednote",
    "editors-note",
    "editor-note",
    "editor",  # 'x-editor': '<i>The outlet contacted the company for further comment.</i>'
    # a newsletter box between paragraphs, its heading too ('<h3>Money Brief</h3><p>Get the day's ...')
    "newsletter",
    # a copyright line and the writer's card at the story's foot ('x-reporter-box': name, beat)
    "copyright",
    "reporter",
)
_ATTRS = ("class", "id", "data-qa", "data-testid", "data-component", "data-module", "role")
_NEVER_PRUNED = {"html", "body", "main", "article"}
_PRUNE_MAX_SHARE = 0.4
"""An element holding more than this share of the page's paragraph text is never pruned: a
furniture-like name on the article's own container ("js-revarticle url-breadcrumb", a page-wide
<form>) must not take the article with it."""


def _words(value: str) -> list[str]:
    """'sdc-article-relatedStories ad_slot' -> ['sdc', 'article', 'related', 'stories', 'ad', 'slot']"""
    value = re.sub(r"([a-z])([A-Z])", r"\1 \2", value)
    return [w for w in re.split(r"[^a-z0-9]+", value.lower()) if w]


def _name_index(names: tuple[str, ...]) -> dict[str, list[tuple[str, ...]]]:
    """Each name's words, keyed by its last word and that word's plural."""
    index: dict[str, list[tuple[str, ...]]] = {}
    for name in names:
        words = tuple(_words(name))
        for last in (words[-1], words[-1] + "s"):
            index.setdefault(last, []).append(words)
    return index


_FURNITURE_WORDS = _name_index(_FURNITURE)
_STANDFIRST_WORDS = _name_index(
    (
        "standfirst",
        "subheadline",
        "sub-headline",
        "subhead",
        "dek",
        "deck",
        "subtitle",
        "strapline",
        "summary",
        "teaser",
        "chapo",  # French sites' standfirst ('t-content__chapo')
        "takeaway",  # a bullet list of key points under the headline, as the page's description
        "keypoint",
        "key-point",
    )
)


_RELATED_WORDS = _name_index(("related",))
"""Names of a box of links to related stories (pruned only when its text is all links: `_all_links`)."""
_SECTION_WORDS = _name_index(("section", "section-name", "section-label", "category"))
"""Names of a label with the section's name ('Italy', 'Energy & resources'), pruned when short."""
_DATELINE_WORDS = _name_index(("dateline",))
"""Names of a dateline set apart in its own element at the start of the first paragraph."""
_INTRO_WORDS = _name_index(("intro", "introduction"))
"""Names of a standfirst only when it sits under the headline: elsewhere an 'introduction' is often
the article's first paragraph, whose text the page's description repeats."""


@lru_cache(maxsize=4096)
def _names(value: str, which: str = "furniture") -> bool:
    """Whether an attribute value names furniture (or a standfirst, or an intro) by whole words."""
    index = {
        "furniture": _FURNITURE_WORDS,
        "standfirst": _STANDFIRST_WORDS,
        "intro": _INTRO_WORDS,
        "section": _SECTION_WORDS,
        "dateline": _DATELINE_WORDS,
        "related": _RELATED_WORDS,
    }[which]
    words = _words(value)
    for i, w in enumerate(words):
        for name in index.get(w, ()):
            n = len(name)
            if i + 1 >= n and tuple(words[i + 1 - n : i]) == name[:-1]:
                return True
    return False


_FACT_LINE = re.compile(r"^[^:!?]{1,40}:\s+\S.{0,50}$")
"""A fact box's line: a short label, a colon and a figure or date ('Shelters open: 87')."""


_BOX_NOTE_WORDS = 20
"""At most this many words in a headed one-paragraph box between paragraphs ('Caps: 6.')."""


def _is_fact_box(el) -> bool:  # type: ignore[no-untyped-def]
    """An element holding nothing but a heading and a bullet list of at least two 'label: value'
    lines without sentence end: a box of figures set beside the story, which repeats its facts."""
    kids = [c for c in el if isinstance(c.tag, str)]
    if len(kids) != 2 or kids[0].tag not in _BOX_HEADINGS or kids[1].tag not in ("ul", "ol", "p"):
        return False
    if (el.text or "").strip() or any((c.tail or "").strip() for c in kids):
        return False
    if kids[1].tag == "p":  # a headed box of one short paragraph among the story's paragraphs, within three siblings
        words = kids[1].text_content().split()
        return (
            len(words) <= _BOX_NOTE_WORDS
            and len(kids[0].text_content().split()) <= 6
            and any(s.tag == "p" for s in islice(el.itersiblings(), 3))
            and any(s.tag == "p" for s in islice(el.itersiblings(preceding=True), 3))
        )
    items = [" ".join(li.text_content().split()) for li in kids[1] if isinstance(li.tag, str)]
    return len(items) >= 2 and all(_FACT_LINE.match(t) and not _HAS_END.search(t) for t in items)


_MEDIA_LABEL = re.compile(r"^(?:VIDEO|WATCH|AUDIO|LISTEN|PODCAST|GALLERY|PHOTOS)$")


def _is_media_teaser(el) -> bool:  # type: ignore[no-untyped-def]
    """A clip's teaser: a label in capitals naming the medium ('VIDEO', 'WATCH') over one short
    title without a sentence end, nothing else in the element."""
    kids = [c for c in el if isinstance(c.tag, str)]
    if len(kids) != 2 or kids[1].tag != "p" or (el.text or "").strip() or any((c.tail or "").strip() for c in kids):
        return False
    title = " ".join(kids[1].text_content().split())
    return (
        bool(_MEDIA_LABEL.match(kids[0].text_content().strip()))
        and 0 < len(title.split()) <= 15
        and not _HAS_END.search(title)
    )


_INLINE_TAGS = frozenset({"a", "span", "strong", "b", "em", "i"})
"""Tags that set a piece of a line in place, not a block of its own."""


_NAME_PIECE = re.compile(
    r"^((?i:written|words|reporting|reported|story|text)\s+by\s+|by\s+)?[A-Z][^\W\d_]*[’'.-]?[^\W\d_]*"
    r"(\s+((and|of|the|de|da|del|di|du|van|von|der|den|la|le|al|bin)\s+)?[A-Z][^\W\d_]*[’'.-]?[^\W\d_]*){0,5}$"
)
"""A writer's name set on its own ('Karin Lund', 'By Ana Ruiz and Tom Hale', 'Written by Lucía Bernardo', 'Press Trust of
India'):
capitalised words, joined by a few small words, no figures."""


def _is_name_line(text: str) -> bool:
    """A line of a person's name alone, two to five capitalised words ('Prince Bisimwa Mugisho',
    'By Eric Ndayisenga'): no figures, no sentence end."""
    t = " ".join(text.split())
    return 2 <= len(t.split()) <= 6 and bool(_NAME_PIECE.match(t))


_COMMENT_HEADING = re.compile(
    r"^(?:join the (?:conversation|discussion|debate)|(?:reader(?:s['’]?)? |your )?comments?(?: \(?\d+\)?)?|"
    r"\d+ comments?|have your say|leave a (?:comment|reply)|what (?:our )?readers (?:say|think)|"
    r"(?:reader|your) (?:views|responses|reactions))[.:!]?$",
    re.IGNORECASE,
)
"""The heading of a block of reader comments, whatever the block's class names."""


_AD_LABEL = re.compile(r"^(?:advertisement|advert|ad|sponsored|promoted|paid\s+content)[.:]?$", re.I)


def _opening_label(el):  # type: ignore[no-untyped-def]
    """The first child of a block that opens with it (no text before it) and holds more after it, with that
    child's text; else None."""
    kids = [c for c in el if isinstance(c.tag, str)]
    if len(kids) < 2 or (el.text or "").strip():
        return None
    return kids[0], " ".join(kids[0].text_content().split())


def _is_ad_box(el) -> bool:  # type: ignore[no-untyped-def]
    """A box that opens with an ad's label ('Advertisement', 'Sponsored') over a short promotion, whatever its
    class names: no story paragraph is labelled so. The promotion may follow the label as loose text
    ('<div><span>Sponsored</span> Ten-minute delivery across the city.</div>', a <p> once _paragraph_divs has
    read it as one)."""
    kids = [c for c in el if isinstance(c.tag, str)]
    if (
        len(kids) == 1
        and not (el.text or "").strip()
        and (kids[0].tail or "").strip()[:1].isupper()  # a promotion of its own, not the label's sentence run on
        and not (el.tail or "").strip()
        and _AD_LABEL.match(" ".join(kids[0].text_content().split()))
    ):
        return len(el.text_content().split()) <= 40
    opening = _opening_label(el)
    return (
        opening is not None
        and not (el.tail or "").strip()  # text run on after it would be joined to the text before it
        and bool(_AD_LABEL.match(opening[1]))
        and len(el.text_content().split()) <= 40
    )


def _is_comment_thread(el) -> bool:  # type: ignore[no-untyped-def]
    """A block that opens with a heading naming reader comments ('Join the conversation', 'Comments
    (12)', 'Have your say') and holds more after it: the readers' posts, not the story."""
    opening = _opening_label(el)
    return (
        opening is not None
        and opening[0].tag in ("h2", "h3", "h4", "h5", "header")
        and bool(_COMMENT_HEADING.match(opening[1]))
    )


def _is_stamp_row(el) -> bool:  # type: ignore[no-untyped-def]
    """A byline row set as inline pieces side by side, the writer's name beside a time stamp or a
    reading time ('<span>Ana Ruiz</span><span>2026-11-19T06:05:00+00:00</span><span>4 min read</span>').
    Joined without spaces the pieces read as one run ('Ana Ruiz2026-11-19T06:05:00+00:004 min read')
    that no line pattern knows; each piece alone is a name or a stamp. At least one piece is a stamp
    with figures, and no text stands between the pieces but separators."""
    kids = [c for c in el if isinstance(c.tag, str)]
    if len(kids) < 2 or any(c.tag not in _INLINE for c in kids):
        return False
    if (el.text or "").strip(" \t\n·•|-–—,") or any((c.tail or "").strip(" \t\n·•|-–—,") for c in kids):
        return False
    pieces = [" ".join(c.text_content().split()) for c in kids]
    pieces = [p for p in pieces if p]
    stamps = [p for p in pieces if re.search(r"\d", p) and _boilerplate_match(p)]
    return bool(stamps) and all(p in stamps or _NAME_PIECE.match(p) for p in pieces)


_PICTURE = ("img", "picture", "svg", "video")
_CAPTION_MAX_WORDS = 40


def _is_header_picture(el) -> bool:  # type: ignore[no-untyped-def]
    """A picture set right after the article's header with its caption in the same box, and
    nothing else there ('<header><h1>...</h1></header><div><img><p>The crater at dawn.</p></div>'):
    one image and one short text block, which is the caption (the story's paragraphs follow in a
    box of their own)."""
    prev = el.getprevious()
    if prev is None or not isinstance(prev.tag, str):
        return False
    if prev.tag not in ("header", "h1") and prev.find(".//h1") is None:
        return False
    kids = [c for c in el if isinstance(c.tag, str)]
    if len(kids) != 2 or (el.text or "").strip() or any((c.tail or "").strip() for c in kids):
        return False
    pics = [c for c in kids if c.tag in _PICTURE or (not c.text_content().strip() and c.find(".//img") is not None)]
    texts = [c for c in kids if c not in pics and c.tag in ("p", "div", "span", "small")]
    if len(pics) != 1 or len(texts) != 1:
        return False
    words = texts[0].text_content().split()
    return 0 < len(words) <= _CAPTION_MAX_WORDS


def _marked_body(el) -> bool:  # type: ignore[no-untyped-def]
    """Whether an element says it is the story's body in its itemprop."""
    return el.get("itemprop", "").lower() == "articlebody"


def _story_bodies(tree) -> list:  # type: ignore[no-untyped-def]
    """The elements that say they are the story's body: itemprop="articleBody", and the first
    element each of trafilatura's body paths finds ('article-body', 'articleBody', 'story-body' in a
    class or id), the one it reads the article from."""
    from trafilatura.xpaths import BODY_XPATH

    bodies = [el for el in tree.iter() if isinstance(el.tag, str) and _marked_body(el)]
    for expr in BODY_XPATH:
        try:
            found = next((s for s in expr(tree) if s is not None), None)
        except Exception:  # an xpath trafilatura's own version cannot run
            continue
        if found is not None and found not in bodies:
            bodies.append(found)
    return bodies


def _continues_body(sib, body) -> bool:  # type: ignore[no-untyped-def]
    """Whether a sibling of a story body is more of it: the same tag and first class name (or, with
    no class, both marked itemprop="articleBody"), and paragraphs of its own (<p>, or a block of prose
    as divs set as paragraphs are)."""
    if sib.tag != body.tag:
        return False
    first = (body.get("class") or "").split()[:1]
    if first:
        other = (sib.get("class") or "").split()[:1]
        if other != first and not (other and _body_sibling_class(first[0], other[0])):
            return False
    elif not (_marked_body(body) and _marked_body(sib)):
        return False
    return sib.find("p") is not None or any(
        _is_prose(el.text_content()) for el in sib.iter() if isinstance(el.tag, str) and el.tag in ("p", "div")
    )


def _body_sibling_class(body_class: str, sib_class: str) -> bool:
    """Whether a sibling's class names a body part of the same page family as the body's ('rt-article-body' /
    'rt-body-cont'): one prefix before the first hyphen, and 'body' in both."""
    prefix = body_class.split("-")[0]
    return (
        "-" in body_class
        and sib_class.split("-")[0] == prefix
        and "body" in body_class.lower()
        and "body" in sib_class.lower()
    )


def _join_split_body(tree) -> None:  # type: ignore[no-untyped-def]
    """A story body (see _story_bodies) continued, after a sign-up box or a promotion, in a sibling
    of the same tag and first class name: trafilatura reads only the first element its body paths
    find, so the continuation's content is moved into the body, and the body is read whole."""
    for body in _story_bodies(tree):
        if body.getparent() is None:
            continue
        for sib in list(islice(body.itersiblings(), 3)):
            if _continues_body(sib, body):
                if len(body):
                    body[-1].tail = (body[-1].tail or "") + (sib.text or "")
                else:
                    body.text = (body.text or "") + (sib.text or "")
                body.extend(list(sib))
                sib.drop_tree()


def _pruned_tree(html: str, standfirst: str | None = None):  # type: ignore[no-untyped-def]
    """The page parsed once without HTML comments (lxml keeps a comment's tail text as its tail,
    which trafilatura drops with the comment), and with furniture elements (a class,
    id, data- or role attribute naming it) removed; their tail text stays, and so does the linked
    name a hover card opens with inside a paragraph (see _inline_anchor). An element named as
    a standfirst ("subheadline", "dek") goes too when its text is the page's description or it sits
    under the headline (in the <header>, or right after the <h1>)."""
    import lxml.html

    parser = lxml.html.HTMLParser(remove_comments=True, remove_pis=True)
    try:
        tree = lxml.html.document_fromstring(html, parser=parser)
    except Exception:  # trafilatura gets the raw text and reports what it can
        return html
    _unwrap_layout_tables(tree)
    _join_split_body(tree)
    # paragraphs set as divs count as paragraphs when the page's share of text is weighed (a note in
    # the only <p> of a page of divs is not the page's whole text)
    _paragraph_divs(tree)
    size = _text_sizes(tree)
    total = size.get(tree, 0) or 1
    doomed = []
    for el in tree.iter():
        if not isinstance(el.tag, str) or el.tag in _NEVER_PRUNED:
            continue
        if _named_as(el):
            if size.get(el, 0) <= _PRUNE_MAX_SHARE * total:
                doomed.append(el)
        elif _named_as(el, "standfirst"):
            if (standfirst and _holds_description(el.text_content(), standfirst)) or _under_headline(el):
                doomed.append(el)
        elif _named_as(el, "intro") and _under_headline(el):
            doomed.append(el)
        elif (
            el.tag in ("p", "div", "h2", "h3")
            and (prev := el.getprevious()) is not None
            and prev.tag == "h1"
            and not len(el)
            and 3 <= len(el.text_content().split()) < 20
            and not _HAS_END.search(el.text_content().strip())
        ):
            doomed.append(el)  # a deck right under the headline, set without a full stop ('Jury acquits on two counts')
        elif (
            standfirst
            and el.tag in ("p", "div", "h2", "h3")
            and (prev := el.getprevious()) is not None
            and prev.tag == "h1"
            and _holds_description(el.text_content(), standfirst)
            and not any(_is_prose(s.text_content()) for s in el.itersiblings() if s.tag == "p")
        ):
            doomed.append(el)  # the page's description as a deck under the headline, in the headline's own block
        elif el.tag in ("div", "aside", "section", "figure") and _is_media_teaser(el):
            doomed.append(el)  # '<span>VIDEO</span><p>Senator speaks after the vote</p>'
        elif el.tag in ("div", "p", "span") and _is_stamp_row(el):
            doomed.append(el)  # '<span>Ana Ruiz</span><span>2026-11-19T06:05:00+00:00</span><span>4 min read</span>'
        elif el.tag in ("div", "figure", "section") and _is_header_picture(el):
            doomed.append(el)  # '<header>...</header><div><img><p>The crater at dawn.</p></div>'
        elif el.tag in ("div", "aside", "section") and _is_fact_box(el):
            doomed.append(el)  # 'Key figures' over 'Rate: 6.75%', 'Next decision: Feb 12'
        elif (
            el.tag in ("span", "b", "strong", "em", "i")
            and _named_as(el, "dateline")
            and (el.getparent() is not None and not (el.getparent().text or "").strip())
            and el.getprevious() is None
            and len(el.text_content().split()) <= 8
        ):
            doomed.append(el)  # '<span class="x-dateline">Guwahati:</span> Two hog deer drowned ...'
        elif (
            el.tag in ("p", "div", "span")
            and all(isinstance(c.tag, str) and c.tag in _INLINE_TAGS for c in el)
            and _is_name_line(el.text_content())
            and _under_headline(el)
        ):
            doomed.append(el)  # the writer's name alone under the headline ('<p class="x-by">Agnes Kiconco</p>', '<div
            # class="x-by">Written by <a href="/authors/x">Lucía Bernardo</a></div>')
        elif el.tag in ("div", "aside", "section", "p", "ul") and _named_as(el, "related") and _all_links(el):
            # '<div class="x-related">Related: <a>...</a> | <a>...</a></div>' inside the body: trafilatura drops it
            # and, with it, the paragraphs after it
            doomed.append(el)
        elif el.tag in ("div", "aside", "section", "p") and _is_ad_box(el):
            doomed.append(el)  # '<div class="x-ad"><span>Advertisement</span><p>Book your crossing now ...</p></div>'
        elif (
            el.tag in ("section", "div", "aside")
            and _is_comment_thread(el)
            and size.get(el, 0) <= _PRUNE_MAX_SHARE * total
        ):
            doomed.append(el)  # '<section><h2>Join the conversation</h2><article>...</article></section>'
        elif el.tag == "address" or (
            el.tag in ("p", "span", "div") and _named_as(el, "section") and len(el.text_content().split()) <= 4
        ):
            doomed.append(el)  # the byline in <address>; a section's name as a label ('<p class="x-section">Italy</p>')
    for el in doomed:
        if el.getparent() is not None:
            anchor = _inline_anchor(el)
            if anchor:  # a hover card on a name in the text: the name stays in its sentence
                el.tail = anchor + (el.tail or "")
            el.drop_tree()
    _drop_bare_pictures(tree)
    _paragraph_divs(tree)
    _drop_pull_quotes(tree)
    return tree


def _drop_bare_pictures(tree) -> None:  # type: ignore[no-untyped-def]
    """A <figure> left holding only its image once its caption was pruned ('<figure><img></figure>' opening
    the body) goes too: no text of it is read, and trafilatura may drop the paragraphs after it with it."""
    for fig in list(tree.iter("figure")):
        if (
            fig.getparent() is not None
            and not fig.text_content().strip()
            and all(
                isinstance(c.tag, str) and c.tag in ("img", "picture", "source") for c in fig.iter() if c is not fig
            )
        ):
            fig.drop_tree()


def _plain_words(text: str) -> str:
    """Lower-case words alone, quotes and punctuation gone: ' a business model built on underpayment '."""
    return " " + " ".join(re.findall(r"\w+", text.lower())) + " "


_NOT_READ = ("blockquote", "script", "style", "noscript", "template", "head")
"""Elements whose text is not the story's run of text, for _drop_pull_quotes."""


def _drop_pull_quotes(tree) -> None:  # type: ignore[no-untyped-def]
    """A pull quote: a short <blockquote> whose words (three or more) the story has already said
    above it, outside any blockquote or script ('He blamed “a perfect storm of costs”, citing ...', then
    '<blockquote>“A perfect storm of costs”</blockquote>'). It repeats what was read: dropped, its
    tail kept. A quotation said only there, or set out ahead of the sentence that holds it, stays."""
    from lxml import etree

    quotes = {q for q in tree.iter("blockquote") if len(q.text_content()) <= 300}
    if not quotes or len(quotes) > 100:
        return
    pieces: list[str] = []
    before: dict = {}
    depth = 0
    for event, el in etree.iterwalk(tree, events=("start", "end")):
        if event == "start":
            if el in quotes:
                before[el] = len(pieces)
            if el.tag in _NOT_READ:
                depth += 1
            if not depth and isinstance(el.tag, str) and el.text:
                pieces.append(el.text)
        else:
            if el.tag in _NOT_READ:
                depth -= 1
            if not depth and el.tail:
                pieces.append(el.tail)
    doomed = []
    for q, n in before.items():
        words = _plain_words(q.text_content())
        if words.count(" ") >= 4 and words in _plain_words(" ".join(pieces[:n])):
            doomed.append(q)
    for q in doomed:
        if q.getparent() is not None:
            q.drop_tree()


_INLINE = {"a", "em", "strong", "b", "i", "u", "span", "abbr", "cite", "q", "small", "sup", "sub", "time", "mark"}


def _paragraph_divs(tree) -> None:  # type: ignore[no-untyped-def]
    """A <div> of inline text alone, a sentence-like paragraph among <p> paragraphs, is one of them
    ('<p>...</p><div>Customs officers inspected the wagons.</div><p>...</p>'): made a <p>, so that it
    is not dropped as a layout block. Decided per parent, for all its such divs at once: where a
    sentence-like div stands beside a <p>, every div of the parent holding inline text that ends
    a sentence becomes a paragraph ('Harmon has about 9,500 employees.' too), not only the ones
    next to the <p>: paragraphs written as divs around one editor's note in a <p> are all kept."""

    classes: set[str] = set()
    holders: set[str] = set()
    for div in list(tree.iter("div")):
        if div.tag != "div" or not _inline_only(div):
            continue
        prev, nxt = div.getprevious(), div.getnext()
        if not any(s is not None and s.tag == "p" for s in (prev, nxt)):
            continue
        if not _is_prose(div.text_content()):
            continue
        parent = div.getparent()
        for sib in parent if parent is not None else (div,):
            if sib.tag == "div" and _inline_only(sib):
                t = " ".join(sib.text_content().split())
                if sib is div or (_HAS_END.search(t) and _token_count(t) >= 3):
                    sib.tag = "p"
                    if sib.get("class"):
                        classes.add(sib.get("class"))
                    if parent is not None and parent.get("class"):
                        holders.add(parent.get("class"))
    # paragraphs set as divs of one class, or in a block of one class, are paragraphs wherever they stand: the
    # part of a body split around an ad slot that holds no <p> of its own ('<div class="x-para">', or bare divs
    # in '<div class="x-text">', in both parts) is read as the other part is
    for div in list(tree.iter("div")) if classes or holders else ():
        parent = div.getparent()
        if div.tag != "div" or not _inline_only(div):
            continue
        if div.get("class") in classes or (
            not div.get("class") and parent is not None and parent.get("class") in holders
        ):
            t = " ".join(div.text_content().split())
            if _HAS_END.search(t) and _token_count(t) >= 3:
                div.tag = "p"


_LAYOUT_BLOCKS = ("p", "div", "h1", "h2", "h3", "h4", "ul", "ol", "section", "article")


def _unwrap_layout_tables(tree) -> None:  # type: ignore[no-untyped-def]
    """A table used for page layout (its cells hold paragraphs, headings or divs, as old sites'
    pages do) is turned into divs, so that the story in one cell is read as paragraphs and the
    sidebar in another as furniture, not as one table row. Data tables (cells of plain text) stay."""
    for table in list(tree.iter("table")):
        if not any(c.tag in _LAYOUT_BLOCKS for cell in table.iter("td", "th") for c in cell.iter() if c is not cell):
            continue
        for el in table.iter("table", "tbody", "thead", "tfoot", "tr", "td", "th"):
            if el is table or el.tag != "table":  # a table nested in a cell is judged on its own
                el.tag = "div"


def _holds_description(text: str, description: str) -> bool:
    """Whether an element's text is the page's description, alone or under a short label ('Key
    points: <the description>')."""
    t, d = _key(text), _key(description)
    return bool(d) and (t == d or (d in t and len(t) <= len(d) + 40))


def _under_headline(el) -> bool:  # type: ignore[no-untyped-def]
    """Whether an element sits in the article's <header> or right after its <h1>: where a
    standfirst goes, whatever the page's description says."""

    def is_headline(e) -> bool:  # type: ignore[no-untyped-def]
        # the page's headline, as an <h1>, an <h2> or a div that says it is one
        return e.tag in ("h1", "h2") or (e.get("role") == "heading" and e.get("aria-level") in (None, "1"))

    prev = el.getprevious()
    # the byline row and the picture set between the headline and the standfirst are passed over
    # ('<h1>..</h1><div class="x-info">..</div><div class="x-hero"><img>..</div><p class="x-intro">')
    steps = 0
    while (
        prev is not None
        and steps < 2
        and not is_headline(prev)
        and prev.tag in ("div", "figure")
        and not prev.xpath(".//p|.//h1|.//h2")
        and not (_is_prose(prev.text_content()) and not prev.xpath(".//img"))
    ):
        prev, steps = prev.getprevious(), steps + 1
    return (prev is not None and is_headline(prev)) or any(a.tag == "header" for a in el.iterancestors())


def _inline_anchor(el) -> str | None:  # type: ignore[no-untyped-def]
    """The link text a furniture element opens with when it sits inside a paragraph's text: the
    word the reader sees in the sentence, with the card that pops up over it ('Rep. <span
    class="rollover-people"><a>Ilhan Omar</a><span>...her latest stories...</span></span>
    (D-Minn.)'). None for anything else."""
    if (el.text or "").strip() or not len(el) or el[0].tag != "a":
        return None
    if not any(a.tag == "p" for a in el.iterancestors()):
        return None
    text = " ".join(el[0].text_content().split())
    return text + (el[0].tail or "") if text else None


def _all_links(el) -> bool:  # type: ignore[no-untyped-def]
    """Whether an element holds links and, besides their text, at most a label and separators ('Related: ... | ...')."""
    links = el.findall(".//a")
    if not links:
        return False
    linked = sum(len(a.text_content().split()) for a in links)
    return len(el.text_content().split()) - linked <= 3


def _named_as(el, which: str = "furniture") -> bool:  # type: ignore[no-untyped-def]
    """Whether one of an element's naming attributes (class, id, data-*, role) names `which` (see _names)."""
    return any(_names(el.get(a, ""), which) for a in _ATTRS if el.get(a))


def _inline_only(el, also: frozenset[str] = frozenset()) -> bool:  # type: ignore[no-untyped-def]
    """Whether every child of an element is an inline tag (or one of `also`): text set as one paragraph."""
    return not any(not isinstance(c.tag, str) or (c.tag not in _INLINE and c.tag not in also) for c in el)


def _text_sizes(tree) -> dict:  # type: ignore[no-untyped-def]
    """Characters of paragraph text inside each element (the measure of how much article an element holds):
    <p> text, and a <div> of inline prose alone, a paragraph a page sets without <p> ('<div data-para>At least
    nine people died ...</div>'), so that a page of such divs is not measured by its few <p> of comments."""
    sizes: dict = {}
    paras = [*tree.iter("p")] + [
        d
        for d in tree.iter("div")
        if _inline_only(d, frozenset({"br"}))
        and not _named_as(d)  # a caption's own div is no paragraph
        and _is_prose(d.text_content())
    ]
    for p in paras:
        n = len(" ".join(p.text_content().split()))
        el = p
        while el is not None:
            sizes[el] = sizes.get(el, 0) + n
            el = el.getparent()
    return sizes


_BLOCKS = {"p", "quote", "item", "cell", "code"}


def _block_lines(el) -> list[tuple[str, int]]:  # type: ignore[no-untyped-def]
    """Lines of one block (split at <lb/>), each with how many of its characters are link text."""
    lines: list[tuple[list[str], int]] = [([], 0)]

    def add(text: str | None, link: bool) -> None:
        if text:
            parts, n = lines[-1]
            parts.append(text)
            lines[-1] = (parts, n + (len(text.strip()) if link else 0))

    def visit(node, link: bool) -> None:  # type: ignore[no-untyped-def]
        add(node.text, link)
        for child in node:
            if child.tag == "lb":
                lines.append(([], 0))
            else:
                visit(child, link or child.tag == "ref")
            add(child.tail, link)

    visit(el, el.tag == "ref")
    return [(" ".join("".join(parts).split()), n) for parts, n in lines]


def _bold_lead(el) -> str | None:  # type: ignore[no-untyped-def]
    """'Kathmandu:' when a block opens with a bold 'Place:' set off from the text after it; the
    lead is then removed from the block."""
    if (el.text or "").strip() or not len(el) or el[0].tag != "hi" or len(el[0]):
        return None
    lead = " ".join((el[0].text or "").split())
    if not _LONE_TITLE_DATELINE.match(lead):
        return None
    el.text = el[0].tail
    el.remove(el[0])
    return lead


def _block_text(el) -> str:  # type: ignore[no-untyped-def]
    return " ".join(line for line, _ in _block_lines(el) if line)


def _link_only(line: str, link_chars: int) -> bool:
    """A line that is all link text and not a sentence: a related-story headline, a tag, a menu
    entry (a linked sentence or paragraph stays, and so does a long line of two sentences or more
    set inside a link whose last one lacks its full stop, as shops' affiliate links wrap a
    paragraph, and a web address written out as its link's text: a source or a shop the author
    shows the reader, which no menu or headline list prints)."""
    return (
        bool(line)
        and link_chars >= 0.9 * len(line.replace(" ", ""))
        and not _HAS_END.search(line)
        and not (_token_count(line) >= 25 and _SENTENCE_INSIDE.search(line))
        and not _WEB_ADDRESS.match(line)
    )


_WEB_ADDRESS = re.compile(r"^(?:https?://|www\.)\S+$", re.I)
"""A link whose text is its web address, written out for the reader to see."""


_SENTENCE_INSIDE = re.compile(rf"[a-z0-9)][{_END}]\s+[\"“‘']?[A-Z]")
"""A sentence ending inside a line and the next starting: a line of two sentences or more."""


_SUMMARY_BOX = re.compile(
    r"^(key (points|facts|takeaways)|quick reads?|highlights|story highlights|in brief|"
    r"at a glance|in short|summary|tl;? ?dr|what you need to know)\W*$",
    re.I,
)
"""Headings of summary boxes, whose bullet points repeat the article ahead of it."""


_QUESTION_HEAD = re.compile(r"^(?:Q|Question)\s*[:.]\s+\S", re.I)
"""An interviewer's question, as a Q&A sets it ("Q: Favourite books?")."""


_NUMBERED_HEAD = re.compile(r"^(\d{1,2})[.)]\s+\S")
"""A heading numbered as one item of the article's count ("3. The Gordon problem")."""


_BOX_HEADINGS = ("h2", "h3", "h4", "h5", "h6")


def _boxed_headings(tree) -> set[str]:  # type: ignore[no-untyped-def]
    """Headings of fact boxes: an element holding nothing but a heading and a bullet list ('Key
    figures' over 'Rate: 6.75%', ...), set beside the story rather than in its run of text. Their
    title is not kept as a list's title (see _titles_a_list)."""
    found: set[str] = set()
    if isinstance(tree, str):
        return found
    for box in tree.iter("div", "aside", "section"):
        kids = [c for c in box if isinstance(c.tag, str)]
        if len(kids) != 2 or kids[0].tag not in _BOX_HEADINGS or kids[1].tag not in ("ul", "ol"):
            continue
        if (box.text or "").strip() or any((c.tail or "").strip() for c in kids):
            continue
        found.add(" ".join(kids[0].text_content().split()))
    return found


def _titles_a_list(el) -> bool:  # type: ignore[no-untyped-def]
    """Whether a heading's next element is a list or table with text of its own, or a line that is
    no sentence (no end punctuation) set as a paragraph: the heading is then the title of a list,
    however it is marked up ('Opening hours' over 'Monday to Friday, 9am to 5pm'), not a subhead
    over prose. A list of links (related stories), a link or a furniture line under a heading does
    not count: the heading goes with it."""
    if el is not None and el.tag in _BLOCKS:
        line = _block_text(el)
        return (
            bool(line)
            and not _HAS_END.search(line)
            and not is_boilerplate(line, structured=True)
            and not _link_only(line, sum(n for _, n in _block_lines(el)))
        )
    if el is None or el.tag not in ("list", "table"):
        return False
    return any(line and not _link_only(line, n) for block in el.iter("item", "cell") for line, n in _block_lines(block))


def _is_prose(text: str) -> bool:
    """A sentence-like paragraph: at least 8 words and sentence-final punctuation."""
    t = " ".join(text.split())
    return _token_count(t) >= 8 and bool(_HAS_END.search(t))


def _join_wrapped(lines: list[str]) -> list[str]:
    """Lines of one block broken by <br>: a line that stops mid-sentence (no end punctuation, next
    line starting in lower case) continues on the next, as in hard-wrapped source text."""
    out: list[str] = []
    for line in lines:
        s = line.strip()
        if not s:
            continue
        if out and not _HAS_END.search(out[-1]) and not out[-1].endswith(":") and s[0].islower():
            out[-1] = out[-1] + " " + s
        else:
            out.append(s)
    return out


def _body_paragraphs(body, boxed: set[str] | frozenset[str] = frozenset()) -> list[str]:  # type: ignore[no-untyped-def]
    """Prose paragraphs of trafilatura's XML body (extracted with links marked): headings and
    images dropped (their tail text kept), except a heading below the first paragraph that is a
    whole sentence (8 words or more, sentence-final punctuation: an interview question, a
    declarative subhead) or an interviewer's question however short ('Q: Favourite books?'),
    which is article text, as is a heading of a numbered run ('2. Higher dues', '3. No ferry':
    the items the article counts through; kept without the number) and the title of a list, a
    table or a line that is no sentence right under it ('Ingredients', 'Opening hours'; not over
    a list of links nor a fact box's title: see _titles_a_list); link-only
    lines dropped with a short lead-in ending in ':' ("Read more from Sky News:"), containers
    walked, list items and <br>-separated lines one paragraph each (hard-wrapped lines joined), a
    table row one paragraph; the bullets of a summary box ("Key points") dropped."""
    out: list[str] = []

    def links_dropped() -> None:
        if out and out[-1].rstrip().endswith(":") and _token_count(out[-1]) < 12:
            out.pop()

    summary = False  # inside a "Key points" box: its lines repeat the article
    numbered = {int(m.group(1)) for h in body.iter("head") if (m := _NUMBERED_HEAD.match(_block_text(h)))}

    def walk(el) -> None:  # type: ignore[no-untyped-def]
        nonlocal summary
        for child in el:
            if child.tag == "head":
                heading = " ".join(_block_text(child).split())
                summary = bool(_SUMMARY_BOX.match(heading))
                number = _NUMBERED_HEAD.match(heading)
                linked = _link_only(heading, sum(n for _, n in _block_lines(child)))
                if out and (_is_prose(heading) or _QUESTION_HEAD.match(heading)):
                    # a whole sentence set as a heading is article text, and so is an interviewer's question
                    out.append(heading)
                elif out and number and {int(number.group(1)) - 1, int(number.group(1)) + 1} & numbered and not linked:
                    # one of a numbered run of headings: an item the article counts through, kept without
                    # its number, which is not a sentence
                    out.append(heading[number.end() - 1 :])
                elif (
                    out
                    and not (summary or linked or (child.tail or "").strip() or heading in boxed)
                    and _titles_a_list(child.getnext())
                ):
                    out.append(heading)  # the title of the list or table under it, which reads as nothing without it
            elif summary and child.tag in _BLOCKS and not _is_prose(_block_text(child)):
                pass
            elif child.tag in ("graphic", "lb"):
                pass
            elif child.tag in ("ref", "hi"):  # inline text outside a paragraph
                text = _block_text(child)
                if out and text and not _HAS_END.search(out[-1]):
                    out[-1] = out[-1] + " " + text
                elif child.tag == "ref" or _link_only(text, len(text)):
                    links_dropped()
                elif text:
                    out.append(text)
            elif child.tag == "row":  # a table row is one line: its cells joined
                line = " ".join(_block_text(cell) for cell in child if _block_text(cell))
                if line and not _link_only(line, sum(n for c in child for _, n in _block_lines(c))):
                    out.append(line)
            elif child.tag in _BLOCKS and not any(c.tag in _BLOCKS or c.tag in ("list", "div") for c in child):
                summary = False
                lead = None if out else _bold_lead(child)
                if lead:  # "<b>Kathmandu:</b> At least ..." - a dateline set in bold
                    out.append(lead)
                kept = []
                for line, link_chars in _block_lines(child):
                    if _link_only(line, link_chars):
                        out.extend(_join_wrapped(kept))
                        kept = []
                        links_dropped()
                    else:
                        kept.append(line)
                out.extend(_join_wrapped(kept))
            elif len(child):
                if (child.text or "").strip():
                    out.append(child.text)
                walk(child)
            else:
                out.append(child.text or "")
            if (child.tail or "").strip():
                out.append(child.tail)

    walk(body)
    return _join_fragments([" ".join(p.split()) for p in out if p.strip()])


def _join_fragments(paragraphs: list[str]) -> list[str]:
    """A sentence that markup split into pieces (text, link, text) is joined again: a piece that
    does not end a sentence, followed by one that starts in lower case or with punctuation."""
    out: list[str] = []
    for p in paragraphs:
        if out and not _HAS_END.search(out[-1]) and not out[-1].endswith(":") and (p[0].islower() or p[0] in ",;.)"):
            out[-1] = out[-1] + ("" if p[0] in ",;.)" else " ") + p
        else:
            out.append(p)
    return out


def _extract_html(html: str, raw: RawArticle) -> tuple[list[str], dict[str, str]]:
    import trafilatura  # local: keeps `reconcile --help` fast

    meta = page_metadata(html)
    doc = None
    # First with page furniture pruned; if that leaves (almost) no prose, again without pruning
    # (HTML comments still removed) and favouring recall.
    boxed: set[str] = set()
    for prune, recall in ((True, False), (False, True)):
        tree = _pruned_tree(html, meta.get("description")) if prune else _comment_free(html)
        page_boxes = _boxed_headings(tree)
        try:
            found = trafilatura.bare_extraction(
                tree,
                url=raw.url,
                include_comments=False,
                include_tables=True,
                include_images=False,
                include_links=True,
                include_formatting=True,
                with_metadata=True,
                favor_recall=recall,
                deduplicate=False,
            )
        except Exception as e:  # trafilatura raises assorted parser errors on hostile markup
            raise ArticleError(f"{raw.source}: HTML could not be parsed ({type(e).__name__})") from None
        if found is not None and (getattr(found, "text", None) or "").strip():
            doc, boxed = found, page_boxes
            if _prose_paragraphs(found.text) >= 3:
                break
    # A page whose body is rendered by script may carry its text only in JSON-LD articleBody.
    ld_body = meta.pop("body", "")
    ld_paragraphs = [p for p in re.split(r"\n+", ld_body) if p.strip()]
    ld_prose = _prose_paragraphs("\n".join(ld_paragraphs))
    if doc is None or (_prose_paragraphs(doc.text) < 3 and ld_prose >= 3):
        if ld_prose >= 1:
            log.info("%s: article text taken from the page's JSON-LD articleBody", raw.source)
            return ld_paragraphs, meta
    if doc is None:
        raise ArticleError(f"{raw.source}: no article text found in the page")
    for attr, key in (
        ("title", "title"),
        ("author", "author"),
        ("sitename", "sitename"),
        ("url", "url"),
        ("date", "published"),
    ):
        val = getattr(doc, attr, None)
        if isinstance(val, str) and val.strip():
            meta.setdefault(key, val.strip())
    body = getattr(doc, "body", None)
    paragraphs = _body_paragraphs(body, boxed) if body is not None else doc.text.split("\n")
    return [p for p in paragraphs if p.strip()], meta


def _comment_free(html: str):  # type: ignore[no-untyped-def]
    import lxml.html

    try:
        tree = lxml.html.document_fromstring(html, parser=lxml.html.HTMLParser(remove_comments=True, remove_pis=True))
    except Exception:
        return html
    _unwrap_layout_tables(tree)
    return tree


def _token_count(text: str) -> int:
    """Words, counting each character of scripts written without spaces (Japanese, Chinese) as one."""
    from .extraction_eval import tokens

    return len(tokens(text))


def _prose_paragraphs(text: str) -> int:
    return sum(1 for p in text.split("\n") if _token_count(p) >= 8 and _HAS_END.search(p.strip()))

"""Table tests: one row per promo rule (with and without its classes), plus rows that must survive."""

from __future__ import annotations

import re
import tomllib

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import html

from newscrawl.cleaning import (
    DEFAULT_RULES_FILE,
    CleanContext,
    RulesError,
    clean_body,
    html_to_blocks,
    leading_chars,
    load_rules,
    required_literal,
)
from newscrawl.pages.urls import SiteUrls

RULES = load_rules()
URLS = SiteUrls("https://theweek.com")
KEEP = "<p>Editorial paragraph that stays, about the Senate vote on Tuesday.</p>"
KEEP_TEXT = "Editorial paragraph that stays, about the Senate vote on Tuesday."


def clean(fragment: str, authors: tuple[str, ...] = ("Peter Weber",)) -> tuple[str, dict[str, int]]:
    root = html.fromstring(f"<div class='article__body'>{KEEP}{fragment}{KEEP}</div>")
    context = CleanContext("https://theweek.com/politics/a-story", URLS.is_article, authors)
    result = clean_body(root, RULES, context)
    return result.text, dict(result.removed)


PROMO_ROWS = [
    # rule id, fragment, text that must vanish
    ("subscription-box", "<div class='kiosq-main-layer'><p>Exclusive offer for readers</p></div>", "Exclusive offer"),
    ("subscription-box", "<p>Escape your echo chamber. Get the facts behind the news, plus analysis from multiple perspectives.</p>", "echo chamber"),
    ("subscription-box", "<div class='blueconic-article__wrapper'><p>Try 6 Free Issues</p></div>", "6 Free Issues"),
    ("subscription-heading", "<h3>Subscribe to The Week</h3><p>Escape your echo chamber. Get the facts behind the news.</p>", "Subscribe to The Week"),
    ("subscription-heading", "<h3>The Week</h3><p>Escape your echo chamber. Get the facts behind the news.</p>", "The Week\n"),
    ("newsletter-free", "<div class='slice-container-newsletterForm'><h2>Anything at all</h2></div>", "Anything at all"),
    ("newsletter-free", "<h3>Sign up for The Week’s Free Newsletters</h3>", "Free Newsletters"),
    ("newsletter-free", "<p>From our morning news briefing to a weekly Good News Newsletter, get the best of The Week delivered directly to your inbox.</p>", "morning news briefing"),
    ("newsletter-free", "<div><span>You are now subscribed</span></div><div>Your newsletter sign-up was successful</div>", "subscribed"),
    ("newsletter-free", "<p>Create an account with the same email registered to your subscription to unlock access.</p>", "Create an account"),
    ("newsletter-free", "<div>Sign up</div>", "Sign up"),
    ("newsletter-daily", "<p>Sign up for Today's Best Articles in your inbox</p>", "Best Articles"),
    ("newsletter-daily", "<p>A free daily email with the biggest news stories of the day – and the best features from TheWeek.com</p>", "free daily email"),
    ("author-bio", "<div class='slice-container-authorBio'><p>Peter is our senior editor.</p></div>", "senior editor"),
    ("related-river", "<div data-component-name='Recirculation:ArticleRiver'><span>You may like</span><ul><li><a href='/x/y-z'>Other story</a></li></ul></div>", "Other story"),
    ("related-river", "<h3>Most Popular</h3>", "Most Popular"),
    ("related-links", "<ul><li><a href='/politics/one-story'>First linked story title</a></li><li><a href='https://theweek.com/world-news/two-story'>Second linked story title</a></li></ul>", "linked story"),
    ("ad", "<div id='ad-unit-3' class='ad-unit'>Advertisement</div>", "Advertisement"),
    ("video", "<div class='van_vid_carousel'><p>Watch: the video</p></div>", "Watch:"),
    ("price-widget", "<aside class='hawk-widget'><p>$199 at Amazon</p></aside>", "Amazon"),
    ("affiliate-disclaimer", "<p>When you purchase through links on our site, we may earn an affiliate commission. Here’s how it works.</p>", "affiliate commission"),
    ("share-bar", "<nav class='socialite-widget'><a>Share on Facebook</a></nav>", "Facebook"),
    ("share-bar", "<div>See comments</div>", "See comments"),
    ("tag-block", "<div class='tag-links'><a href='/tag/x'>Donald Trump</a></div>", "Donald Trump"),
    ("tag-block", "<nav id='articleTag'><span>TOPICS</span><div class='tag'><a>Senate</a></div></nav>", "TOPICS"),
    ("image-caption", "<figure class='van-image-figure'><img src='x.jpg'><figcaption><p>Protesters in Portland</p></figcaption></figure>", "Protesters"),
    ("image-caption", "<div class='caption__text--hero'>The president at the White House</div>", "White House"),
    ("image-credit", "<p>(Image credit: Illustrated | Getty Images)</p>", "Image credit"),
    ("image-credit", "<div class='credit'>Jane Doe / Reuters</div>", "Reuters"),
    ("image-credit", "<p>Jane Doe / Getty Images</p>", "Getty"),
    ("image-credit", "<p>Illustrated | Getty Images</p>", "Illustrated"),
    ("non-content", "<form><label>Your Email Address</label></form><script>var promo = 1;</script>", "promo"),
    ("non-content", "<div id='crow'><style>@layer legacy { .x { color: red } }</style></div>", "@layer"),
    ("share-bar", "<div id='utility-bar'><div>Copy link</div><div>Facebook</div><div>Join the conversation</div></div>", "Facebook"),
    ("share-bar", "<ul><li>Share by:</li><li>Facebook</li><li>X</li><li>Whatsapp</li><li>Email</li></ul>", "Whatsapp"),
    ("share-bar", "<div>You must confirm your public display name before commenting</div>", "display name"),
    ("share-count", "<div>0</div><div>Follow us</div>", "0\n"),
    ("live-blog-chrome", "<div class='button wcp-live-feed-reload'>Refresh</div><div>Get notified of updates</div>", "notified"),
    ("live-blog-chrome", "<div class='wcp-item-content'><time class='no-wrap live-feed-date'>2026-04-01T14:50:56.416Z</time></div>", "2026-04-01"),
    ("interstitial", "<span class='article-continues-below block'>Article continues below</span>", "continues below"),
    ("fancy-box", "<div class='fancy-box'><div>Need to Know</div><p>Price: $599</p></div>", "Need to Know"),
    ("embed", "<blockquote class='twitter-tweet hawk-ignore'><p>Launch day!</p>&mdash; NASA (@NASA)</blockquote>", "Launch day"),
    ("embed", "<div class='kwizly-quiz'>Take the quiz</div>", "quiz"),
    ("person-slice", "<div class='slice-container person-wrapper'><div class='person'>Ben Turner Acting Trending News Editor</div></div>", "Ben Turner"),
    ("commerce-widget", "<div id='crow-inpage-content'><div id='root'>The best PC gaming gear 2025</div></div>", "gaming gear"),
    ("info-box", "<div class='mb-6'><div class='p-5'><div class='infoVerified-by'>Article Sources</div><p class='infoVerified-by'>Smith, J. (2025). Journal.</p></div></div>", "Article Sources"),
    ("cross-link", "<p>Related: <a href='https://www.space.com/x.html'>Possible Water Plumes on Europa</a></p>", "Water Plumes"),
    ("cross-link", "<ul><li>Read the full story: <a href='https://example.com/x'>How Apple destroyed the record business</a></li></ul>", "record business"),
    ("house-line", "<p><a href='https://news.google.com/x'>Follow Tom's Guide on Google News</a> and add us as a preferred source to get our news in your feeds.</p>", "Google News"),
    ("house-line", "<p>Originally published on Live Science on March 3, 2026.</p>", "Originally published"),
    ("house-line", "<p>Email Mike Wall at mwall@space.com or follow him @michaeldwall.</p>", "mwall@"),
]  # fmt: skip


@pytest.mark.parametrize(("rule_id", "fragment", "gone"), PROMO_ROWS)
def test_promo_rule_removes_its_block_and_keeps_the_article(rule_id: str, fragment: str, gone: str) -> None:
    text, removed = clean(fragment)
    assert gone not in text
    assert text.count(KEEP_TEXT) == 2
    assert removed.get(rule_id, 0) >= 1, removed


def test_every_rule_has_a_table_row() -> None:
    covered = {row[0] for row in PROMO_ROWS} | {"kicker-cards", "aside", "nav-chrome", "link-tail"}
    assert covered >= {rule.id for rule in RULES.rules}


KEPT_ROWS = [
    ("<h2>What happened</h2>", "What happened"),
    ("<figure><blockquote class='vanilla-quoteblock'><p>“We will not back down,” she said.</p></blockquote></figure>", "We will not back down"),
    ("<ul><li>Inflation fell to 2.4%</li><li>Wages rose 3.1%</li></ul>", "Wages rose 3.1%"),
    ("<p>The Week</p>", "The Week"),  # only a subscription heading when the echo-chamber copy follows
    ("<p>Latest figures show the economy grew.</p>", "Latest figures show"),
    ("<p>Sign up for the draft was slow, officials said.</p>", "Sign up for the draft"),
    ("<p>Shares fell 3% / Reuters reported the deal on Monday.</p>", "Reuters reported"),
    ("<p>Jane Doe at The Atlantic</p><p>‘A strong quote from the column,’ she wrote.</p>", "Jane Doe at The Atlantic"),
    ("<p><a href='/politics/other-story'>An earlier report</a> said the vote was close.</p>", "An earlier report"),
]  # fmt: skip


@pytest.mark.parametrize(("fragment", "kept"), KEPT_ROWS)
def test_editorial_content_survives_cleaning(fragment: str, kept: str) -> None:
    text, _ = clean(fragment)
    assert kept in text


def test_kicker_cards_trailing_the_body_are_trimmed_however_they_are_split() -> None:
    glued = "".join(
        f"<p>{title}Speed Read {strap}</p>"
        for title, strap in [
            ("Trump’s huge ballroom", "The east wing is torn down"),
            ("Boat strikes", "Five more"),
        ]
    )
    split = "<div><h3>Story one</h3><span>speed read</span><p>Strap one</p><h3>Story two</h3><span>IN DEPTH</span><p>Strap two</p></div>"
    # Title and kicker without a strapline; and one last card whose kicker is not in the rules (found
    # untested by mutation testing).
    bare = "<div><p>Story one</p><p>Speed Read</p><p>Story two</p><p>In Depth</p></div>"
    unlabelled = glued + "<p>Another story with a kicker we do not know</p>"
    for fragment in (glued, split, bare, unlabelled):
        root = html.fromstring(f"<div>{KEEP}{fragment}</div>")
        result = clean_body(root, RULES, CleanContext("https://theweek.com/a/b-c", URLS.is_article, ()))
        assert result.blocks == [KEEP_TEXT]
        assert result.removed["kicker-cards"] >= 2


def test_author_bio_without_classes_is_removed_near_the_end_only() -> None:
    bio = "<p>Peter has worked as a news and culture writer and editor at The Week since 2008.</p>"
    many = "".join(f"<p>Paragraph {n} of the story.</p>" for n in range(5))
    root = html.fromstring(f"<div>{bio}{many}</div>")
    result = clean_body(
        root, RULES, CleanContext("https://theweek.com/a/b-c", URLS.is_article, ["Peter Weber"])
    )
    assert "has worked as" in result.text  # five paragraphs follow it: not the bio box
    text, _ = clean(bio)
    assert "has worked as" not in text
    assert text.count(KEEP_TEXT) == 2  # the closing paragraph after the bio survives
    root = html.fromstring(f"<div>{KEEP}{bio}</div>")
    result = clean_body(
        root, RULES, CleanContext("https://theweek.com/a/b-c", URLS.is_article, ["Peter Weber"])
    )
    assert result.blocks == [KEEP_TEXT]
    assert result.removed["author-bio"] == 1


def test_newsletter_between_attribution_and_its_paragraph_is_removed_in_place() -> None:
    fragment = (
        "<h3>‘The Senate is broken’</h3><p>Jane Doe at The Atlantic</p>"
        "<div><p>Sign up for Today’s Best Articles in your inbox</p>"
        "<p>A free daily email with the biggest news stories of the day – and the best features from TheWeek.com</p></div>"
        "<p>The filibuster has outlived its use, Doe argues.</p>"
    )
    text, _ = clean(fragment)
    blocks = text.split("\n\n")
    assert blocks[1:4] == [
        "‘The Senate is broken’",
        "Jane Doe at The Atlantic",
        "The filibuster has outlived its use, Doe argues.",
    ]


def test_promo_text_glued_to_editorial_text_is_cut_out() -> None:
    text, removed = clean(
        "<p>Senators left town. <span>(Image credit: Getty Images)</span> Talks resume Monday.</p>"
    )
    assert "Senators left town. Talks resume Monday." in text
    assert removed["image-credit"] == 1


def test_blocks_follow_paragraphs_headings_list_items_and_double_line_breaks() -> None:
    root = html.fromstring(
        "<div>Loose <b>text</b><p>One<br>Two<br> <br>Three</p><ul><li>Four</li></ul><!-- c -->tail</div>"
    )
    # A single <br> stays inside its paragraph; two end it (real/SOURCES.md "<br><br> rule").
    assert html_to_blocks(root) == ["Loose text", "One Two", "Three", "Four", "tail"]


def test_a_rule_never_removes_part_of_a_paragraph() -> None:
    # Future's affiliate script marks plain links a.hawk-link-parsed; the price-widget rule must not
    # take the paragraph's subject with it (issue 13: "has announced the promotion…").
    text, removed = clean(
        "<p><a class='hawk-link-parsed' href='https://example.com/acme'>Acme Corp</a> has announced the promotion"
        " of <span class='credit'>Jane Doe</span>.</p><aside class='hawk-root'>$199 at Amazon</aside>"
    )
    assert "Acme Corp has announced the promotion of Jane Doe." in text
    assert "Amazon" not in text
    assert removed == {"price-widget": 1}


def test_trailing_link_lists_and_orphan_headings_are_trimmed_but_prose_with_links_stays() -> None:
    root = html.fromstring(
        f"<div>{KEEP}<p>You can read <a href='https://example.com/story'>my full story here</a>, with more.</p>"
        "<h3>More from Example</h3><ul><li><a href='https://example.com/a'>First other story</a></li>"
        "<li><a href='https://example.com/b'>Second other story</a></li></ul></div>"
    )
    result = clean_body(root, RULES, CleanContext("https://theweek.com/a/b-c", URLS.is_article, ()))
    assert result.blocks == [KEEP_TEXT, "You can read my full story here, with more."]
    assert result.removed["link-tail"] == 2
    assert result.removed["related-river"] == 1  # the heading, by its text


def test_cleaning_trace_names_the_rule_and_the_text_of_each_removal() -> None:
    root = html.fromstring(
        f"<div>{KEEP}<div class='fancy-box'>Go deeper with Premium</div><p>Related: x</p></div>"
    )
    result = clean_body(
        root, RULES, CleanContext("https://theweek.com/a/b-c", URLS.is_article, ()), trace=True
    )
    assert [(entry.rule, entry.text) for entry in result.trace] == [
        ("fancy-box", "Go deeper with Premium"),
        ("cross-link", "Related: x"),
    ]
    assert result.trace[0].what == "div.fancy-box"


@pytest.mark.parametrize(
    ("toml", "message"),
    [
        ('[[rule]]\nid = "x"\ncss = ["p"]\nbogus = 1\n', "unknown keys"),
        ('[[rule]]\nid = "x"\ncss = ["p"]\n[[rule]]\nid = "x"\ncss = ["p"]\n', "duplicate rule id"),
        ('[[rule]]\nid = "x"\ncss = ["p[["]\n', "bad CSS"),
        ('[[rule]]\nid = "x"\ntext = ["("]\nmax_chars = 100\n', "bad regex"),
        ('[[rule]]\nid = "x"\ntext = ["^x$"]\n', "text rules need max_chars"),
        (
            '[[rule]]\nid = "x"\ndetector = "link-list"\nlimits = { link_share = 0.6, card_chars = 400 }\n',
            "needs limits \\['min_cards'\\]",
        ),
        ('[[rule]]\nid = "x"\ndetector = "magic"\n', "unknown detector"),
        ('[[rule]]\nid = "x"\n', "needs css, text, scrub or detector"),
    ],
)
def test_load_rules_rejects_malformed_rules(tmp_path, toml: str, message: str) -> None:
    path = tmp_path / "rules.toml"
    path.write_text(toml)
    with pytest.raises(RulesError, match=message):
        load_rules(path)


def test_the_packaged_rules_load_as_written() -> None:
    """Every key of every rule in the file reaches the loaded rule (RULES above is loaded at import;
    this loads again inside a test, so mutation testing sees the loader run)."""
    written = {
        raw["id"]: raw for raw in tomllib.loads(DEFAULT_RULES_FILE.read_text(encoding="utf-8"))["rule"]
    }
    loaded = {rule.id: rule for rule in load_rules().rules}
    assert list(loaded) == list(written)
    for rule_id, raw in written.items():
        rule = loaded[rule_id]
        assert (rule.reason, rule.evidence) == (raw["reason"], raw["evidence"]), rule_id
        assert rule.reason, f"{rule_id}: every rule says why"
        assert rule.evidence, f"{rule_id}: every rule gives its evidence"
        assert rule.inline is raw.get("inline", False), rule_id
        assert rule.detector == raw.get("detector"), rule_id
        assert rule.max_chars == raw.get("max_chars", 0), rule_id
        assert rule.limits == {key: float(value) for key, value in raw.get("limits", {}).items()}, rule_id
        assert [p.pattern for p in rule.text] == raw.get("text", []), rule_id
        assert [p.pattern for p in rule.scrub] == raw.get("scrub", []), rule_id
        assert all(p.flags & re.IGNORECASE for p in rule.scrub), f"{rule_id}: scrub patterns ignore case"
        assert (rule.followed_by.pattern if rule.followed_by else None) == raw.get("followed_by"), rule_id
        # Alternatives of one regex each (a kicker or bio sentence pattern is one alternative).
        assert (rule.kickers.pattern if rule.kickers else "") == "|".join(raw.get("kickers", [])), rule_id
        assert (rule.bio.pattern if rule.bio else "") == "|".join(raw.get("bio", [])), rule_id
        assert (rule.css is not None) == bool(raw.get("css")), rule_id


TEXT_PATTERNS = [
    (rule.id, pattern, starts)
    for rule in RULES.text_rules
    for pattern, starts in zip(rule.text, rule.text_starts, strict=True)
]


@pytest.mark.parametrize(("rule_id", "pattern", "starts"), TEXT_PATTERNS, ids=lambda value: str(value)[:40])
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_a_text_rule_only_skips_blocks_it_could_not_match(
    rule_id: str, pattern: re.Pattern[str], starts: frozenset[str] | None, data: st.DataObject
) -> None:
    """The start-character filter never hides a match: every string the pattern matches (as
    hypothesis generates them from the regex itself) starts with one of the listed characters."""
    text = data.draw(st.from_regex(pattern))
    assert pattern.search(text)
    if starts is not None:
        assert text[:1] in starts, rule_id


@pytest.mark.parametrize(
    ("pattern", "starts"),
    [("^abc", {"a"}), ("^(ab|cd)e", {"a", "c"}), ("^(?:x|y)", {"x", "y"}), ("^a?b", None), ("abc", None),
     ("^(a|b)?c", None), ("^\\(x", {"("}), ("^\\(?x", None), ("^\\d+", set("0123456789")), ("^[ab]", None),
     ("^(?=a)a", None), ("^(a|[bc])", None), ("^a*", None)],
)  # fmt: skip
def test_leading_chars_of_a_pattern(pattern: str, starts: set[str] | None) -> None:
    assert leading_chars(pattern) == (frozenset(starts) if starts is not None else None)


SCRUB_PATTERNS = [
    (rule.id, pattern, literal)
    for rule in RULES.scrub_rules
    for pattern, literal in zip(rule.scrub, rule.scrub_literals, strict=True)
]


@pytest.mark.parametrize(("rule_id", "pattern", "literal"), SCRUB_PATTERNS, ids=lambda value: str(value)[:40])
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_a_scrub_rule_only_skips_blocks_it_could_not_match(
    rule_id: str, pattern: re.Pattern[str], literal: str | None, data: st.DataObject
) -> None:
    """Every string a scrub pattern matches (in any letter case hypothesis tries) holds its literal,
    unless it holds one of the characters that make the cleaner search the block in full anyway."""
    text = data.draw(st.from_regex(pattern))
    assert pattern.search(text)
    if literal is not None and not re.search("[\u017f\u212a\u0131\u0130]", text):
        assert literal in text.lower(), rule_id


@pytest.mark.parametrize(
    ("pattern", "literal"),
    [("abc def", "abc def"), ("^Sign up", "sign up"), ("abcd?e", "abc"), ("ab", None), ("abc|xyz", None),
     ("(abc)", None), ("abc\\.def", "abc.def"), ("abc\\sdef", "abc"), ("café au lait", None)],
)  # fmt: skip
def test_required_literal_of_a_pattern(pattern: str, literal: str | None) -> None:
    assert required_literal(pattern) == literal

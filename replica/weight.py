"""Real page weight: every HTML page dressed as a real Vanilla page, 0.4-1.9 MB (median ~600 KB).

Where a real page's bytes go (tests/fixtures/real/pages, 2026 template, 1.4-1.9 MB): about 45% inline
`<style>` (critical, slice, tailwind, hawk and paywall CSS), 30% inline scripts (feature flags and
JSON config in the head; the paywall, chargebee and consent libraries at the end of the body), 5%
JSON-LD and `<script type="text/html">` templates, and 20% markup (1,400-1,700 elements: html_chrome.py).
`weigh` inserts the same kinds, in those proportions, into a page the light replica rendered, at the
anchors of its shell (html_base.page), never inside the article: what a reader (and the oracle) takes
from the page is unchanged. Same site and path -> same bytes."""

from __future__ import annotations

import json
import random
from functools import cache
from typing import TYPE_CHECKING

from replica import html_chrome as chrome
from replica.util import VANILLA, make_id

if TYPE_CHECKING:
    from replica.sitemodel import SiteModel

LIGHT, REAL = "light", "real"
WEIGHTS = (LIGHT, REAL)
MEDIAN_BYTES = 570_000  # the lognormal's median; the heavy tail lifts the page median to ~600 KB
SPREAD = 0.25
MIN_BYTES, MAX_BYTES = 400_000, 1_900_000
HEAVY_SHARE, HEAVY_BYTES = 0.08, (1_200_000, 1_900_000)  # live blogs and reviews: every style inlined
CSS_SHARE = 0.6  # of the bytes left once the markup is in: style vs script, as on the real pages
STYLE_IDS = ("critical-styles", "vanilla-slice-combined-css", "vanilla-critical-styles", "tailwind-inline-styles",
             "hawkStyles-responsive", "hawkStyles-pcg-site", "hawkStyles-deal", "paywall-css")  # fmt: skip
STYLE_SHARES = (0.16, 0.04, 0.28, 0.19, 0.17, 0.02, 0.02, 0.12)
TAIL_SCRIPTS = (("paywall-preact-lib", 0.8), ("chargebee-script", 0.12), ("kiosq-gates-api", 0.08))
MODULES = ("reduxStore", "main", "Recirculation/ClickToNext/ClickToNext.ts", "UtilityBar/ShareArticle/Button.ts",
           "Newsletter/NewsletterForm/NewsletterForm.ts", "Newsletter/Modal/Modal.ts", "UtilityBar/UtilityBar.ts",
           "Util/Truncate/Truncate.ts", "Viafoura/Comments/CommentsSizeLogger.ts", "SponsoredScroll/SponsoredScroll.ts",
           "Ads/Ads.ts", "Viafoura/EntryScript/EntryScript.ts", "Recirculation/Overlay/Overlay.ts",
           "Recirculation/ArticleRiver/ArticleRiver.ts", "Footer/ccpa-footer-link.ts", "Footer/gdpr-footer-link.ts")  # fmt: skip
# Where chrome goes in html_base.page's shell: (anchor, its last occurrence rather than its first).
ANCHORS = {"head": ("\n</head>\n", False), "top": ('<div id="main">\n', False),
           "main_end": ("\n</div>\n<footer", True), "footer": ("</footer>", True), "end": ("\n</body>", True)}  # fmt: skip

_UTILITIES = ("flex", "grid", "hidden", "block", "items-center", "justify-between", "gap", "p", "px", "py", "m", "mx",
              "my", "mt", "mb", "w", "h", "max-w", "min-h", "text", "font", "leading", "tracking", "bg", "border",
              "rounded", "shadow", "z", "top", "left", "basis", "order", "col-span", "opacity", "duration", "line-clamp")  # fmt: skip
_PREFIXES = ("", "", "", "sm\\:", "md\\:", "lg\\:", "xl\\:", "hover\\:", "focus-visible\\:", "group-hover\\:")
_PROPERTIES = (("display", ("flex", "grid", "none", "block", "inline-flex", "contents")), ("margin", None),
               ("padding", None), ("width", None), ("max-width", None), ("font-size", None), ("line-height", None),
               ("color", "#"), ("background-color", "#"), ("border-color", "#"), ("z-index", ()),
               ("grid-template-columns", ("repeat(2,minmax(0,1fr))", "repeat(3,minmax(0,1fr))", "1fr 300px")),
               ("transition-property", ("color,background-color,border-color", "opacity", "box-shadow,transform")),
               ("--tw-ring-offset-shadow", ("var(--tw-ring-inset) 0 0 0 var(--tw-ring-offset-width) #fff",)))  # fmt: skip
_COMPONENTS = ("author-byline", "newsletter-form", "hawk-widget", "popular-box", "mega-menu", "paywall", "kiosq",
               "recirc-feed", "van-image-figure", "socialite", "trending", "slice-container", "footer", "jwplayer")  # fmt: skip
_WORDS = ("slice", "hydrate", "queue", "config", "anchor", "lazy", "observe", "bordeaux", "freyr", "kiosq", "barrier",
          "consent", "vendor", "widget", "render", "payload", "campaign", "locale", "edition", "analytics")  # fmt: skip


def _value(rng: random.Random, kind: str | tuple[str, ...] | None) -> str:
    if kind == "#":
        return f"#{rng.randrange(16**6):06x}"
    if kind is None:
        return rng.choice(
            (f"{rng.randint(0, 96) / 4:g}rem", f"{rng.randint(0, 400)}px", f"{rng.randint(1, 100)}%")
        )
    return rng.choice(kind) if kind else str(rng.randint(0, 10001))


def _css_rule(rng: random.Random) -> str:
    if rng.random() < 0.55:
        n = rng.randint(0, 96)
        value = rng.choice((str(n), str(n), f"\\[{n}px\\]", f"\\[var\\(--{rng.choice(_WORDS)}\\)\\]"))
        selector = f".{rng.choice(_PREFIXES)}{rng.choice(_UTILITIES)}-{value}"
    else:
        block = rng.choice(_COMPONENTS)
        selector = (
            f".{block} .{block}__{rng.choice(_WORDS)}{rng.choice(('', ':hover', '>a', ' svg', '--active'))}"
        )
    declarations = ";".join(
        f"{prop}:{_value(rng, kind)}" for prop, kind in rng.sample(_PROPERTIES, rng.randint(1, 4))
    )
    rule = f"{selector}{{{declarations}}}"
    if rng.random() < 0.12:
        rule = f"@media (min-width:{rng.choice((640, 768, 1024, 1280))}px){{{rule}}}"
    return rule


def _js_statement(rng: random.Random) -> str:
    a, b, c = (rng.choice("etnriaosclu") + rng.choice("abcdefghkmnpqrsuvwxyz_$") for _ in range(3))
    word, other = rng.choice(_WORDS), rng.choice(_WORDS)
    shapes = (
        (
            f"function {a}{rng.randint(0, 999)}({b},{c}){{var {a}={b}.{word}||{{}};if(!{a}.{other})return {c};"
            f'return {a}.{other}.map(function({b}){{return {b}.{word}+"{make_id(rng, rng.randint(4, 12))}"}})}}'
        ),
        (
            f"{rng.randint(1000, 9999)}({a},{b},{c}){{{c}.d({b},{{{word[:2].upper()}:()=>{a}.{other}}});"
            f'var {a}=window.{word}||{{}};{a}.{other}=function(){{return"{make_id(rng, 10)}"}}}}'
        ),
        (
            f'{a}.{word}=({b},{c})=>{{const {a}=new URLSearchParams({b});return {a}.get("{other}")??{c}.{word}'
            f"({rng.randint(0, 512)})}}"
        ),
        f'if("{word}"in window){{window.{word}.push(["{other}",{rng.randint(0, 1 << 16)},{rng.random() < 0.5}])}}',
    )
    return rng.choice(shapes)


@cache
def _pools() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Site-wide CSS rules and JS statements (a real site inlines the same stylesheets on every page)."""
    rng = random.Random("vanilla:assets")
    return tuple(_css_rule(rng) for _ in range(9000)), tuple(_js_statement(rng) for _ in range(7000))


def _fill(pool: tuple[str, ...], rng: random.Random, nbytes: int, sep: str) -> str:
    """About ``nbytes`` of consecutive pool entries from a page-chosen start (wrapping around)."""
    out: list[str] = []
    size, start = 0, rng.randrange(len(pool))
    while size < nbytes:
        entry = pool[(start + len(out)) % len(pool)]
        out.append(entry)
        size += len(entry) + len(sep)
    return sep.join(out)


def page_budget(rng: random.Random) -> int:
    """Bytes a page should weigh: lognormal around MEDIAN_BYTES, plus a tail of very heavy pages."""
    if rng.random() < HEAVY_SHARE:
        return rng.randint(*HEAVY_BYTES)
    return max(MIN_BYTES, min(MAX_BYTES, int(rng.lognormvariate(0, SPREAD) * MEDIAN_BYTES)))


def styles(rng: random.Random, nbytes: int) -> str:
    css = _pools()[0]
    return "\n".join(f'<style id="{name}">{_fill(css, rng, int(nbytes * share), "")}</style>'
                     for name, share in zip(STYLE_IDS, STYLE_SHARES, strict=True))  # fmt: skip


def _config(model: SiteModel, rng: random.Random, path: str) -> str:
    """The JSON configuration objects every Vanilla head carries (window.ffte, FEP_object, dfp_config)."""
    ffte = {"site": "theweek", "locale": "US", "lang": "en-us", "serverEnvironment": "live",
            "staticHost": "vanilla.futurecdn.net\\/theweek", "features": {w: rng.random() < 0.5 for w in chrome.SOCIAL},
            "abTests": [{"name": f"{rng.choice(_WORDS)}-{make_id(rng, 6)}", "variant": rng.randint(0, 3)}
                        for _ in range(12)]}  # fmt: skip
    fep = [{"articleName": path.rsplit("/", 1)[-1].replace("-", "_"), "articleType": "news",
            "adTags": {"primaryProduct": make_id(rng, 8), "keywords": rng.sample(_WORDS, 8)}}]  # fmt: skip
    dfp = {"site_platform": "vanilla", "keywords": ",".join(_WORDS), "url": model.url(path)}
    return (
        "<script>\nwindow.vanilla = window.vanilla || {};\nwindow.VAN = window.VAN || {};\n"
        f"window.ffte = {json.dumps(ffte)};\nvar FEP_object = {json.dumps(fep)};\n</script>\n"
        f"<script>\nvar dfp_config = {json.dumps(dfp)};\n</script>"
    )


def head_extra(model: SiteModel, rng: random.Random, path: str, style_bytes: int, script_bytes: int) -> str:
    config_js = _fill(_pools()[1], rng, script_bytes, ";\n")
    modules = "\n".join(f'<script type="module" src="{VANILLA}/vite/assets/{name}-{make_id(rng, 8)}.js"></script>'
                        for name in MODULES)  # fmt: skip
    preloads = "\n".join(f'<link rel="preload" as="font" type="font/woff2" crossorigin href="{VANILLA}/media/fonts/'
                         f'{make_id(rng, 10)}.woff2">' for _ in range(6))  # fmt: skip
    return "\n".join((
        preloads, styles(rng, style_bytes), _config(model, rng, path),
        f'<script type="text/javascript">\n{config_js}\n</script>', modules,
        _ld_extra(model, rng, path),
        '<script type="application/json" id="hawk__LOADABLE_REQUIRED_CHUNKS__">[6953,1199]</script>',
    ))  # fmt: skip


def _ld_extra(model: SiteModel, rng: random.Random, path: str) -> str:
    """The JSON-LD besides the article's own: WebPage, images, trending and navigation elements."""
    page = {"@context": "https://schema.org", "@type": "WebPage", "name": "The Week", "url": model.url(path)}
    trending = {"@context": "https://schema.org", "@graph": [
        {"@type": "SiteNavigationElement", "name": meta.title, "url": model.url(meta.path), "@id": "#trending"}
        for meta in chrome.picks(model, rng, 6)]}  # fmt: skip
    navigation = {"@context": "https://schema.org", "@graph": [
        {"@type": "SiteNavigationElement", "name": name, "url": url, "@id": "#navigation"}
        for url, name in chrome.SISTER_SITES]}  # fmt: skip
    blocks = (json.dumps(data).replace("</", "<\\/") for data in (page, trending, navigation))
    return "\n".join(f'<script type="application/ld+json">{block}</script>' for block in blocks)


def tail_scripts(rng: random.Random, nbytes: int) -> str:
    js = _pools()[1]
    return "\n".join(f'<script type="text/javascript" class="{name}">{_fill(js, rng, int(nbytes * share), ";")}'
                     "</script>" for name, share in TAIL_SCRIPTS)  # fmt: skip


def _insert(html: str, where: str, extra: str) -> str:
    """``extra`` just before an anchor of the shell (the article's own markup may repeat the later ones)."""
    anchor, last = ANCHORS[where]
    at = html.rfind(anchor) if last else html.find(anchor)
    if at < 0:
        raise ValueError(f"page shell without {anchor!r}: cannot weigh it")
    return html[:at] + extra + html[at:]


def weigh(html: str, model: SiteModel, path: str, article: bool, uk: bool = False) -> str:
    """``html`` (a page of html_base.page) at real weight; ``article``: add the article-only river."""
    rng = random.Random(f"{model.seed}:{path}:weight")
    budget = page_budget(rng)
    top = "\n".join(
        (chrome.mega_menu(model, rng, uk), chrome.subscribe_strip(rng), chrome.trending(model, rng))
    )
    river = chrome.river(model, rng, model.metas[model.by_path[path]]) if article else ""
    main_end = "\n".join((river, chrome.sidebar(model, rng), chrome.overlay(rng)))
    footer = chrome.footer_extra(rng)
    markup = len(html) + len(top) + len(main_end) + len(footer) + 6000  # 6 KB: head config, modules, JSON-LD
    left = max(0, budget - markup)
    style_bytes = int(left * CSS_SHARE)
    head_scripts = (left - style_bytes) // 3
    end = tail_scripts(rng, left - style_bytes - head_scripts)
    html = _insert(html, "head", "\n" + head_extra(model, rng, path, style_bytes, head_scripts))
    html = _insert(html, "top", top + "\n")
    html = _insert(html, "main_end", "\n" + main_end)
    html = _insert(html, "footer", footer)
    return _insert(html, "end", "\n" + end)

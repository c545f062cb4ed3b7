"""The replica itself: deterministic, every article reachable, aliases redirect, every variant present."""

from __future__ import annotations

import re
import urllib.request
from urllib.parse import urljoin, urlsplit

import pytest
from lxml import etree, html

from newscrawl.replica import Replica, Site, build_site

BASE = "http://127.0.0.1:8123"


@pytest.fixture(scope="module")
def site() -> Site:
    return build_site(BASE, seed=3, articles=80)


def get(site: Site, path: str) -> tuple[int, dict[str, str], str]:
    status, headers, body = site.response(path)
    return status, dict(headers), body.decode("utf-8")


def test_same_arguments_give_byte_identical_pages(site: Site) -> None:
    other = build_site(BASE, seed=3, articles=80)
    for path in list(site.paths())[:200]:
        assert site.response(path) == other.response(path), path


def test_every_oracle_article_is_reachable_from_the_homepage(site: Site) -> None:
    seen, queue, found = {"/"}, ["/"], set()
    while queue:
        path = queue.pop()
        status, headers, body = get(site, path)
        if status == 301:
            target = urlsplit(headers["Location"]).path
            found.add(target)
            continue
        if status != 200 or not headers["Content-Type"].startswith("text/html"):
            continue
        if path in site.by_path:
            found.add(path)
            continue
        for href in html.fromstring(body).xpath("//a/@href"):
            url = urljoin(BASE + path, href)
            if not url.startswith(BASE):
                continue
            target = urlsplit(url).path.rstrip("/") or "/"
            if target not in seen:
                seen.add(target)
                queue.append(target)
    assert {urlsplit(article.url).path for article in site.oracle} <= found


def test_aliases_redirect_to_the_oracle_url(site: Site) -> None:
    for article in site.oracle:
        for alias in article.aliases:
            status, headers, _ = get(site, alias.removeprefix(BASE))
            if status == 301:
                assert headers["Location"] == article.url
            else:
                assert status == 200  # trailing slash and tracking parameters serve the page itself


def test_every_non_article_url_is_served(site: Site) -> None:
    for url in site.non_article_urls:
        assert get(site, url.removeprefix(BASE))[0] == 200, url


def test_pagination_ends_with_a_404(site: Site) -> None:
    pages = [path for path in site.paths() if path.startswith("/politics/page/")]
    last = max(int(path.rsplit("/", 1)[1]) for path in pages)
    assert get(site, f"/politics/page/{last + 1}")[0] == 404


def test_revisions_change_only_the_revised_article(site: Site) -> None:
    revised = build_site(BASE, seed=3, articles=80, revisions={5: 1}, extra_articles=1)
    old = {article.canonical_url: article for article in site.oracle}
    new = {article.canonical_url: article for article in revised.oracle}
    assert len(new) == len(old) + 1
    changed = [url for url in old if old[url] != new[url]]
    assert changed == [site.oracle[5].canonical_url]
    assert new[changed[0]].version == 2
    assert new[changed[0]].modified_at > old[changed[0]].modified_at
    assert len(new[changed[0]].body_paragraphs) == len(old[changed[0]].body_paragraphs) + 1


def test_sitemaps_and_feeds_parse_and_list_the_articles(site: Site) -> None:
    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    index = etree.fromstring(site.response("/sitemap.xml")[2], parser)
    locations = []
    for sitemap in index.iter("{*}loc"):
        monthly = etree.fromstring(site.response(urlsplit(sitemap.text or "").path)[2], parser)
        locations += [loc.text for loc in monthly.iter("{http://www.sitemaps.org/schemas/sitemap/0.9}loc")]
    assert {article.url for article in site.oracle} <= set(locations)
    feed = etree.fromstring(site.response("/feeds.xml")[2], parser)
    links = [link.text for link in feed.iter("link")]
    assert any("/subscription/" in (link or "") for link in links)
    news = etree.fromstring(site.response("/sitemap-news.xml")[2], parser)
    assert list(news.iter("{*}publication_date"))


PROMO_TEXTS = {
    "subscription": "Escape your echo chamber",
    "newsletter": "Free Newsletters",
    "daily": "Best Articles in your inbox",
    "you-may-like": "You may like",
    "bio": "has worked as",
}


@pytest.mark.parametrize(("kind", "text"), PROMO_TEXTS.items())
def test_each_promo_kind_appears_with_and_without_classes(site: Site, kind: str, text: str) -> None:
    classed = classless = False
    for spec in site.specs:
        body = get(site, spec.path)[2]
        if text in body:
            classed |= not spec.classless
            classless |= spec.classless
    assert classed, kind
    assert classless, kind


def test_both_families_and_every_page_type_are_present(site: Site) -> None:
    assert {spec.family for spec in site.specs} == {"bem", "article-body", "article-body-2019"}
    assert {spec.page_type for spec in site.specs} >= {
        "speed-read", "instant-opinion", "explainer", "cartoons", "puzzle", "photos", "recommends",
    }  # fmt: skip
    assert any(spec.legacy_path for spec in site.specs)


def test_the_seed_article_is_served_at_its_legacy_url(site: Site) -> None:
    seed = site.oracle[0]
    legacy = next(alias for alias in seed.aliases if re.search(r"/speedreads/\d{6}/", alias))
    assert get(site, legacy.removeprefix(BASE))[0] == 301
    assert len(seed.body_paragraphs) == 4


def test_server_serves_pages_redirects_and_404s_and_records_requests() -> None:
    with Replica.start(seed=1, articles=12) as replica:
        article = replica.site.oracle[3]
        with urllib.request.urlopen(article.url) as response:
            assert response.status == 200
            assert "charset=utf-8" in response.headers["Content-Type"]
        with urllib.request.urlopen(replica.base_url + "/uk" + urlsplit(article.url).path) as response:
            assert response.url == article.url  # followed the 301
        with pytest.raises(urllib.error.HTTPError) as missing:
            urllib.request.urlopen(replica.base_url + "/no/such-page")
        assert missing.value.code == 404
        missing.value.close()
        assert ("GET", urlsplit(article.url).path) in replica.requests

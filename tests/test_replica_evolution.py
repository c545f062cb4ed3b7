"""The replica evolves as a real site does: articles deleted (404/410), moved (301), a section renamed.

Expected values come from the evolution asked for and from the fresh site, never from constants."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest
from lxml import etree

from replica import Replica, Site, build_site
from replica import catalog as cat
from replica.feeds import FEED_SIZE
from tests.test_replica_site import BASE, NS, article_pages, doc, follow, links, path_of

ARTICLES = 60


@pytest.fixture(scope="module")
def site() -> Site:
    return build_site(BASE, seed=0, articles=ARTICLES, extra_articles=2)


def evolved(**changes: object) -> Site:
    return build_site(BASE, seed=0, articles=ARTICLES, extra_articles=2, **changes)  # type: ignore[arg-type]


def reachable_articles(site: Site) -> set[str]:
    """Article URLs reached from the homepage through listings and pagination (articles not expanded)."""
    articles = {m.path for m in site.model.metas}
    seen: set[str] = set()
    reached: set[str] = set()
    queue = [BASE + "/"]
    while queue:
        url = queue.pop()
        if url in seen:
            continue
        seen.add(url)
        status, final, body = follow(site, url)
        path = urlsplit(final).path
        if path in articles:
            reached.add(final.split("?")[0])
            continue
        assert status == 200, url
        if not path.endswith(".xml"):
            queue.extend(links(site, final, body))
    return reached


def sitemap_urls(site: Site) -> set[str]:
    index = etree.fromstring(site.response("/sitemap.xml")[2])
    out: set[str] = set()
    for loc in index.xpath("//s:sitemap/s:loc/text()", namespaces=NS):
        urlset = etree.fromstring(site.response(path_of(loc))[2])
        out |= set(urlset.xpath("//s:url/s:loc/text()", namespaces=NS))
    return out


def feed_urls(site: Site) -> set[str]:
    feed = etree.fromstring(site.response("/feeds.xml")[2])
    links = {link.strip() for link in feed.xpath("//item/link/text()")}
    return {link for link in links if "/subscription/" not in link}


def largest_top_section(site: Site) -> str:
    tops = [s.key for s in cat.SECTIONS if s.parent is None]
    return max(tops, key=lambda key: len(site.model.members[key]))


def test_no_evolution_is_the_fresh_site_byte_for_byte(site: Site) -> None:
    same = evolved(deleted={}, moved={}, renamed={})
    paths = list(site.paths())
    assert paths == list(same.paths())
    assert all(site.response(p) == same.response(p) for p in paths)
    assert same.oracle == site.oracle


def test_deleted_articles_answer_their_status_and_leave_every_index(site: Site) -> None:
    newest = len(site.oracle) - 1  # an extra article: it tops the feed, so leaving the feed shows
    deleted = {5: 404, newest: 410}
    after = evolved(deleted=deleted)
    gone_urls = {site.oracle[i].url for i in deleted}
    for index, status in deleted.items():
        assert after.response(site.model.metas[index].path)[0] == status
    assert [o.url for o in after.oracle] == [o.url for o in site.oracle if o.url not in gone_urls]
    assert sitemap_urls(after) == {o.url for o in after.oracle}
    assert not gone_urls & feed_urls(after)
    assert len(feed_urls(after)) == min(FEED_SIZE, len(after.oracle))
    assert reachable_articles(after) == {o.url for o in after.oracle}
    assert not {path_of(u) for u in gone_urls} & set(after.paths())
    # Every other article keeps its record (links to the deleted ones may remain, as on a real site).
    assert after.oracle == [o for o in site.oracle if o.url not in gone_urls]


def test_an_alias_of_a_deleted_article_leads_to_its_status(site: Site) -> None:
    index = next(m.index for m in site.model.metas if m.legacy_path and m.index)
    after = evolved(deleted={index: 410})
    status, final, _ = follow(after, BASE + site.model.metas[index].legacy_path)  # type: ignore[operator]
    assert (status, final) == (410, site.oracle[index].url)


def test_a_moved_article_is_served_at_its_new_path_and_its_old_one_redirects(site: Site) -> None:
    index, slug = 4, "a-story-that-moved"
    after = evolved(moved={index: slug})
    old, new = site.oracle[index], after.oracle[index]
    assert new.url == new.canonical_url == f"{BASE}/{site.model.metas[index].section}/{slug}"
    status, headers, _ = after.response(path_of(old.url))
    assert (status, dict(headers)["Location"]) == (301, new.url)
    status, _, body = after.response(path_of(new.url))
    assert status == 200
    assert doc(body).xpath("//link[@rel='canonical']/@href") == [new.url]
    assert old.url in new.aliases
    unchanged = {k: v for k, v in old.to_dict().items() if k not in ("url", "canonical_url", "aliases")}
    assert unchanged == {k: v for k, v in new.to_dict().items() if k in unchanged}
    assert [o for i, o in enumerate(after.oracle) if i != index] == [
        o for i, o in enumerate(site.oracle) if i != index
    ]
    assert old.url not in sitemap_urls(after)
    assert new.url in sitemap_urls(after)
    assert reachable_articles(after) == {o.url for o in after.oracle}


def test_a_moved_article_keeps_moving(site: Site) -> None:
    """Moving twice (a new slug in a later rebuild) leaves the first old path redirecting to the newest."""
    index = 4
    after = evolved(moved={index: "second-slug"})
    status, final, _ = follow(after, site.oracle[index].url)
    assert (status, final) == (200, after.oracle[index].url)


def test_a_renamed_section_moves_its_listings_not_its_articles(site: Site) -> None:
    section = largest_top_section(site)
    key = f"{section}-renamed"
    after = evolved(renamed={section: key})
    assert after.oracle == site.oracle
    assert article_pages(after) == article_pages(site)
    pages = -(-len(site.model.members[section]) // 11)
    assert pages > 1, "the test needs a section with a second page"
    moves = {
        f"/{section}": f"/{key}",
        f"/{section}/page/2": f"/{key}/page/2",
        f"/uk/{section}": f"/uk/{key}",
        f"/{section}/archive": f"/{key}/archive",
    }
    for old, new in moves.items():
        status, headers, _ = after.response(old)
        assert (status, dict(headers)["Location"]) == (301, BASE + new), old
        assert after.response(new)[0] == 200, new
    # The same articles, in the same order, under the new path (a card may pick another alias of one).
    articles = {o.url: o.url for o in site.oracle} | {a: o.url for o in site.oracle for a in o.aliases}
    for n in range(1, pages + 1):
        old_page, new_page = (
            (f"/{section}/page/{n}", f"/{key}/page/{n}") if n > 1 else (f"/{section}", f"/{key}")
        )
        cards_before = [
            articles[u] for u in links(site, BASE + old_page, site.response(old_page)[2]) if u in articles
        ]
        cards_after = [
            articles[u] for u in links(after, BASE + new_page, after.response(new_page)[2]) if u in articles
        ]
        assert cards_after == cards_before
    home = links(after, BASE + "/", after.response("/")[2])
    assert BASE + f"/{key}" in home
    assert BASE + f"/{section}" not in home
    assert f"/{key}" in {path_of(u) for u in after.non_article_urls}
    assert f"/{section}" not in {path_of(u) for u in after.non_article_urls}
    assert reachable_articles(after) == {o.url for o in site.oracle}


@pytest.mark.parametrize(
    "changes",
    [
        {"deleted": {3: 500}},
        {"deleted": {ARTICLES + 2: 404}},
        {"moved": {3: "Not A Slug"}},
        {"moved": {3: "page"}},
        {"deleted": {3: 404}, "moved": {3: "elsewhere"}},
        {"renamed": {"no-such-section": "x"}},
        {"renamed": {"politics": "business"}},
        {"renamed": {"politics": "tag"}},
    ],
)
def test_an_impossible_evolution_is_refused(changes: dict[str, object]) -> None:
    with pytest.raises(ValueError, match="cannot"):
        evolved(**changes)


def test_a_moved_article_cannot_take_a_used_path(site: Site) -> None:
    other = site.model.metas[6]
    neighbour = next(
        m.index for m in site.model.metas if m.section == other.section and m.index != other.index
    )
    with pytest.raises(ValueError, match="taken"):
        evolved(moved={neighbour: other.slug})


def test_a_served_replica_evolves_on_rebuild() -> None:
    with Replica.start(articles=ARTICLES) as replica:
        before = replica.site.oracle[4]
        site = replica.rebuild(deleted={5: 410}, moved={4: "moved-here"}, renamed={"politics": "us-politics"})
        assert replica.site is site
        assert site.response(path_of(before.url))[0] == 301
        assert site.response(site.model.metas[5].path)[0] == 410
        assert site.response("/politics")[0] == 301
        assert len(site.oracle) == ARTICLES - 1

"""The seed article: one real The Week Speed Read (2019), from /work/shared/theweek/seed/.

Its title, four paragraphs and promo lines are copied verbatim from reader-text.txt / expected.json;
the replica serves it at a legacy /speedreads/<id>/<slug> URL that 301-redirects to its slug URL."""

from __future__ import annotations

TITLE = (
    "The U.S. and North Korea are holding 'behind-the-scenes talks' for a 3rd Trump-Kim summit, Seoul says"
)

PARAGRAPHS: tuple[str, ...] = (
    'There has been speculation that a recent series of letters between President Trump and North Korean leader Kim Jong Un — Trump called Kim\'s "beautiful" while Kim dubbed Trump\'s "excellent" — might lead to a third summit between the two leaders, after the second summit ended in February with no progress on denuclearization. South Korean President Moon Jae-in said Wednesday that in fact U.S. and North Korean officials are holding "behind-the-scenes talks" to arrange a third summit, in an unspecified time and place. He didn\'t say if the talks were face-to-face or who participated.',
    '"There\'s no reason to regard the current situation as a stalemate in the peace process on the peninsula just because the pace has remained slow," Moon wrote in response to questions from seven news organizations, including The Associated Press. "Complete denuclearization and a permanent peace regime on the peninsula are tasks that cannot be achieved overnight." Trump is traveling to Japan for a G20 summit on Friday, before heading to South Korea to meet with Moon, and "he is reportedly considering a visit to the demilitarized zone that divides the two Korea," CNN reports, citing a South Korean government official.',
    'Earlier Wednesday, North Korea\'s foreign ministry slammed the U.S. for having "viciously slandered" Pyongyang by suggesting its sanctions will "bring us to our knees." The foreign ministry\'s statement criticized Secretary of State Mike Pompeo but not Trump, even referring to the president "as the \'supreme leader\' of the United States," mirroring Kim\'s title in North Korea, CNN notes.',
    'The foreign ministry is trying to distinguish the Kim-Trump "bromance from the relationship between their two countries," Duyeon Kim, an analyst at the Center for a New American Security, suggested to CNN. "It sounds like they\'re sending a warning to Washington, almost as if to manage expectations ahead of a third summit, while making an appeal to Trump to basically put a straitjacket on his staff."',
)

# Related cards printed after the author bio, in page order, duplicates included: (title, kicker, strapline).
CARDS: tuple[tuple[str, str, str], ...] = (
    (
        "Trump’s huge ballroom to replace razed East Wing",
        "Speed Read",
        "The White House’s east wing is being torn down amid ballroom construction",
    ),
    (
        "Trump expands boat strikes to Pacific, killing 5 more",
        "Speed Read",
        "The US military destroyed two more alleged drug smuggling boats in international waters",
    ),
    (
        "Plastic whistles emerge as Chicago’s tool to fight ICE",
        "IN THE SPOTLIGHT",
        "As federal agents continue raiding the city, communities have turned to noisemakers to create a warning system",
    ),
    (
        "Trump’s huge ballroom to replace razed East Wing",
        "Speed Read",
        "The White House’s east wing is being torn down amid ballroom construction",
    ),
    (
        "Trump expands boat strikes to Pacific, killing 5 more",
        "Speed Read",
        "The US military destroyed two more alleged drug smuggling boats in international waters",
    ),
    (
        "Trump demands millions from his administration",
        "Speed Read",
        "The president has requested $230 million in compensation from the Justice Department for previous federal investigations",
    ),
    (
        "Trump nominee in limbo after racist texts leak",
        "Speed Read",
        "Paul Ingrassia lost Republican support following the exposure of past racist text messages",
    ),
    (
        "Trump begins East Wing demolition for ballroom",
        "speed read",
        "The president’s new construction will cost $250 million",
    ),
    (
        "Appeals court clears Trump’s Portland troop deployment",
        "Speed Read",
        "A divided federal appeals court ruled that President Trump can send the National Guard to Portland",
    ),
    (
        "Millions turn out for anti-Trump ‘No Kings’ rallies",
        "Speed Read",
        "An estimated 7 million people participated, 2 million more than at the first ‘No Kings’ protest in June",
    ),
    (
        "DOJ indicts John Bolton over classified files",
        "Speed Read",
        "Continuing the trend of going after his political enemies, Trump prosecutes his former national security adviser",
    ),
)

SUBSCRIBE_HEADING = "The Week"
SUBSCRIBE_COPY = (
    "Escape your echo chamber. Get the facts behind the news, plus analysis from multiple perspectives."
)
NEWSLETTER_HEADING = "Sign up for The Week's Free Newsletters"
NEWSLETTER_COPY = "From our morning news briefing to a weekly Good News Newsletter, get the best of The Week delivered directly to your inbox."
DAILY_EMAIL_COPY = (
    "A free daily email with the biggest news stories of the day – and the best features from TheWeek.com"
)
AUTHOR_BIO = "Peter has worked as a news and culture writer and editor at The Week since the site's launch in 2008. He covers politics, world affairs, religion and cultural currents. His journalism career began as a copy editor at a financial newswire and has included editorial positions at The New York Times Magazine, Facts on File, and Oregon State University."

"""Static catalogue of the replica: sections, authors, tags and the word pools content.py draws from.

People, companies and institutions in generated stories are fictional; only the seed article
(seed_article.py) is real The Week text."""

from __future__ import annotations

from dataclasses import dataclass

from replica.model import (
    CARTOONS,
    EXPLAINER,
    FEATURE,
    IN_DEPTH,
    INSTANT_OPINION,
    PHOTOS,
    PUZZLES,
    RECOMMENDS,
    SPEED_READ,
    Author,
    SectionDef,
)

# --- sections (STRUCTURE.md §2.2: /<section>[/<subsection>], nav "World News" -> /tag/world-news) ---------------

SECTIONS: tuple[SectionDef, ...] = (
    SectionDef("politics", "Politics", None, "bem"),
    SectionDef("world-news", "World News", None, "result"),
    SectionDef("business", "Business", None, "bem"),
    SectionDef("business/economy", "Economy", "business", "result"),
    SectionDef("science", "Science", None, "result"),
    SectionDef("culture-life", "Culture & Life", None, "bem"),
    SectionDef("culture-life/travel", "Travel", "culture-life", "result"),
    SectionDef("cartoons", "Cartoons", None, "bem"),
    SectionDef("puzzles", "Puzzles", None, "result"),
    SectionDef(
        "photos", "Photos", None, "bem"
    ),  # theweek_pictures spider reads .listing__item--hero here (§3.2)
)
SECTION_BY_KEY = {s.key: s for s in SECTIONS}

# Article-type listings (§2.2 "/<articletype>"): they aggregate one page type across sections.
TYPE_LISTINGS: tuple[tuple[str, str, str, str], ...] = (
    # (path key, label, page type, listing markup)
    ("speed-reads", "Speed Reads", SPEED_READ, "result"),
    ("the-explainer", "The Explainer", EXPLAINER, "bem"),
)

# Header menu (§6.4, theweek-2018 excerpt shape); "World News" points at the tag page (§2.1).
NAV: tuple[tuple[str, str], ...] = (
    ("/politics", "Politics"),
    ("/tag/world-news", "World News"),
    ("/business", "Business"),
    ("/business/economy", "Economy"),
    ("/science", "Science"),
    ("/culture-life", "Culture & Life"),
    ("/speed-reads", "Speed Reads"),
    ("/the-explainer", "The Explainer"),
    ("/cartoons", "Cartoons"),
    ("/puzzles", "Puzzles"),
    ("/photos", "Photos"),
    ("/newsletters", "Newsletters"),
)

# Which sections each page type is filed under (§4.4).
TYPE_SECTIONS: dict[str, tuple[str, ...]] = {
    SPEED_READ: ("politics", "world-news", "business", "business/economy", "science"),
    INSTANT_OPINION: ("politics",),
    EXPLAINER: ("politics", "world-news", "business/economy", "science", "culture-life"),
    IN_DEPTH: ("world-news", "culture-life", "science", "business"),
    FEATURE: ("politics", "world-news", "business", "culture-life"),
    CARTOONS: ("cartoons",),
    PUZZLES: ("puzzles",),
    PHOTOS: ("photos",),
    RECOMMENDS: ("culture-life/travel", "culture-life"),
}

# Kicker as rendered in the article (§4.1 .article-type__breadcrumb) and spellings seen on cards (§3.1).
KICKERS: dict[str, tuple[str, ...]] = {
    SPEED_READ: ("Speed Read",),
    INSTANT_OPINION: ("Instant Opinion",),
    EXPLAINER: ("The Explainer",),
    IN_DEPTH: ("In Depth",),
    FEATURE: ("Today's Big Question", "Talking Points", "In the Spotlight"),
    CARTOONS: ("Cartoons",),
    PUZZLES: ("Puzzles",),
    PHOTOS: ("Photos",),
    RECOMMENDS: ("The Week Recommends", "the week recommends"),
}
CARD_KICKER_VARIANTS: dict[str, tuple[str, ...]] = {
    "Speed Read": ("Speed Read", "Speed Read", "speed read"),
    "In Depth": ("In Depth", "IN DEPTH"),
    "In the Spotlight": ("In the Spotlight", "IN THE SPOTLIGHT"),
    "Talking Points": ("Talking Points", "Talking Point"),
    "The Week Recommends": ("The Week Recommends", "the week recommends"),
}
# Kicker -> listing that the kicker links to (else the article's section).
KICKER_LISTING = {"Speed Read": "speed-reads", "The Explainer": "the-explainer", "Cartoons": "cartoons",
                  "Puzzles": "puzzles", "Photos": "photos"}  # fmt: skip

# --- authors (§6.6, §9) ------------------------------------------------------------------------------------------


def _bio(first: str, start: str, rest: str) -> tuple[str, ...]:
    return (f"{first} {start}", rest)


AUTHORS: tuple[Author, ...] = (
    Author(
        "peter-weber", "Peter Weber", "The Week US", "Senior editor, The Week US",
        (
            ("Peter has worked as a news and culture writer and editor at The Week since the site's launch in "
            "2008. He covers politics, world affairs, religion and cultural currents. His journalism career "
            "began as a copy editor at a financial newswire and has included editorial positions at The New "
            "York Times Magazine, Facts on File, and Oregon State University."),
        ),
    ),
    Author("daniel-okafor", "Daniel Okafor", "The Week US", "Staff writer, The Week US", _bio(
        "Daniel", "has worked as a breaking-news writer at The Week since 2021, covering Congress, the courts "
        "and the economy.", "Before joining The Week he reported for regional papers in Ohio and Georgia.")),
    Author("marisol-ortega", "Marisol Ortega", "The Week US", "Staff writer, The Week US", _bio(
        "Marisol", "has worked as a reporter and editor for more than a decade, most recently covering "
        "immigration and Latin America.", "She is based in Phoenix and speaks Spanish and Portuguese.")),
    Author("priya-raman", "Priya Raman", "The Week US", "Science and health writer, The Week US", _bio(
        "Priya", "has worked as a science journalist since 2015, writing about medicine, climate and space.",
        "She holds a master’s degree in science communication.")),
    Author("owen-gallagher", "Owen Gallagher", "The Week US", "Photo editor, The Week US", _bio(
        "Owen", "has worked as a photo editor and picture researcher for newspapers and magazines in New York "
        "and Dublin.", "He curates The Week’s galleries and photo essays.")),
    Author("samuel-whitford", "Samuel Whitford", "The Week US", "Opinion editor, The Week US", _bio(
        "Samuel", "has worked as an opinion editor at The Week since 2019.",
        "He previously edited the commentary pages of a Midwestern daily.")),
    Author("theo-lindqvist", "Theo Lindqvist", "The Week US", "Senior writer, The Week US", _bio(
        "Theo", "has worked as a features writer covering business, technology and the economy.",
        "He grew up in Malmö and has lived in New York since 2012.")),
    Author("clemence-dubois", "Clémence Dubois", "The Week UK", "Foreign news writer, The Week UK", _bio(
        "Clémence", "has worked as a foreign correspondent in Paris, Brussels and Dakar.",
        "She joined The Week UK in 2020 and writes about Europe and Africa.")),
    Author("hannah-bruckner", "Hannah Brückner", "The Week UK", "Features editor, The Week UK", _bio(
        "Hannah", "has worked as a features editor in London for fifteen years.",
        "She writes about culture, society and the occasional long read on science.")),
    Author("niamh-oconnell", "Niamh O'Connell", "The Week UK", "Lifestyle editor, The Week UK", _bio(
        "Niamh", "has worked as a travel and lifestyle journalist for magazines in Dublin and London.",
        "She has reviewed hotels on five continents.")),
    Author("anais-lefevre", "Anaïs Lefèvre", "The Week UK", "Commercial editor, The Week UK", _bio(
        "Anaïs", "has worked as a consumer and shopping writer since 2017.",
        "She tests kitchen gadgets, luggage and anything that promises to make mornings easier.")),
    Author("the-week-staff", "The Week Staff", None, "The Week’s editorial team", (
        "The Week Staff is the collective byline of The Week’s editors in New York and London.",)),
)  # fmt: skip
AUTHOR_BY_KEY = {a.key: a for a in AUTHORS}

# Who writes which page type (first entries are the most frequent).
TYPE_AUTHORS: dict[str, tuple[str, ...]] = {
    SPEED_READ: ("daniel-okafor", "daniel-okafor", "daniel-okafor", "marisol-ortega", "priya-raman"),
    INSTANT_OPINION: ("samuel-whitford", "the-week-staff"),
    EXPLAINER: ("theo-lindqvist", "clemence-dubois", "hannah-bruckner", "daniel-okafor"),
    IN_DEPTH: ("hannah-bruckner", "clemence-dubois", "theo-lindqvist"),
    FEATURE: ("clemence-dubois", "theo-lindqvist", "marisol-ortega", "daniel-okafor"),
    CARTOONS: ("the-week-staff",),
    PUZZLES: ("the-week-staff",),
    PHOTOS: ("owen-gallagher",),
    RECOMMENDS: ("niamh-oconnell", "anais-lefevre"),
}

# --- word pools -------------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Country:
    name: str
    demonym: str
    leader: str
    city: str


COUNTRIES: tuple[Country, ...] = (
    Country("France", "French", "president", "Lyon"),
    Country("Germany", "German", "chancellor", "Düsseldorf"),
    Country("Japan", "Japanese", "prime minister", "Osaka"),
    Country("Brazil", "Brazilian", "president", "São Paulo"),
    Country("Canada", "Canadian", "prime minister", "Québec City"),
    Country("Poland", "Polish", "prime minister", "Kraków"),
    Country("Kenya", "Kenyan", "president", "Nairobi"),
    Country("Spain", "Spanish", "prime minister", "Seville"),
    Country("South Korea", "South Korean", "president", "Busan"),
    Country("Mexico", "Mexican", "president", "Guadalajara"),
    Country("Australia", "Australian", "prime minister", "Melbourne"),
    Country("Chile", "Chilean", "president", "Valparaíso"),
    Country("Norway", "Norwegian", "prime minister", "Tromsø"),
    Country("Switzerland", "Swiss", "president", "Zürich"),
    Country("Colombia", "Colombian", "president", "Bogotá"),
    Country("Sweden", "Swedish", "prime minister", "Malmö"),
    Country("Iceland", "Icelandic", "prime minister", "Reykjavík"),
    Country("Türkiye", "Turkish", "president", "İzmir"),
)
US_CITIES = ("Chicago", "Denver", "Atlanta", "Phoenix", "Milwaukee", "Portland", "Houston", "Detroit",
             "Pittsburgh", "Albuquerque", "Sacramento", "Charlotte")  # fmt: skip
STATES = (("Texas", "TX"), ("Ohio", "OH"), ("Georgia", "GA"), ("Arizona", "AZ"), ("Michigan", "MI"),
          ("Oregon", "OR"), ("Florida", "FL"), ("Wisconsin", "WI"), ("Nevada", "NV"), ("Maine", "ME"))  # fmt: skip
FIRST_NAMES = ("Ruth", "Marcus", "Alana", "Tomás", "Elena", "Jonas", "Amara", "Felipe", "Lena", "Grace", "Viktor",
               "Hugo", "Noor", "Sofía", "Callum", "Ingrid", "Rafael", "Chloé", "Desmond", "Yuki", "Maren", "Idris",
               "Beatriz", "Oskar", "Leah", "Mateo", "Saoirse", "Anders", "Zoë", "Kwame")  # fmt: skip
LAST_NAMES = ("Calloway", "Hale", "Pierce", "Alvarado", "Marsh", "Albrecht", "Nwosu", "Ortiz", "Sørensen", "Whitlock",
              "Brennan", "Kowalski", "Haddad", "Lindgren", "Fairbanks", "Moreau", "Castellanos", "Okonjo", "Thorne",
              "Becker", "Dunmore", "Iversen", "Quintero", "Ashby", "Müller", "Navarro", "Kerrigan", "Åkesson")  # fmt: skip
INSTITUTIONS = ("Halden University", "the University of Westmarch", "Carrow College", "the Meridian Policy Institute",
                "the Harland Center for Public Affairs", "the Northgate Research Council", "Bayview Analytics",
                "the Institute for Fiscal Clarity")  # fmt: skip
EXPERT_ROLES = ("an economist", "a political scientist", "a senior fellow", "a historian", "a policy analyst",
                "a professor of public health", "a former Treasury official", "a research director")  # fmt: skip
POLLSTERS = ("Crestview Polling", "the Lindgren Survey Group", "Bayview Analytics", "the Fairbanks Poll")
THINK_TANKS = (
    "the Meridian Policy Institute",
    "the Harland Center for Public Affairs",
    "the Northgate Research Council",
)
OUTLETS = ("The Associated Press", "Reuters", "Bloomberg", "The Washington Post", "The New York Times", "Politico",
           "the BBC", "The Wall Street Journal", "CNN", "NPR")  # fmt: skip
PUBLICATIONS = (("The Atlantic", "theatlantic.com"), ("The Guardian", "theguardian.com"),
                ("The Washington Post", "washingtonpost.com"), ("The New York Times", "nytimes.com"),
                ("Financial Times", "ft.com"), ("The Spectator", "spectator.co.uk"), ("Bloomberg", "bloomberg.com"),
                ("National Review", "nationalreview.com"), ("Slate", "slate.com"), ("The Times", "thetimes.co.uk"),
                ("Le Monde", "lemonde.fr"), ("Die Zeit", "zeit.de"), ("The Economist", "economist.com"))  # fmt: skip
COMPANIES = ("Northwind Energy", "Halcyon Motors", "Brightwater Foods", "Veridian Labs", "Meridian Air",
             "Crestline Bank", "Solace Pharmaceuticals", "Kestrel Systems", "Bellamy & Rhodes", "Aurelia Media",
             "Tessellate AI", "Lumen Freight")  # fmt: skip
GROUPS = ("voters", "young adults", "small business owners", "parents", "retirees", "renters", "farmers",
          "first-time buyers", "nurses", "commuters")  # fmt: skip
MEASURES = ("tax incentives", "zoning reform", "a pilot program", "new subsidies", "stricter rules", "a price cap",
            "a public-private partnership", "a four-year investment plan")  # fmt: skip
EVENTS = ("a landmark report warned of the costs", "a court ruling upended the status quo",
          "lawmakers passed a sweeping overhaul", "a string of high-profile failures made headlines",
          "the pandemic exposed deep weaknesses", "a budget crisis forced hard choices")  # fmt: skip
EVENTS_OLD = ("an oil shock sent prices soaring", "a wave of strikes paralyzed industry",
              "a housing crash wiped out savings")  # fmt: skip
JOBS = (
    "nurse",
    "teacher",
    "delivery driver",
    "bakery owner",
    "retired machinist",
    "graduate student",
    "café owner",
)
QUOTES = (
    "This is not a problem you can solve with a single law.",
    "People are exhausted, and they want to see results.",
    "The data is unambiguous, even if the politics are not.",
    "We are asking families to absorb costs they simply cannot carry.",
    "Nobody planned for this, and that is the real failure.",
    "There’s a lot of noise, but the underlying trend is clear.",
    "It’s a marathon, not a sprint — and we’re barely out of the gate.",
    "Every year we wait, the bill gets bigger.",
    "We have the tools; what we lack is the will to use them.",
    "The easy part is over. Now comes the hard part.",
)
ADJ_QUOTES = (
    "unsustainable",
    "a slow-motion emergency",
    "entirely predictable",
    "worse than the headline numbers suggest",
)
GOODS = ("steel and aluminum", "electric vehicles", "semiconductors", "lumber", "wine and cheese", "solar panels",
         "pharmaceuticals", "farm machinery")  # fmt: skip
DISEASES = (
    "Alzheimer’s disease",
    "type 2 diabetes",
    "RSV",
    "chronic migraine",
    "Crohn’s disease",
    "psoriasis",
)
DRUGS = (
    "a once-weekly pill",
    "an injectable treatment",
    "a nasal spray",
    "a gene therapy",
    "a monthly infusion",
)
AGENCIES = ("the FDA", "the EPA", "the Federal Reserve", "the Justice Department", "the Labor Department")
POLICIES = ("voter ID", "redistricting", "minimum wage", "rent control", "school voucher", "data privacy")
STORMS = ("Delphine", "Ansel", "Marisol", "Thaddeus", "Imogen", "Corwin", "Beatriz", "Lionel")
FILMS = (
    "The Glass Orchard",
    "Midnight in Malmö",
    "Ferrous",
    "A Quiet Republic",
    "Saltwater Kings",
    "The Long Noon",
)
PARTIES = ("center-right", "center-left", "populist", "green", "liberal")
SEASONS = ("spring", "summer", "autumn", "winter")


@dataclass(frozen=True, slots=True)
class Topic:
    """A feature/explainer topic: long phrase, short phrase, tags, sections."""

    phrase: str
    short: str
    tags: tuple[str, ...]
    keyword: str


TOPICS: tuple[Topic, ...] = (
    Topic("the global housing crunch", "the housing crunch", ("Housing", "Economy"), "housing"),
    Topic("the four-day work week", "the four-day week", ("Work", "Economy"), "four-day-week"),
    Topic("America’s teacher shortage", "the teacher shortage", ("Education",), "teachers"),
    Topic("the race for lithium", "the lithium race", ("Energy", "Trade"), "lithium"),
    Topic("Europe’s defense spending surge", "the defense surge", ("Europe", "Defense"), "defense"),
    Topic("the AI copyright fight", "the copyright fight", ("Artificial intelligence", "Technology"), "ai"),
    Topic("the collapse of local news", "the local news crisis", ("Media",), "local-news"),
    Topic("rising seas in the Pacific", "sea-level rise", ("Climate change",), "sea-levels"),
    Topic("the ultra-processed food backlash", "ultra-processed food", ("Health", "Food and drink"), "food"),
    Topic("the money in college sports", "college sports money", ("Sport",), "college-sports"),
    Topic("the return of nuclear power", "nuclear power", ("Energy", "Climate change"), "nuclear"),
    Topic("the student debt standoff", "student debt", ("Education", "Economy"), "student-debt"),
    Topic("the global birth-rate slump", "falling birth rates", ("Society",), "birth-rates"),
    Topic("the fight over daylight saving time", "daylight saving time", ("Society",), "clocks"),
    Topic("the loneliness epidemic", "loneliness", ("Health", "Society"), "loneliness"),
    Topic("the café culture wars", "café culture", ("Food and drink", "Society"), "cafes"),
    Topic("the drone arms race", "military drones", ("Defense", "Technology"), "drones"),
    Topic("the battle over water rights", "water rights", ("Climate change", "Politics"), "water"),
)

# --- news frames for Speed Reads (title, strapline, facts, quotes, next steps) -------------------------------------


@dataclass(frozen=True, slots=True)
class Frame:
    key: str
    sections: tuple[str, ...]
    tags: tuple[str, ...]
    titles: tuple[str, ...]
    straps: tuple[str, ...]
    facts: tuple[str, ...]
    said: tuple[str, ...]
    next: tuple[str, ...]


FRAMES: tuple[Frame, ...] = (
    Frame(
        "tariffs",
        ("business/economy", "politics", "business"),
        ("Trade", "Economy"),
        (
            "{country} hits back after US widens tariffs on {goods}",
            "White House expands tariffs on {goods}, rattling {demonym} exporters",
            "{country} and US reach truce in {goods} tariff fight",
        ),
        (
            "The new levies of up to {pct_big}% take effect on {weekday}",
            "Economists warn the dispute could push up prices for American consumers",
            "The deal ends a {small}-month standoff that had unsettled markets",
        ),
        (
            (
                "The administration said {weekday} it would raise tariffs on {goods} from {country} to as much as {pct_big}%, "
                "escalating a dispute that has simmered since the spring."
            ),
            (
                "{country}’s trade ministry responded within hours, announcing counter-levies on about ${billion} billion "
                "worth of American farm goods and machinery."
            ),
            (
                "Imports of {goods} from {country} totaled roughly ${billion} billion last year, according to Commerce "
                "Department figures."
            ),
            (
                "Shares of exporters in {city} fell sharply on the news, and the {demonym} currency slid to its weakest "
                "level in {small} months."
            ),
            (
                "The measures are scheduled to take effect at 12:01 a.m. on {weekday}, though officials left the door open "
                "to exemptions."
            ),
            (
                "Business groups on both sides had lobbied for a delay, arguing the tariffs would disrupt supply chains "
                "that took decades to build."
            ),
        ),
        (
            "“We will not be bullied into accepting unfair terms,” the {demonym} {leader}’s office said in a statement.",
            "“Tariffs are a tax on American families, full stop,” {official} said on social media.",
            (
                "{expert}, told {outlet} that the move was “a self-inflicted wound that will show up in grocery bills by "
                "the holidays.”"
            ),
            "A White House spokesperson called the tariffs “a long-overdue correction” to a lopsided relationship.",
        ),
        (
            (
                "Negotiators are expected to meet in Geneva later this month, though neither side has signaled a "
                "willingness to back down."
            ),
            "The {demonym} government said it would file a complaint with the World Trade Organization.",
            "Retailers warned that price increases could reach store shelves within {small} weeks.",
        ),
    ),
    Frame(
        "court",
        ("politics",),
        ("Supreme Court", "Law"),
        (
            "Appeals court blocks {state}’s {policy} law",
            "Judge strikes down {state} {policy} rules in blow to governor",
            "Supreme Court agrees to hear {state} {policy} case",
        ),
        (
            "A divided three-judge panel ruled the law likely violates the Constitution",
            "The decision is the latest setback for the state’s Republican leadership",
            "The justices will hear arguments in the spring, with a ruling expected by June",
        ),
        (
            (
                "A federal appeals court on {weekday} blocked {state} from enforcing its new {policy} law, ruling {small}-1 "
                "that challengers were likely to succeed on the merits."
            ),
            (
                "The law, passed in {year_recent}, would have overhauled the state’s {policy} rules ahead of next year’s "
                "elections."
            ),
            "Civil rights groups sued within days of its signing, arguing it would disproportionately affect {group}.",
            (
                "Writing for the majority, Judge {person} said the state had offered “no persuasive justification” for "
                "the changes."
            ),
            (
                "In a dissent, Judge {person2} argued the court had “substituted its policy preferences for those of the "
                "legislature.”"
            ),
            "It was the {ordinal} time this year that a federal court has intervened in a fight over {policy} rules.",
        ),
        (
            "“Today’s ruling is a victory for every resident of {state},” {official} said.",
            "{state}’s attorney general said the state would “immediately seek review” by the full court.",
            "{expert}, told {outlet} the case “could end up defining the limits of state power for a generation.”",
            "“The court got this exactly right,” said a lawyer for the plaintiffs.",
        ),
        (
            "The state is expected to ask the Supreme Court to intervene before the end of the month.",
            "Lawmakers in {state} said they would consider a narrower version of the law in the next session.",
            "A hearing on the merits is scheduled for early next year.",
        ),
    ),
    Frame(
        "budget",
        ("politics",),
        ("Congress", "Economy"),
        (
            "Senate passes stopgap bill as shutdown deadline looms",
            "House rejects spending plan, raising odds of a shutdown",
            "Congress strikes deal to fund the government through {month}",
        ),
        (
            "The measure would keep agencies open for another {small} weeks",
            "Dozens of members broke with party leaders on the vote",
            "The agreement averts a shutdown but leaves the hardest fights for later",
        ),
        (
            (
                "The Senate voted {votes} on {weekday} to approve a short-term spending bill that would keep the federal "
                "government funded through {month}."
            ),
            "The bill now heads to the House, where its prospects are uncertain.",
            "The measure includes ${billion} billion in disaster aid but leaves out several priorities of both parties.",
            (
                "Without a deal, hundreds of thousands of federal workers would be furloughed, and national parks and "
                "some offices would close."
            ),
            "The last shutdown, in {year}, lasted {small} weeks and cost the economy an estimated ${billion} billion.",
            "Party leaders huddled late into the night to find the votes, according to {outlet}.",
        ),
        (
            "“Nobody wins in a shutdown,” {official} said on the Senate floor.",
            "“This is a bad bill, and I won’t pretend otherwise,” {official2} told reporters.",
            "{expert}, said the repeated brinkmanship was “corroding public trust in Congress.”",
            "The White House said the president would sign the bill if it reached his desk.",
        ),
        (
            "The House is expected to vote as soon as {weekday}.",
            "Lawmakers will have to revisit the issue before the new deadline in {month}.",
            "Appropriators said talks on a full-year budget would resume after the recess.",
        ),
    ),
    Frame(
        "storm",
        ("world-news", "science"),
        ("Climate change", "Weather"),
        (
            "Storm {storm} makes landfall near {city}, forcing mass evacuations",
            "Floods kill {small} in {country} as record rain swamps {city}",
            "Heat wave grips {country}, with temperatures topping {temp}°C",
        ),
        (
            "Forecasters warned of life-threatening storm surges along the coast",
            "Rescue teams are searching for dozens of people still missing",
            "Officials urged residents to stay indoors during the hottest hours",
        ),
        (
            (
                "Storm {storm} came ashore near {city} early {weekday} with sustained winds of about {wind} mph, according "
                "to the national weather service."
            ),
            (
                "More than {number},000 people were ordered to leave low-lying areas, and schools across the region "
                "were closed."
            ),
            "Power was knocked out to roughly {number},000 homes and businesses, the utility said.",
            "Emergency crews used boats to reach residents stranded on rooftops in the suburbs of {city}.",
            "Scientists say warmer ocean temperatures are making such storms wetter and more intense.",
            "The {demonym} government declared a state of emergency in {small} provinces.",
        ),
        (
            "“We have never seen water rise this fast,” a resident of {city} told {outlet}.",
            "The {demonym} {leader} called the storm “a national tragedy” and promised swift aid.",
            "{expert}, said the storm was “exactly what the climate models have been warning about.”",
            "“Please, if you are told to leave, leave,” the mayor of {city} said at a briefing.",
        ),
        (
            "Forecasters expect the storm to weaken as it moves inland over the weekend.",
            "Officials said it could take weeks to restore power to the hardest-hit areas.",
            "Insurers are bracing for claims that could run into the billions.",
        ),
    ),
    Frame(
        "election",
        ("world-news",),
        ("Elections", "Europe"),
        (
            "{party_cap} opposition wins {country} election in a landslide",
            "{country} votes in tight election seen as referendum on {leader}",
            "{country}’s {leader} concedes defeat after {small} years in power",
        ),
        (
            "The result marks a sharp turn for one of the region’s most stable democracies",
            "Turnout was the highest in more than two decades",
            "Coalition talks could take weeks",
        ),
        (
            (
                "{country}’s {party} opposition won {seats} of {seats_total} seats in {weekday}’s election, according to "
                "preliminary results, enough to govern without a coalition partner."
            ),
            "Turnout was about {pct_turnout}%, the highest since {year}.",
            "The campaign was dominated by the cost of living, immigration and {short}.",
            (
                "The outgoing {leader} conceded shortly after midnight, telling supporters in {city} that “the voters "
                "have spoken.”"
            ),
            (
                "Observers from the Organization for Security and Co-operation in Europe said the vote was “competitive "
                "and well run.”"
            ),
            "Markets rallied on the result, with {country}’s main stock index rising {pct}% in early trading.",
        ),
        (
            "“Tonight, {country} chose change,” the opposition leader, {person}, told a cheering crowd.",
            "{expert}, said the result reflected “a deep frustration with politics as usual.”",
            "European leaders were quick to offer their congratulations.",
            "“We will be a constructive opposition,” a spokesperson for the outgoing government said.",
        ),
        (
            "Parliament is expected to convene within {small} weeks to confirm the new government.",
            "The incoming government has promised an emergency budget before the end of the year.",
            "Coalition negotiations could stretch into next month.",
        ),
    ),
    Frame(
        "space",
        ("science",),
        ("Space", "Science"),
        (
            "Astronomers spot water vapor around a planet {number} light-years away",
            "NASA probe sends back first close-up images of asteroid {asteroid}",
            "Scientists detect mysterious radio bursts from a nearby galaxy",
        ),
        (
            "The discovery could reshape the search for habitable worlds",
            "The spacecraft flew within {small},000 miles of the surface",
            "Researchers say the signal repeats every {small} days",
        ),
        (
            (
                "Astronomers using the James Webb Space Telescope said {weekday} they had detected signs of water vapor in "
                "the atmosphere of a planet orbiting a small red star."
            ),
            "The planet, roughly {small} times the size of Earth, circles its star every {small} days.",
            "The findings were published in the journal Nature Astronomy.",
            "The team, led by researchers at {institution}, observed the planet during {small} transits.",
            (
                "Such detections are notoriously difficult because starlight can mimic the chemical signatures of "
                "planetary atmospheres."
            ),
            "The result adds to a growing list of small planets with atmospheres that may hold water.",
        ),
        (
            "“This is the clearest signal we’ve ever had for a world this small,” said {expert}.",
            "“We have to be careful — extraordinary claims need extraordinary evidence,” cautioned {expert2}.",
            "The lead author told {outlet} the team had spent “months trying to prove ourselves wrong.”",
            "NASA officials called the result “a milestone for the mission.”",
        ),
        (
            "Follow-up observations are scheduled for next year.",
            "The team plans to look for carbon dioxide and methane, which could hint at geological activity.",
            "Other telescopes will attempt to confirm the detection independently.",
        ),
    ),
    Frame(
        "merger",
        ("business",),
        ("Business", "Technology"),
        (
            "{company} agrees to buy {company2} in ${billion} billion deal",
            "{company} shares soar on takeover bid from {company2}",
            "Regulators move to block {company}’s takeover of {company2}",
        ),
        (
            "The deal would create one of the largest companies in its industry",
            "Analysts expect close scrutiny from antitrust regulators",
            "The companies said they would fight the decision in court",
        ),
        (
            (
                "{company} said {weekday} it had agreed to acquire {company2} for about ${billion} billion in cash and "
                "stock."
            ),
            "The offer values {company2} at ${price} a share, a premium of roughly {pct_big}% over its closing price.",
            "The combined company would employ about {number},000 people and be based in {uscity}.",
            "The boards of both companies have approved the deal, which is expected to close next year.",
            "{company2}’s shares jumped {pct_big}% in premarket trading.",
            "The deal is the largest in the sector since {year}, according to data compiled by {outlet}.",
        ),
        (
            "“This is a transformational moment for both companies,” {company}’s chief executive said in a statement.",
            "{expert}, said regulators were likely to “look very hard” at the deal.",
            "Consumer groups warned the merger could lead to higher prices.",
            "“We are confident the transaction will be approved,” a {company2} spokesperson said.",
        ),
        (
            "The deal requires approval from shareholders and regulators in the US and Europe.",
            "The companies expect to close the transaction in the second half of next year.",
            "{company} said it would hold an investor call on {weekday}.",
        ),
    ),
    Frame(
        "economy",
        ("business/economy", "business"),
        ("Economy", "Inflation"),
        (
            "US inflation cools to {pct}% in {month}, easing pressure on the Fed",
            "Employers added {jobs},000 jobs in {month}, beating forecasts",
            "Consumer confidence slumps to lowest level since {year}",
        ),
        (
            "Economists say the figures strengthen the case for a rate cut",
            "The unemployment rate held steady at {pct_unemp}%",
            "Shoppers are increasingly worried about prices and jobs",
        ),
        (
            (
                "Consumer prices rose {pct}% in {month} from a year earlier, the Labor Department said {weekday}, down "
                "from {pct2}% the month before."
            ),
            "So-called core inflation, which excludes volatile food and energy prices, rose {pct2}%.",
            "Gasoline prices fell for the {ordinal} straight month, while rents continued to climb.",
            "The figures were slightly better than economists surveyed by {outlet} had expected.",
            "Wage growth has outpaced inflation for most of the past year, giving households some relief.",
            "The Federal Reserve has held its benchmark rate steady since {month2}.",
        ),
        (
            "“This is the report the Fed was hoping for,” said {expert}.",
            "“Families are still feeling squeezed, whatever the headline number says,” {official} said.",
            "The White House called the figures “more evidence that the economy is on the right track.”",
            "{expert2}, warned that “one good month does not make a trend.”",
        ),
        (
            "The Fed’s next policy meeting is scheduled for {month}.",
            "Investors will be watching next week’s retail sales figures for further clues.",
            "Economists expect inflation to continue easing into next year.",
        ),
    ),
    Frame(
        "health",
        ("science",),
        ("Health", "Science"),
        (
            "FDA approves first {drug} for {disease}",
            "New study links ultra-processed food to higher risk of {disease}",
            "{disease_cap} cases rise sharply across {small} states",
        ),
        (
            "The treatment could be available to patients within months",
            "Researchers followed more than {number},000 adults for a decade",
            "Health officials urged people to get vaccinated",
        ),
        (
            (
                "The Food and Drug Administration on {weekday} approved {drug} for adults with {disease}, the first "
                "treatment of its kind."
            ),
            (
                "In clinical trials, patients who took the drug saw their symptoms improve by about {pct_big}% compared "
                "with a placebo."
            ),
            "The drug, developed by {company}, is expected to cost about ${price_k},000 a year before insurance.",
            "The most common side effects were headaches and nausea, according to the company.",
            "{disease_cap} affects an estimated {number} million Americans.",
            "The approval follows a {small}-year review and a unanimous vote by an advisory panel.",
        ),
        (
            "“This is a genuinely new option for patients who have run out of options,” said {expert}.",
            "Patient advocates welcomed the decision but raised concerns about the price.",
            "{expert2}, told {outlet} that longer-term data would be needed.",
            "The company said it was “proud to bring this therapy to patients.”",
        ),
        (
            "The company said it would begin shipping the drug next month.",
            "Regulators in Europe are expected to rule on the drug next year.",
            "Insurers have not yet said whether they will cover the treatment.",
        ),
    ),
    Frame(
        "ai",
        ("business", "science"),
        ("Artificial intelligence", "Technology"),
        (
            "{company} unveils AI model it says can {ai_task}",
            "{country} passes sweeping rules for artificial intelligence",
            "AI start-up {company} valued at ${billion} billion after funding round",
        ),
        (
            "The company claims the system outperforms its rivals on key tests",
            "The law will require companies to disclose how their systems are trained",
            "Investors are betting on continued demand for AI tools",
        ),
        (
            "{company} on {weekday} released a new artificial intelligence model that it says can {ai_task}.",
            "The company said the system had been trained on “a mix of licensed and publicly available data.”",
            "Critics noted that the company had not released details about the model’s energy use.",
            "The announcement sent shares of chipmakers higher in afternoon trading.",
            (
                "The company said the model would be available to business customers first, with a consumer version to "
                "follow."
            ),
            "Regulators in {country} have opened an inquiry into how such systems handle personal data.",
        ),
        (
            "“We think this is a step change,” {company}’s chief technology officer told {outlet}.",
            "{expert}, said the claims were “impressive, if true, but hard to verify.”",
            "Artists and authors renewed calls for stricter rules on the use of copyrighted work.",
            "“The hype cycle is running ahead of the evidence,” said {expert2}.",
        ),
        (
            "Independent researchers are expected to publish evaluations in the coming weeks.",
            "Lawmakers in Washington have scheduled a hearing on AI safety for next month.",
            "The company said it would release a technical report by the end of the year.",
        ),
    ),
    Frame(
        "strike",
        ("business", "politics"),
        ("Work", "Economy"),
        (
            "Dockworkers walk off the job at {small} ports in {country}",
            "Nurses in {uscity} strike over staffing and pay",
            "Auto workers approve contract ending {small}-week strike",
        ),
        (
            "The union says talks broke down over automation",
            "Hospitals have brought in replacement staff",
            "The deal includes a {pct_big}% raise over four years",
        ),
        (
            "Thousands of workers walked off the job early {weekday} after contract talks collapsed.",
            "The union said its members had been without a contract since {month2}.",
            "Management said it had offered a {pct}% raise in the first year, which the union called “an insult.”",
            "Economists warned that a prolonged strike could ripple through supply chains.",
            "It is the largest strike in the sector since {year}, according to {outlet}.",
            "Picket lines formed outside facilities in {city} and {uscity}.",
        ),
        (
            "“We are not asking for the moon — we are asking for fairness,” a union leader told reporters.",
            "The company said it was “disappointed” and remained ready to negotiate.",
            "{official} urged both sides to “get back to the table.”",
            "{expert}, said the dispute reflected “a broader reckoning over who benefits from automation.”",
        ),
        (
            "Federal mediators have scheduled talks for {weekday}.",
            "The union said the strike would continue until a deal is reached.",
            "Members will vote on the tentative agreement next week.",
        ),
    ),
)

# --- feature / explainer pools ----------------------------------------------------------------------------------------

ANALYSIS: tuple[str, ...] = (
    "The debate over {short} has intensified since {year}, when {event}.",
    "According to a survey by {pollster}, {pct_big}% of {group} now describe {short} as a “major problem.”",
    "“{quote}” That was the verdict of {expert}, speaking to {outlet}.",
    (
        "Critics argue the official response has been “too little, too late,” while supporters insist the policies "
        "simply need more time."
    ),
    "In {city}, officials have experimented with {measure}, with mixed results.",
    (
        "It is not the first time {country} has grappled with the issue — a similar push in {year} collapsed amid "
        "opposition from {group}."
    ),
    "The costs are hard to pin down, but one estimate puts them at ${billion} billion a year.",
    "For {group}, the consequences are already visible: higher bills, longer waits and fewer options.",
    "{expert_cap}, called the situation “{adj_quote},” warning that “the window for easy fixes has closed.”",
    "Supporters point to {country}, where {measure} has been credited with a {pct_big}% improvement since {year}.",
    "Skeptics counter that such comparisons ignore important differences in scale, culture and politics.",
    "Much depends on whether lawmakers can agree on a plan before the next election.",
    "There is also a generational divide: younger {group} are far more likely to see {short} as urgent.",
    "{think_tank_cap} has warned that the problem could worsen without “sustained and coordinated action.”",
    (
        "Behind the statistics are real people — like a {age}-year-old {job} in {uscity} who told {outlet} she had "
        "“run out of options.”"
    ),
    "Not everyone agrees on the diagnosis, let alone the cure.",
    "Some economists argue that {measure} would do more harm than good, pushing costs onto {group}.",
    "Others say the bigger risk is doing nothing at all.",
    "Data from {pollster} suggests the trend began well before {year}, though it has accelerated sharply since.",
    "The issue has scrambled the usual political battle lines, uniting unlikely allies on both left and right.",
    "In Europe, the picture is more mixed: {country} has moved quickly, while its neighbors have hesitated.",
    "A recent report from {think_tank} concluded that {short} is “neither as new nor as simple as it looks.”",
    "That has left {group} in a bind — caught between rising costs and stagnant support.",
    (
        "The politics are tricky, too, because the benefits of action are slow to appear while the costs are "
        "immediate."
    ),
    "“We’ve been here before,” said {expert}. “The difference now is the speed.”",
    "Industry groups, for their part, say they are being unfairly blamed for problems decades in the making.",
    "One proposal gaining traction would combine {measure} with stricter oversight.",
    "Whether that is enough remains an open question.",
    "Even the optimists concede that progress will be measured in years, not months.",
    "The stakes are high: by some estimates, as many as {small} million people could be affected by {year_future}.",
    "Meanwhile, public patience is wearing thin, with protests in {city} and elsewhere drawing thousands.",
    (
        "Lawmakers in {state} have introduced a bill that would address {short} directly, though its chances are "
        "uncertain."
    ),
    "The courts may ultimately have the final word, as several legal challenges make their way through the system.",
    "For now, the consensus is that {short} is a problem without a single villain — or a single solution.",
    (
        "There are signs of change, however: café owners in {city} and factory managers in {uscity} alike report a "
        "shift in attitudes."
    ),
    "Historians note that similar anxieties surfaced in the 1970s, when {event_old}.",
    "The naïve view that markets will sort it out on their own has few defenders left.",
    "As one official put it, “Nobody gets elected by promising to fix this slowly.”",
    "{cap} is also a story about trust — in institutions, in data and in one another.",
    "What happens next will depend as much on politics as on policy.",
    "Between {year}–{year_recent}, spending on the problem roughly doubled, yet outcomes barely moved.",
    "{expert_cap}, described the latest figures as “a wake-up call that nobody seems to have heard.”",
    "The {demonym} approach — slower, more consensual and more expensive — is often held up as a model.",
    "Local leaders complain that they are left to pick up the pieces when national plans fall short.",
    "A handful of cities, including {uscity}, have tried going it alone.",
)
EXPLAINER_HEADS = ("What is {short}?", "How did we get here?", "Why does it matter?", "Who is affected?",
                   "What are the arguments for and against?", "What do the critics say?", "How does {country} compare?",
                   "Is there a solution?", "What happens next?")  # fmt: skip
DEPTH_HEADS = ("A slow build", "The turning point", "Winners and losers", "The view from {city}", "Money talks",
               "The human cost", "A global story", "What comes next")  # fmt: skip
FEATURE_HEADS = ("What the commentators said", "Why it matters", "The other side", "What next?")
LIST_ITEMS = (
    "{measure_cap}: backers say it could cut costs by up to {pct_big}%.",
    "Stricter oversight: regulators would gain new powers to audit the biggest players.",
    "Targeted support: help aimed at {group}, who bear the brunt of the problem.",
    "Better data: a national registry to track {short} in close to real time.",
    "International cooperation: closer coordination with {country} and other allies.",
    "Local pilots: trial schemes in cities such as {city} and {uscity}.",
    "Public awareness: a campaign modeled on the anti-smoking drives of the 1990s.",
)
EXPLAINER_TITLES = ("What is {short} and why does it matter?", "{cap_short}: the pros and cons",
                    "Why {phrase} is back in the news", "What {phrase} means for {country}",
                    "{cap_short}: what you need to know")  # fmt: skip
DEPTH_TITLES = ("Inside {phrase}", "The long road to {short}", "How {phrase} changed {country}",
                "{cap_short} and the politics of blame")  # fmt: skip
FEATURE_TITLES: dict[str, tuple[str, ...]] = {
    "Today's Big Question": (
        "Is {phrase} here to stay?",
        "Can {country} solve {short}?",
        "Is {short} overhyped?",
    ),
    "Talking Points": (
        "{cap_short}: a crisis nobody wants to own",
        "{cap_short}: why the critics may be right",
    ),
    "In the Spotlight": ("How {city} is tackling {short}", "The {demonym} town at the center of {phrase}"),
}
FEATURE_STRAPS = ("The answer may depend on who you ask — and where they live",
                  "Supporters and critics of {short} are digging in", "A closer look at the numbers behind {phrase}",
                  "Why the debate over {short} is heating up now", "{cap_short} has {group} worried, and for good reason",
                  "What {country} can teach the US about {short}")  # fmt: skip

OPINION_HEADLINES = ("‘{cap} is a test the West is failing’", "‘Nobody wants to say it, but {short} is working’",
                     "‘The quiet collapse of {short}’", "‘{cap} needs grown-ups, not slogans’",
                     "‘Why I changed my mind about {short}’", "‘Stop pretending {short} will fix itself’",
                     "‘{cap}: the bill is coming due’", "‘We were warned about {short}’",
                     "‘{cap} is not the crisis you think it is’", "‘The case for patience on {short}’")  # fmt: skip
OPINION_SENTENCES = (
    (
        "{cap} has become a kind of political Rorschach test, says {col_last}: everyone sees in it what they already "
        "believe."
    ),
    "The numbers tell a grim story — {pct_big}% of {group} now say they are worse off than a year ago.",
    "Politicians love to promise quick fixes, but {short} took decades to build and will take years to unwind.",
    "What’s missing from the debate is any serious accounting of the costs.",
    "If leaders in {country} can make progress, there is no excuse for Washington’s paralysis.",
    "It would be a mistake to dismiss the critics out of hand; some of their warnings have already come true.",
    "The real scandal isn’t what was done, but how little anyone seems to have learned from it.",
    "Voters are not fools, and they can tell the difference between a plan and a press release.",
    "For now, the smart money is on more of the same — and that should worry everyone.",
    "Call it what you like, but it is hard to see how {short} ends well without a change of course.",
    "{col_last} argues that the loudest voices in the debate have the least to lose.",
    "There is a better way, and it starts with admitting what hasn’t worked.",
    "The irony is that the solutions are hardly a secret.",
    "Those who sounded the alarm in {year} deserve an apology, not a shrug.",
    "It is time to stop treating {short} as somebody else’s problem.",
)

CARTOON_JOKES = ("Shutdown showdown", "Tariff time", "Rate expectations", "Courting trouble", "Heat check",
                 "Vote of no confidence", "Algorithm and blues", "Strike a pose", "Weather or not", "Cabinet reshuffle",
                 "Debt-defying acts", "Polls apart")  # fmt: skip
CARTOON_ADJS = ("provocatively pitched", "sharp", "witty", "biting", "cheeky", "scathing")
CARTOONISTS = (("Rosa Delgado", "Cagle Cartoons"), ("Ken Ashworth", "Creators Syndicate"),
               ("Ilse Marwick", "Andrews McMeel Syndication"), ("Tom Brennan", "Cagle Cartoons"),
               ("Aiyana Locke", "Creators Syndicate"), ("Pedro Saavedra", "Cagle Cartoons"))  # fmt: skip
PHOTO_AGENCIES = ("AFP", "Getty Images", "Reuters", "AP", "EPA", "Anadolu")
PHOTO_SCENES = ("Crowds gather for the lantern festival", "Firefighters battle a blaze on the hillside",
                "A surfer rides a towering wave", "Runners cross the finish line", "A rainbow arcs over the harbor",
                "Protesters march through the old town", "Children play in a public fountain",
                "Fishermen haul in their nets at dawn", "A heron stalks the shallows", "Fans celebrate in the square",
                "Snow blankets the mountain pass", "Lanterns drift across the river")  # fmt: skip
PHOTO_TITLES = ("The week’s best photos: {scene_lower}", "{n} striking images from {city} and beyond",
                "Photos of the week: from {city} to {city2}")  # fmt: skip
HERO_CREDITS = ("Getty Images", "AFP via Getty Images", "Illustrated | iStock", "Illustrated / Getty Images",
                "Lena Hart / AFP via Getty Images", "Marco Bellini / Getty Images", "Bloomberg / Getty Images",
                "Anadolu / Getty Images")  # fmt: skip
HOTELS = ("Hotel Alpenrose", "Casa Olmo", "The Larchmont", "Villa Serena", "Maison Fleurie", "Gasthof Müller",
          "The Copper Kettle", "Pousada São Bento", "Hôtel du Lac", "The Saltmarsh Inn", "Quinta da Ribeira",
          "The Bellhouse")  # fmt: skip
PRODUCTS = ("Brevo Duo 2 espresso machine", "Caffè Rialto Pro grinder", "Northfold travel backpack",
            "Luma Air purifier", "Kettleworth gooseneck kettle", "Sundial sunrise alarm clock",
            "Pinecrest down jacket", "Veloce commuter bike light")  # fmt: skip
RETAILERS = ("Amazon", "Walmart", "Best Buy", "Target", "John Lewis", "Currys")
REGIONS = ("the Alps", "the Scottish Highlands", "the Algarve", "Provence", "the Dolomites", "New England",
           "the Lake District", "Andalusia", "Patagonia", "the Baltic coast")  # fmt: skip
BUILDINGS = ("farmhouse", "convent", "customs house", "wine estate", "textile mill", "fisherman’s cottage")
DISHES = ("warm pastries", "smoked trout", "local cheeses", "huevos rancheros", "Bircher muesli")
TAG_EXTRA = ("Europe", "Americas", "Asia", "Society")

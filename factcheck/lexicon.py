"""Word lists of news reporting: casualty words, counted nouns, reporting verbs, titles.

Everything here is a frozenset or a dict built once at import, so membership tests are cheap.
The extractor reads these; nothing here knows about spaCy.

Example:
    >>> HEAD_KIND["fatalities"], HEAD_KIND["uavs"]
    ('killed', 'drones')
    >>> "warned" in REPORTING_VERBS
    True
"""

from __future__ import annotations

#: A predicate word (verb, participle, adjective) -> the casualty kind it states.
PREDICATE_KIND: dict[str, str] = {}
for _kind, _words in {
    "killed": (
        "killed kill kills killing dead died die dies dying perished perish deceased slain "
        "murdered executed drowned succumbed succumbing fatally lifeless"
    ),
    "wounded": (
        "wounded wounding injured injuring injure injures injury injuries hurt "
        "hospitalised hospitalized hospitalising hospitalizing maimed shot transported "
        "transferred airlifted"
    ),
    "missing": "missing unaccounted unaccounted-for disappeared",
    "displaced": (
        "displaced evacuated evacuating evacuate evacuates homeless fled fleeing flee flees "
        "uprooted uprooting relocated"
    ),
    "arrested": "arrested arresting arrest detained detaining detain held jailed apprehended",
}.items():
    for _w in _words.split():
        PREDICATE_KIND[_w] = _kind

#: Counted head nouns whose kind is fixed by the noun itself.
HEAD_KIND: dict[str, str] = {}
for _kind, _words in {
    "killed": (
        "deaths death fatalities fatality dead bodies body lives corpses deceased killed victims"
    ),
    "wounded": "injured wounded injuries hurt casualties",
    "missing": "missing",
    "displaced": "evacuees refugees displaced homeless evacuation evacuations",
    "arrested": "arrests detainees arrested detained",
    "missiles": ("missiles missile rockets rocket kinzhals iskanders iskander-ms kalibrs"),
    "drones": "drones drone uavs uav shaheds shahed",
}.items():
    for _w in _words.split():
        HEAD_KIND[_w] = _kind

#: Nouns for people: the kind comes from the predicate ("14 people were killed").
PEOPLE_NOUNS = frozenset(
    """people persons person civilians civilian children child students student adults adult
    teachers teacher patients patient passengers passenger residents resident individuals
    individual soldiers soldier troops servicemen officers officer policemen workers worker
    women woman men man kids kid pupils pupil infants babies minors others victims employees
    staff firefighters rescuers journalists migrants villagers tourists pilgrims fans miners
    crew members inmates protesters demonstrators fighters militants occupants survivors
    girls boys elderly teenagers teens toddlers pensioners worshippers devotees refugees
    fishermen farmers medics rebels insurgents foreigners nationals citizens hostages
    detainees spectators guests shoppers commuters drivers nurses doctors volunteers
    peacekeepers sailors marines seafarers prisoners""".split()
)

#: Words that are never the counted noun of a claim: units of time, distance, size, grades.
NOT_COUNTED = frozenset(
    """centimetres centimeters millimetres millimeters kilos kilo grams litres liters
    gallons year years yr yrs month months week weeks day days hour hours hr hrs minute minutes
    min mins second seconds decade decades century centuries night nights morning mornings
    mile miles km kilometres kilometers kilometre kilometer metres meters metre meter feet
    foot ft yards yard inches inch cm mm kg kilograms tonnes tons pounds lbs mph kmh knots
    degrees percent per cent pc percentage points point times fold am pm a.m. p.m. gmt utc
    edt est bst ist cet grade grades category magnitude storey storeys floors floor
    acres hectares sq square cents pence paise""".split()
)

#: Reporting and speech verbs: their subject or object is the speaker.
REPORTING_VERBS = frozenset(
    """said says say told tells added adds announced announces reported reports confirmed
    confirms stated states declared declares tweeted wrote posted warned warns described
    describes branded brands called calls urged urges insisted insists noted notes claimed
    claims explained explains estimated estimates revealed reveals disclosed informed
    informs put fixed revised updated acknowledged admitted asserted argued blamed condemned
    vowed pledged promised testified recalled remarked replied responded shared tweeting
    saying telling adding warning noting describing branding calling urging insisting
    announcing confirming reporting stating declaring claiming explaining say tell insist
    warn urge describe declare vow pledge add announce confirm report explain fear fears
    commented stressed recounted continued asked cried shouted screamed sobbed wept pleaded
    lamented conceded quipped""".split()
)

#: Titles and roles before a name: stripped from speaker names.
TITLES = frozenset(
    """president vice prime minister secretary sheriff governor gov gov. sen sen. senator
    lt lt. lieutenant chief director spokesman spokesperson spokeswoman ambassador adviser
    advisor commissioner mayor rep rep. representative dr dr. mr mr. mrs mrs. ms ms. sgt
    sgt. sergeant captain capt capt. colonel col col. general gen gen. judge justice
    foreign defense defence interior health finance deputy assistant head chairman chairwoman
    chair ceo officer superintendent inspector sub-inspector chancellor king queen prince
    pope bishop minister's secretary-general us u.s. uk u.n. un ukrainian russian british
    pm cm
    american indian texas florida state federal regional national local senior top former
    acting press pr police fire emergency management public relations chief of staff""".split()
)

#: Words marking an organisation rather than a person (never stripped as titles).
ORG_WORDS = frozenset(
    """staff forces force service services department ministry office police hospital patrol
    company corporation utility utilities survey institute centre center
    hospitals commission council agency house government railways railway times news
    assembly nations union army military navy guard administration authority authorities
    committee court board bureau center centre district county city state university
    institute press association organization organisation tracker archive reuters ap cnn
    bbc pti afp company corporation group network channel party parliament kremlin
    pentagon embassy agencies ministries departments offices councils commissions
    committees groups organizations organisations embassies brigade brigades""".split()
)

#: Common nouns that can head a speaker noun phrase ("Kyiv police said").
SPEAKER_NOUNS = frozenset(
    """officials official police authorities authority military government hospital
    district spokesman spokesperson spokeswoman spokesmen spokeswomen spokespeople officers
    sources source residents witnesses
    bystanders reports ministry army administration agency department office service
    officers emergency sheriff governor minister president commission examiners
    enforcement experts analysts doctors medics rescuers investigators prosecutors state
    examiner coroner officer mission
    examiners post statement release media television tv radio outlets newspaper agency
    guard groups group organisations organizations activists monitors observers campaigners
    unions paramedics firefighters survivors relatives villagers neighbours neighbors nurses
    volunteers protesters organisers organizers lawyers researchers scientists seismologists
    meteorologists forecasters eyewitnesses diplomats lawmakers legislators broadcaster
    broadcasters channel website network portal deputies troopers agents""".split()
)

#: Third-person pronouns that take the latest named speaker.
PRONOUNS = frozenset({"he", "she", "they", "it", "him", "her"})

#: Modal and hedging words that make a figure only possible ("feared", "may have").
#: Marks that close a quote: "...", "...”, '...', '...’.
CLOSING_QUOTE_MARKS = frozenset({'"', "”", "’", "'"})

POSSIBLE_WORDS = frozenset(
    """may might could feared possibly possible unconfirmed believed thought likely
    suspected potentially perhaps presumed""".split()
)


#: Words saying that a figure is a toll of deaths.
TOLL_WORDS = frozenset({"toll", "tolls"})

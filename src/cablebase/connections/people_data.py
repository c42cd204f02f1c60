"""Word tables for finding people in cables: the titles that introduce a name, and the words
that follow a title without being a name. Written for cablebase from common cable usage."""

from __future__ import annotations

from cablebase.telegram.stations import words

# Titles written in capitals in the cables and matched only so ("PM" is also a time of day).
# Display form -> spellings.
ABBREVIATED_TITLES: dict[str, tuple[str, ...]] = {
    "DFM": ("DFM",),
    "FM": ("FM",),
    "PM": ("PM",),
    "DPM": ("DPM", "FDPM"),
    "DCM": ("DCM",),
    "Assistant Secretary": ("A/S",),
    "Under Secretary": ("U/S",),
    "Deputy Assistant Secretary": ("DAS", "PDAS"),
    "Secretary-General": ("SYG", "UNSYG", "UNSG"),
    "Chargé d'Affaires": ("CDA",),
    "MP": ("MP",),
    "Director General": ("DG",),
    "Vice President": ("VP",),
}

# Titles matched in any case. Longer titles are tried first, so "Deputy Foreign Minister"
# wins over "Foreign Minister" and "Minister".
WORD_TITLES: dict[str, tuple[str, ...]] = {
    "President": ("President", "Pres."),
    "Vice President": ("Vice President", "Vice-President"),
    "Prime Minister": ("Prime Minister",),
    "Deputy Prime Minister": (
        "Deputy Prime Minister",
        "Vice Premier",
        "First Deputy Prime Minister",
    ),
    "Foreign Minister": (
        "Foreign Minister",
        "Foreign Affairs Minister",
        "Minister of Foreign Affairs",
    ),
    "Deputy Foreign Minister": ("Deputy Foreign Minister", "Vice Foreign Minister"),
    "Minister": ("Minister",),
    "Deputy Minister": ("Deputy Minister", "Vice Minister", "Vice-Minister"),
    "Defense Minister": ("Defense Minister", "Defence Minister", "Minister of Defense"),
    "Interior Minister": ("Interior Minister", "Minister of Interior", "Minister of the Interior"),
    "Finance Minister": ("Finance Minister", "Minister of Finance"),
    "Premier": ("Premier",),
    "Chancellor": ("Chancellor",),
    "Ambassador": ("Ambassador", "Amb.", "Ambassador-designate"),
    "Chargé d'Affaires": ("Charge d'Affaires", "Chargé d'Affaires", "Charge", "Chargé"),
    "Consul General": ("Consul General", "Consul-General", "ConGen"),
    "Secretary": ("Secretary", "Secretary of State"),
    "Deputy Secretary": ("Deputy Secretary", "Deputy Secretary of State"),
    "Assistant Secretary": ("Assistant Secretary",),
    "Under Secretary": ("Under Secretary", "Undersecretary"),
    "Defense Secretary": ("Defense Secretary", "Secretary of Defense"),
    "Foreign Secretary": ("Foreign Secretary",),
    "Secretary-General": ("Secretary General", "Secretary-General"),
    "Special Envoy": ("Special Envoy", "Envoy"),
    "Special Representative": ("Special Representative",),
    "Senator": ("Senator", "Sen."),
    "Representative": ("Congressman", "Congresswoman", "Rep."),
    "Speaker": ("Speaker",),
    "Governor": ("Governor", "Gov."),
    "Mayor": ("Mayor",),
    "Chairman": ("Chairman", "Chairwoman", "Chairperson"),
    "General": (
        "General",
        "Gen.",
        "Lt. Gen.",
        "Lieutenant General",
        "Maj. Gen.",
        "Major General",
        "Brig. Gen.",
        "Brigadier General",
        "Gen",
    ),
    "Admiral": ("Admiral", "Adm.", "Vice Admiral", "Rear Admiral"),
    "Colonel": ("Colonel", "Col.", "Lt. Col.", "Lieutenant Colonel"),
    "King": ("King",),
    "Queen": ("Queen",),
    "Crown Prince": ("Crown Prince",),
    "Prince": ("Prince",),
    "Sheikh": ("Sheikh", "Shaykh", "Sheik"),
    "Emir": ("Emir", "Amir"),
    "Sultan": ("Sultan",),
    "Ayatollah": ("Ayatollah", "Grand Ayatollah"),
    "Patriarch": ("Patriarch",),
    "Cardinal": ("Cardinal",),
    "Archbishop": ("Archbishop",),
    "Director": ("Director", "Deputy Director"),
    "Commissioner": ("Commissioner",),
    "Attorney General": ("Attorney General", "Prosecutor General"),
    "Dr.": ("Dr.", "Dr"),
    "Mr.": ("Mr.", "Mr"),
    "Ms.": ("Ms.", "Mrs.", "Ms", "Mrs"),
}

# Honorifics: they introduce a name but say nothing about the person's office.
HONORIFICS = frozenset({"Dr.", "Mr.", "Ms."})

# Lower-case words that belong inside a surname (`de Villepin`, `bin Laden`, `van der Veer`).
PARTICLES = words("al el bin ibn bint da das de del della der di do dos du la le van von ter ten")
SUFFIXES = words("JR JR. SR SR. II III IV")

# Words that may follow a title but are not a name: function words, reporting verbs, months,
# days, and the nouns that make a title part of an institution ("President's Office").
NOT_NAMES = words(
    """
    a about after against all also am an and any are as at be because been before being both
    but by can could did do does during each either for from had has have he her here him his
    how i if in into is it its may me might more most must my no nor not now of on once only or
    other our out over own same she should since so some such than that the their them then
    there these they this those though through to too under until up upon us very was we were
    what when where whether which while who whom why will with would you your
    said says told tells stated states noted notes added adds asked asks argued argues explained
    explains stressed stresses expressed agreed agrees emphasized emphasised underscored urged
    warned met meets meet meeting visit visits visited visiting called calls spoke speaks
    responded replied indicated suggested claimed complained welcomed announced declared
    reiterated recalled confirmed denied acknowledged insisted observed opined remarked reported
    thanked praised criticized criticised raised pressed described characterized assured
    promised offered proposed requested sought signed arrived departed returned travelled
    traveled left took gave made saw sent wrote wants wanted believes believed thinks thought
    expects expected hopes hoped plans planned seems seemed appears appeared remains remained
    january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec
    monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow
    office offices administration apparatus cabinet council committee ministry ministries
    assembly staff government regime party parliament palace court elections election campaign
    advisor adviser advisors advisers spokesman spokesperson spokeswoman press statement
    delegation visit's team level levels candidate nominee emeritus designate elect
    himself herself themselves one two three four five six seven eight nine ten
    however also again later earlier then still just even already
    embassy mission post consulate department state bureau directorate general
    motors electric accounting debate strike services secretary secretariat
    officers records managing without portfolio counselor counsellor consul operations affairs
    relations security intelligence defense defence policy planning legal search idea terms
    amembassy amconsul usmission usdel secstate washdc immediate priority routine niact
    accuses affirmed affirms angered asks backs briefs calls cites confers connects considers
    continues criticizes defends denies discuss discusses downplays engages eyes extends faces
    focuses fears hails highlights hits lays lauds looks makes notes offers opposes outlines
    plays played praises presents presses previews pushes questions raises reacts react
    reaffirms reassures receives received recommends regarding rejects requests resigns reveals
    reviews review says seeks sees sets signs sounds stresses submits supports takes talks
    throws traces underwhelms upbeat urges views visits warns welcomes wish wishes worried
    concerned recently saying re-elected reelected incomprehension steps speaks agrees
    promises pledges vows vow tells sends gets gives shows heads leads wins loses opens
    closes claims expects hopes plans remains returns meetings talks comments remarks views
    """
)

# In text written in capitals (subject lines, old cables) a name is taken at most this many
# words long: after that the words of the headline begin ("SOBEL PRESENTS CREDENTIALS").
SHOUTED_NAME_WORDS = 2

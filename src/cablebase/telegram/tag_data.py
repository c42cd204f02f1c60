"""TAGS data: the index terms a TAGS line may carry and what they mean, fixes for misspelled
tags, and free-text phrases that belong together.

Meanings follow the subject and program TAGS of 5 FAH-3 and the FIPS-10-4-style country codes
State uses (not ISO 3166), in our own words. Where a tag's meaning is not certain it is listed in
KNOWN_WITHOUT_MEANING instead: it is still recognised, just not explained.
"""

from __future__ import annotations

from cablebase.telegram.stations import words

SUBJECT_TAGS: dict[str, str] = {
    "ABLD": "Buildings and grounds",
    "ABUD": "Budget",
    "ACOA": "Communications operations",
    "ADCO": "Diplomatic courier",
    "ADPM": "Diplomatic pouch and mail",
    "AEMR": "Emergency planning and evacuation",
    "AFIN": "Financial management",
    "AINF": "Information management",
    "ALOW": "Allowances",
    "AMED": "Medical services",
    "AMGT": "Management operations",
    "AODE": "Employees of other agencies",
    "AORC": "International organisations and conferences",
    "APER": "Personnel",
    "ASEC": "Security",
    "ASIG": "Inspector general",
    "ATRN": "Transportation services",
    "BEXP": "Trade and export promotion",
    "BBSR": "Business services reporting",
    "CASC": "Assistance to citizens",
    "CJAN": "Judicial assistance and notarial services",
    "CMGT": "Consular management",
    "CPAS": "Passports and citizenship",
    "CVIS": "Visas",
    "EAGR": "Agriculture",
    "EAID": "Foreign economic assistance",
    "EAIR": "Civil aviation",
    "ECIN": "Economic integration and cooperation",
    "ECON": "Economic conditions",
    "ECPS": "Communications and postal systems",
    "EFIN": "Financial and monetary affairs",
    "EFIS": "Fisheries",
    "EIND": "Industry",
    "EINT": "Electronic commerce and the internet",
    "EINV": "Investment",
    "ELAB": "Labour",
    "ELTN": "Land transportation",
    "EMIN": "Minerals and metals",
    "ENRG": "Energy",
    "EPET": "Petroleum and natural gas",
    "ETRD": "Foreign trade",
    "ETTC": "Trade and technology controls",
    "EWWT": "Waterborne transportation",
    "MARR": "Military and defence arrangements",
    "MASS": "Military assistance and sales",
    "MCAP": "Military capabilities",
    "MNUC": "Military nuclear applications",
    "MOPS": "Military operations",
    "OEXC": "Educational and cultural exchange",
    "OIIP": "International information programmes",
    "OPRC": "Public relations and correspondence",
    "OREP": "Congressional travel",
    "OTRA": "Travel of officials",
    "OVIP": "Visits of prominent persons",
    "PARM": "Arms control and disarmament",
    "PBTS": "Boundaries and territorial sovereignty",
    "PGOV": "Internal governmental affairs",
    "PHSA": "High seas and maritime affairs",
    "PHUM": "Human rights",
    "PINR": "Intelligence and biographic reporting",
    "PINS": "National security",
    "PREF": "Refugees",
    "PREL": "External political relations",
    "PROP": "Propaganda and psychological operations",
    "PTER": "Terrorists and terrorism",
    "SCUL": "Cultural affairs",
    "SENV": "Environmental affairs",
    "SHLH": "Health",
    "SMIG": "Migration",
    "SNAR": "Narcotics",
    "SOCI": "Social conditions",
    "SPOP": "Population",
    "TBIO": "Biotechnology",
    "TINT": "Internet technology",
    "TPHY": "Physical sciences",
    "TRGY": "Energy technology",
    "TSPA": "Space activities",
    "TSPL": "Science and technology policy",
}

PROGRAM_TAGS: dict[str, str] = {
    "KACT": "Strategic arms reduction and limitation",
    "KAWC": "Atrocities and war crimes",
    "KBIO": "Biological weapons",
    "KCFE": "Conventional Armed Forces in Europe treaty",
    "KCIP": "Critical infrastructure protection",
    "KCOR": "Corruption",
    "KCRM": "Criminal activity",
    "KDEM": "Democratisation",
    "KDRG": "Drug trafficking",
    "KFRD": "Fraud",
    "KGHG": "Greenhouse gases and climate change",
    "KGIC": "Global Initiative to Combat Nuclear Terrorism",
    "KHDP": "Humanitarian demining",
    "KHIV": "HIV/AIDS",
    "KHLS": "Homeland security",
    "KIPR": "Intellectual property rights",
    "KIRF": "International religious freedom",
    "KISL": "Islamic affairs",
    "KJUS": "Justice and rule of law",
    "KMCA": "Millennium Challenge Account",
    "KMDR": "Media reaction reporting",
    "KNNP": "Nuclear non-proliferation",
    "KOLY": "Olympic Games",
    "KPAL": "Palestinian affairs",
    "KPAO": "Public affairs office",
    "KPKO": "Peacekeeping operations",
    "KSUM": "Summit meetings",
    "KTFN": "Terrorist financing",
    "KTIP": "Trafficking in persons",
    "KUNR": "United Nations reform",
    "KWBG": "West Bank and Gaza",
    "KWMN": "Women's issues",
}

ORG_TAGS: dict[str, str] = {
    "APEC": "Asia-Pacific Economic Cooperation",
    "ASEAN": "Association of Southeast Asian Nations",
    "EUN": "European Union",
    "EU": "European Union",
    "IAEA": "International Atomic Energy Agency",
    "ICAO": "International Civil Aviation Organization",
    "ICTY": "International Criminal Tribunal for the former Yugoslavia",
    "IMF": "International Monetary Fund",
    "INTERPOL": "International Criminal Police Organization",
    "MTCRE": "Missile Technology Control Regime",
    "NATO": "North Atlantic Treaty Organization",
    "NPT": "Nuclear Non-Proliferation Treaty",
    "OAS": "Organization of American States",
    "OECD": "Organisation for Economic Co-operation and Development",
    "OPEC": "Organization of the Petroleum Exporting Countries",
    "OSCE": "Organization for Security and Co-operation in Europe",
    "UN": "United Nations",
    "UNO": "United Nations",
    "UNEP": "United Nations Environment Programme",
    "UNESCO": "United Nations Educational, Scientific and Cultural Organization",
    "UNGA": "United Nations General Assembly",
    "UNHCR": "United Nations High Commissioner for Refugees",
    "UNHRC": "United Nations Human Rights Council",
    "UNMIK": "United Nations Mission in Kosovo",
    "UNSC": "United Nations Security Council",
    "WHO": "World Health Organization",
    "WMO": "World Meteorological Organization",
    "WTO": "World Trade Organization",
}

GEO_TAGS: dict[str, str] = dict(
    line.split(" ", 1)
    for line in """
AF Afghanistan|AL Albania|AG Algeria|AN Andorra|AO Angola|AC Antigua and Barbuda|AR Argentina
AM Armenia|AS Australia|AU Austria|AJ Azerbaijan|BF Bahamas|BA Bahrain|BG Bangladesh|BB Barbados
BO Belarus|BE Belgium|BH Belize|BN Benin|BD Bermuda|BT Bhutan|BL Bolivia
BK Bosnia and Herzegovina|BC Botswana|BR Brazil|BX Brunei|BU Bulgaria|UV Burkina Faso|BM Burma
BY Burundi|CB Cambodia|CM Cameroon|CA Canada|CV Cape Verde|CT Central African Republic|CD Chad
CI Chile|CH China|CO Colombia|CN Comoros|CF Congo (Brazzaville)|CG Congo (Kinshasa)|CS Costa Rica
IV Cote d'Ivoire|HR Croatia|CU Cuba|CY Cyprus|EZ Czech Republic|DA Denmark|DJ Djibouti|DO Dominica
DR Dominican Republic|EC Ecuador|EG Egypt|ES El Salvador|EK Equatorial Guinea|ER Eritrea
EN Estonia|ET Ethiopia|FJ Fiji|FI Finland|FR France|GB Gabon|GA The Gambia|GG Georgia|GM Germany
GH Ghana|GR Greece|GJ Grenada|GT Guatemala|GV Guinea|PU Guinea-Bissau|GY Guyana|HA Haiti
HO Honduras|HK Hong Kong|HU Hungary|IC Iceland|IN India|ID Indonesia|IR Iran|IZ Iraq|EI Ireland
IS Israel|IT Italy|JM Jamaica|JA Japan|JO Jordan|KZ Kazakhstan|KE Kenya|KR Kiribati
KN North Korea|KS South Korea|KV Kosovo|KU Kuwait|KG Kyrgyzstan|LA Laos|LG Latvia|LE Lebanon
LT Lesotho|LI Liberia|LY Libya|LS Liechtenstein|LH Lithuania|LU Luxembourg|MC Macau|MK Macedonia
MA Madagascar|MI Malawi|MY Malaysia|MV Maldives|ML Mali|MT Malta|RM Marshall Islands
MR Mauritania|MP Mauritius|MX Mexico|FM Micronesia|MD Moldova|MN Monaco|MG Mongolia
MW Montenegro|MJ Montenegro|MO Morocco|MZ Mozambique|WA Namibia|NP Nepal|NL Netherlands
NZ New Zealand|NU Nicaragua|NG Niger|NI Nigeria|NO Norway|MU Oman|PK Pakistan|PS Palau
PM Panama|PP Papua New Guinea|PA Paraguay|PE Peru|RP Philippines|PL Poland|PO Portugal
QA Qatar|RO Romania|RS Russia|RW Rwanda|SC Saint Kitts and Nevis|ST Saint Lucia
VC Saint Vincent and the Grenadines|WS Samoa|SM San Marino|TP Sao Tome and Principe
SA Saudi Arabia|SG Senegal|SR Serbia|SE Seychelles|SL Sierra Leone|SN Singapore|LO Slovakia
SI Slovenia|BP Solomon Islands|SO Somalia|SF South Africa|SP Spain|CE Sri Lanka|SU Sudan
NS Suriname|WZ Swaziland|SW Sweden|SZ Switzerland|SY Syria|TW Taiwan|TI Tajikistan|TZ Tanzania
TH Thailand|TT Timor-Leste|TO Togo|TN Tonga|TD Trinidad and Tobago|TS Tunisia|TU Turkey
TX Turkmenistan|TV Tuvalu|UG Uganda|UP Ukraine|AE United Arab Emirates|UK United Kingdom
US United States|UY Uruguay|UZ Uzbekistan|NH Vanuatu|VT Holy See|VE Venezuela|VM Vietnam
WE West Bank|GZ Gaza Strip|WI Western Sahara|YM Yemen|ZA Zambia|ZI Zimbabwe
YI Former Yugoslavia
""".replace("\n", "|").split("|")
    if line
)

# Region-like X codes: their exact regions are not publicly documented.
REGION_TAGS: frozenset[str] = words("XA XB XC XD XE XF XG XH XI XK XL XM XN XP XR XS XT XW")

# Recognised tags whose meaning we could not confirm from public descriptions.
KNOWN_WITHOUT_MEANING: frozenset[str] = words(
    """BTIO PEPR PINT PINL PBIO OPDC ODIP OSCI KPRP KPWR KSCA KSEP KSPR KTIA KRAD KAWK KOCI KDEV
    KNUC KLIG KFIN KSEC MPOS EXIM GTMO INRA INRB INRO CIA FBI DOD"""
)

# Misspelled tags with their intended form.
TAG_FIXES: dict[str, str] = {
    "RU": "RS",
    "SYR": "SY",
    "POGOV": "PGOV",
    "MOPPS": "MOPS",
    "KWWMN": "KWMN",
    "UNDESCO": "UNESCO",
}

# Free-text tags written without commas: word runs that belong together (everything else in a
# space-separated line is one tag per word, as the WikiLeaks site linked them).
TAG_PHRASES: dict[str, str] = {
    "COUNTER TERRORISM": "COUNTERTERRORISM",
    "HUMAN RIGHTS": "HUMAN RIGHTS",
    "IRAQI FREEDOM": "IRAQI FREEDOM",
    "ITALIAN POLITICS": "ITALIAN POLITICS",
    "ITALY NATIONAL ELECTIONS": "ITALY NATIONAL ELECTIONS",
    "ISRAELI PALESTINIAN AFFAIRS": "ISRAELI PALESTINIAN AFFAIRS",
    "GAZA DISENGAGEMENT": "GAZA DISENGAGEMENT",
    "CONSULAR AFFAIRS": "CONSULAR AFFAIRS",
    "ECONOMIC AFFAIRS": "ECONOMIC AFFAIRS",
    "GLOBAL DEFENSE": "GLOBAL DEFENSE",
    "ECONOMY AND FINANCE": "ECONOMY AND FINANCE",
    "ORGANIZED CRIME": "ORGANIZED CRIME",
    "POLITICAL PARTIES": "POLITICAL PARTIES",
    "DOMESTIC POLITICS": "DOMESTIC POLITICS",
    "MEETINGS WITH AMBASSADOR": "MEETINGS WITH AMBASSADOR",
    "NEW ZEALAND": "NEW ZEALAND",
    "COUNTRY CLEARANCE": "COUNTRY CLEARANCE",
}

# Given names that mark a person tag written without commas (`ROOD JOHN` -> `ROOD, JOHN`): the
# surname comes first, as in `OVIP (STEINBERG, JAMES B.)`.
GIVEN_NAMES: frozenset[str] = words(
    """ALAN ALBERTO ANA ANDREW ANNE ANTHONY ANTONIO BARACK BRIAN CARLOS CHARLES CHRISTOPHER
    CONDOLEEZZA DANIEL DAVID DONALD EDUARDO ELIZABETH EMMANUEL ERIC FERNANDO FRANCISCO FRANK
    GASPAR GEORGE GERARD GORDON GUILLERMO HILLARY HUGO JAMES JEAN JEFFREY JOHN JORGE JOSE JOSEPH
    JUAN LUIS MANUEL MARIA MARK MICHAEL NICOLAS PAUL PEDRO PETER RICHARD ROBERT RONALD SERGEI
    STEPHEN STEVEN THOMAS VLADIMIR WILLIAM"""
)

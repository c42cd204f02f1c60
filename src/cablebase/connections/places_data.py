"""Countries, cities and organisations as articles in other languages name them.

One entry per place: `English name | words cables use for it | posts`, then indented lines of
its names in other languages, separated by `;`: Portuguese, Spanish, French, Swedish, German,
Russian and Arabic (the English name and words are matched too). The words are what the index
is searched for (cables write "DPRK" and "Hizballah"); posts are the station codes of the ID
(`STOCKHOLM` in 07STOCKHOLM506) of the embassy and consulates there. A trailing `*` matches
any word starting so (inflected Russian, adjectives). Names are compared with accents and case
folded.
Written for cablebase from common knowledge of these names.
"""

from __future__ import annotations

PLACES = """
Afghanistan | afghanistan afghan | KABUL
    afeganistão;afegã*;afegão;afganistán;afgano*;afghan*;афганистан*;афганск*;أفغانستان
Albania | albania albanian | TIRANA
    albânia;albanie;albanien;албани*;ألبانيا
Algeria | algeria algerian | ALGIERS
    argélia;argelia;algérie;algeriet;algerien;алжир*;الجزائر
Angola | angola angolan | LUANDA
    angola*;ангол*;أنغولا
Argentina | argentina argentine | BUENOSAIRES
    argentin*;argentine*;аргентин*;الأرجنتين
Armenia | armenia armenian | YEREVAN
    armênia;armenia;arménie;armenien;армени*;армянск*;أرمينيا
Australia | australia australian | CANBERRA
    austrália;australie;australien;австрали*;أستراليا
Austria | austria austrian | VIENNA
    áustria;autriche;österrike;österreich;австри*;النمسا
Azerbaijan | azerbaijan azerbaijani | BAKU
    azerbaijão;azerbaiyán;azerbaïdjan;azerbajdzjan;азербайджан*;أذربيجان
Bahrain | bahrain bahraini | MANAMA
    bahrein;bahreïn;бахрейн*;البحرين
Bangladesh | bangladesh | DHAKA
    bangladesh;бангладеш;بنغلاديش
Belarus | belarus belarusian | MINSK
    bielorrússia;bielorrusia;biélorussie;vitryssland;weißrussland;беларус*;белорусси*;بيلاروسيا
Belgium | belgium belgian | BRUSSELS
    bélgica;belgique;belgien;бельги*;بلجيكا
Bolivia | bolivia bolivian | LAPAZ
    bolívia;bolivie;bolivien;боливи*;بوليفيا
Bosnia | bosnia bosnian | SARAJEVO
    bósnia;bosnie;bosnien;босни*;البوسنة
Brazil | brazil brazilian | BRASILIA SAOPAULO RIODEJANEIRO RECIFE
    brasil;brasileir*;brésil;brésilien*;brasilien;brasiliansk*;бразили*;бразильск*;البرازيل
Bulgaria | bulgaria bulgarian | SOFIA
    bulgária;bulgarie;bulgarien;болгари*;بلغاريا
Burma | burma burmese | RANGOON
    birmânia;myanmar;birmania;birmanie;burma;мьянм*;бирм*;ميانمار;بورما
Cambodia | cambodia cambodian | PHNOMPENH
    camboja;camboya;cambodge;kambodja;kambodscha;камбодж*;كمبوديا
Canada | canada canadian | OTTAWA
    canadá;canadense*;kanada;канад*;كندا
Chile | chile chilean | SANTIAGO
    chileno*;chilena*;chili;chilien*;чили;تشيلي
China | china chinese prc | BEIJING SHANGHAI GUANGZHOU
    chinês;chinesa;chino*;chine;chinois*;kina;kinesisk*;китай*;китайск*;الصين
Colombia | colombia colombian | BOGOTA
    colômbia;colombiano*;colombie;colombien*;colombianska;kolumbien;колумби*;كولومبيا
Croatia | croatia croatian | ZAGREB
    croácia;croacia;croatie;kroatien;хорвати*;كرواتيا
Cuba | cuba cuban | HAVANA
    cubano*;cubain*;kuba;kubansk*;куба;кубы;кубе;кубу;кубинск*;كوبا
Cyprus | cyprus cypriot | NICOSIA
    chipre;chypre;cypern;zypern;кипр*;قبرص
Czech Republic | czech | PRAGUE
    república tcheca;república checa;tchèque;tjeckien;tschechien;чехи*;التشيك
Denmark | denmark danish | COPENHAGEN
    dinamarca;danemark;danmark;dänemark;дани*;الدنمارك
Ecuador | ecuador ecuadorian | QUITO
    equador;équateur;эквадор*;الإكوادور
Egypt | egypt egyptian | CAIRO
    egito;egipto;égypte;egypten;ägypten;египет*;египт*;مصر
El Salvador | salvador salvadoran | SANSALVADOR
    el salvador;salvadorenho*;сальвадор*;السلفادور
Estonia | estonia estonian | TALLINN
    estônia;estonie;estland;эстони*;إستونيا
Ethiopia | ethiopia ethiopian | ADDISABABA
    etiópia;etiopía;éthiopie;etiopien;äthiopien;эфиопи*;إثيوبيا
Finland | finland finnish | HELSINKI
    finlândia;finlandia;finlande;finnland;finsk*;финлянди*;فنلندا
France | france french | PARIS MARSEILLE
    frança;francia;frankrike;frankreich;franska;франци*;французск*;فرنسا
Georgia | georgia georgian | TBILISI
    geórgia;géorgie;georgien;грузи*;جورجيا
Germany | germany german | BERLIN FRANKFURT MUNICH
    alemanha;alemania;allemagne;tyskland;deutschland;tysk*;германи*;немецк*;ألمانيا
Greece | greece greek | ATHENS
    grécia;grecia;grèce;grekland;griechenland;греци*;اليونان
Guatemala | guatemala guatemalan | GUATEMALA
    guatemala*;гватемал*;غواتيمالا
Haiti | haiti haitian | PORTAUPRINCE
    haití;haïti;гаити;هايتي
Honduras | honduras honduran | TEGUCIGALPA
    hondurenho*;hondureño*;гондурас*;هندوراس
Hungary | hungary hungarian | BUDAPEST
    hungria;hungría;hongrie;ungern;ungarn;венгри*;المجر
India | india indian | NEWDELHI MUMBAI CHENNAI KOLKATA
    índia;indiano*;inde;indien;indisk*;индия;индии;индию;индией;индийск*;الهند
Indonesia | indonesia indonesian | JAKARTA
    indonésia;indonésie;indonesien;индонези*;إندونيسيا
Iran | iran iranian | RPODUBAI
    irã;irão;iraniano*;iraní;iranien*;iransk*;иран*;إيران
Iraq | iraq iraqi | BAGHDAD BASRAH
    iraque;iraquiano*;irak;iraquí;irakien*;irakisk*;ирак*;العراق
Ireland | ireland irish | DUBLIN
    irlanda;irlande;irland;ирланди*;أيرلندا
Israel | israel israeli | TELAVIV JERUSALEM
    israelense*;israelí;israélien*;israelisk*;израил*;إسرائيل
Italy | italy italian | ROME MILAN
    itália;italia;italie;italien;итали*;إيطاليا
Japan | japan japanese | TOKYO
    japão;japón;japon;japanese;japansk*;япони*;اليابان
Jordan | jordan jordanian | AMMAN
    jordânia;jordania;jordanie;jordanien;иордани*;الأردن
Kazakhstan | kazakhstan kazakh | ASTANA ALMATY
    cazaquistão;kazajistán;kazakhstan;kazakstan;kasachstan;казахстан*;كازاخستان
Kenya | kenya kenyan | NAIROBI
    quênia;quénia;kenia;кени*;كينيا
Kosovo | kosovo | PRISTINA
    kosovo;косов*;كوسوفو
Kuwait | kuwait kuwaiti | KUWAIT
    kuwait;koweït;кувейт*;الكويت
Kyrgyzstan | kyrgyzstan kyrgyz | BISHKEK
    quirguistão;kirguistán;kirghizistan;kirgizistan;kirgisistan;киргизи*;кыргызстан*;قرغيزستان
Lebanon | lebanon lebanese | BEIRUT
    líbano;liban;libanon;ливан*;لبنان
Libya | libya libyan | TRIPOLI
    líbia;libia;libye;libyen;ливи*;ليبيا
Lithuania | lithuania lithuanian | VILNIUS
    lituânia;lituania;lituanie;litauen;литв*;ليتوانيا
Mexico | mexico mexican | MEXICO
    méxico;mexicano*;mexique;mexiko;мексик*;المكسيك
Moldova | moldova moldovan | CHISINAU
    moldávia;moldavia;moldavie;moldavien;молдав*;مولدوفا
Morocco | morocco moroccan | RABAT CASABLANCA
    marrocos;marruecos;maroc;marocko;marokko;марокко;المغرب
Netherlands | netherlands dutch | THEHAGUE
    holanda;países baixos;países bajos;pays-bas;nederländerna;niederlande;нидерланд*;голланди*
    هولندا
Nicaragua | nicaragua nicaraguan | MANAGUA
    nicarágua;nicaragüense*;никарагу*;نيكاراغوا
Nigeria | nigeria nigerian | ABUJA LAGOS
    nigéria;нигери*;نيجيريا
North Korea | dprk korea pyongyang |
    coreia do norte;corea del norte;corée du nord;nordkorea;кндр;северн* коре*;كوريا الشمالية
Norway | norway norwegian | OSLO
    noruega;norvège;norge;norwegen;norsk*;норвеги*;النرويج
Pakistan | pakistan pakistani | ISLAMABAD KARACHI LAHORE PESHAWAR
    paquistão;paquistanês;pakistán;paquistaní;pakistanais*;pakistansk*;пакистан*;باكستان
Palestinians | palestinian palestinians | JERUSALEM
    palestina;palestino*;palestinien*;palestinsk*;палестин*;فلسطين
Panama | panama panamanian | PANAMA
    panamá;panameño*;панам*;بنما
Paraguay | paraguay paraguayan | ASUNCION
    paraguai;paraguayo*;парагва*;باراغواي
Peru | peru peruvian | LIMA
    perú;pérou;peruano*;перу;بيرو
Philippines | philippines philippine | MANILA
    filipinas;philippines;filippinerna;philippinen;филиппин*;الفلبين
Poland | poland polish | WARSAW KRAKOW
    polônia;polonia;pologne;polen;польш*;польск*;بولندا
Portugal | portugal portuguese | LISBON
    portugais*;portugisisk*;португали*;البرتغال
Qatar | qatar qatari | DOHA
    catar;katar;катар*;قطر
Romania | romania romanian | BUCHAREST
    romênia;roménia;rumania;roumanie;rumänien;румыни*;رومانيا
Russia | russia russian gor | MOSCOW STPETERSBURG YEKATERINBURG VLADIVOSTOK
    rússia;russo;russa;russos;russas;rusia;ruso;rusa;rusos;rusas;russie;russe;russes;ryssland
    rysk;ryska;ryskt;ryssar;russland;russisch*;росси*;русск*;российск*;рф;روسيا;روسي*
Saudi Arabia | saudi | RIYADH JEDDAH DHAHRAN
    arábia saudita;arabia saudita;arabie saoudite;saudiarabien;saudi-arabien;саудовск*;السعودية
Serbia | serbia serbian | BELGRADE
    sérvia;serbie;serbien;серби*;صربيا
Somalia | somalia somali | NAIROBI
    somália;somalie;somalien;сомали*;الصومال
South Africa | south africa | PRETORIA CAPETOWN JOHANNESBURG DURBAN
    áfrica do sul;sudáfrica;afrique du sud;sydafrika;südafrika;юар;جنوب أفريقيا
South Korea | korea rok seoul | SEOUL
    coreia do sul;corea del sur;corée du sud;sydkorea;südkorea;южн* коре*;كوريا الجنوبية
Spain | spain spanish | MADRID BARCELONA
    espanha;españa;espagne;spanien;spansk*;испани*;إسبانيا
Sri Lanka | lanka lankan | COLOMBO
    sri lanka;шри-ланк*;ланк*;سريلانكا
Sudan | sudan sudanese | KHARTOUM
    sudão;sudán;soudan;судан*;السودان
Sweden | sweden swedish | STOCKHOLM
    suécia;suecia;suède;sverige;schweden;svensk*;svenska;швеци*;шведск*;السويد
Switzerland | switzerland swiss | BERN GENEVA
    suíça;suiza;suisse;schweiz;швейцари*;سويسرا
Syria | syria syrian | DAMASCUS
    síria;siria;syrie;syrien;сири*;سوريا;سورية
Taiwan | taiwan taiwanese | TAIPEI
    taiwán;тайван*;تايوان
Tajikistan | tajikistan tajik | DUSHANBE
    tadjiquistão;tayikistán;tadjikistan;tadzjikistan;tadschikistan;таджикистан*;طاجيكستان
Thailand | thailand thai | BANGKOK CHIANGMAI
    tailândia;tailandia;thaïlande;таиланд*;تايلاند
Tunisia | tunisia tunisian | TUNIS
    tunísia;túnez;tunisie;tunisien;тунис*;تونس
Turkey | turkey turkish | ANKARA ISTANBUL ADANA
    turquia;turquía;turquie;turkiet;türkei;турци*;турецк*;تركيا
Turkmenistan | turkmenistan turkmen | ASHGABAT
    turcomenistão;turkmenistán;туркмени*;تركمانستان
Ukraine | ukraine ukrainian | KYIV KIEV
    ucrânia;ucrania;ukraina;украин*;أوكرانيا
United Arab Emirates | uae emirati | ABUDHABI DUBAI
    emirados árabes;emiratos árabes;émirats arabes;förenade arabemiraten;оаэ;الإمارات
United Kingdom | britain british | LONDON
    reino unido;grã-bretanha;gran bretaña;royaume-uni;storbritannien;britannien;британи*
    великобритани*;بريطانيا
Uruguay | uruguay uruguayan | MONTEVIDEO
    uruguai;уругва*;الأوروغواي
Uzbekistan | uzbekistan uzbek | TASHKENT
    uzbequistão;uzbekistán;ouzbékistan;uzbekistan;usbekistan;узбекистан*;أوزبكستان
Venezuela | venezuela venezuelan | CARACAS
    venezuelano*;venezolano*;vénézuéla;венесуэл*;فنزويلا
Vietnam | vietnam vietnamese | HANOI HOCHIMINHCITY
    vietnã;viêt nam;вьетнам*;فيتنام
Yemen | yemen yemeni | SANAA
    iémen;iêmen;yémen;jemen;йемен*;اليمن
Zimbabwe | zimbabwe zimbabwean | HARARE
    zimbábue;zimbabue;зимбабве;زيمبابوي
Moscow | moscow | MOSCOW
    moscou;moscú;moskva;moskau;москв*;موسكو
Beijing | beijing | BEIJING
    pequim;pekín;pékin;peking;пекин*;بكين
London | london | LONDON
    londres;londra;лондон*;لندن
Brasilia | brasilia | BRASILIA
    brasília;бразилиа;برازيليا
Geneva | geneva | GENEVA
    genebra;ginebra;genève;genf;женев*;جنيف
Brussels | brussels | BRUSSELS USEUBRUSSELS USNATO
    bruxelas;bruselas;bruxelles;bryssel;brüssel;брюссел*;بروكسل
Havana | havana | HAVANA
    la habana;havanna;гаван*;هافانا
Tehran | tehran | RPODUBAI
    teerã;teerão;teherán;téhéran;teheran;тегеран*;طهران
Baghdad | baghdad | BAGHDAD
    bagdá;bagdad;багдад*;بغداد
Jerusalem | jerusalem | JERUSALEM
    jerusalém;jerusalén;jérusalem;иерусалим*;القدس
Cairo | cairo | CAIRO
    el cairo;le caire;kairo;каир*;القاهرة
Damascus | damascus | DAMASCUS
    damasco;damas;damaskus;дамаск*;دمشق
Beirut | beirut | BEIRUT
    beirute;beyrouth;бейрут*;بيروت
Stockholm | stockholm | STOCKHOLM
    estocolmo;стокгольм*;ستوكهولم
Kabul | kabul | KABUL
    cabul;kaboul;кабул*;كابول
Islamabad | islamabad | ISLAMABAD
    исламабад*;إسلام آباد
Kiev | kiev kyiv | KYIV KIEV
    kiev;kyiv;kiew;киев*;كييف
Warsaw | warsaw | WARSAW
    varsóvia;varsovia;varsovie;warszawa;warschau;варшав*;وارسو
Lisbon | lisbon | LISBON
    lisboa;lisbonne;lissabon;лиссабон*;لشبونة
New Delhi | delhi | NEWDELHI
    nova déli;nova delhi;nueva delhi;new delhi;nouvelle-delhi;delhi;нью-дели;дели;نيودلهي
Tokyo | tokyo | TOKYO
    tóquio;tokio;токио;طوكيو
Athens | athens | ATHENS
    atenas;athènes;aten;athen;афин*;أثينا
Tashkent | tashkent | TASHKENT
    tasquente;taskent;tachkent;tasjkent;ташкент*;طشقند
Dushanbe | dushanbe | DUSHANBE
    duchambé;douchanbé;душанбе;دوشنبه
Khartoum | khartoum | KHARTOUM
    cartum;jartum;khartum;хартум*;الخرطوم
NATO | nato | USNATO
    otan;nato;нато;الناتو;حلف الأطلسي
United Nations | un | USUNNEWYORK UNVIE GENEVA
    onu;nações unidas;naciones unidas;nations unies;förenta nationerna;оон;الأمم المتحدة
European Union | eu | USEUBRUSSELS
    união europeia;unión europea;union européenne;europeiska unionen;евросоюз*;الاتحاد الأوروبي
IAEA | iaea | UNVIE
    aiea;oiea;магатэ;الوكالة الدولية للطاقة الذرية
Hizballah | hizballah hezbollah hizbollah | BEIRUT
    hezbollah;hizbollah;hezbolá;hizbolá;хезболл*;хизбалл*;حزب الله
Hamas | hamas | JERUSALEM TELAVIV
    hamás;хамас*;حماس
Taliban | taliban | KABUL ISLAMABAD PESHAWAR
    talibã;talibán;talibanes;talibans;taleban;талибан*;талиб*;طالبان
Al-Qaida | qaida qaeda |
    al-qaeda;al qaeda;al-qaida;al qaida;al-qaïda;al qaïda;аль-каид*;القاعدة
Tamil Tigers | ltte tamil | COLOMBO
    tigres tâmeis;tigres tamiles;tigres tamouls;tamilska tigrarna;тигры освобождения
    نمور التاميل
"""

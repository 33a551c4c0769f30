"""Which country a well-known city lies in: capitals and large or often-named cities, so that 'a company based in
Aveiro' and 'registered in Portugal', or 'Tbilisi' and 'Georgia', are read as one place told at two scales rather
than two places. A city named in several countries ('Valencia', 'Hyderabad', 'Perth') holds all of them."""

from __future__ import annotations

from reconcile.facts.tokens import strip_accents

_TABLE = """
afghanistan: kabul, kandahar, herat, mazar-i-sharif, jalalabad
albania: tirana, durres, vlore, shkoder
algeria: algiers, oran, constantine, annaba
andorra: andorra la vella
angola: luanda, huambo, lobito, benguela
argentina: buenos aires, cordoba, rosario, mendoza, la plata, mar del plata, tucuman, salta, bahia blanca, ushuaia,
  neuquen, santa fe, san juan, puerto madryn, comodoro rivadavia, rio gallegos
armenia: yerevan, gyumri, vanadzor
australia: canberra, sydney, melbourne, brisbane, perth, adelaide, hobart, darwin, gold coast, newcastle, cairns,
  townsville, geelong, wollongong, alice springs
austria: vienna, graz, linz, salzburg, innsbruck, klagenfurt
azerbaijan: baku, ganja, sumgait
bahamas: nassau, freeport
bahrain: manama, muharraq
bangladesh: dhaka, chittagong, chattogram, khulna, rajshahi, sylhet, barisal, rangpur, cox's bazar, narayanganj,
  mymensingh, comilla, gazipur
barbados: bridgetown
belarus: minsk, gomel, brest, grodno, vitebsk, mogilev
belgium: brussels, antwerp, ghent, bruges, liege, charleroi, leuven, namur, mons, ostend, hasselt, mechelen, kortrijk
belize: belmopan, belize city
benin: porto-novo, cotonou, parakou
bhutan: thimphu, paro
bolivia: la paz, sucre, santa cruz, cochabamba, el alto, oruro, potosi
bosnia: sarajevo, banja luka, mostar, tuzla, zenica
botswana: gaborone, francistown
brazil: brasilia, sao paulo, rio de janeiro, salvador, fortaleza, belo horizonte, manaus, curitiba, recife,
  porto alegre, belem, goiania, campinas, santos, florianopolis, natal, maceio, joao pessoa, vitoria
brunei: bandar seri begawan
bulgaria: sofia, plovdiv, varna, burgas, ruse, stara zagora
burkina: ouagadougou, bobo-dioulasso
burundi: gitega, bujumbura
cambodia: phnom penh, siem reap, battambang, sihanoukville
cameroon: yaounde, douala, bamenda, garoua, buea
canada: ottawa, toronto, montreal, vancouver, calgary, edmonton, winnipeg, quebec city, halifax, victoria,
  hamilton, regina, saskatoon, st. john's, fredericton, charlottetown, whitehorse, yellowknife, iqaluit, london,
  kitchener, windsor, moncton
chad: n'djamena, moundou
chile: santiago, valparaiso, concepcion, vina del mar, antofagasta, temuco, la serena, valdivia, puerto montt,
  punta arenas, iquique, arica, rancagua, talca, chillan
china: beijing, shanghai, guangzhou, shenzhen, chengdu, chongqing, tianjin, wuhan, xi'an, hangzhou, nanjing,
  shenyang, harbin, kunming, zhengzhou, changsha, qingdao, dalian, xiamen, suzhou, urumqi, lhasa, hong kong, macau
colombia: bogota, medellin, cali, barranquilla, cartagena, bucaramanga, cucuta, pereira, santa marta, manizales,
  ibague, pasto, villavicencio
comoros: moroni
congo: brazzaville, pointe-noire
costa rica: san jose, limon, alajuela, heredia, cartago
cote d'ivoire: yamoussoukro, abidjan, bouake
croatia: zagreb, split, rijeka, osijek, zadar, dubrovnik, pula
cuba: havana, santiago de cuba, camaguey, holguin
cyprus: nicosia, limassol, larnaca, paphos, famagusta
czech republic: prague, brno, ostrava, plzen, pilsen, olomouc, liberec
denmark: copenhagen, aarhus, odense, aalborg, esbjerg
djibouti: djibouti
dominican republic: santo domingo, santiago, puerto plata, punta cana
dr congo: kinshasa, lubumbashi, goma, bukavu, kisangani, mbuji-mayi, kananga, bunia
ecuador: quito, guayaquil, cuenca, manta, machala, esmeraldas
egypt: cairo, alexandria, giza, luxor, aswan, port said, suez, sharm el-sheikh, hurghada, ismailia, mansoura, tanta
el salvador: san salvador, santa ana, san miguel
eritrea: asmara, massawa
estonia: tallinn, tartu, narva, parnu
eswatini: mbabane, manzini
ethiopia: addis ababa, dire dawa, mekelle, gondar, bahir dar, hawassa, adama, jimma, harar
fiji: suva, nadi, lautoka
finland: helsinki, espoo, tampere, turku, oulu, vantaa, rovaniemi
france: paris, marseille, lyon, toulouse, nice, nantes, strasbourg, montpellier, bordeaux, lille, rennes, reims,
  le havre, toulon, grenoble, dijon, brest, calais, cannes, ajaccio, bastia, rouen, avignon, perpignan, metz, nancy
gabon: libreville, port-gentil
gambia: banjul, serekunda
georgia: tbilisi, batumi, kutaisi, rustavi, gori, zugdidi, poti
germany: berlin, hamburg, munich, cologne, frankfurt, stuttgart, dusseldorf, leipzig, dortmund, essen, bremen,
  dresden, hanover, nuremberg, duisburg, bochum, bonn, karlsruhe, mannheim, augsburg, wiesbaden, kiel, rostock,
  magdeburg, freiburg, mainz, erfurt, potsdam, zwickau, chemnitz, wolfsburg, ingolstadt
ghana: accra, kumasi, tamale, takoradi, sekondi-takoradi, cape coast, tema
greece: athens, thessaloniki, patras, heraklion, larissa, volos, piraeus, rhodes, corfu, ioannina, chania
guatemala: guatemala city, quetzaltenango, antigua, escuintla, mixco
guinea: conakry, nzerekore, kankan
haiti: port-au-prince, cap-haitien, gonaives, les cayes
honduras: tegucigalpa, san pedro sula, la ceiba
hungary: budapest, debrecen, szeged, miskolc, pecs, gyor
iceland: reykjavik, akureyri, keflavik
india: new delhi, delhi, mumbai, kolkata, chennai, bengaluru, bangalore, hyderabad, ahmedabad, pune, surat, jaipur,
  lucknow, kanpur, nagpur, indore, bhopal, patna, vadodara, ludhiana, agra, nashik, varanasi, srinagar, amritsar,
  chandigarh, guwahati, thiruvananthapuram, kochi, coimbatore, madurai, visakhapatnam, bhubaneswar, dehradun,
  shimla, ranchi, raipur, jammu, mysuru, mysore, mangaluru, goa, panaji, imphal, shillong, gurugram, gurgaon, noida
indonesia: jakarta, surabaya, bandung, medan, semarang, makassar, palembang, denpasar, yogyakarta, malang,
  balikpapan, pontianak, manado, padang, jayapura, banda aceh, mataram, kupang, batam, bogor, tangerang, bekasi
iran: tehran, mashhad, isfahan, karaj, shiraz, tabriz, qom, ahvaz, kermanshah, rasht, bandar abbas, zahedan
iraq: baghdad, basra, mosul, erbil, kirkuk, najaf, karbala, sulaymaniyah, fallujah, ramadi, tikrit
ireland: dublin, cork, limerick, galway, waterford, drogheda, dundalk, kilkenny, sligo, athlone
israel: jerusalem, tel aviv, haifa, beersheba, eilat, ashdod, ashkelon, netanya, nazareth
italy: rome, milan, naples, turin, palermo, genoa, bologna, florence, bari, catania, venice, verona, messina,
  padua, trieste, brescia, parma, taranto, prato, modena, reggio calabria, perugia, cagliari, livorno, ravenna,
  pisa, bergamo, crotone, salerno, ancona, lecce, trento, bolzano, aosta, l'aquila
jamaica: kingston, montego bay, spanish town
japan: tokyo, yokohama, osaka, nagoya, sapporo, fukuoka, kobe, kyoto, kawasaki, saitama, hiroshima, sendai,
  kitakyushu, chiba, niigata, hamamatsu, kumamoto, okayama, kagoshima, naha, nagasaki, utsunomiya, kanazawa,
  matsuyama, nara, hakodate
jordan: amman, zarqa, irbid, aqaba, mafraq
kazakhstan: astana, almaty, shymkent, karaganda, aktobe, atyrau, pavlodar
kenya: nairobi, mombasa, kisumu, nakuru, eldoret, naivasha, malindi, garissa, thika, nyeri, machakos, lamu, kitale
kosovo: pristina, prizren, mitrovica
kuwait: kuwait city
kyrgyzstan: bishkek, osh
laos: vientiane, luang prabang, savannakhet
latvia: riga, daugavpils, liepaja, jelgava
lebanon: beirut, tripoli, sidon, tyre, baalbek, byblos, zahle
lesotho: maseru
liberia: monrovia, buchanan
libya: tripoli, benghazi, misrata, sirte, derna, tobruk, sabha
liechtenstein: vaduz
lithuania: vilnius, kaunas, klaipeda, siauliai, panevezys
luxembourg: luxembourg
madagascar: antananarivo, toamasina, antsirabe, mahajanga, fianarantsoa, toliara
malawi: lilongwe, blantyre, mzuzu, zomba, mangochi
malaysia: kuala lumpur, putrajaya, george town, penang, johor bahru, ipoh, kuching, kota kinabalu, malacca,
  melaka, shah alam, klang, kuantan, alor setar
maldives: male'
mali: bamako, timbuktu, gao, mopti, kidal, segou, sikasso
malta: valletta, birkirkara, sliema
mauritania: nouakchott, nouadhibou
mauritius: port louis
mexico: mexico city, guadalajara, monterrey, puebla, tijuana, leon, juarez, ciudad juarez, cancun, merida,
  acapulco, veracruz, oaxaca, chihuahua, culiacan, hermosillo, morelia, queretaro, aguascalientes, toluca,
  san luis potosi, saltillo, mazatlan, tampico, villahermosa, tuxtla gutierrez, la paz, reynosa, matamoros
moldova: chisinau, balti, tiraspol
monaco: monaco, monte carlo
mongolia: ulaanbaatar, erdenet, darkhan
montenegro: podgorica, niksic, budva, kotor
morocco: rabat, casablanca, marrakech, marrakesh, fez, fes, tangier, agadir, meknes, oujda, kenitra, tetouan,
  laayoune, essaouira, nador
mozambique: maputo, beira, nampula, pemba, quelimane, tete, matola
myanmar: naypyidaw, yangon, rangoon, mandalay, mawlamyine, bago, sittwe
namibia: windhoek, walvis bay, swakopmund
nepal: kathmandu, pokhara, lalitpur, bharatpur, biratnagar, birgunj, dharan, butwal, janakpur, lukla, namche bazaar
netherlands: amsterdam, rotterdam, the hague, utrecht, eindhoven, groningen, tilburg, almere, breda, nijmegen,
  maastricht, arnhem, haarlem, leiden, delft, zwolle, enschede
new zealand: wellington, auckland, christchurch, hamilton, tauranga, dunedin, napier, nelson, queenstown, rotorua
nicaragua: managua, leon, granada, masaya
niger: niamey, zinder, maradi, agadez
nigeria: abuja, lagos, kano, ibadan, port harcourt, benin city, kaduna, maiduguri, enugu, jos, ilorin, aba,
  onitsha, owerri, calabar, warri, sokoto, abeokuta, akure, uyo, yola, minna, katsina, zaria, bauchi, gombe
north korea: pyongyang, nampo, hamhung, kaesong
north macedonia: skopje, bitola, ohrid
norway: oslo, bergen, trondheim, stavanger, tromso, kristiansand, drammen, bodo, alesund, hammerfest,
  longyearbyen
oman: muscat, salalah, sohar, duqm
pakistan: islamabad, karachi, lahore, faisalabad, rawalpindi, multan, peshawar, quetta, hyderabad, gujranwala,
  sialkot, gilgit, skardu, chilas, abbottabad, muzaffarabad, gwadar, sukkur, bahawalpur, mardan, swat
palestine: ramallah, gaza, hebron, nablus, bethlehem, jenin, khan younis, rafah
panama: panama city, colon
papua new guinea: port moresby, lae, mount hagen, madang, wewak, goroka, tari
paraguay: asuncion, ciudad del este, encarnacion
peru: lima, arequipa, trujillo, chiclayo, cusco, cuzco, piura, iquitos, huancayo, tacna, puno, chimbote, callao,
  ayacucho, cajamarca, pucallpa
philippines: manila, quezon city, davao, cebu, cebu city, zamboanga, makati, pasig, taguig, cagayan de oro,
  iloilo, bacolod, baguio, tacloban, general santos, calapan, batangas, legazpi, puerto princesa
poland: warsaw, krakow, lodz, wroclaw, poznan, gdansk, szczecin, bydgoszcz, lublin, katowice, bialystok, gdynia,
  czestochowa, radom, torun, rzeszow, kielce, olsztyn, opole, plock
portugal: lisbon, porto, braga, coimbra, funchal, faro, aveiro, setubal, evora, ponta delgada, guimaraes, viseu
qatar: doha, al wakrah, lusail
romania: bucharest, cluj-napoca, timisoara, iasi, constanta, craiova, brasov, galati, ploiesti, oradea, sibiu,
  arad, pitesti, bacau, suceava
russia: moscow, saint petersburg, st petersburg, st. petersburg, novosibirsk, yekaterinburg, kazan,
  nizhny novgorod, chelyabinsk, samara, omsk, rostov-on-don, ufa, krasnoyarsk, voronezh, perm, volgograd,
  krasnodar, vladivostok, murmansk, kaliningrad, irkutsk, khabarovsk, sochi, belgorod, kursk, grozny
rwanda: kigali, butare, gisenyi, ruhengeri
samoa: apia
saudi arabia: riyadh, jeddah, mecca, medina, dammam, khobar, taif, tabuk, abha, jizan
senegal: dakar, touba, thies, saint-louis, ziguinchor, kaolack, mbour
serbia: belgrade, novi sad, nis, kragujevac, subotica
sierra leone: freetown, kenema
singapore: singapore
slovakia: bratislava, kosice, presov, zilina, nitra, banska bystrica
slovenia: ljubljana, maribor, celje, koper
somalia: mogadishu, hargeisa, kismayo, baidoa, bosaso, garowe
south africa: pretoria, cape town, johannesburg, durban, port elizabeth, gqeberha, bloemfontein, east london,
  pietermaritzburg, soweto, polokwane, nelspruit, mbombela, kimberley, rustenburg, stellenbosch
south korea: seoul, busan, incheon, daegu, daejeon, gwangju, ulsan, suwon, changwon, jeju, sejong, pohang,
  gangneung, jeonju, cheongju, pyeongchang
south sudan: juba, malakal, wau, bor
spain: madrid, barcelona, valencia, seville, sevilla, zaragoza, malaga, murcia, palma, bilbao, alicante, cordoba,
  valladolid, vigo, gijon, granada, la coruna, a coruna, vitoria, santander, pamplona, san sebastian, cadiz,
  toledo, salamanca, tarragona, girona, lleida, almeria, huelva, santiago de compostela, las palmas,
  santa cruz de tenerife, ibiza, oviedo, burgos, leon, badajoz, caceres, logrono, marbella
sri lanka: colombo, sri jayawardenepura kotte, kandy, galle, jaffna, trincomalee, negombo, batticaloa
sudan: khartoum, omdurman, port sudan, el fasher, nyala, kassala, el obeid, wad madani
suriname: paramaribo
sweden: stockholm, gothenburg, malmo, uppsala, vasteras, orebro, linkoping, helsingborg, jonkoping, norrkoping,
  lund, umea, kiruna, lulea, visby
switzerland: bern, zurich, geneva, basel, lausanne, lucerne, st. gallen, lugano, winterthur, zermatt, sion,
  verbier, davos, fribourg, neuchatel, chur, interlaken, thun, montreux
syria: damascus, aleppo, homs, latakia, hama, raqqa, deir ez-zor, idlib, daraa, tartus, qamishli
taiwan: taipei, kaohsiung, taichung, tainan, taoyuan, hsinchu, keelung, hualien
tajikistan: dushanbe, khujand
tanzania: dodoma, dar es salaam, arusha, mwanza, zanzibar, stone town, mbeya, morogoro, tanga, moshi, kigoma,
  mtwara, nansio
thailand: bangkok, chiang mai, phuket, pattaya, hat yai, nakhon ratchasima, khon kaen, udon thani, chiang rai,
  krabi, songkhla, ayutthaya, surat thani
togo: lome, sokode, kara
tonga: nuku'alofa
tunisia: tunis, sfax, sousse, kairouan, bizerte, gabes, monastir, djerba
turkey: ankara, istanbul, izmir, bursa, antalya, adana, konya, gaziantep, mersin, diyarbakir, kayseri, eskisehir,
  samsun, trabzon, erzurum, malatya, hatay, antakya, kahramanmaras, sanliurfa, bodrum
turkmenistan: ashgabat, turkmenabat
uganda: kampala, entebbe, gulu, mbarara, jinja, lira, mbale, arua, fort portal
ukraine: kyiv, kharkiv, odesa, odessa, dnipro, donetsk, zaporizhzhia, lviv, kryvyi rih, mykolaiv, mariupol,
  luhansk, kherson, poltava, chernihiv, sumy, vinnytsia, zhytomyr, uzhhorod, ivano-frankivsk, ternopil, bucha
uae: abu dhabi, dubai, sharjah, ajman, ras al khaimah, fujairah, al ain
uk: london, birmingham, manchester, glasgow, liverpool, leeds, sheffield, edinburgh, bristol, cardiff, belfast,
  leicester, nottingham, newcastle, southampton, portsmouth, plymouth, aberdeen, dundee, swansea, oxford,
  cambridge, brighton, coventry, bradford, hull, york, derry, inverness, stoke-on-trent, norwich, exeter, perth,
  dover, luton, sunderland, wolverhampton, canterbury, stirling, lancaster, carlisle, chester, king's lynn,
  land's end, bishop's stortford
uruguay: montevideo, salto, paysandu, punta del este, maldonado, colonia del sacramento, canelones, rivera
us: washington, new york, new york city, los angeles, chicago, houston, phoenix, philadelphia, san antonio,
  san diego, dallas, san jose, austin, jacksonville, san francisco, seattle, denver, boston, detroit, nashville,
  memphis, portland, las vegas, baltimore, milwaukee, albuquerque, tucson, fresno, sacramento, atlanta, miami,
  kansas city, omaha, raleigh, minneapolis, cleveland, tulsa, new orleans, honolulu, anchorage, pittsburgh,
  cincinnati, st. louis, st louis, orlando, tampa, salt lake city, buffalo, richmond, charlotte, indianapolis,
  columbus, oklahoma city, louisville, birmingham, alexandria, paris, perth amboy, newark, hartford, providence,
  albany, santa fe, boise, cheyenne, juneau, helena, bismarck, des moines, little rock, jackson, montgomery,
  tallahassee, columbia, annapolis, trenton, dover, harrisburg, madison, lansing, springfield, topeka, lincoln,
  pierre, carson city, olympia, salem, frankfort, charleston, concord, montpelier, augusta, baton rouge,
  martha's vineyard
uzbekistan: tashkent, samarkand, bukhara, namangan, andijan, fergana, nukus
vanuatu: port vila
venezuela: caracas, maracaibo, valencia, barquisimeto, maracay, ciudad guayana, barcelona, maturin, merida
vietnam: hanoi, ho chi minh city, saigon, da nang, haiphong, hai phong, can tho, hue, nha trang, vung tau, ha long,
  da lat, quy nhon
yemen: sanaa, sana'a, aden, taiz, hodeidah, mukalla, marib, ibb, dhamar, saada
zambia: lusaka, kitwe, ndola, livingstone, kabwe
zimbabwe: harare, bulawayo, mutare, gweru, masvingo, victoria falls
"""


def _key(name: str) -> str:
    return strip_accents(name).lower().replace("’", "'").strip()


def _load() -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    country = ""
    for line in _TABLE.strip().splitlines():
        if not line.startswith(" "):
            country, _, line = line.partition(":")
        for city in line.split(","):
            if city.strip():
                out.setdefault(_key(city), set()).add(country.strip())
    return {city: frozenset(countries) for city, countries in out.items()}


CITY_COUNTRIES = _load()
"""Lower-case city name without accents -> the keys of the countries it is in."""


def countries_of(city: str) -> frozenset[str]:
    """The countries the table puts a city in, the city as written ('Göteborg', 'Gothenburg'), or none."""
    return CITY_COUNTRIES.get(_key(city), frozenset())


def city_in_country(city: str, country: str) -> bool:
    """Whether a city is one of the table's in that country (both as written; the country by the key of its
    entity, alias-resolved: 'us', 'uk', 'czech republic', 'south africa')."""
    return _key(country) in countries_of(city)


STATES_AND_PROVINCES = frozenset(
    _key(n)
    for n in (
        "Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia Hawaii Idaho Illinois "
        "Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan Minnesota Mississippi Missouri "
        "Montana Nebraska Nevada Ohio Oklahoma Oregon Pennsylvania Tennessee Texas Utah Vermont Virginia Washington "
        "Wisconsin Wyoming Alberta Manitoba Ontario Quebec Saskatchewan Yukon Queensland Tasmania Victoria"
    ).split()
    + [
        "New Hampshire", "New Jersey", "New Mexico", "New York", "North Carolina", "North Dakota", "Rhode Island",
        "South Carolina", "South Dakota", "West Virginia", "British Columbia", "New Brunswick", "Nova Scotia",
        "Prince Edward Island", "Newfoundland and Labrador", "New South Wales", "South Australia",
        "Western Australia", "Northern Territory",
    ]
)  # fmt: skip
"""US states, Canadian provinces and Australian states, by key: a place that holds towns ('her New York home' is
no home in another town than 'her home in Chappaqua, N.Y.')."""


def is_state_or_province(name: str) -> bool:
    """Whether a name, as written, is one of STATES_AND_PROVINCES."""
    return _key(name) in STATES_AND_PROVINCES

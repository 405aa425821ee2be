//! The gazetteer: places as data.
//!
//! Every table is rows of `&'static str` fields (stored as one string each, see [`Table`]), parsed
//! once (see `places::gazetteer`). Within a row,
//! `;` separates entries and `|` separates a canonical name from its aliases (canonical first).
//! Surfaces are written as they appear in running text (capitalised); the matcher adds their
//! ALL-CAPS forms itself. A canonical name written `=Name` is only a name, not a surface matched
//! in text (the Seychelles' capital Victoria must not take the Australian state's mentions).
//!
//! When one surface names several entries (Washington the city and the state, Georgia the country
//! and the state), priority is Country, then City, then Region, then Venue, and within a kind the
//! first row wins; context can pick another (`Atlanta, Georgia`).

use std::marker::PhantomData;

/// A table of rows stored as one string, rows ending in `\n` and fields separated by `\t`,
/// written by [`table!`] from the row literals below. One string instead of an array of string
/// slices keeps about 6 KB of pointer tables out of the wasm and the names next to each other,
/// which compresses better. Iterating yields each row as `&str` or a tuple of `&str`s.
pub(super) struct Table<R> {
    text: &'static str,
    row: PhantomData<R>,
}

impl<R: Row> Table<R> {
    const fn new(text: &'static str) -> Self {
        Table {
            text,
            row: PhantomData,
        }
    }

    /// The rows, in the order written (as `for row in TABLE` gives them; for the tests).
    #[cfg(test)]
    pub(super) fn iter(&self) -> impl Iterator<Item = R> {
        self.text.lines().map(R::from_line)
    }
}

impl<R: Row> IntoIterator for Table<R> {
    type Item = R;
    type IntoIter = std::iter::Map<std::str::Lines<'static>, fn(&'static str) -> R>;

    fn into_iter(self) -> Self::IntoIter {
        self.text.lines().map(R::from_line as fn(&'static str) -> R)
    }
}

/// A table row read back from its line.
pub(super) trait Row {
    fn from_line(line: &'static str) -> Self;
}

impl Row for &'static str {
    fn from_line(line: &'static str) -> Self {
        line
    }
}

impl Row for (&'static str, &'static str) {
    fn from_line(line: &'static str) -> Self {
        line.split_once('\t').unwrap_or((line, ""))
    }
}

impl Row for (&'static str, &'static str, &'static str) {
    fn from_line(line: &'static str) -> Self {
        let (a, rest) = line.split_once('\t').unwrap_or((line, ""));
        let (b, c) = rest.split_once('\t').unwrap_or((rest, ""));
        (a, b, c)
    }
}

/// A [`Table`] from row literals: `"a", "b"`, `("a", "b"), …` or `("a", "b", "c"), …`.
macro_rules! table {
    ($(($a:literal, $b:literal, $c:literal)),* $(,)?) => {
        Table::new(concat!($($a, "\t", $b, "\t", $c, "\n"),*))
    };
    ($(($a:literal, $b:literal)),* $(,)?) => {
        Table::new(concat!($($a, "\t", $b, "\n"),*))
    };
    ($($a:literal),* $(,)?) => {
        Table::new(concat!($($a, "\n"),*))
    };
}

/// Sovereign states (and a few widely treated as countries), one row each: `canonical|alias|…`.
/// The canonical name is also the `country` of every place inside it.
pub(super) const COUNTRIES: Table<&str> = table![
    "Afghanistan",
    "Albania",
    "Algeria",
    "Andorra",
    "Angola",
    "Antigua and Barbuda|Antigua",
    "Argentina",
    "Armenia",
    "Australia",
    "Austria",
    "Azerbaijan",
    "Bahamas",
    "Bahrain",
    "Bangladesh",
    "Barbados",
    "Belarus",
    "Belgium",
    "Belize",
    "Benin",
    "Bhutan",
    "Bolivia",
    "Bosnia and Herzegovina|Bosnia-Herzegovina|Bosnia",
    "Botswana",
    "Brazil|Brasil",
    "Brunei",
    "Bulgaria",
    "Burkina Faso",
    "Burundi",
    "Cambodia",
    "Cameroon",
    "Canada",
    "Cape Verde|Cabo Verde",
    "Central African Republic",
    "Chad",
    "Chile",
    "China|People's Republic of China|Mainland China|PRC",
    "Colombia",
    "Comoros",
    "Democratic Republic of the Congo|Democratic Republic of Congo|DR Congo|DRC|\
        Congo-Kinshasa|Congo",
    "Republic of the Congo|Congo-Brazzaville",
    "Costa Rica",
    "Croatia",
    "Cuba",
    "Cyprus",
    "Czech Republic|Czechia",
    "Denmark",
    "Djibouti",
    "Dominica",
    "Dominican Republic",
    "Ecuador",
    "Egypt",
    "El Salvador",
    "Equatorial Guinea",
    "Eritrea",
    "Estonia",
    "Eswatini|Swaziland",
    "Ethiopia",
    "Fiji",
    "Finland",
    "France",
    "Gabon",
    "Gambia",
    "Georgia",
    "Germany",
    "Ghana",
    "Greece",
    "Grenada",
    "Guatemala",
    "Guinea",
    "Guinea-Bissau",
    "Guyana",
    "Haiti",
    "Honduras",
    "Hungary",
    "Iceland",
    "India",
    "Indonesia",
    "Iran|Islamic Republic of Iran",
    "Iraq",
    "Ireland|Republic of Ireland|Eire",
    "Israel",
    "Italy",
    "Ivory Coast|Côte d'Ivoire|Côte d’Ivoire|Cote d'Ivoire",
    "Jamaica",
    "Japan",
    "Jordan",
    "Kazakhstan",
    "Kenya",
    "Kiribati",
    "Kosovo",
    "Kuwait",
    "Kyrgyzstan|Kyrgyz Republic",
    "Laos",
    "Latvia",
    "Lebanon",
    "Lesotho",
    "Liberia",
    "Libya",
    "Liechtenstein",
    "Lithuania",
    "Luxembourg",
    "Madagascar",
    "Malawi",
    "Malaysia",
    "Maldives",
    "Mali",
    "Malta",
    "Marshall Islands",
    "Mauritania",
    "Mauritius",
    "Mexico",
    "Micronesia",
    "Moldova",
    "Monaco",
    "Mongolia",
    "Montenegro",
    "Morocco",
    "Mozambique",
    "Myanmar|Burma",
    "Namibia",
    "Nauru",
    "Nepal",
    "Netherlands|Holland",
    "New Zealand",
    "Nicaragua",
    "Niger",
    "Nigeria",
    "North Korea|DPRK|Democratic People's Republic of Korea",
    "North Macedonia|Macedonia",
    "Norway",
    "Oman",
    "Pakistan",
    "Palau",
    "Palestine|State of Palestine|Palestinian territories|Palestinian Territories",
    "Panama",
    "Papua New Guinea",
    "Paraguay",
    "Peru",
    "Philippines",
    "Poland",
    "Portugal",
    "Qatar",
    "Romania",
    "Russia|Russian Federation",
    "Rwanda",
    "Saint Kitts and Nevis|St. Kitts and Nevis|St Kitts and Nevis",
    "Saint Lucia|St. Lucia|St Lucia",
    "Saint Vincent and the Grenadines|St. Vincent and the Grenadines|St Vincent and the Grenadines",
    "Samoa",
    "San Marino",
    "São Tomé and Príncipe|Sao Tome and Principe",
    "Saudi Arabia",
    "Senegal",
    "Serbia",
    "Seychelles",
    "Sierra Leone",
    "Singapore",
    "Slovakia",
    "Slovenia",
    "Solomon Islands",
    "Somalia",
    "South Africa",
    "South Korea|Republic of Korea|Korea",
    "South Sudan",
    "Spain",
    "Sri Lanka",
    "Sudan",
    "Suriname",
    "Sweden",
    "Switzerland",
    "Syria",
    "Taiwan",
    "Tajikistan",
    "Tanzania",
    "Thailand",
    "Timor-Leste|East Timor",
    "Togo",
    "Tonga",
    "Trinidad and Tobago|Trinidad",
    "Tunisia",
    "Turkey|Türkiye|Turkiye",
    "Turkmenistan",
    "Tuvalu",
    "Uganda",
    "Ukraine",
    "United Arab Emirates|UAE|U.A.E.",
    "United Kingdom|UK|U.K.|Britain|Great Britain",
    "United States|United States of America|U.S.A.|USA|U.S.|US|America",
    "Uruguay",
    "Uzbekistan",
    "Vanuatu",
    "Vatican City|Holy See",
    "Venezuela",
    "Vietnam|Viet Nam",
    "Yemen",
    "Zambia",
    "Zimbabwe",
    "Soviet Union|USSR|U.S.S.R.",
];

/// Countries whose capital has the country's own name, so it has no separate city row.
#[cfg(test)]
pub(super) const CITY_STATES: &[&str] =
    &["Djibouti", "Monaco", "San Marino", "Singapore", "Vatican City", "Soviet Union"];

/// Sub-national and supranational regions, one row per country: `(country, "Region|alias; …")`.
/// The country `""` marks regions that span several countries or whose status is disputed.
#[rustfmt::skip]
pub(super) const REGIONS: Table<(&str, &str)> = table![
    ("United States", "Alabama; Alaska; Arizona; Arkansas; California; Colorado; Connecticut; \
        Delaware; Florida; Georgia; Hawaii|Hawai'i|Hawaiʻi; Idaho; Illinois; Indiana; Iowa; \
        Kansas; \
        Kentucky; Louisiana; Maine; Maryland; Massachusetts; Michigan; Minnesota; Mississippi; \
        Missouri; Montana; Nebraska; Nevada; New Hampshire; New Jersey; New Mexico; \
        New York|New York State|New York state; North Carolina; North Dakota; Ohio; Oklahoma; \
        Oregon; Pennsylvania; Rhode Island; South Carolina; South Dakota; Tennessee; Texas; Utah; \
        Vermont; Virginia; Washington|Washington State|Washington state; West Virginia; Wisconsin; \
        Wyoming; District of Columbia; Puerto Rico; Guam; American Samoa; U.S. Virgin Islands; \
        Long Island; Silicon Valley; New England"),
    ("Canada", "Alberta; British Columbia; Manitoba; New Brunswick; \
        Newfoundland and Labrador|Newfoundland; Nova Scotia; Ontario; Prince Edward Island; \
        Quebec|Québec; Saskatchewan; Northwest Territories; Nunavut; Yukon"),
    ("Ukraine", "Crimea|Crimean Peninsula; Donbas|Donbass"),
    ("Russia", "Siberia; Chechnya; Dagestan; Tatarstan"),
    ("Palestine", "Gaza Strip|Gaza; West Bank"),
    ("Georgia", "Abkhazia; South Ossetia"),
    ("Azerbaijan", "Nagorno-Karabakh|Karabakh"),
    ("Moldova", "Transnistria"),
    ("United Kingdom", "England; Scotland; Wales; Northern Ireland"),
    ("Spain", "Catalonia|Catalunya; Basque Country; Andalusia; Canary Islands; Mallorca|Majorca"),
    ("France", "Corsica; Brittany; Normandy; Provence; Alsace"),
    ("Germany", "Bavaria; Saxony; Brandenburg"),
    ("Italy", "Sicily; Sardinia; Lombardy; Tuscany"),
    ("Belgium", "Flanders; Wallonia"),
    ("Denmark", "Greenland; Faroe Islands"),
    ("Norway", "Svalbard"),
    ("Romania", "Transylvania"),
    ("Australia", "New South Wales; Victoria; Queensland; Western Australia; South Australia; \
        Tasmania; Northern Territory"),
    ("China", "Tibet; Xinjiang; Inner Mongolia; Guangdong; Sichuan; Yunnan; Hubei; Fujian"),
    ("India", "Gujarat; Kerala; Maharashtra; Uttar Pradesh; Bihar; West Bengal; Tamil Nadu; \
        Karnataka; Rajasthan; Assam; Manipur; Goa"),
    ("Pakistan", "Balochistan|Baluchistan; Khyber Pakhtunkhwa; Sindh"),
    ("Japan", "Okinawa; Hokkaido"),
    ("Indonesia", "Bali; Java; Sumatra; Aceh"),
    ("Philippines", "Mindanao; Luzon"),
    ("Myanmar", "Rakhine"),
    ("Mexico", "Sinaloa; Jalisco; Oaxaca; Baja California; Yucatán|Yucatan"),
    ("Brazil", "Amazonas; Rio Grande do Sul"),
    ("Egypt", "Sinai|Sinai Peninsula"),
    ("Sudan", "Darfur; Kordofan"),
    ("Ethiopia", "Tigray; Amhara; Oromia"),
    ("Democratic Republic of the Congo", "North Kivu; South Kivu"),
    ("Somalia", "Somaliland; Puntland"),
    ("Nigeria", "Borno"),
    ("Lebanon", "Bekaa Valley|Bekaa"),
    ("Cuba", "Guantanamo Bay|Guantánamo Bay"),
    ("", "Kashmir; Punjab; Kurdistan; Golan Heights; Western Sahara; Europe; Asia; Africa; \
        North America; South America; Latin America; Central America; Caribbean; \
        Middle East|Mideast; \
        Central Asia; Southeast Asia; East Asia; South Asia; Eastern Europe; Western Europe; \
        Balkans; Caucasus; Scandinavia; Baltics; Arctic; Antarctica; Sahel; Sahara; \
        Horn of Africa; \
        Levant; Korean Peninsula; Indo-Pacific; Persian Gulf; Red Sea; Black Sea; Baltic Sea; \
        Sea of Azov; Mediterranean; South China Sea; Taiwan Strait; Strait of Hormuz; Patagonia"),
];

/// Cities, one row per country: `(country, "City|alias; …")`, the capital first unless the
/// country is a city-state (see `CITY_STATES`).
#[rustfmt::skip]
pub(super) const CITIES: Table<(&str, &str)> = table![
    ("Afghanistan", "Kabul; Kandahar; Herat; Mazar-i-Sharif|Mazar-e-Sharif; Jalalabad; Kunduz"),
    ("Albania", "Tirana|Tirane"),
    ("Algeria", "Algiers; Oran"),
    ("Andorra", "Andorra la Vella"),
    ("Angola", "Luanda"),
    ("Antigua and Barbuda", "St. John's|Saint John's"),
    ("Argentina", "Buenos Aires; Córdoba|Cordoba; Rosario; Mendoza"),
    ("Armenia", "Yerevan"),
    ("Australia", "Canberra; Sydney; Melbourne; Brisbane; Perth; Adelaide; Hobart; Darwin; \
        Gold Coast"),
    ("Austria", "Vienna|Wien; Salzburg; Graz; Innsbruck; Linz"),
    ("Azerbaijan", "Baku"),
    ("Bahamas", "Nassau"),
    ("Bahrain", "Manama"),
    ("Bangladesh", "Dhaka|Dacca; Chittagong|Chattogram"),
    ("Barbados", "Bridgetown"),
    ("Belarus", "Minsk; Gomel|Homel; Grodno|Hrodna; Vitebsk"),
    ("Belgium", "Brussels|Bruxelles; Antwerp; Ghent|Gent; Liège|Liege; Bruges"),
    ("Belize", "Belmopan; Belize City"),
    ("Benin", "Porto-Novo; Cotonou"),
    ("Bhutan", "Thimphu"),
    ("Bolivia", "Sucre; La Paz"),
    ("Bosnia and Herzegovina", "Sarajevo; Banja Luka; Mostar; Srebrenica"),
    ("Botswana", "Gaborone"),
    ("Brazil", "Brasília|Brasilia; São Paulo|Sao Paulo; Rio de Janeiro|Rio; Salvador; \
        Belo Horizonte; Fortaleza; Recife; Manaus; Porto Alegre; Curitiba; Belém|Belem"),
    ("Brunei", "Bandar Seri Begawan"),
    ("Bulgaria", "Sofia; Plovdiv; Varna"),
    ("Burkina Faso", "Ouagadougou"),
    ("Burundi", "Gitega; Bujumbura"),
    ("Cambodia", "Phnom Penh; Siem Reap"),
    ("Cameroon", "Yaoundé|Yaounde; Douala"),
    ("Canada", "Ottawa; Toronto; Montreal|Montréal; Vancouver; Calgary; Edmonton; Winnipeg; \
        Quebec City|Québec City; Halifax; Saskatoon"),
    ("Cape Verde", "Praia"),
    ("Central African Republic", "Bangui"),
    ("Chad", "N'Djamena|N’Djamena|Ndjamena"),
    ("Chile", "Santiago; Valparaíso|Valparaiso"),
    ("China", "Beijing; Shanghai; Guangzhou; Shenzhen; Chongqing; Tianjin; Wuhan; Chengdu; \
        Nanjing; Xi'an|Xian; Hangzhou; Harbin; Shenyang; Dalian; Qingdao; Kunming; Urumqi; \
        Lhasa; Xiamen; Suzhou; Hong Kong; Macau|Macao"),
    ("Colombia", "Bogotá|Bogota; Medellín|Medellin; Cali; Cartagena; Barranquilla"),
    ("Comoros", "Moroni"),
    ("Democratic Republic of the Congo", "Kinshasa; Goma; Lubumbashi; Bukavu"),
    ("Republic of the Congo", "Brazzaville"),
    ("Costa Rica", "San José"),
    ("Croatia", "Zagreb; Dubrovnik"),
    ("Cuba", "Havana; Santiago de Cuba"),
    ("Cyprus", "Nicosia; Limassol; Larnaca"),
    ("Czech Republic", "Prague|Praha; Brno"),
    ("Denmark", "Copenhagen; Aarhus|Århus; Nuuk"),
    ("Dominica", "Roseau"),
    ("Dominican Republic", "Santo Domingo"),
    ("Ecuador", "Quito; Guayaquil"),
    ("Egypt", "Cairo; Alexandria; Giza; Luxor; Aswan; Port Said; Suez; \
        Sharm el-Sheikh|Sharm El-Sheikh|Sharm el Sheikh"),
    ("El Salvador", "San Salvador"),
    ("Equatorial Guinea", "Malabo"),
    ("Eritrea", "Asmara"),
    ("Estonia", "Tallinn; Tartu; Narva"),
    ("Eswatini", "Mbabane"),
    ("Ethiopia", "Addis Ababa; Mekelle"),
    ("Fiji", "Suva"),
    ("Finland", "Helsinki; Tampere; Turku"),
    ("France", "Paris; Marseille|Marseilles; Lyon|Lyons; Toulouse; Nice; Nantes; Strasbourg; \
        Montpellier; Bordeaux; Lille; Rennes; Reims; Calais; Cannes; Versailles; Grenoble; \
        Toulon; Le Havre"),
    ("Gabon", "Libreville"),
    ("Gambia", "Banjul"),
    ("Georgia", "Tbilisi; Batumi; Kutaisi"),
    ("Germany", "Berlin; Hamburg; Munich|München; Cologne|Köln; Frankfurt|Frankfurt am Main; \
        Stuttgart; Düsseldorf|Dusseldorf; Dortmund; Essen; Leipzig; Bremen; Dresden; \
        Hanover|Hannover; Nuremberg|Nürnberg; Bonn; Potsdam; Heidelberg; Mainz; Wiesbaden"),
    ("Ghana", "Accra; Kumasi"),
    ("Greece", "Athens; Thessaloniki; Piraeus; Patras; Heraklion"),
    ("Grenada", "St. George's"),
    ("Guatemala", "Guatemala City"),
    ("Guinea", "Conakry"),
    ("Guinea-Bissau", "Bissau"),
    ("Guyana", "Georgetown"),
    ("Haiti", "Port-au-Prince; Cap-Haïtien|Cap-Haitien"),
    ("Honduras", "Tegucigalpa; San Pedro Sula"),
    ("Hungary", "Budapest; Debrecen"),
    ("Iceland", "Reykjavík|Reykjavik"),
    ("India", "New Delhi; Delhi; Mumbai|Bombay; Kolkata|Calcutta; Chennai|Madras; \
        Bengaluru|Bangalore; Hyderabad; Ahmedabad; Pune; Jaipur; Lucknow; Kanpur; Surat; \
        Srinagar; Amritsar; Agra; Varanasi; Kochi|Cochin; Patna; Bhopal; Chandigarh; Nagpur"),
    ("Indonesia", "Jakarta; Surabaya; Bandung; Medan; Denpasar; Yogyakarta; Makassar; Semarang"),
    ("Iran", "Tehran|Teheran; Mashhad; Isfahan|Esfahan; Tabriz; Shiraz; Qom; Karaj; Ahvaz; \
        Bushehr; Natanz; Fordow"),
    ("Iraq", "Baghdad; Basra; Mosul; Erbil|Irbil; Kirkuk; Najaf; Karbala; Fallujah; Ramadi; \
        Sulaymaniyah"),
    ("Ireland", "Dublin; Cork; Galway; Limerick"),
    ("Israel", "Jerusalem; Tel Aviv; Haifa; Eilat; Beersheba|Beer Sheva; Ashkelon; Ashdod; \
        Sderot; Netanya"),
    ("Italy", "Rome; Milan|Milano; Naples|Napoli; Turin|Torino; Palermo; Genoa|Genova; Bologna; \
        Florence|Firenze; Venice|Venezia; Verona; Bari; Catania; Trieste; Pisa"),
    ("Ivory Coast", "Yamoussoukro; Abidjan"),
    ("Jamaica", "Kingston"),
    ("Japan", "Tokyo; Osaka; Yokohama; Nagoya; Sapporo; Kobe; Kyoto; Fukuoka; Hiroshima; \
        Nagasaki; Sendai; Fukushima; Naha"),
    ("Jordan", "Amman; Zarqa; Aqaba"),
    ("Kazakhstan", "Astana|Nur-Sultan; Almaty|Alma-Ata; Shymkent"),
    ("Kenya", "Nairobi; Mombasa; Kisumu"),
    ("Kiribati", "Tarawa|South Tarawa"),
    ("Kosovo", "Pristina|Prishtina"),
    ("Kuwait", "Kuwait City"),
    ("Kyrgyzstan", "Bishkek; Osh"),
    ("Laos", "Vientiane"),
    ("Latvia", "Riga"),
    ("Lebanon", "Beirut; Sidon; Tyre; Baalbek"),
    ("Lesotho", "Maseru"),
    ("Liberia", "Monrovia"),
    ("Libya", "Tripoli; Benghazi; Misrata|Misurata; Sirte"),
    ("Liechtenstein", "Vaduz"),
    ("Lithuania", "Vilnius; Kaunas; Klaipėda|Klaipeda"),
    ("Luxembourg", "Luxembourg City"),
    ("Madagascar", "Antananarivo"),
    ("Malawi", "Lilongwe; Blantyre"),
    ("Malaysia", "Kuala Lumpur; Putrajaya; Johor Bahru; Kota Kinabalu"),
    ("Maldives", "Malé"),
    ("Mali", "Bamako; Timbuktu"),
    ("Malta", "Valletta"),
    ("Marshall Islands", "Majuro"),
    ("Mauritania", "Nouakchott"),
    ("Mauritius", "Port Louis"),
    ("Mexico", "Mexico City; Guadalajara; Monterrey; Puebla; Tijuana; \
        Ciudad Juárez|Ciudad Juarez; Cancún|Cancun; Acapulco; Culiacán|Culiacan; Veracruz"),
    ("Micronesia", "Palikir"),
    ("Moldova", "Chișinău|Chişinău|Chisinau|Kishinev; Tiraspol"),
    ("Mongolia", "Ulaanbaatar|Ulan Bator"),
    ("Montenegro", "Podgorica"),
    ("Morocco", "Rabat; Casablanca; Marrakesh|Marrakech; Fez|Fes; Tangier|Tangiers; Agadir"),
    ("Mozambique", "Maputo; Beira"),
    ("Myanmar", "Naypyidaw|Naypyitaw|Nay Pyi Taw; Yangon|Rangoon; Mandalay"),
    ("Namibia", "Windhoek"),
    ("Nauru", "Yaren"),
    ("Nepal", "Kathmandu; Pokhara"),
    ("Netherlands", "Amsterdam; The Hague|the Hague|Den Haag; Rotterdam; Utrecht; Eindhoven"),
    ("New Zealand", "Wellington; Auckland; Christchurch"),
    ("Nicaragua", "Managua"),
    ("Niger", "Niamey"),
    ("Nigeria", "Abuja; Lagos; Kano; Ibadan; Port Harcourt; Kaduna; Maiduguri"),
    ("North Korea", "Pyongyang"),
    ("North Macedonia", "Skopje"),
    ("Norway", "Oslo; Bergen; Trondheim; Stavanger; Tromsø|Tromso"),
    ("Oman", "Muscat"),
    ("Pakistan", "Islamabad; Karachi; Lahore; Peshawar; Quetta; Rawalpindi; Faisalabad; Multan"),
    ("Palau", "Ngerulmud"),
    ("Palestine", "Ramallah; Gaza City; Hebron; Nablus; Jenin; Bethlehem; Rafah; \
        Khan Younis|Khan Yunis; Jericho; Deir al-Balah; Tulkarm"),
    ("Panama", "Panama City"),
    ("Papua New Guinea", "Port Moresby"),
    ("Paraguay", "Asunción|Asuncion"),
    ("Peru", "Lima; Cusco|Cuzco; Arequipa"),
    ("Philippines", "Manila; Quezon City; Davao|Davao City; Cebu|Cebu City"),
    ("Poland", "Warsaw|Warszawa; Kraków|Krakow|Cracow; Łódź|Lodz; Wrocław|Wroclaw; \
        Poznań|Poznan; Gdańsk|Gdansk; Szczecin; Lublin; Rzeszów|Rzeszow; Katowice"),
    ("Portugal", "Lisbon|Lisboa; Porto|Oporto"),
    ("Qatar", "Doha"),
    ("Romania", "Bucharest|București|Bucuresti; Cluj-Napoca|Cluj; Timișoara|Timişoara|Timisoara; \
        Iași|Iasi; Constanța|Constanta"),
    ("Russia", "Moscow; Saint Petersburg|St. Petersburg|St Petersburg; Novosibirsk; \
        Yekaterinburg|Ekaterinburg; Kazan; Nizhny Novgorod; Chelyabinsk; Samara; Omsk; \
        Rostov-on-Don|Rostov; Ufa; Krasnoyarsk; Voronezh; Perm; Volgograd|Stalingrad; Krasnodar; \
        Sochi; Vladivostok; Kaliningrad; Murmansk; Kursk; Belgorod; Bryansk; Grozny; Irkutsk; \
        Khabarovsk; Novorossiysk; Tver; Smolensk; Pskov; Arkhangelsk; Yaroslavl; Tula; Saratov; \
        Makhachkala"),
    ("Rwanda", "Kigali"),
    ("Saint Kitts and Nevis", "Basseterre"),
    ("Saint Lucia", "Castries"),
    ("Saint Vincent and the Grenadines", "Kingstown"),
    ("Samoa", "Apia"),
    ("São Tomé and Príncipe", "São Tomé|Sao Tome"),
    ("Saudi Arabia", "Riyadh; Jeddah|Jiddah; Mecca|Makkah; Medina; Dammam; Dhahran"),
    ("Senegal", "Dakar; Touba"),
    ("Serbia", "Belgrade; Novi Sad; Niš"),
    ("Seychelles", "=Victoria|Victoria, Seychelles"),
    ("Sierra Leone", "Freetown"),
    ("Slovakia", "Bratislava; Košice|Kosice"),
    ("Slovenia", "Ljubljana"),
    ("Solomon Islands", "Honiara"),
    ("Somalia", "Mogadishu; Hargeisa; Kismayo"),
    ("South Africa", "Pretoria; Cape Town; Johannesburg; Durban; Port Elizabeth|Gqeberha; \
        Bloemfontein; Soweto"),
    ("South Korea", "Seoul; Busan|Pusan; Incheon|Inchon; Daegu; Gwangju; Daejeon; Ulsan"),
    ("South Sudan", "Juba"),
    ("Spain", "Madrid; Barcelona; Valencia; Seville|Sevilla; Bilbao; Málaga|Malaga; \
        Zaragoza|Saragossa; Palma de Mallorca|Palma; Granada; Alicante; \
        San Sebastián|San Sebastian; Pamplona; Las Palmas; Santiago de Compostela"),
    ("Sri Lanka", "Sri Jayawardenepura Kotte|Kotte; Colombo; Kandy; Jaffna"),
    ("Sudan", "Khartoum; Omdurman; Port Sudan; El Fasher|al-Fashir; Nyala"),
    ("Suriname", "Paramaribo"),
    ("Sweden", "Stockholm; Gothenburg|Göteborg; Malmö|Malmo; Uppsala"),
    ("Switzerland", "Bern|Berne; Zurich|Zürich; Geneva|Genève|Geneve; Basel|Basle; Lausanne; \
        Lucerne|Luzern; Davos; Lugano"),
    ("Syria", "Damascus; Aleppo; Homs; Hama; Latakia; Idlib; Raqqa; Deir ez-Zor|Deir el-Zour; \
        Daraa|Deraa; Tartus"),
    ("Taiwan", "Taipei; Kaohsiung; Taichung; Tainan"),
    ("Tajikistan", "Dushanbe"),
    ("Tanzania", "Dodoma; Dar es Salaam; Zanzibar; Arusha"),
    ("Thailand", "Bangkok; Chiang Mai; Phuket; Pattaya"),
    ("Timor-Leste", "Dili"),
    ("Togo", "Lomé|Lome"),
    ("Tonga", "Nukuʻalofa|Nuku'alofa|Nukualofa"),
    ("Trinidad and Tobago", "Port of Spain|Port-of-Spain"),
    ("Tunisia", "Tunis; Sfax; Sousse"),
    ("Turkey", "Ankara; Istanbul|İstanbul; Izmir|İzmir; Bursa; Antalya; Adana; Gaziantep; Konya; \
        Diyarbakır|Diyarbakir; Trabzon"),
    ("Turkmenistan", "Ashgabat|Ashkhabad"),
    ("Tuvalu", "Funafuti"),
    ("Uganda", "Kampala; Entebbe; Gulu"),
    ("Ukraine", "Kyiv|Kiev; Kharkiv|Kharkov; Odesa|Odessa; Dnipro|Dnipropetrovsk; Donetsk; \
        Zaporizhzhia|Zaporizhzhya|Zaporizhia|Zaporozhye; Lviv|Lvov; Kryvyi Rih|Krivoy Rog; \
        Mykolaiv|Mykolayiv|Nikolaev; Mariupol; Luhansk|Lugansk; Vinnytsia; Kherson; Poltava; \
        Chernihiv; Cherkasy; Sumy; Zhytomyr; Chernivtsi; Rivne; Ivano-Frankivsk; Ternopil; Lutsk; \
        Uzhhorod; Kramatorsk; Sloviansk|Slovyansk; Bakhmut; Avdiivka; Pokrovsk; Kupiansk; \
        Izium|Izyum; Bucha; Irpin; Melitopol; Berdiansk|Berdyansk; Enerhodar; Chornobyl|Chernobyl; \
        Sevastopol; Simferopol; Kerch; Yalta; Kremenchuk; Sievierodonetsk|Severodonetsk; \
        Lysychansk"),
    ("United Arab Emirates", "Abu Dhabi; Dubai; Sharjah"),
    ("United Kingdom", "London; Birmingham; Manchester; Glasgow; Edinburgh; Liverpool; Leeds; \
        Sheffield; Bristol; Cardiff; Belfast; Newcastle|Newcastle upon Tyne; Nottingham; \
        Leicester; \
        Southampton; Portsmouth; Oxford; Cambridge; Brighton; Aberdeen; Dundee; Swansea; Coventry; \
        Salisbury; York; Canterbury; Dover; Plymouth; Derry|Londonderry"),
    ("United States", "Washington|Washington, D.C.|Washington D.C.|Washington, DC|\
        Washington DC|D.C.; \
        New York|New York City|NYC; Los Angeles|L.A.; Chicago; Houston; Phoenix; Philadelphia; \
        San Antonio; San Diego; Dallas; San Jose; Austin; Jacksonville; Fort Worth; Columbus; \
        Charlotte; Indianapolis; San Francisco; Seattle; Denver; Nashville; Oklahoma City; \
        El Paso; Boston; Portland; Las Vegas; Detroit; Memphis; Louisville; Baltimore; Milwaukee; \
        Albuquerque; Tucson; Fresno; Sacramento; Kansas City; Atlanta; Omaha; Raleigh; Miami; \
        Long Beach; Virginia Beach; Oakland; Minneapolis; Saint Paul|St. Paul; Tulsa; Tampa; \
        Arlington; New Orleans; Cleveland; Honolulu; Anchorage; Pittsburgh; Cincinnati; \
        St. Louis|Saint Louis|St Louis; Orlando; Salt Lake City; Newark; Jersey City; \
        Atlantic City; Palm Beach; West Palm Beach; Fort Lauderdale; Charleston; Richmond; \
        Annapolis; Albany; Hartford; Providence; Trenton; Harrisburg; Boise; Juneau; Santa Fe; \
        Little Rock; Des Moines; Madison; Lansing; Springfield; Tallahassee; Baton Rouge; \
        Jackson; Montgomery; Dearborn; Norfolk; Palo Alto; Menlo Park; Cupertino; Redmond; \
        Bethesda; Thurmont"),
    ("Uruguay", "Montevideo"),
    ("Uzbekistan", "Tashkent; Samarkand"),
    ("Vanuatu", "Port Vila"),
    ("Venezuela", "Caracas; Maracaibo"),
    ("Vietnam", "Hanoi; Ho Chi Minh City|Saigon; Da Nang|Danang; Haiphong|Hai Phong"),
    ("Yemen", "Sanaa|Sana'a|Sana’a; Aden; Hodeidah|Hudaydah; Marib; Taiz"),
    ("Zambia", "Lusaka"),
    ("Zimbabwe", "Harare; Bulawayo"),
];

/// Venues and districts, by the city they are in: `(city, country, "Venue|alias; …")`. An event
/// at a venue happens in its city (the Pentagon and the White House both date-line as
/// Washington).
#[rustfmt::skip]
pub(super) const VENUES: Table<(&str, &str, &str)> = table![
    ("Moscow", "Russia", "Kremlin; Red Square; Lubyanka; Bolshoi Theatre|Bolshoi Theater; \
        Novo-Ogaryovo"),
    ("Saint Petersburg", "Russia", "Konstantinovsky Palace; Smolny"),
    ("Sochi", "Russia", "Bocharov Ruchei|Bocharov Ruchey"),
    ("Washington", "United States", "White House; Oval Office; Capitol Hill; \
        U.S. Capitol|US Capitol; \
        Pentagon; Foggy Bottom; Blair House; National Mall; Lincoln Memorial; \
        Eisenhower Executive Office Building"),
    ("New York", "United States", "UN headquarters|U.N. headquarters|United Nations headquarters|\
        UN Headquarters|United Nations Headquarters; Wall Street; Trump Tower; Times Square; \
        Manhattan; Brooklyn; Bronx; Harlem; Central Park; Madison Square Garden; \
        World Trade Center; \
        Ground Zero"),
    ("Palm Beach", "United States", "Mar-a-Lago"),
    ("Thurmont", "United States", "Camp David"),
    ("Los Angeles", "United States", "Hollywood"),
    ("Paris", "France", "Élysée Palace|Elysée Palace|Elysee Palace|Élysée|Elysée|Elysee; \
        Quai d'Orsay; Hôtel Matignon|Matignon; Eiffel Tower; Louvre; \
        Champs-Élysées|Champs-Elysees; \
        Arc de Triomphe; Notre-Dame Cathedral"),
    ("London", "United Kingdom", "Downing Street; Westminster Abbey; Westminster; Whitehall; \
        Buckingham Palace; Houses of Parliament; Palace of Westminster; Lancaster House; \
        Trafalgar Square; Heathrow; Gatwick; Canary Wharf; Scotland Yard; Kensington Palace; \
        Tower of London"),
    ("Kyiv", "Ukraine", "Bankova; Mariinskyi Palace|Mariinsky Palace; \
        Maidan Nezalezhnosti|Maidan; Boryspil"),
    ("Beijing", "China", "Zhongnanhai; Great Hall of the People; Tiananmen Square|Tiananmen; \
        Forbidden City; Diaoyutai"),
    ("Vatican City", "Vatican City", "Vatican; St. Peter's Square|St Peter's Square|\
        Saint Peter's Square; St. Peter's Basilica|St Peter's Basilica; Sistine Chapel; \
        Apostolic Palace"),
    ("Rome", "Italy", "Palazzo Chigi; Quirinale|Quirinal Palace; Colosseum"),
    ("Berlin", "Germany", "Reichstag; Brandenburg Gate; Bellevue Palace|Schloss Bellevue"),
    ("Brussels", "Belgium", "Berlaymont; NATO headquarters|NATO Headquarters"),
    ("Geneva", "Switzerland", "Palais des Nations"),
    ("Vienna", "Austria", "Hofburg; Palais Coburg"),
    ("The Hague", "Netherlands", "Peace Palace; Binnenhof"),
    ("Jerusalem", "Israel", "Knesset; Temple Mount; Al-Aqsa Mosque|al-Aqsa Mosque|Al-Aqsa|al-Aqsa; \
        Western Wall"),
    ("Seoul", "South Korea", "Blue House|Cheong Wa Dae"),
    ("New Delhi", "India", "Rashtrapati Bhavan"),
    ("Delhi", "India", "Red Fort"),
    ("Agra", "India", "Taj Mahal"),
    ("Madrid", "Spain", "Moncloa Palace|Moncloa"),
    ("Istanbul", "Turkey", "Dolmabahçe Palace|Dolmabahce Palace; Hagia Sophia"),
    ("Cairo", "Egypt", "Tahrir Square"),
    ("Athens", "Greece", "Acropolis; Parthenon"),
    ("Dubai", "United Arab Emirates", "Burj Khalifa"),
    ("Sydney", "Australia", "Sydney Opera House"),
    ("Ottawa", "Canada", "Parliament Hill; Rideau Hall"),
    ("Mexico City", "Mexico", "Los Pinos; Zócalo|Zocalo"),
    ("Buenos Aires", "Argentina", "Casa Rosada"),
    ("Brasília", "Brazil", "Planalto Palace|Palácio do Planalto; Alvorada Palace"),
    ("Baghdad", "Iraq", "Green Zone"),
    ("Kuala Lumpur", "Malaysia", "Petronas Towers"),
];

#[cfg(test)]
mod tests {
    use super::*;

    /// Every row has exactly its fields: no literal holds the separators `\t` or `\n`, which
    /// would shift fields or split rows.
    #[test]
    fn rows_have_their_fields() {
        let count = |text: &str, fields: usize| {
            for line in text.lines() {
                assert_eq!(line.matches('\t').count(), fields - 1, "{line:?}");
                assert!(!line.trim().is_empty());
            }
            text.lines().count()
        };
        assert!(count(COUNTRIES.text, 1) >= 195);
        assert!(count(CITIES.text, 2) >= 190);
        assert!(count(REGIONS.text, 2) >= 30);
        assert!(count(VENUES.text, 3) >= 30);
        assert_eq!(COUNTRIES.iter().next(), Some("Afghanistan"));
        assert_eq!(CITIES.iter().nth(1), Some(("Albania", "Tirana|Tirane")));
        let (city, country, _) = VENUES.into_iter().next().unwrap();
        assert_eq!((city, country), ("Moscow", "Russia"));
    }
}

/**
 * Places that look like personal names (Nur-Sultan, Uralsk, Kirov, Pskov):
 * a token or phrase listed here is never a person. Mostly Central Asia, the
 * South Caucasus, Eastern Europe and cities often in the news.
 */
export const PLACES: readonly string[] = [
  // countries and regions
  'Kazakhstan', 'Kyrgyzstan', 'Uzbekistan', 'Tajikistan', 'Turkmenistan', 'Azerbaijan', 'Armenia', 'Georgia',
  'Russia', 'Belarus', 'Ukraine', 'Moldova', 'Turkey', 'Iran', 'China', 'Vietnam', 'Mongolia', 'Afghanistan',
  'Lithuania', 'Latvia', 'Estonia', 'Poland', 'Germany', 'France', 'Britain', 'Great Britain', 'Europe', 'Asia', 'Central Asia', 'Caucasus',
  'Crimea', 'Donbas', 'Chechnya', 'Dagestan', 'Ingushetia', 'Tatarstan', 'Bashkortostan', 'Buryatia', 'Yakutia',
  'Karakalpakstan', 'Xinjiang', 'Tibet', 'Nagorno-Karabakh', 'Karabakh', 'Abkhazia', 'Ossetia', 'Siberia',
  'Mangystau', 'Turkestan', 'Zhambyl Region', 'Almaty Region', 'Aktobe', 'Atyrau', 'Kostanay', 'Pavlodar',
  'Karaganda', 'Karagandy', 'Kyzylorda', 'Akmola', 'Zhetysu', 'Abai Region', 'Ulytau', 'Issyk-Kul', 'Chui', 'Osh',
  'Jalal-Abad', 'Naryn', 'Talas', 'Batken', 'Fergana', 'Ferghana', 'Andijan', 'Namangan', 'Samarkand', 'Bukhara',
  'Khorezm', 'Kashkadarya', 'Surkhandarya', 'Navoi', 'Sughd', 'Khatlon', 'Gorno-Badakhshan', 'Badakhshan', 'Rasht',
  'Lebap', 'Dashoguz', 'Balkan', 'Ahal', 'Mary',
  // places in the news named like persons: prisons and bases, and a university and hospital
  'Abu Ghraib', 'Guantanamo', 'Guantánamo', 'Bagram', 'Johns Hopkins',
  // cities
  'Nur-Sultan', 'Astana', 'Almaty', 'Shymkent', 'Uralsk', 'Oral', 'Aktau', 'Zhanaozen', 'Taraz', 'Semey',
  'Ust-Kamenogorsk', 'Oskemen', 'Petropavlovsk', 'Kokshetau', 'Taldykorgan', 'Ekibastuz', 'Temirtau', 'Saryagash',
  'Turkistan', 'Zhezkazgan', 'Satpayev', 'Rudny', 'Kulsary', 'Bishkek', 'Karakol', 'Tashkent', 'Nukus',
  'Dushanbe', 'Khujand', 'Khorog', 'Kulob', 'Ashgabat', 'Turkmenabat', 'Dashoguz', 'Baku', 'Ganja', 'Sumgait',
  'Lankaran', 'Yerevan', 'Gyumri', 'Vanadzor', 'Tbilisi', 'Batumi', 'Kutaisi', 'Rustavi', 'Moscow', 'Kirov',
  'Saint Petersburg', 'St Petersburg', 'St. Petersburg', 'Petersburg', 'Novosibirsk', 'Yekaterinburg', 'Kazan',
  'Nizhny Novgorod', 'Samara', 'Omsk', 'Chelyabinsk', 'Rostov', 'Rostov-on-Don', 'Ufa', 'Krasnoyarsk', 'Perm',
  'Voronezh', 'Volgograd', 'Krasnodar', 'Saratov', 'Tyumen', 'Irkutsk', 'Khabarovsk', 'Vladivostok', 'Pskov',
  'Ulan-Ude', 'Tomsk', 'Kemerovo', 'Kaliningrad', 'Arkhangelsk', 'Murmansk', 'Yaroslavl', 'Tver', 'Smolensk',
  'Bryansk', 'Kursk', 'Belgorod', 'Orel', 'Tula', 'Ryazan', 'Penza', 'Ivanovo', 'Kostroma', 'Vologda', 'Syktyvkar',
  'Makhachkala', 'Grozny', 'Nalchik', 'Vladikavkaz', 'Simferopol', 'Sevastopol', 'Kerch', 'Velikiye Luki',
  'Minsk', 'Brest', 'Hrodna', 'Grodno', 'Homel', 'Gomel', 'Vitebsk', 'Viciebsk', 'Mahiliou', 'Mogilev', 'Babruisk',
  'Baranavichy', 'Barysau', 'Pinsk', 'Lida', 'Maladzechna', 'Salihorsk', 'Navapolatsk', 'Polatsk', 'Orsha',
  'Zhodzina', 'Slutsk', 'Kyiv', 'Kiev', 'Kharkiv', 'Kharkov', 'Lviv', 'Odesa', 'Odessa', 'Dnipro', 'Donetsk',
  'Luhansk', 'Zaporizhzhia', 'Mariupol', 'Kherson', 'Mykolaiv', 'Chernihiv', 'Sumy', 'Poltava', 'Vinnytsia',
  'Chisinau', 'Tiraspol', 'Vilnius', 'Riga', 'Tallinn', 'Warsaw', 'Berlin', 'Prague', 'Vienna', 'Geneva',
  'Strasbourg', 'Brussels', 'The Hague', 'London', 'Paris', 'Washington', 'New York', 'Istanbul', 'Ankara',
  'Tehran', 'Beijing', 'Urumqi', 'Hanoi', 'Ho Chi Minh City', 'Hong Kong', 'Kabul', 'Ulaanbaatar', 'Dubai',
  'Cairo', 'Riyadh', 'Karatay', 'Zheltoqsan', 'Sary-Arka', 'Akrestsina', 'Okrestina', 'Zhodino', 'Novopolotsk',
  'Kurumkan', 'Baikal', 'Arabia',
];

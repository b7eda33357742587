/**
 * Currency words and symbols → ISO 4217. Some words name the money of several
 * countries ("rubles": Russia or Belarus); those list the country cues that
 * decide, the first one being the default.
 */
export interface CurrencyChoice { code: string; cues: readonly string[] }

export const CURRENCY_WORDS: Readonly<Record<string, string | readonly CurrencyChoice[]>> = {
  tenge: 'KZT', KZT: 'KZT',
  ruble: [{ code: 'RUB', cues: ['Russia', 'Russian', 'Moscow'] }, { code: 'BYN', cues: ['Belarus', 'Belarusian', 'Minsk', 'Viasna', 'Hrodna', 'Grodno', 'Brest', 'Vitebsk', 'Gomel', 'Homel', 'Mogilev', 'Mahiliou'] }],
  rouble: [{ code: 'RUB', cues: ['Russia', 'Russian', 'Moscow'] }, { code: 'BYN', cues: ['Belarus', 'Belarusian', 'Minsk', 'Viasna', 'Hrodna', 'Grodno', 'Brest', 'Vitebsk', 'Gomel', 'Homel', 'Mogilev', 'Mahiliou'] }],
  'Belarusian ruble': 'BYN', 'Belarusian rouble': 'BYN', 'Russian ruble': 'RUB', 'Russian rouble': 'RUB',
  RUB: 'RUB', RUR: 'RUB', BYN: 'BYN', BYR: 'BYN',
  manat: [{ code: 'AZN', cues: ['Azerbaijan', 'Azerbaijani', 'Baku'] }, { code: 'TMT', cues: ['Turkmenistan', 'Turkmen', 'Ashgabat'] }],
  AZN: 'AZN', TMT: 'TMT',
  som: [{ code: 'KGS', cues: ['Kyrgyzstan', 'Kyrgyz', 'Bishkek', 'Osh'] }, { code: 'UZS', cues: ['Uzbekistan', 'Uzbek', 'Tashkent', 'Karakalpak'] }],
  soum: 'UZS', sum: 'UZS', KGS: 'KGS', UZS: 'UZS',
  somoni: 'TJS', TJS: 'TJS',
  lari: 'GEL', GEL: 'GEL',
  dram: 'AMD', AMD: 'AMD',
  hryvnia: 'UAH', hryvnias: 'UAH', hryvnya: 'UAH', hryvnyas: 'UAH', UAH: 'UAH',
  dollar: 'USD', 'US dollar': 'USD', 'American dollar': 'USD', 'U.S. dollar': 'USD', USD: 'USD', 'US$': 'USD', $: 'USD',
  euro: 'EUR', EUR: 'EUR', '€': 'EUR',
  pound: [{ code: 'GBP', cues: ['Britain', 'British', 'London', 'UK', 'England', 'Scotland'] }, { code: 'EGP', cues: ['Egypt', 'Egyptian', 'Cairo', 'Giza', 'Alexandria'] }],
  'Egyptian pound': 'EGP', 'British pound': 'GBP', 'pounds sterling': 'GBP', GBP: 'GBP', EGP: 'EGP', '£': 'GBP',
  'Turkish lira': 'TRY', 'Kyrgyz som': 'KGS', 'Uzbek som': 'UZS', 'Azerbaijani manat': 'AZN', 'Turkmen manat': 'TMT',
  'Tajik somoni': 'TJS', 'Georgian lari': 'GEL', 'Armenian dram': 'AMD', 'Ukrainian hryvnia': 'UAH', 'Kazakh tenge': 'KZT',
  riel: 'KHR', KHR: 'KHR', 'córdoba': 'NIO', cordoba: 'NIO', NIO: 'NIO', taka: 'BDT', BDT: 'BDT', Tk: 'BDT', 'Tk.': 'BDT', naira: 'NGN', NGN: 'NGN',
  kyat: 'MMK', MMK: 'MMK', baht: 'THB', THB: 'THB', ringgit: 'MYR', MYR: 'MYR', rupiah: 'IDR', IDR: 'IDR', yen: 'JPY', JPY: 'JPY',
  tugrik: 'MNT', togrog: 'MNT', MNT: 'MNT', afghani: 'AFN', AFN: 'AFN', zloty: 'PLN', PLN: 'PLN', forint: 'HUF', HUF: 'HUF',
  'Hong Kong dollar': 'HKD', HKD: 'HKD', 'HK$': 'HKD', 'Zimbabwe dollar': 'ZWL', ZWL: 'ZWL', shekel: 'ILS', ILS: 'ILS',
  'Saudi riyal': 'SAR', riyal: 'SAR', SAR: 'SAR', dirham: 'AED', AED: 'AED', 'Swiss franc': 'CHF', CHF: 'CHF',
  birr: 'ETB', ETB: 'ETB', cedi: 'GHS', GHS: 'GHS', kwacha: [{ code: 'ZMW', cues: ['Zambia', 'Lusaka'] }, { code: 'MWK', cues: ['Malawi', 'Lilongwe'] }], rand: 'ZAR', ZAR: 'ZAR',
  franc: [{ code: 'XOF', cues: ['Senegal', 'Mali', 'Niger', 'Burkina', 'Ivory Coast', "Côte d'Ivoire", 'Benin', 'Togo'] }, { code: 'XAF', cues: ['Cameroon', 'Chad', 'Gabon', 'Congo'] }, { code: 'CHF', cues: ['Switzerland', 'Swiss'] }],
  dinar: [{ code: 'DZD', cues: ['Algeria', 'Algiers'] }, { code: 'TND', cues: ['Tunisia', 'Tunis'] }, { code: 'JOD', cues: ['Jordan', 'Amman'] }, { code: 'IQD', cues: ['Iraq', 'Baghdad'] }, { code: 'KWD', cues: ['Kuwait'] }, { code: 'BHD', cues: ['Bahrain', 'Manama'] }, { code: 'RSD', cues: ['Serbia', 'Belgrade'] }],
  real: 'BRL', reais: 'BRL', BRL: 'BRL',
  lira: 'TRY', liras: 'TRY', lire: 'TRY', TRY: 'TRY',
  yuan: 'CNY', renminbi: 'CNY', CNY: 'CNY',
  dong: 'VND', VND: 'VND',
  rial: 'IRR', IRR: 'IRR',
  rupee: [{ code: 'INR', cues: ['India', 'Indian', 'Delhi', 'Mumbai'] }, { code: 'PKR', cues: ['Pakistan', 'Pakistani', 'Islamabad', 'Karachi', 'Lahore', 'Balochistan', 'Quetta'] }, { code: 'LKR', cues: ['Sri Lanka', 'Colombo'] }, { code: 'NPR', cues: ['Nepal', 'Kathmandu'] }],
  Rs: [{ code: 'INR', cues: ['India', 'Indian', 'Delhi', 'Mumbai'] }, { code: 'PKR', cues: ['Pakistan', 'Pakistani', 'Islamabad', 'Karachi', 'Lahore', 'Balochistan', 'Quetta'] }],
  'Rs.': 'INR',
  P: 'PHP',
  INR: 'INR', PKR: 'PKR', LKR: 'LKR', NPR: 'NPR',
  shilling: [{ code: 'KES', cues: ['Kenya', 'Kenyan', 'Nairobi'] }, { code: 'UGX', cues: ['Uganda', 'Ugandan', 'Kampala'] }, { code: 'TZS', cues: ['Tanzania', 'Tanzanian', 'Dar es Salaam', 'Dodoma'] }],
  KES: 'KES', UGX: 'UGX', TZS: 'TZS',
  lei: 'MDL', leu: 'MDL', MDL: 'MDL',
  // symbols written before the number: "₦150,000", "₱50,000.00"
  '₦': 'NGN', '₱': 'PHP', '₹': 'INR', '৳': 'BDT', '₺': 'TRY', '₾': 'GEL', '₸': 'KZT', '₽': 'RUB', '₴': 'UAH', '₫': 'VND',
  '฿': 'THB', '₼': 'AZN', '₩': 'KRW',
  won: 'KRW', sol: 'PEN', soles: 'PEN', PEN: 'PEN', PHP: 'PHP', KRW: 'KRW',
  peso: [{ code: 'PHP', cues: ['Philippines', 'Philippine', 'Filipino', 'Manila'] }, { code: 'MXN', cues: ['Mexico', 'Mexican'] }, { code: 'COP', cues: ['Colombia', 'Colombian', 'Bogotá', 'Bogota'] }, { code: 'ARS', cues: ['Argentina', 'Argentine', 'Buenos Aires'] }, { code: 'CLP', cues: ['Chile', 'Chilean', 'Santiago'] }, { code: 'CUP', cues: ['Cuba', 'Cuban', 'Havana'] }],
  MXN: 'MXN', COP: 'COP', ARS: 'ARS', CLP: 'CLP', CUP: 'CUP',
  // Latin America (Spanish plurals too: "20,000 quetzales", "5,000 lempiras")
  quetzal: 'GTQ', quetzales: 'GTQ', GTQ: 'GTQ', lempira: 'HNL', HNL: 'HNL', 'córdobas': 'NIO',
  'colón': 'CRC', colon: 'CRC', colones: 'CRC', CRC: 'CRC', 'bolívar': 'VES', bolivar: 'VES', 'bolívares': 'VES', bolivares: 'VES', VES: 'VES',
  boliviano: 'BOB', bolivianos: 'BOB', BOB: 'BOB', 'guaraní': 'PYG', guarani: 'PYG', 'guaraníes': 'PYG', PYG: 'PYG',
  // currencies the euro replaced, in judgments of the 1990s: "20,000 drachmas", "5,000 French francs", "10,000 Slovak korunas"
  drachma: 'GRD', drachmae: 'GRD', GRD: 'GRD', 'French franc': 'FRF', FRF: 'FRF', 'Deutsche mark': 'DEM', 'German mark': 'DEM', DEM: 'DEM',
  'Italian lira': 'ITL', ITL: 'ITL', peseta: 'ESP', ESP: 'ESP', escudo: 'PTE', PTE: 'PTE', schilling: 'ATS', ATS: 'ATS',
  'Belgian franc': 'BEF', BEF: 'BEF', guilder: 'NLG', NLG: 'NLG', markka: 'FIM', FIM: 'FIM', 'Irish pound': 'IEP', punt: 'IEP',
  'Slovak koruna': 'SKK', 'Slovakian koruna': 'SKK', SKK: 'SKK', 'Czech koruna': 'CZK', koruna: [{ code: 'CZK', cues: ['Czech', 'Prague', 'Brno'] }, { code: 'SKK', cues: ['Slovak', 'Slovakia', 'Bratislava', 'Košice'] }], korun: 'CZK', CZK: 'CZK',
  tolar: 'SIT', SIT: 'SIT', kuna: 'HRK', HRK: 'HRK', 'Bulgarian lev': 'BGN', lev: 'BGN', leva: 'BGN', BGN: 'BGN', 'Romanian lei': 'RON', RON: 'RON',
  'Swedish krona': 'SEK', kronor: 'SEK', SEK: 'SEK', 'Norwegian krone': 'NOK', NOK: 'NOK', 'Danish krone': 'DKK', DKK: 'DKK', 'Icelandic krona': 'ISK',
  // Africa
  leone: 'SLE', leones: 'SLE', SLE: 'SLE', dalasi: 'GMD', GMD: 'GMD', ariary: 'MGA', MGA: 'MGA', pula: 'BWP', BWP: 'BWP',
  'Rwandan franc': 'RWF', 'Burundian franc': 'BIF', 'Congolese franc': 'CDF', 'Guinean franc': 'GNF', RWF: 'RWF', BIF: 'BIF', CDF: 'CDF', GNF: 'GNF',
  'Malawi kwacha': 'MWK', 'Malawian kwacha': 'MWK', 'Zambian kwacha': 'ZMW', ZMW: 'ZMW', MWK: 'MWK',
  'Kenyan shilling': 'KES', 'Ugandan shilling': 'UGX', 'Tanzanian shilling': 'TZS', 'Sudanese pound': 'SDG', SDG: 'SDG',
};

/** Non-currency fine units: Kazakhstan's monthly calculation index, Russia's/Belarus's base units. */
export const FINE_UNITS = ['monthly calculation indices', 'monthly calculation index', 'monthly calculation indexes', 'MCI', 'MCIs', 'base units', 'base values', 'basic units', 'base amounts', 'base amount', 'basic values', 'minimum wages', 'calculation indices'];

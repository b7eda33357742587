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
  dollar: 'USD', 'US dollar': 'USD', 'U.S. dollar': 'USD', USD: 'USD', 'US$': 'USD', $: 'USD',
  euro: 'EUR', EUR: 'EUR', '€': 'EUR',
  pound: 'GBP', 'pounds sterling': 'GBP', GBP: 'GBP', '£': 'GBP',
  lira: 'TRY', liras: 'TRY', lire: 'TRY', TRY: 'TRY',
  yuan: 'CNY', renminbi: 'CNY', CNY: 'CNY',
  dong: 'VND', VND: 'VND',
  rial: 'IRR', IRR: 'IRR',
  rupee: 'INR', INR: 'INR',
  lei: 'MDL', leu: 'MDL', MDL: 'MDL',
};

/** Non-currency fine units: Kazakhstan's monthly calculation index, Russia's/Belarus's base units. */
export const FINE_UNITS = ['monthly calculation indices', 'monthly calculation index', 'monthly calculation indexes', 'MCI', 'MCIs', 'base units', 'base values', 'basic units'];

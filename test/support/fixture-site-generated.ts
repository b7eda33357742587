/**
 * A generated news site for the crawl benchmark: N invented case reports
 * (names, courts, dates, articles, penalties varied by index) and listing
 * pages linking them. Example: generatedArticle(7, 1000) -> HTML of article 7.
 */
const FIRST = ['Aigerim', 'Timur', 'Olga', 'Marat', 'Nasiba', 'Pavel', 'Dilshod', 'Gulnara', 'Serik', 'Dana', 'Ruslan', 'Zarina', 'Andrei', 'Madina', 'Erlan', 'Svetlana'];
const LAST = ['Sadykova', 'Bekov', 'Kavalenka', 'Zhanuzakov', 'Rakhimova', 'Lukashevich', 'Karimov', 'Abenova', 'Akhmetov', 'Ospanova', 'Tulegenov', 'Yusupova', 'Melnik', 'Nurlanova', 'Baimukhanov', 'Orlova'];
const COURTS = ['Almaly District Court', 'Saryarka District Court', 'Leninsky District Court', 'Pervomaisky District Court', 'Medeu District Court', 'Yunusabad District Criminal Court', 'Oktyabrsky District Court', 'Zhanaozen City Court'];
const CITIES = ['Almaty', 'Astana', 'Brest', 'Bishkek', 'Almaty', 'Tashkent', 'Karaganda', 'Zhanaozen'];
const ROLES = ['journalist', 'blogger', 'activist', 'lawyer', 'trade union leader', 'human rights defender', 'student', 'poet'];
const OFFENCES = [
  ['274', 'spreading knowingly false information'],
  ['174', 'inciting social discord'],
  ['405', 'participation in the activities of a banned organisation'],
  ['130', 'slander'],
  ['402', 'calls to take part in an illegal strike'],
];
const PENALTIES = ['to three years in prison', 'to a fine of 200 monthly calculation indices', 'to 15 days of administrative detention', 'to two years of restricted freedom', 'to a suspended sentence of one year', 'to five years in a general-regime colony'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function pick<T>(list: readonly T[], i: number, salt: number): T {
  return list[(i * 7 + salt * 13 + Math.floor(i / list.length)) % list.length];
}

function slug(s: string): string {
  return s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

export function generatedArticlePath(i: number): string {
  const name = `${pick(FIRST, i, 1)} ${pick(LAST, i, 2)}`;
  return `/gen/${i}/${slug(`${pick(ROLES, i, 3)} ${name} sentenced`)}`;
}

const BOILERPLATE_NAV = Array.from({ length: 40 }, (_, k) => `<li><a href="/section/${k}/">Section ${k}</a></li>`).join('');

/** Articles first … first + total - 1 exist (sites on several hosts each get their own numbers). */
export function generatedArticle(i: number, total: number, first = 1): string | null {
  if (!Number.isInteger(i) || i < first || i >= first + total) return null;
  const name = `${pick(FIRST, i, 1)} ${pick(LAST, i, 2)}`;
  const surname = pick(LAST, i, 2);
  const court = pick(COURTS, i, 4);
  const city = pick(CITIES, i, 4);
  const role = pick(ROLES, i, 3);
  const [article, offence] = pick(OFFENCES, i, 5);
  const penalty = pick(PENALTIES, i, 6);
  const day = (i % 27) + 1;
  const month = MONTHS[i % 12];
  const year = 2019 + (i % 6);
  const judge = `${pick(FIRST, i + 3, 7)} ${pick(LAST, i + 5, 8)}`;
  const title = `${role[0].toUpperCase()}${role.slice(1)} ${name} sentenced in ${city}`;
  const paras = [
    `On ${day} ${month} ${year} the ${court} of ${city} sentenced ${role} ${name} ${penalty} on charges of ${offence} under Article ${article} of the Criminal Code.`,
    `${surname} was detained on ${((i + 9) % 27) + 1} ${MONTHS[(i + 10) % 12]} ${year - 1} after publishing material critical of the local authorities. Judge ${judge} refused to hear the witnesses named by the defence.`,
    `The prosecutor had asked for a harsher penalty. ${surname}'s lawyer said the verdict would be appealed to the regional court within fifteen days.`,
    `Local monitors said the case was one of ${10 + (i % 40)} politically motivated prosecutions recorded in the region this year, and called for ${surname}'s release.`,
    `Relatives who attended the hearing said the courtroom was half empty because journalists were not allowed in. Diplomats from two embassies observed the trial from the corridor.`,
  ];
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${title} | Generated Monitor</title>
<meta property="article:published_time" content="${year}-${String((i % 12) + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}T08:00:00Z">
</head><body><header><nav><ul>${BOILERPLATE_NAV}</ul></nav></header>
<main><article><h1>${title}</h1><div class="content">${paras.map((p) => `<p>${p}</p>`).join('\n')}</div></article>
<aside><h3>Most read</h3><ul>${[1, 2, 3, 4, 5].map((k) => `<li><a href="/section/${k}/">Story ${k}</a></li>`).join('')}</ul></aside></main>
<footer><p>Generated Monitor is an invented site used to benchmark the casefile crawler.</p></footer></body></html>`;
}

export function generatedListing(page: number, total: number, perListing: number, firstArticle = 1): string | null {
  const pages = Math.ceil(total / perListing);
  if (!Number.isInteger(page) || page < 1 || page > pages) return null;
  const first = firstArticle + (page - 1) * perListing;
  const last = firstArticle - 1 + Math.min(total, page * perListing);
  const items: string[] = [];
  for (let i = first; i <= last; i++) items.push(`<li><a href="${generatedArticlePath(i)}">Case report ${i}</a></li>`);
  const next = page < pages ? `<a rel="next" href="/gen/?page=${page + 1}">Next page</a>` : '';
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Case reports, page ${page}</title></head>
<body><header><nav><ul>${BOILERPLATE_NAV}</ul></nav></header><main><ul>${items.join('\n')}</ul><nav>${next}</nav></main></body></html>`;
}

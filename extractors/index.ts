/**
 * extractEntities(doc) -> Entities. The document is analysed once (sentences,
 * paragraphs, words) and every extractor reads that analysis. The order
 * matters: the discourse layer needs the persons found, to say who is who;
 * penalties need persons, their roles and references, and dates, to say who
 * got what and when.
 */
import type { Document, Entities } from '../src/contract';
import { extractArticles } from './articles';
import { extractCourts } from './courts';
import { extractDates } from './dates';
import { buildDiscourse, NOT_PENALISED_ROLES } from './discourse';
import { analyse, type Analysis } from './nlp/analysis';
import { extractPenalties } from './penalties';
import { extractPersons } from './persons';

export { buildRecords } from './records';
export { analyse, type Analysis } from './nlp/analysis';

export function extractEntities(doc: Pick<Document, 'text' | 'published'>, analysis?: Analysis): Entities {
  const a = analysis && analysis.text === doc.text ? analysis : analyse(doc);
  const names = extractPersons(a);
  const courts = extractCourts(a);
  const dates = extractDates(a.text, { published: doc.published });
  const articles = extractArticles(a.text);
  const discourse = buildDiscourse(a, names);
  const penalties = extractPenalties(a, { persons: names, dates, courts, discourse });
  // a person the text penalises is a defendant, unless a cue made it a judge, prosecutor or lawyer the text then penalised
  const penalised = new Set(penalties.map((p) => p.person));
  const persons = discourse.persons.map((p) => (penalised.has(p.name) && !(p.role && NOT_PENALISED_ROLES.has(p.role)) ? { ...p, role: 'defendant' as const } : p));
  return { persons, courts, articles, dates, penalties };
}

/**
 * extractEntities(doc) -> Entities. The order matters: penalties need the
 * persons and dates already found, to say who got what and when.
 */
import type { Document, Entities } from '../src/contract';
import { extractArticles } from './articles';
import { extractCourts } from './courts';
import { extractDates } from './dates';
import { extractPenalties } from './penalties';
import { extractPersons } from './persons';

export { buildRecords } from './records';

export function extractEntities(doc: Pick<Document, 'text' | 'published'>): Entities {
  const text = doc.text;
  const persons = extractPersons(text);
  const courts = extractCourts(text);
  const dates = extractDates(text, { published: doc.published });
  const articles = extractArticles(text);
  const penalties = extractPenalties(text, { persons, dates, courts });
  return { persons, courts, articles, dates, penalties };
}

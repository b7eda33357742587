/**
 * The fixture pages through the whole pipeline (decode, clean, extract): every record's
 * evidence lies in the article text and never in the page chrome around it.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { extractDocument } from '../../src/pipeline/extract-document';

const ROOT = join(__dirname, '../../fixtures/pages');
const slugs = readdirSync(ROOT).filter((s) => !s.includes('.')).sort();

/** Text that appears only in the chrome of the fixture pages. */
const CHROME = ['Quick search', 'Advanced search', 'Reset all', 'All news', 'the latest news', 'In partnership with', 'Kalpak Travel', 'Subscribe', 'Other press releases', 'More from Asia', 'Related story', 'Most read', 'Responses to', 'Leave a Reply', 'Все новости'];

describe('fixture pages through extract', () => {
  test.each(slugs)('%s: evidence comes from the article only', (slug) => {
    const bytes = readFileSync(join(ROOT, slug, 'source.html'));
    const result = extractDocument({ input: `${slug}/source.html`, url: null, bytes });
    const expected = readFileSync(join(ROOT, slug, 'expected.txt'), 'utf8');
    expect(result.document.text + '\n').toBe(expected);
    for (const record of result.records) {
      for (const span of record.evidence) {
        expect(span.text).toBe(result.document.text.slice(span.start, span.end));
        for (const chrome of CHROME) expect(span.text).not.toContain(chrome);
      }
    }
  });

  test('the seed page yields records', () => {
    const bytes = readFileSync(join(ROOT, 'seed-monitor-update', 'source.html'));
    const result = extractDocument({ input: 'seed', url: null, bytes });
    expect(result.records.length).toBeGreaterThan(0);
  });
});

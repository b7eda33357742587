/** analyse(doc): the one analysed document, built once and read by every extractor. */
import { analyse, indexHolding, lowerBound, within } from '../../../extractors/nlp/analysis';

const TEXT = 'Court Jails Editor Over Post About Local Mayor\n\nMr. A. Ivanov left. He returned.\n• Item one is here.\nLast line.';

describe('analyse', () => {
  const a = analyse({ text: TEXT, published: '2020-01-15' });

  it('keeps the text and the publication date', () => {
    expect(a.text).toBe(TEXT);
    expect(a.published).toBe('2020-01-15');
  });

  it('splits sentences once, each span true to the text', () => {
    expect(a.sentences.map((s) => s.text)).toEqual(['Court Jails Editor Over Post About Local Mayor', 'Mr. A. Ivanov left.', 'He returned.', '• Item one is here.', 'Last line.']);
    for (const s of a.sentences) expect(TEXT.slice(s.start, s.end)).toBe(s.text);
  });

  it('finds the sentence holding an offset, or none between sentences', () => {
    expect(a.sentenceAt(TEXT.indexOf('returned'))?.text).toBe('He returned.');
    expect(a.sentenceIndexAt(TEXT.indexOf('\n\n'))).toBe(-1);
  });

  it('finds paragraphs: a blank line or a bullet starts one', () => {
    // (a paragraph runs up to the line break that ends it)
    const para = (needle: string) => { const p = a.paragraphAt(TEXT.indexOf(needle)); return TEXT.slice(p.start, p.end).trimEnd(); };
    expect(para('Ivanov')).toBe('Mr. A. Ivanov left. He returned.');
    expect(para('Item')).toBe('• Item one is here.\nLast line.');
    expect(para('Court')).toBe('Court Jails Editor Over Post About Local Mayor');
  });

  it('tells title-case headlines from running text', () => {
    expect(a.isHeadline(0)).toBe(true);
    expect(a.isHeadline(TEXT.indexOf('Ivanov'))).toBe(false);
  });

  it('reads the words with their offsets', () => {
    const words = a.tokens.filter((t) => t.start >= TEXT.indexOf('Mr.') && t.end <= TEXT.indexOf('He'));
    expect(words.map((t) => t.text)).toEqual(['Mr', 'A', 'Ivanov', 'left']);
    for (const t of a.tokens) expect(TEXT.slice(t.start, t.end)).toBe(t.text);
  });

  it('answers for an empty text', () => {
    const e = analyse({ text: '' });
    expect(e.sentences).toEqual([]);
    expect(e.paragraphAt(0)).toEqual({ start: 0, end: 0 });
    expect(e.sentenceAt(0)).toBeNull();
  });
});

describe('within / lowerBound / indexHolding', () => {
  const spans = [{ start: 0, end: 4 }, { start: 5, end: 9 }, { start: 10, end: 20 }, { start: 12, end: 14 }];
  it('returns the items lying wholly inside a range', () => {
    expect(within(spans, 5, 14)).toEqual([{ start: 5, end: 9 }, { start: 12, end: 14 }]);
    expect(within(spans, 21, 30)).toEqual([]);
  });
  it('finds the first item starting at or after an offset', () => {
    expect(lowerBound(spans, 5)).toBe(1);
    expect(lowerBound(spans, 6)).toBe(2);
    expect(lowerBound(spans, 100)).toBe(4);
  });
  it('finds the span holding an offset', () => {
    const sorted = [{ start: 0, end: 4 }, { start: 5, end: 9 }];
    expect(indexHolding(sorted, 6)).toBe(1);
    expect(indexHolding(sorted, 4)).toBe(-1);
  });
});

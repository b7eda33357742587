/**
 * The boilerplate-removal stage: HTML (or plain text) to the contract's
 * document. Placeholder cleaner: keeps <p> text; the boilerplate issue replaces it.
 */
import * as cheerio from 'cheerio';
import type { CleanDocument } from '../contract';

export interface CleanOptions {
  /** the page URL, when known: resolves relative canonical links and URL dates */
  url?: string | null;
  /** ISO day to use as the publication date when the page gives none */
  published?: string | null;
}

/** Plain text: normalises line endings, keeps everything. */
export function cleanText(text: string, opts: CleanOptions = {}): CleanDocument {
  return {
    title: null,
    published: opts.published ?? null,
    author: null,
    lang: null,
    text: text.replace(/\r\n?/g, '\n'),
    canonicalUrl: null,
    offsetMap: [],
    warnings: text.trim() === '' ? ['empty-text'] : [],
  };
}

export function cleanHtml(html: string, opts: CleanOptions = {}): CleanDocument {
  const $ = cheerio.load(html);
  const paras = $('p')
    .toArray()
    .map((el) => $(el).text().replace(/\s+/g, ' ').trim())
    .filter((t) => t.length > 0);
  const text = paras.join('\n\n');
  return {
    title: $('title').first().text().trim() || null,
    published: opts.published ?? null,
    author: null,
    lang: $('html').attr('lang') ?? null,
    text,
    canonicalUrl: $('link[rel="canonical"]').attr('href') ?? null,
    offsetMap: [],
    warnings: text === '' ? ['empty-text'] : [],
  };
}

/** True when the text has HTML markup (contract: input without markup is plain text). */
export function looksLikeHtml(text: string): boolean {
  return /<(!doctype|html|head|body|p|div|article|span|a|br|table|meta|title)\b/i.test(text.slice(0, 65536));
}

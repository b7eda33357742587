import type { ArticleRef } from '../../src/contract';
/** Placeholder until the articles extractor lands. */
export function extractArticles(text: string): ArticleRef[] { void text; return []; }

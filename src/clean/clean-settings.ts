/**
 * Thresholds of the cleaner, each with its reason. One place to tune; the
 * benchmark (bench/clean-bench.ts) is the judge of every change here.
 */
export const cleanSettings = {
  /** A paragraph shorter than this (chars) is a label or a link, not prose worth scoring. */
  minParagraphChars: 25,
  /** Score points per 100 chars of a paragraph, capped: length counts but cannot swamp punctuation. */
  maxLengthPoints: 3,
  /** Ancestors that receive a paragraph's score; further up, everything is "the page". */
  scoreAncestorLevels: 5,
  /** class/id weight: a named "article-body" is a strong hint, a "sidebar" a strong counter-hint. */
  classWeight: 25,
  /** Siblings of the best container join it above this share of its score (articles split in several divs). */
  siblingScoreShare: 0.2,
  /** ...and never below this absolute score, so that noise next to a weak candidate stays out. */
  minSiblingScore: 10,
  /** A sibling paragraph this long with little linking joins the article even without a score. */
  siblingParagraphChars: 80,
  /** Link density over which a sibling paragraph is a link list, not prose. */
  siblingMaxLinkDensity: 0.25,
  /** Candidates within this share of the best score are "close"; when 3 of them share an ancestor it wins. */
  closeCandidateShare: 0.75,
  /** How many close candidates must share an ancestor to prefer it (Readability uses 3 as well). */
  closeCandidatesNeeded: 3,
  /** A block in the article with at least this link density (and little prose) is a link list. */
  maxBlockLinkDensity: 0.5,
  /** Blocks with a weak class name tolerate less linking than named content blocks. */
  maxWeakBlockLinkDensity: 0.33,
  /** Words outside links per list item (chars) above which a linking list is a list of sentences, not of links. */
  listItemProseChars: 20,
  /** Below this many commas a block is judged by its shape (links, images, items), not kept outright. */
  proseCommas: 10,
  /** An inline span longer than this and mostly links is a hover card or link strip, not words of the sentence. */
  inlineCardChars: 100,
  /** A short block (chars) that could be chrome: labels, buttons, credits. */
  shortBlockChars: 120,
  /** A paragraph this long (chars) repeating one of the lead's word for word is a second copy of the lead. */
  repeatedBlockChars: 80,
  /** The lead: the first paragraphs of the text, whose copies further down are dropped. */
  leadBlocks: 4,
  /** An element holding more than this share of the page's text is never dropped by its class name alone. */
  protectedTextShare: 0.6,
  /** A named article-body container replaces the scored one when it holds at least this share of its text. */
  namedBodyShare: 0.6,
  /** Less text than this (chars) after cleaning means the rules may have removed the article: try again gently, then JSON-LD. */
  retryBelowChars: 200,
  /** When every pass finds nothing, the densest run of blocks is the text; each block costs this (chars), so menus and labels cost more than they hold. */
  fallbackBlockCost: 30,
  /** Text below this length (chars) after cleaning counts as "no text": warnings explain why. */
  minTextChars: 1,
  /** A <noscript> with this much text (chars) is the page's text, not a "please enable JavaScript" notice. */
  noscriptProseChars: 300,
  /** An <aside> whose long paragraphs (100+ chars each) add up to this much (chars) holds the article, not a sidebar. */
  asideProseChars: 600,
  /** Pages larger than this (UTF-16 units) are cut before parsing so time and memory stay bounded. */
  maxHtmlChars: 24 * 1024 * 1024,
} as const;

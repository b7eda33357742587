/**
 * Removes page chrome before scoring: non-text elements, hidden elements,
 * landmark roles, and elements whose class/id names chrome ("sidebar", "related-news").
 */
import type { AnyNode, Element } from 'domhandler';
import { cleanSettings } from './clean-settings';
import { classAndId, isElement, type StatsTable, removeNodes, textOf, walk } from './dom';
import { DROP_ROLES, DROP_TAGS, HEADING_TAGS, REGEXPS } from './rules';

/** Elements that are never removed by name: they are the document or the article itself. */
const NEVER_BY_NAME = new Set(['html', 'body', 'article', 'main', 'a', 'li', 'td', 'tr', 'tbody', 'table', 'thead']);

/** Step A: drops what can never be text (scripts, media, forms, nav, aside, footer, hidden). */
export function dropNonContent(root: AnyNode): void {
  const doomed: AnyNode[] = [];
  walk(root, (node) => {
    if (node.type === 'comment' || node.type === 'directive' || node.type === 'cdata') {
      doomed.push(node);
      return false;
    }
    if (!isElement(node)) return true;
    const name = node.name;
    const a = node.attribs;
    const kept = (name === 'noscript' && holdsProse(node)) || (name === 'aside' && holdsParagraphs(node));
    if ((DROP_TAGS.has(name) && !kept) || (name === 'form' && isSmallForm(node))) {
      doomed.push(node);
      return false;
    }
    if (
      a.hidden !== undefined ||
      a['aria-hidden'] === 'true' ||
      (a.role !== undefined && DROP_ROLES.has(a.role.toLowerCase())) ||
      (a.style !== undefined && REGEXPS.hiddenStyle.test(a.style))
    ) {
      if (name !== 'html' && name !== 'body') {
        doomed.push(node);
        return false;
      }
    }
    return true;
  });
  removeNodes(doomed);
}

/**
 * A <noscript> is dropped as what a browser running scripts shows instead; one holding prose is the
 * text itself (a page left unclosed inside <noscript>, or a client-rendered page's fallback article).
 */
function holdsProse(noscript: Element): boolean {
  const text = textOf(noscript, 4 * cleanSettings.noscriptProseChars);
  if (text.length < cleanSettings.noscriptProseChars) return false;
  // Escaped markup or code written as text ("&lt;object ...&gt;") is not prose.
  const code = text.match(/[<>{}=]/g)?.length ?? 0;
  return code <= text.length / 100;
}

/** An <aside> wrapping paragraphs of prose is a misused tag around the article ("<aside class=blogPost>"), not a sidebar. */
function holdsParagraphs(aside: Element): boolean {
  if (REGEXPS.unlikely.test(classAndId(aside))) return false;
  let prose = 0;
  walk(aside, (n) => {
    if (prose >= cleanSettings.asideProseChars) return false;
    if (!isElement(n)) return true;
    if (n.name !== 'p') return true;
    const t = textOf(n, 2000);
    if (t.length >= cleanSettings.minParagraphChars * 4) prose += t.length;
    return false;
  });
  return prose >= cleanSettings.asideProseChars;
}

/** Whole-page forms (ASP.NET wraps the body in one) stay; small ones are search boxes and sign-ups. */
function isSmallForm(form: Element): boolean {
  let inputs = 0;
  let paragraphs = 0;
  walk(form, (n) => {
    if (!isElement(n)) return true;
    if (n.name === 'input' || n.name === 'textarea' || n.name === 'select') inputs++;
    if (n.name === 'p' || n.name === 'article') paragraphs++;
    return paragraphs < 3;
  });
  return paragraphs < 3 && inputs > 0;
}

/** Step B: drops elements whose class/id names chrome, unless they hold most of the page's text. */
export function dropChromeByName(root: AnyNode, stats: StatsTable, pageTextLen: number, commentsOnly = false): void {
  const doomed: AnyNode[] = [];
  const protectAbove = pageTextLen * cleanSettings.protectedTextShare;
  walk(root, (node) => {
    if (!isElement(node)) return true;
    if (NEVER_BY_NAME.has(node.name)) return true;
    if (node.attribs.itemprop === 'articleBody') return true;
    const names = classAndId(node);
    if (names === '' && node.name !== 'header') return true;
    // Reader comments go even when they outweigh the article (a short post under a long thread), in the
    // gentle second pass too; if the article goes with them, a last pass keeping all names finds it again.
    // A heading named "comments" is not the thread but its opening line: it stays, and the text ends there (tidy.ts).
    if (isComments(names)) {
      if (HEADING_TAGS.has(node.name)) return true;
      if (!containsArticleBody(node)) {
        doomed.push(node);
        return false;
      }
    }
    if (commentsOnly) return true;
    const unlikely = node.name === 'header' || REGEXPS.unlikely.test(names);
    if (!unlikely) return true;
    if (node.name !== 'header' && REGEXPS.maybeContent.test(names)) return true;
    const s = stats.get(node);
    if (s && s.textLen > protectAbove && pageTextLen > 0) return true;
    if (containsArticleBody(node)) return true;
    doomed.push(node);
    return false;
  });
  removeNodes(doomed);
}

function isComments(names: string): boolean {
  for (const token of names.split(/\s+/)) if (REGEXPS.commentsToken.test(token)) return true;
  return false;
}

/** True when a named article-body container sits inside (so the wrapper is not chrome). */
function containsArticleBody(el: Element): boolean {
  let found = false;
  walk(el, (n) => {
    if (found) return false;
    if (n !== el && isElement(n)) {
      if (n.name === 'article' || n.attribs.itemprop === 'articleBody') found = true;
      else if (REGEXPS.articleBodyName.test(classAndId(n))) found = true;
    }
    return !found;
  });
  return found;
}

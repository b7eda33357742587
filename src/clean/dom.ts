/**
 * Small helpers over the htmlparser2 (domhandler) tree: node kinds, class/id
 * strings, iterative walks (deep pages must not overflow the stack) and text statistics.
 */
import type { AnyNode, Element, ParentNode, Text } from 'domhandler';

export function isElement(node: AnyNode): node is Element {
  return node.type === 'tag' || node.type === 'script' || node.type === 'style';
}

export function isText(node: AnyNode): node is Text {
  return node.type === 'text';
}

export function hasChildren(node: AnyNode): node is ParentNode & AnyNode {
  return Array.isArray((node as ParentNode).children);
}

/** "class id" of an element, for the class/id patterns. */
export function classAndId(el: Element): string {
  const c = el.attribs.class;
  const i = el.attribs.id;
  if (c && i) return `${c} ${i}`;
  return c ?? i ?? '';
}

/** Removes nodes from their parents; grouped by parent so a page of 100k siblings stays linear. */
export function removeNodes(nodes: AnyNode[]): void {
  const byParent = new Map<ParentNode, Set<AnyNode>>();
  for (const n of nodes) {
    if (!n.parent) continue;
    let set = byParent.get(n.parent);
    if (!set) byParent.set(n.parent, (set = new Set()));
    set.add(n);
  }
  for (const [parent, set] of byParent) {
    parent.children = parent.children.filter((c) => !set.has(c));
    for (const n of set) n.parent = null;
  }
}

/** Pre-order walk without recursion; `visit` returning false skips the node's children. */
export function walk(root: AnyNode, visit: (node: AnyNode) => boolean | void): void {
  const stack: AnyNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (visit(node) === false) continue;
    if (hasChildren(node)) {
      const kids = node.children;
      for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
    }
  }
}

/** Elements with every child before its parent (reversed pre-order), without recursion. */
export function postOrderElements(root: AnyNode): Element[] {
  const out: Element[] = [];
  const stack: AnyNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (!hasChildren(node)) continue;
    if (isElement(node)) out.push(node);
    const kids = node.children;
    for (let i = 0; i < kids.length; i++) if (hasChildren(kids[i])) stack.push(kids[i]);
  }
  return out.reverse();
}

export interface NodeStats {
  /** characters of text, whitespace runs counted as one */
  textLen: number;
  /** of which inside <a> */
  linkLen: number;
  commas: number;
  /** <p>-like descendants with real text */
  paragraphs: number;
  images: number;
  listItems: number;
  inputs: number;
  /** block-level element children (a div without them reads as a paragraph) */
  blockChildren: number;
  /** text outside block children: prose written straight into a container between its blocks */
  inlineLen: number;
  inlineCommas: number;
  /** <blockquote> descendants (embedded posts, quotes) */
  quotes: number;
}

const COMMAS = /[,，、،]/g;
const SPACE_RUNS = /\s+/g;

/** Length of a text with whitespace runs counted as one character. */
export function textLength(data: string): number {
  return data.replace(SPACE_RUNS, ' ').length;
}

const STATS = Symbol('casefile-node-stats');

/** NodeStats kept on the elements themselves: a Map of a million elements costs seconds on a 20 MB page. */
export class StatsTable {
  get(el: Element): NodeStats | undefined {
    return (el as unknown as { [STATS]?: NodeStats })[STATS];
  }
  set(el: Element, s: NodeStats): void {
    (el as unknown as { [STATS]?: NodeStats })[STATS] = s;
  }
}

/** One post-order pass computing NodeStats for every element under root. */
export function computeStats(root: AnyNode, blockTags: Set<string>): StatsTable {
  const stats = new StatsTable();
  for (const el of postOrderElements(root)) {
    const s: NodeStats = { textLen: 0, linkLen: 0, commas: 0, paragraphs: 0, images: 0, listItems: 0, inputs: 0, blockChildren: 0, inlineLen: 0, inlineCommas: 0, quotes: 0 };
    for (const child of el.children) {
      if (isText(child)) {
        const len = textLength(child.data);
        s.textLen += len;
        s.inlineLen += len;
        if (len > 0) {
          COMMAS.lastIndex = 0;
          const m = child.data.match(COMMAS);
          if (m) {
            s.commas += m.length;
            s.inlineCommas += m.length;
          }
        }
      } else if (isElement(child)) {
        const c = stats.get(child);
        if (!c) continue;
        s.textLen += c.textLen;
        s.linkLen += child.name === 'a' ? c.textLen : c.linkLen;
        s.commas += c.commas;
        s.paragraphs += c.paragraphs + (child.name === 'p' && c.textLen > 0 ? 1 : 0);
        s.images += c.images + (child.name === 'img' ? 1 : 0);
        s.quotes += c.quotes + (child.name === 'blockquote' ? 1 : 0);
        s.listItems += c.listItems + (child.name === 'li' ? 1 : 0);
        s.inputs += c.inputs + (child.name === 'input' || child.name === 'textarea' || child.name === 'select' ? 1 : 0);
        if (blockTags.has(child.name)) s.blockChildren++;
        else {
          s.inlineLen += c.inlineLen;
          s.inlineCommas += c.inlineCommas;
        }
      }
    }
    stats.set(el, s);
  }
  return stats;
}

export function linkDensity(s: NodeStats | undefined): number {
  if (!s || s.textLen === 0) return 0;
  return s.linkLen / s.textLen;
}

/** Plain text of a subtree, whitespace folded (for metadata and short checks). */
export function textOf(node: AnyNode, limit = Infinity): string {
  const parts: string[] = [];
  let total = 0;
  walk(node, (n) => {
    if (total > limit) return false;
    if (isElement(n) && (n.name === 'script' || n.name === 'style')) return false;
    if (isText(n)) {
      parts.push(n.data);
      total += n.data.length;
    }
    return true;
  });
  return parts.join('').replace(SPACE_RUNS, ' ').trim();
}

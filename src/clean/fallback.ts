/**
 * The last resort when the article heuristics find nothing: the densest run of running text on
 * the page, so a page a browser shows with text never comes back empty.
 * Example: a photo blog whose prose sits in "caption" divs, or an article section holding a form.
 */
import type { AnyNode, Element } from 'domhandler';
import { cleanSettings as S } from './clean-settings';
import { isElement } from './dom';
import { dropNonContent } from './prune';
import { type Block, joinBlocks, type JoinedText, renderBlocks } from './render';
import { dropChromeBlocks } from './tidy';

/**
 * A block's worth as running text: its words outside links count in full, link text half
 * (headline lists are still text), and a fixed cost per block keeps menus and labels out.
 */
function worth(b: Block): number {
  const text = b.text.length;
  return text - b.linkChars / 2 - S.fallbackBlockCost;
}

/**
 * The contiguous run of blocks (in reading order) with the greatest total worth, or null when
 * no block is worth anything: the page has no running text.
 */
export function densestBlock(container: AnyNode, html: string, title: string | null): JoinedText | null {
  dropNonContent(container);
  const parts: Element[] = isElement(container)
    ? [container]
    : (container as unknown as { children: AnyNode[] }).children.filter(isElement);
  const blocks = dropChromeBlocks(renderBlocks(parts, html), title);
  // Kadane's maximum-sum run over the blocks.
  let best = 0;
  let bestFrom = -1;
  let bestTo = -1;
  let sum = 0;
  let from = 0;
  for (let i = 0; i < blocks.length; i++) {
    if (sum <= 0) {
      sum = 0;
      from = i;
    }
    sum += worth(blocks[i]);
    if (sum > best) {
      best = sum;
      bestFrom = from;
      bestTo = i;
    }
  }
  if (bestFrom < 0) return null;
  return joinBlocks(blocks.slice(bestFrom, bestTo + 1));
}

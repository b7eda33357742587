/** Fines with amounts and ISO currencies: "fined 252,500 tenge (about US$600)" → 252500 KZT. */
import type { Span } from '../../src/contract';
import { CURRENCY_WORDS, type CurrencyChoice } from './data/currencies';
import { MULTIPLIERS } from './data/numbers';
import type { Mention } from './mentions';
import type { Phrase } from './phrase';
import { AMOUNT, BARE_FINE, EQUIVALENT_BEFORE, FINE_CUE } from './rules';

/** an amount right after a person: " 1,450", ", 25, 66,275 tenge" */
const CARRIED_AMOUNT = /^(?:,\s*(?:aged\s+)?\d{1,3},)?\s+(?:to\s+|got\s+|received\s+)?(?<amt>(?:[$€£]|US\$)?(?<num>\d{1,3}(?:[,\s.]\d{3})+|\d+)(?![\d.,]*\s*(?:years?|months?|days?|hours?|weeks?|people|persons|%|per\s?cent)))/;

/** bare amounts listed before an amount with its currency: "252,500 and " */
const AMOUNT_LIST_HEAD = /(?:(?:\d{1,3}(?:[,\s.]\d{3})+|\d+(?:\.\d+)?)(?:\s*,\s*(?:and\s+)?|\s+and\s+))+$/;

/** a fine named only as the option not given: "without the option of a fine", "instead of a fine" */
const NO_FINE_BEFORE = /\b(?:without\s+(?:the\s+|an?\s+|any\s+)?option\s+of|no\s+option\s+of|in\s+lieu\s+of|instead\s+of)\s+(?:an?\s+)?fines?$/i;

/** money paid to someone for a loss they suffered */
const PAID_FOR_LOSS = /^[^.;]{0,50}?\bfor\s+(?:the\s+|a\s+|an\s+|his\s+|her\s+|their\s+)?(?:damaged?|destroyed|broken|stolen|lost|repairs?|treatment|injur(?:y|ies)|losses|harm)\b/i;

/** money ordered that is not a penalty */
/** someone paid, between "pay" and the amount: "pay the Trust", "pay him", "pay Ms X" (not "pay a fine of", "pay the sum of", "pay US$") */
const PAYEE_BEFORE = /^\s+(?!(?:the\s+|a\s+|an\s+)?(?:fines?|penalt|sum|total|equivalent|amount|state|US|USD|EUR|GBP|RUB|Rs|Tk)\b)(?:him|her|them|the\s+[\p{L}'’-]+|\p{Lu}[\p{L}'’.-]+)(?:\s+[\p{L}'’.-]+){0,5}?\s+(?:a\s+(?:total\s+of\s+)?|the\s+sum\s+of\s+)?$/u;
/** a private payee after the amount: "to the victim", "to the family of", "to the Opera House Trust", "to a charity" (not "to the state budget") */
const PAYEE_AFTER = /^[^.;]{0,25}?\bto\s+(?!the\s+(?:state|treasury|government|budget|court)\b)(?:the\s+|his\s+|her\s+|their\s+|each\s+of\s+)?(?:victims?|famil(?:y|ies)|relatives|widow|parents|plaintiffs?|complainants?|claimants?|injured|\p{Lu}[\p{L}'’-]+)|^[^.;]{0,25}?\bto\s+(?:a|the)\s+(?:charity|charities|charitable\s+\w+)\b/u;
/** what an amount pays when it names it right after: "GBP 75 costs", "a 50 zlotys' fee", "£300 compensation" */
const PAID_BESIDE_AFTER = /^[^.;,\d£$€]{0,25}\b(?:compensation|damages|bail|costs|restitution|fees?)\b/i;
const NOT_A_FINE = /\b(?:damages|compensation|bail|bond|costs|legal\s+fees|court\s+fees|restitution|alimony|salary|wages\s+owed)\b/i;

function currencyEntry(word: string): string | readonly CurrencyChoice[] | undefined {
  const forms = [word, word.replace(/e?s$/, ''), word.replace(/s$/, '')];
  for (const f of forms) {
    const hit = CURRENCY_WORDS[f] ?? CURRENCY_WORDS[f.toLowerCase()];
    if (hit !== undefined) return hit;
  }
  return undefined;
}

/** How often a country cue occurs in the text; `counts` lives as long as one document's extraction. */
function cueCount(text: string, cue: string, counts: Map<string, number>): number {
  let n = counts.get(cue);
  if (n === undefined) {
    n = text.match(new RegExp(`\\b${cue}\\b`, 'g'))?.length ?? 0;
    counts.set(cue, n);
  }
  return n;
}

function currencyOf(word: string, text: string, counts: Map<string, number>): string | null {
  // "870 Belarusian rubles": the adjective decides when it is known, else the bare word does
  const entry = currencyEntry(word) ?? currencyEntry(word.split(/\s+/).pop() ?? word);
  if (entry === undefined) return null;
  if (typeof entry === 'string') return entry;
  let best = entry[0].code;
  let bestCount = 0;
  for (const choice of entry) {
    const n = choice.cues.reduce((acc, c) => acc + cueCount(text, c, counts), 0);
    if (n > bestCount) { best = choice.code; bestCount = n; }
  }
  return best;
}

/** "1,250,500.50" (thousands and cents), "1,00,000" (lakh grouping), "12.500,00" (European) */
const GROUPED = /^(\d{1,2}(?:,\d{2})+,\d{3}|\d{1,3}(?:[,\s.]\d{3})+)(?:[.,](\d{1,2}))?$/;

function parseAmount(num: string, mult: string | undefined): number {
  let n: number;
  const g = GROUPED.exec(num);
  if (g) n = Number(g[1].replace(/[,\s.]/g, '')) + (g[2] ? Number(`0.${g[2]}`) : 0);
  else n = parseFloat(num);
  const m = (mult ?? '').trim().toLowerCase();
  return m ? Math.round(n * (MULTIPLIERS[m] ?? 1)) : n;
}

interface AmountHit { start: number; end: number; amount: number; currency: string | null; unit: boolean }

function amountsIn(text: string, sent: Span, counts: Map<string, number>): AmountHit[] {
  const body = text.slice(sent.start, sent.end);
  const hits: AmountHit[] = [];
  AMOUNT.lastIndex = 0;
  for (let m = AMOUNT.exec(body); m; m = AMOUNT.exec(body)) {
    const g = m.groups!;
    const start = sent.start + m.index;
    const end = start + m[0].length;
    if (g.sym) hits.push({ start, end, amount: parseAmount(g.num1, g.mult1), currency: currencyOf(g.sym, text, counts), unit: false });
    else if (g.cur) hits.push({ start, end, amount: parseAmount(g.num2, g.mult2), currency: currencyOf(g.cur, text, counts), unit: false });
    else hits.push({ start, end, amount: parseAmount(g.num2, g.mult2), currency: null, unit: true });
  }
  return hits;
}

/** after an amount: "per month", "a year", "monthly", "in child support": paid again and again, or upkeep */
const RECURRING_AFTER = /^\s*(?:\([^()]{0,40}\)\s*)?(?:(?:per|a|an|each|every)\s+(?:month|year|week|day|annum)\b|monthly\b|annually\b|weekly\b|in\s+(?:child\s+support|maintenance|alimony)\b)/i;

export function finePhrases(text: string, sent: Span, persons: Mention[], cueCounts: Map<string, number> = new Map()): Phrase[] {
  const body = text.slice(sent.start, sent.end);
  const amounts = amountsIn(text, sent, cueCounts);
  const out: Phrase[] = [];
  const used = new Set<AmountHit>();
  FINE_CUE.lastIndex = 0;
  for (let m = FINE_CUE.exec(body); m; m = FINE_CUE.exec(body)) {
    const cueStart = sent.start + m.index;
    const cueEnd = cueStart + m[0].length;
    if (/^pay$/i.test(m[0]) && !/\b(?:ordered|had|required|obliged|must|sentenced|condemned)\b[^.;]{0,110}?(?:\bto\s+|\s)$/i.test(text.slice(Math.max(sent.start, cueStart - 120), cueStart))) continue;
    // the first amount after the cue (within a short reach), or an amount just before "fine" ("a 50,000-tenge fine")
    // (an amount an earlier cue took is this cue's too: "pay ninety day-fines of CHF 100" is one fine, and the cue does not
    // reach past it for the next fine's amount)
    let hit = amounts.find((a) => a.start >= cueEnd && a.start - cueEnd <= 130 && !/;/.test(text.slice(cueEnd, a.start)));
    if (hit && used.has(hit)) continue;
    if (!hit && /^fine/i.test(m[0])) hit = amounts.find((a) => a.end <= cueStart && cueStart - a.end <= 3 && !used.has(a));
    if (!hit) continue;
    // damages, bail and costs are paid, but they are no fine
    if (NOT_A_FINE.test(text.slice(Math.max(sent.start, cueStart - 30), hit.start)) || PAID_BESIDE_AFTER.test(text.slice(hit.end, hit.end + 40))) continue;
    // "ordered to pay the Opera House Trust $151,000", "pay her 5,000 euros", "pay 2,000 dollars to the victim's family":
    // a payment to a named party is damages or restitution, no fine (a fine is paid to the state)
    if (/\bpay$/i.test(m[0]) && (PAYEE_BEFORE.test(text.slice(cueEnd, hit.start)) || PAYEE_AFTER.test(text.slice(hit.end, Math.min(sent.end, hit.end + 80))))) continue;
    // "ordered to pay 4,300 rubles to the traffic police for a damaged patrol car": paid to a party for a loss, no fine
    if (PAID_FOR_LOSS.test(text.slice(hit.end, Math.min(sent.end, hit.end + 80)))) continue;
    // "EUR 700 per month in child support": a recurring payment is maintenance or a charge, no fine
    if (RECURRING_AFTER.test(text.slice(hit.end, Math.min(sent.end, hit.end + 60)))) continue;
    // "Each fine is equivalent to about 1,270 dollars" restates a fine told before
    // ("fined the equivalent of US$10,000" is the fine itself)
    const between = text.slice(cueEnd, hit.start);
    // ("imposing fines equivalent to about EUR 4.70 on each": a fine told only by its equivalent is the fine)
    const onlyEquivalent = /^fine[sd]?$/i.test(m[0]) && /^\s*(?:equivalent|worth)\s+(?:to\s+)?(?:about\s+|approximately\s+|some\s+|around\s+)?$/i.test(between);
    if (!onlyEquivalent && /\b(?:equivalent|equals?|worth|converts?)\b/i.test(between) && !(/(?:^|\s)(?:the|an?)\s+(?:sum\s+)?equivalent\s+of\s+(?:about\s+|some\s+)?$/i.test(between) && !/\b(?:is|was|are|were|be|been|being)\b/i.test(between))) continue;
    if (EQUIVALENT_BEFORE.test(text.slice(Math.max(sent.start, hit.start - 25), hit.start)) && out.length > 0) continue;
    used.add(hit);
    // "fines between 100 and 200 pounds": a range over several people is a fine of no one amount
    const lead = AMOUNT_LIST_HEAD.exec(text.slice(cueEnd, hit.start));
    if (lead && /\b(?:between|from)\s+$/i.test(text.slice(cueEnd, cueEnd + lead.index))) {
      out.push({ type: 'fine', start: cueStart, end: hit.end, duration: null, amount: null, currency: null, carried: false, anchor: cueStart });
      continue;
    }
    // "fined 252,500 and 126,250 tenge (respectively)": bare amounts listed before the one with the currency
    if (lead && hit.currency) {
      const leadStart = cueEnd + lead.index;
      for (const n of lead[0].matchAll(/\d{1,3}(?:[,\s.]\d{3})+(?![\d])|\d+(?:\.\d+)?/g)) {
        const s0 = leadStart + (n.index ?? 0);
        out.push({ type: 'fine', start: s0, end: s0 + n[0].length, duration: null, amount: parseAmount(n[0], undefined), currency: hit.currency, carried: false, anchor: s0 });
      }
    }
    let { amount, currency } = hit;
    if (hit.unit) {
      // "50 MCI (about 132,550 tenge)": the money equivalent is the amount
      const eq = amounts.find((a) => a.start > hit!.end && a.start - hit!.end <= 40 && a.currency && /^\s*(?:\([A-Z]+\)\s*)?\(/.test(text.slice(hit!.end, a.start)));
      if (eq) { amount = eq.amount; currency = eq.currency; used.add(eq); }
    }
    // equivalents after the amount belong to it
    for (const a of amounts) if (a.start > hit.end && a.start - hit.end <= 45 && EQUIVALENT_BEFORE.test(text.slice(hit.end, a.start).replace(/^\s*/, ' ').slice(-30))) used.add(a);
    out.push({ type: 'fine', start: lead ? hit.start : Math.min(cueStart, hit.start), end: Math.max(hit.end, cueEnd), duration: null, amount, currency, carried: false, anchor: lead ? cueEnd + lead.index : hit.start });
  }
  // "fined them 50,000 birr and 30,000 birr (respectively)": amounts coordinated with a fine
  for (const a of amounts) {
    if (used.has(a)) continue;
    const prev = out.filter((f) => f.end <= a.start).pop();
    // (not costs or a fee beside the fine: "fined GBP 100 and GBP 75 costs")
    if (prev && /^\s*(?:,\s*(?:and\s+)?|and\s+)$/.test(text.slice(prev.end, a.start)) && !PAID_BESIDE_AFTER.test(text.slice(a.end, a.end + 40))) {
      used.add(a);
      out.push({ type: 'fine', start: a.start, end: a.end, duration: null, amount: a.amount, currency: a.currency ?? prev.currency, carried: false, anchor: prev.anchor });
    }
  }
  // "A was fined 2,900 somoni, and B 1,450": an amount right after a person takes the fine before it
  if (out.length > 0) {
    for (const person of persons) {
      const prev = out.filter((f) => f.end <= person.start).pop();
      if (!prev) continue;
      const m = CARRIED_AMOUNT.exec(text.slice(person.end, Math.min(sent.end, person.end + 40)));
      if (!m?.groups) continue;
      const start = person.end + m.index + m[0].length - m.groups.amt.length;
      const hit = amounts.find((a) => a.start === start);
      if (hit && used.has(hit)) continue;
      if (hit) used.add(hit);
      const amount = hit ? hit.amount : parseAmount(m.groups.num, undefined);
      const currency = hit ? hit.currency ?? prev.currency : prev.currency;
      const end = hit ? hit.end : start + m.groups.amt.length;
      out.push({ type: 'fine', start, end, duration: null, amount, currency, carried: true, anchor: start });
    }
  }
  // "and a small fine", "was fined": a fine whose amount the text does not give
  BARE_FINE.lastIndex = 0;
  for (let m = BARE_FINE.exec(body); m; m = BARE_FINE.exec(body)) {
    const start = sent.start + m.index + (m[0].length - m[0].trimStart().length);
    const end = sent.start + m.index + m[0].length;
    if (out.some((p) => p.start <= end + 80 && start <= p.end)) continue;
    // "eighteen months without the option of a fine", "in lieu of a fine": the fine is what was not imposed
    if (NO_FINE_BEFORE.test(text.slice(Math.max(sent.start, start - 40), start + m[0].trim().length))) continue;
    if (/\bfines?\b/i.test(m[0]) && !/\b(?:and|a|an|small|large|heavy|hefty|substantial|big|modest|administrative)\s*$/i.test(text.slice(Math.max(sent.start, start - 15), start + m[0].trim().length - 4))) {
      if (!/^\s*(?:an?\s)/i.test(m[0])) continue;
    }
    out.push({ type: 'fine', start, end, duration: null, amount: null, currency: null, carried: false, anchor: start });
  }
  return out;
}

/** What is no penalty: demands, maximums, hypotheticals, remand, sport, time served, defaults, private warnings and bans. */
import type { Span } from '../../src/contract';
import { alternation } from '../nlp/alternation';
import { DEMAND_ACTORS, DEMAND_CUES, HYPOTHETICAL_CUES, REMAND_CUES, SERVED_CUES, SPORT_CUES } from './data/cues';
import type { Phrase } from './phrase';
import { RULING_VERB } from './rules';

const words = (list: readonly string[]): RegExp => new RegExp(`(?<![\\w-])(?:${alternation(list)})(?![\\w-])`, 'i');

const DEMAND_RE = new RegExp(`\\b(?:${alternation(DEMAND_ACTORS)})\\b[^.;]{0,80}?\\b(?:${alternation(DEMAND_CUES)})\\b|\\b(?:asked\\s+the\\s+court\\s+to|requested\\s+(?:a|that)|demanded\\s+(?:a|that))\\b`, 'i');

const HYPO_RE = new RegExp(`(?<![\\w-])(?:${alternation(HYPOTHETICAL_CUES)})(?![\\w-])`);

const REMAND_RE = words(REMAND_CUES);

const SPORT_RE = new RegExp(`(?<![\\w-])(?:${alternation(SPORT_CUES)})(?![\\w-])`);

const SERVED_RE = words(SERVED_CUES);

/** a warning from an employer or school, not from a court or authority */
const PRIVATE_ISSUER = /^[^.;]{0,25}\bfrom\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:\w+\s+)?(?:management|employer|director|headteacher|principal|school|university|hospital|company|firm|club|landlord|editor|manager)\b/i;

/** bans by platforms, employers and sports bodies are not state penalties */
const PRIVATE_BANNER = /\b(?:Facebook|Meta|Twitter|YouTube|TikTok|Instagram|Telegram|VKontakte|platform|company|employer|university|school|club|league)\b/;

/** a term told right after a demand cue: the demand's own object ("sought a ten-year term, ...") */
const DEMANDED_TERM = /^\s+(?:an?\s+|the\s+)?(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|life)[- ](?:years?|months?|weeks?|days?|term|sentence)\b[^.;]*?,/i;

/** a text about asylum or residence: its deportation orders are immigration measures */
const ASYLUM = /\b(?:asylum|refugee|Migration\s+(?:Board|Court|Agency|Service)|residence\s+permit|Aliens\s+(?:Act|Office|Department)|immigration\s+(?:service|authorities|department))\b/i;

/** how far back, within the sentence, a penalty's clause reaches */
const CLAUSE_BACK_CHARS = 160;

function clauseBefore(text: string, sent: Span, start: number): string {
  const from = Math.max(sent.start, start - CLAUSE_BACK_CHARS);
  const head = text.slice(from, start);
  const cut = Math.max(head.lastIndexOf(';'), head.search(/\b(?:while|whereas|but|although)\b[^;]*$/));
  return cut > 0 ? head.slice(cut) : head;
}

const SUSPENDED_FOR_BEFORE = /\bsuspended\s+for\s+(?:a\s+(?:period|term)\s+of\s+)?$/i;
const SUSPENDED_WHAT = /\b(?:sentences?|terms?|imprison|prison|jail|custod|detention|penalt|years?|months?|weeks?|days?|restriction|labou?r|service|fines?|punishment)/i;

/** a ruling in the passive infinitive right before the term: "to be jailed for", "be sent to prison for" */
const INFINITIVE_RULING = /\bbe\s+(?:\w+ly\s+)?(?:jailed|imprisoned|sentenced|fined|banned|barred|locked\s+up|sent\s+(?:\w+\s+)?to\s+(?:prison|jail))\s+(?:to\s+|for\s+)?(?:a\s+(?:term|period)\s+of\s+)?$/i;

export function excluded(text: string, sent: Span, p: Phrase): boolean {
  const body = text.slice(sent.start, sent.end);
  // a sports body's ban or fine is no state penalty; a court's ruling in a sports story still is
  if (SPORT_RE.test(body) && !/\b(?:court|judge|tribunal)\b/i.test(body.replace(/Court\s+of\s+Arbitration\s+for\s+Sport/g, ''))) return true;
  const head = clauseBefore(text, sent, p.start);
  // "X was suspended for two weeks" (by an employer, a club): "suspended for" is a suspended term's period only after a term
  if (p.type === 'probation' && SUSPENDED_FOR_BEFORE.test(head) && !SUSPENDED_WHAT.test(head.replace(SUSPENDED_FOR_BEFORE, ''))) return true;
  const near = text.slice(Math.max(sent.start, p.start - 70), Math.min(sent.end, p.end + 70));
  if (REMAND_RE.test(near) && p.type !== 'fine') return true;
  const demand = DEMAND_RE.exec(head);
  // (not when the demand's own term stands between and the sentence handed down follows: "who sought a ten-year term,
  // said he was satisfied with the eight-year sentence")
  const afterDemand = demand ? head.slice(demand.index + demand[0].length) : '';
  if (demand && !RULING_VERB.test(afterDemand.replace(/\bsentenced?\s+(?:him|her|them)\b/i, '')) && !(DEMANDED_TERM.test(afterDemand) && /\b(?:satisfied\s+with|welcomed|critici[sz]ed|appealed\s+against)\s+the\s+$/i.test(afterDemand))) return true;
  const hypo = HYPO_RE.exec(head);
  if (hypo) {
    const after = head.slice(hypo.index + hypo[0].length);
    // "could be sentenced", "may receive": the modal governs the verb after it
    if (/^\s*(?:\w+\s+){0,2}?(?:be|been|get|receive|face|serve|have)\b/i.test(after)) return true;
    if (!/\b(?:sentenced|fined|jailed|convicted|imposed|handed\s+down|found\s+\w+(?:\s+\w+){0,3}\s+guilty|was\s+given|were\s+given)\b/i.test(after)) return true;
  }
  // "after serving eight days of a 15-day sentence": the part served is no penalty, the whole sentence is
  if (SERVED_RE.test(text.slice(Math.max(sent.start, p.start - 30), p.start)) && !/\b(?:of|out\s+of)\s+(?:an?|the|his|her|their)\s+$/i.test(text.slice(Math.max(sent.start, p.start - 12), p.start))) return true;
  // "he was released and placed on probation for three years": a conditional release, not a sentence
  // (not a court's own "sentenced him to three years but released him on probation": the release there is the sentence)
  if (p.type === 'probation' && /\b(?:(?:was|were|been|being)\s+(?:\w+\s+)?(?:released|paroled)|(?:on|for|after)\s+(?:early\s+|conditional\s+)?(?:release|parole))\b[^.;]{0,60}$/i.test(head)) return true;
  // "released with 255 days remaining, suspended for two years": the rest of a term put on hold at release
  if (p.type === 'probation' && /\b(?:released|paroled)\b[^.;]{0,120}?\b(?:remaining|left\s+to\s+serve|remainder|rest\s+of)\b[^.;]{0,40}$/i.test(head)) return true;
  // "we didn't want to see any of the Australians sentenced to death": no one in particular was sentenced
  if (/\b(?:any|none)\s+of\s+(?:the|them|those|our|us)\b[^.;]{0,40}$/i.test(text.slice(Math.max(sent.start, p.start - 60), p.start))) return true;
  if (p.type === 'warning' && PRIVATE_ISSUER.test(text.slice(p.end, sent.end))) return true;
  if (p.type === 'ban') {
    // who banned: the words before the ban verb ("Facebook banned X"), not what was banned ("from Telegram channels")
    const verb = [...head.matchAll(/\b(?:banned|barred|prohibited|ban)\b/gi)].pop();
    if (verb && PRIVATE_BANNER.test(head.slice(0, verb.index))) return true;
  }
  // "the Migration Board refused to revoke the deportation order": in an asylum case removal is no sanction
  // (a criminal court's "sentenced to expulsion" still is)
  if (p.type === 'other' && !p.duration && /\b(?:deport|expel|expuls)/i.test(text.slice(p.start, p.end)) && !/\bsentenced\b/i.test(text.slice(p.start, p.end)) && ASYLUM.test(text)) return true;
  // "or serve three months in prison if they did not pay": a default penalty, not the one imposed
  if (/\bor\s+(?:\w+\s+){0,2}$/i.test(text.slice(Math.max(sent.start, p.start - 25), p.start)) && /^[^.;]{0,40}\bif\b/i.test(text.slice(p.end, sent.end))) return true;
  if (/\b(?:in\s+default|alternative\s+of|failing\s+(?:payment|which))\b/i.test(text.slice(Math.max(sent.start, p.start - 40), p.start))) return true;
  // "to be converted into one month's imprisonment in the event that he avoided payment": a penalty on a condition
  if (/^[^.;]{0,20}?\b(?:in\s+the\s+event\s+(?:that|of)|in\s+case\s+of\s+(?:non-?payment|failure|default)|if\s+(?:he|she|they)\s+(?:fails?|failed|did\s+not|does\s+not|do\s+not|refuses?|refused|attempts?|attempted))\b/i.test(text.slice(p.end, p.end + 60))) return true;
  // "a fine of 15,000 kwacha, or six months' simple imprisonment in default" (not "a fine of Tk 1,00,000, in default of which")
  if (/^[^.;]{0,12}?\bin\s+default\b(?!\s+of\s+(?:which|whereof))/i.test(text.slice(p.end, p.end + 40))) return true;
  // "if we plead guilty we will not be able to be sentenced to death", "that the father be ordered to pay":
  // a ruling in the infinitive or the subjunctive has not been handed down
  // (not a court's own order: "the court ordered that he be fined")
  // ("asked for X to be jailed for 10 years": the verb before the term; not "sentenced him to be imprisoned for")
  if ((/\bbe\s+(?:\w+ly\s+)?$/i.test(text.slice(Math.max(sent.start, p.start - 30), p.start)) || INFINITIVE_RULING.test(head)) && !/\b(?:ordered|decided|ruled|directed|held)\s+that\b[^.;]{0,80}$|\bsentenced\s+(?:\w+\s+){0,3}?to\s+be\b/i.test(head)) return true;
  // "asked the court to sentence her", "to ban her": an infinitive of a ruling is a demand or a plan
  if (/\bto\s+(?:sentence|fine|ban|jail|imprison|give|impose|hand\s+down)\b[^.;]{0,80}$/i.test(head)) return true;
  return false;
}

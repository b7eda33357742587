/**
 * Keys that join one person across articles. nameKey('Rinat  Bukenov') ===
 * nameKey('rinat bukenov') (same person, no review needed); variantKey puts
 * transliteration variants together ('Aigul Tamabayeva' / 'Aigul Tamabaeva')
 * so they can be PROPOSED as one person for a reviewer to confirm.
 */
import { surnameKey } from '../../extractors/persons/transliteration';

export function nameKey(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * Every word of the name folded by surnameKey; null for one-word names or names
 * with tokens that are not words (numbers, initials alone are too loose to propose).
 */
export function variantKey(name: string): string | null {
  const parts = nameKey(name).split(' ');
  if (parts.length < 2) return null;
  const folded = parts.map((p) => (/^[\p{L}'’-]+$/u.test(p) ? surnameKey(p) : ''));
  if (folded.some((f) => f.length < 2)) return null;
  return folded.join(' ');
}

/** Union-find over confirmed merges: every key maps to its group's representative (the smallest key). */
export function mergeGroups(keys: Iterable<string>, merges: Array<[string, string]>): Map<string, string> {
  const parent = new Map<string, string>();
  const find = (k: string): string => {
    let p = parent.get(k) ?? k;
    if (p !== k) {
      p = find(p);
      parent.set(k, p);
    }
    return p;
  };
  for (const k of keys) parent.set(k, parent.get(k) ?? k);
  for (const [a, b] of merges) {
    if (!parent.has(a)) parent.set(a, a);
    if (!parent.has(b)) parent.set(b, b);
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) (ra < rb ? parent.set(rb, ra) : parent.set(ra, rb));
  }
  const out = new Map<string, string>();
  for (const k of parent.keys()) out.set(k, find(k));
  return out;
}

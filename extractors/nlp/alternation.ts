/**
 * Turns a word list into a regex alternation: longest first so that
 * "Supreme Court" wins over "Supreme", with regex metacharacters escaped.
 * Example: alternation(['Mr.', 'Ms']) === 'Mr\\.|Ms'
 */
export function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function alternation(words: readonly string[]): string {
  const unique = [...new Set(words.filter((w) => w.length > 0))];
  unique.sort((a, b) => b.length - a.length || a.localeCompare(b));
  return unique.map(escapeRegex).join('|');
}

/**
 * The whole-process rival of `casefile clean` in bench:clean: Readability on linkedom
 * over N files given on one command line, one JSON line per file (title and text).
 * Usage: node dist/bench/readability-process.js FILE...
 */
import { readFileSync } from 'node:fs';

function main(files: string[]): void {
  // Loaded here, as a CLI would, so their load time is billed to the process.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { parseHTML } = require('linkedom') as { parseHTML: (h: string) => { document: unknown } };
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { Readability } = require('@mozilla/readability') as {
    Readability: new (doc: unknown) => { parse(): { title?: string | null; textContent?: string | null } | null };
  };
  const out: string[] = [];
  for (const file of files) {
    const html = readFileSync(file, 'utf8');
    let title: string | null = null;
    let text = '';
    try {
      const article = new Readability(parseHTML(html).document).parse();
      title = article?.title ?? null;
      text = article?.textContent ?? '';
    } catch (err) {
      out.push(JSON.stringify({ input: file, error: String(err) }));
      continue;
    }
    out.push(JSON.stringify({ input: file, title, text }));
  }
  process.stdout.write(out.join('\n') + '\n');
}

if (require.main === module) main(process.argv.slice(2));

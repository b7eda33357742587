/**
 * npm run demo: serves the fixture site on 127.0.0.1, crawls it into the
 * review store (CASEFILE_DB, default ./casefile.db) with `casefile crawl`, and
 * prints the records that appeared. No internet, no services.
 */
import { run as crawl } from '../../src/cli/crawl';
import { openStore } from '../../src/store/index';
import { startFixtureSite } from './fixture-site';

async function main(): Promise<number> {
  // A fixed port, so a second demo finds the same URLs and shows conditional GET at work.
  const site = await startFixtureSite({ retryAfterSeconds: 1, port: 47123 });
  process.stderr.write(`demo: fixture site at ${site.url} (invented human-rights news)\n`);
  process.stderr.write(`demo: casefile crawl --seed ${site.url}/ --allow-private --delay-ms 100\n\n`);
  let code: number;
  try {
    code = await crawl(['--seed', `${site.url}/`, '--allow-private', '--delay-ms', '100']);
  } finally {
    await site.close();
  }
  const store = await openStore();
  try {
    const records = await store.listRecords({ sourceId: 'seed', sort: 'created', limit: 12 });
    const total = await store.countRecords({});
    process.stdout.write(`\nRecords in the review store (${total} in all, pending review); the latest:\n`);
    // Names and courts come from scraped text: no control characters reach the terminal.
    const safe = (t: string) => t.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ');
    for (const r of records) {
      const penalty = r.record.penalties[0];
      const what = penalty ? `${penalty.type}${penalty.duration ? ' ' + penalty.duration : ''}${penalty.amount !== null ? ` ${penalty.amount}${penalty.currency ? ' ' + penalty.currency : ''}` : ''}` : 'no penalty found';
      process.stdout.write(`  [${r.status}] ${safe(r.record.person.name)} | ${safe(r.record.court ?? 'court not named')} | ${r.record.date ?? 'no date'} | ${what}\n`);
    }
    process.stdout.write(`\nNext: \`npx casefile records\` lists them as JSON Lines; \`npx casefile review\` opens the review page.\n`);
  } finally {
    await store.close();
  }
  return code;
}

main().then(
  (code) => (process.exitCode = code),
  (err) => {
    process.stderr.write(`demo: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  },
);

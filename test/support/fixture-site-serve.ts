/**
 * Runs the fixture site in its own process (for the crawl benchmark, so the
 * site's CPU is not counted as the crawler's). Prints the URL as its first line;
 * with --hosts N it serves N sites on 127.0.0.2, 127.0.0.3, … and prints their
 * URLs on that line, space-separated. A line "report" on stdin is answered with
 * one JSON line: the request start times (epoch ms) per site URL.
 * Example: node dist/test/support/fixture-site-serve.js --generated 1000
 *          node dist/test/support/fixture-site-serve.js --generated 20 --per-listing 10 --hosts 10
 */
import { parseArgs } from 'node:util';
import { startFixtureSite, type FixtureSite } from './fixture-site';

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { generated: { type: 'string' }, 'per-listing': { type: 'string' }, hosts: { type: 'string' } } });
  const hosts = values.hosts ? Number(values.hosts) : 0;
  if (!Number.isInteger(hosts) || hosts < 0 || hosts > 250) throw new Error(`--hosts must be a whole number up to 250, got ${values.hosts}`);
  const addresses = hosts === 0 ? ['127.0.0.1'] : Array.from({ length: hosts }, (_, i) => `127.0.0.${i + 2}`);
  const sites: FixtureSite[] = await Promise.all(
    addresses.map((host, i) =>
      startFixtureSite({
        host,
        generatedFirst: values.generated ? 1 + i * Number(values.generated) : undefined,
        generatedArticles: values.generated ? Number(values.generated) : undefined,
        generatedPerListing: values['per-listing'] ? Number(values['per-listing']) : undefined,
      }),
    ),
  );
  process.stdout.write(sites.map((s) => s.url).join(' ') + '\n');
  const stop = () => void Promise.all(sites.map((s) => s.close())).then(() => process.exit(0));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  let pending = '';
  process.stdin.on('data', (d) => {
    pending += d;
    let nl: number;
    while ((nl = pending.indexOf('\n')) >= 0) {
      const line = pending.slice(0, nl).trim();
      pending = pending.slice(nl + 1);
      if (line === 'report') process.stdout.write(JSON.stringify(Object.fromEntries(sites.map((s) => [s.url, s.requests.map((r) => r.atMs)]))) + '\n');
    }
  });
  // The parent going away closes stdin: stop with it.
  process.stdin.on('end', stop);
  process.stdin.resume();
}

main().catch((err) => {
  process.stderr.write(`fixture site: ${(err as Error).message}\n`);
  process.exit(1);
});

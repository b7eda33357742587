/**
 * Runs the fixture site in its own process (for the crawl benchmark, so the
 * site's CPU is not counted as the crawler's). Prints the URL as its first line.
 * Example: node dist/test/support/fixture-site-serve.js --generated 1000
 */
import { parseArgs } from 'node:util';
import { startFixtureSite } from './fixture-site';

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { generated: { type: 'string' }, 'per-listing': { type: 'string' } } });
  const site = await startFixtureSite({
    generatedArticles: values.generated ? Number(values.generated) : undefined,
    generatedPerListing: values['per-listing'] ? Number(values['per-listing']) : undefined,
  });
  process.stdout.write(site.url + '\n');
  const stop = () => void site.close().then(() => process.exit(0));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  // The parent going away closes stdin: stop with it.
  process.stdin.on('end', stop);
  process.stdin.resume();
}

void main();

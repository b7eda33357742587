/**
 * casefile's entry point: picks the command and hands it the rest of argv.
 * Each command lives in its own file and exports run(argv) -> exit status.
 */
import { USAGE_EXIT, printUsageError } from './common';

type Command = { summary: string; load: () => Promise<{ run(argv: string[]): Promise<number> }> };

const COMMANDS: Record<string, Command> = {
  extract: { summary: 'extract entities and case records from files, URLs or stdin', load: async () => import('./extract') },
  clean: { summary: 'remove boilerplate only: print the cleaned document', load: async () => import('./clean') },
  crawl: { summary: 'crawl sources in one process (no services) into the review store', load: async () => import('./crawl') },
  worker: { summary: 'run the pipeline stages as BullMQ workers on Redis', load: async () => import('./worker') },
  enqueue: { summary: 'put crawl jobs for sources or seeds on the queue now', load: async () => import('./enqueue') },
  schedule: { summary: 'create or update one repeating crawl job per source', load: async () => import('./schedule') },
  review: { summary: "serve the analysts' review page", load: async () => import('./review') },
  records: { summary: 'list records from the review store', load: async () => import('./records') },
  export: { summary: 'send accepted records to PostgreSQL, JSON Lines or CSV', load: async () => import('./export') },
};

export const MAIN_HELP = `casefile: turns human-rights news into case records

Usage: casefile <command> [options]

Commands:
${Object.entries(COMMANDS)
  .map(([name, c]) => `  ${name.padEnd(9)} ${c.summary}`)
  .join('\n')}

Run \`casefile <command> --help\` for a command's options.
`;

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(MAIN_HELP);
    return name === undefined ? USAGE_EXIT : 0;
  }
  if (name === '--version' || name === '-V') {
    process.stdout.write('casefile 0.1.0\n');
    return 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    printUsageError(`unknown command '${name}'`, MAIN_HELP);
    return USAGE_EXIT;
  }
  const mod = await command.load();
  return mod.run(rest);
}

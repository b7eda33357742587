/** casefile extract: clean, then entities and case records, per input. */
import { runDocumentCommand } from './document-command';

export function run(argv: string[]): Promise<number> {
  return runDocumentCommand('extract', argv);
}

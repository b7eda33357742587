/** casefile clean: the boilerplate-removal stage on its own. */
import { runDocumentCommand } from './document-command';

export function run(argv: string[]): Promise<number> {
  return runDocumentCommand('clean', argv);
}

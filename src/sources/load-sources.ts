/**
 * Reads and validates a sources file (YAML or JSON). Errors name the file,
 * the line and the field: "sources.yaml:12: sources[1].seeds[0]: must be an http(s):// URL".
 */
import { readFileSync } from 'node:fs';
import { LineCounter, parseDocument, isMap, isSeq, type Node } from 'yaml';
import { InvalidInputError } from '../errors';
import { SourcesFileSchema, type Source } from './source-schema';

export class SourcesFileError extends InvalidInputError {
  constructor(message: string) {
    super('bad-sources-file', message);
  }
}

export function loadSourcesFile(path: string): Source[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new SourcesFileError(`${path}: cannot read: ${(err as Error).message}`);
  }
  return parseSources(text, path);
}

/** JSON is YAML, so one parser serves both and gives line numbers for both. */
export function parseSources(text: string, file: string): Source[] {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  if (doc.errors.length > 0) {
    const e = doc.errors[0];
    const line = lineCounter.linePos(e.pos[0]).line;
    throw new SourcesFileError(`${file}:${line}: not valid YAML/JSON: ${e.message.split('\n')[0]}`);
  }
  const data = doc.toJS();
  const parsed = SourcesFileSchema.safeParse(data);
  if (parsed.success) {
    const sources = Array.isArray(parsed.data) ? parsed.data : parsed.data.sources;
    const ids = new Set<string>();
    for (const s of sources) {
      if (ids.has(s.id)) throw new SourcesFileError(`${file}: source id '${s.id}' is used twice`);
      ids.add(s.id);
    }
    return sources;
  }
  // A union error: report the branch that matches the file's shape.
  const issues = flattenIssues(parsed.error.issues, Array.isArray(data));
  const messages = issues.slice(0, 5).map((issue) => {
    const path = issue.path as Array<string | number>;
    const line = lineOf(doc.contents, path, lineCounter);
    return `${file}:${line}: ${formatPath(path) || '(top level)'}: ${issue.message}`;
  });
  throw new SourcesFileError(messages.join('\n'));
}

interface Issue {
  path: PropertyKey[];
  message: string;
  code?: string;
  errors?: Issue[][];
}

function flattenIssues(issues: readonly Issue[], isArray: boolean): Issue[] {
  const out: Issue[] = [];
  for (const issue of issues) {
    if (issue.code === 'invalid_union' && issue.errors && issue.errors.length > 0) {
      const branch = issue.errors[isArray ? 1 : 0] ?? issue.errors[0];
      out.push(...flattenIssues(branch.map((i) => ({ ...i, path: [...issue.path, ...i.path] })), isArray));
    } else out.push(issue);
  }
  return out.length > 0 ? out : [{ path: [], message: 'expected { sources: [...] } or a list of sources' }];
}

function formatPath(path: Array<string | number>): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

/** The line of the deepest node that exists along the path. */
function lineOf(root: unknown, path: Array<string | number>, lc: LineCounter): number {
  let node = root as Node | null | undefined;
  let best = node?.range ? lc.linePos(node.range[0]).line : 1;
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => (p.key as { value?: unknown } | null)?.value === key);
      if (!pair) break;
      const keyNode = pair.key as Node;
      if (keyNode?.range) best = lc.linePos(keyNode.range[0]).line;
      node = pair.value as Node;
    } else if (isSeq(node) && typeof key === 'number') {
      node = node.items[key] as Node;
    } else break;
    if (node?.range) best = lc.linePos(node.range[0]).line;
  }
  return best;
}

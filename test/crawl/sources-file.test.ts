/** Sources files (YAML or JSON): valid ones load with defaults, bad ones name file, line and field. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadSourcesFile, parseSources } from '../../src/sources/load-sources';

const GOOD_YAML = `sources:
  - id: monitor
    name: Monitor updates
    country: KZ
    language: en
    seeds:
      - https://monitor.example.org/updates/
    include: ["/updates/\\\\d{4}/"]
    schedule: "0 */6 * * *"
    perHostDelayMs: 2000
    maxPages: 200
`;

describe('sources files', () => {
  it('loads YAML with defaults filled in', () => {
    const [s] = parseSources(GOOD_YAML, 'sources.yaml');
    expect(s).toMatchObject({ id: 'monitor', country: 'KZ', perHostDelayMs: 2000, maxPages: 200, allowPrivate: false, exclude: [] });
    expect(new RegExp(s.include[0]).test('https://monitor.example.org/updates/2024/x')).toBe(true);
  });

  it('loads JSON, as a list or under "sources"', () => {
    const list = JSON.stringify([{ id: 'a', name: 'A', seeds: ['https://a.example.org/'] }]);
    expect(parseSources(list, 'a.json')[0]).toMatchObject({ id: 'a', country: null, schedule: null });
    expect(parseSources(JSON.stringify({ sources: JSON.parse(list) }), 'b.json')).toHaveLength(1);
  });

  it.each([
    ['a bad seed URL', GOOD_YAML.replace('https://monitor.example.org/updates/', 'ftp://monitor.example.org/'), /^sources\.yaml:7: sources\[0\]\.seeds\[0\]: /],
    ['a bad country', GOOD_YAML.replace('country: KZ', 'country: Kazakhstan'), /^sources\.yaml:4: sources\[0\]\.country: must be an ISO 3166/],
    ['a bad pattern', GOOD_YAML.replace('include: ["/updates/\\\\d{4}/"]', 'include: ["(unclosed"]'), /^sources\.yaml:8: sources\[0\]\.include\[0\]: is not a valid regular expression/],
    ['a bad schedule', GOOD_YAML.replace('schedule: "0 */6 * * *"', 'schedule: "every day"'), /^sources\.yaml:9: sources\[0\]\.schedule: must be a cron expression/],
    ['a negative delay', GOOD_YAML.replace('perHostDelayMs: 2000', 'perHostDelayMs: -5'), /^sources\.yaml:10: sources\[0\]\.perHostDelayMs: /],
    ['an unknown field', GOOD_YAML.replace('maxPages: 200', 'maxPages: 200\n    maxPagez: 3'), /^sources\.yaml:\d+: sources\[0\]: .*maxPagez/],
    ['a missing name', GOOD_YAML.replace('    name: Monitor updates\n', ''), /^sources\.yaml:2: sources\[0\]\.name: /],
    ['no seeds', GOOD_YAML.replace('      - https://monitor.example.org/updates/\n', '').replace('seeds:', 'seeds: []'), /^sources\.yaml:6: sources\[0\]\.seeds: /],
    ['broken YAML', 'sources:\n  - id: [unclosed\n', /^sources\.yaml:\d+: not valid YAML\/JSON/],
  ])('names file, line and field for %s', (_, text, message) => {
    expect(() => parseSources(text, 'sources.yaml')).toThrow(message);
  });

  it('refuses a source id used twice', () => {
    const two = JSON.stringify([{ id: 'a', name: 'A', seeds: ['https://a.example.org/'] }, { id: 'a', name: 'B', seeds: ['https://b.example.org/'] }]);
    expect(() => parseSources(two, 's.json')).toThrow(/source id 'a' is used twice/);
  });

  it('reports a missing file clearly', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'casefile-sources-'));
    try {
      expect(() => loadSourcesFile(path.join(dir, 'nope.yaml'))).toThrow(/nope\.yaml: cannot read/);
      writeFileSync(path.join(dir, 'ok.yaml'), GOOD_YAML);
      expect(loadSourcesFile(path.join(dir, 'ok.yaml'))).toHaveLength(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the shipped example file is valid', () => {
    const sources = loadSourcesFile(path.resolve(__dirname, '../../examples/sources.yaml'));
    expect(sources.length).toBeGreaterThanOrEqual(3);
    expect(sources.every((s) => !s.allowPrivate)).toBe(true);
  });
});

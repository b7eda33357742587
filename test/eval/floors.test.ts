/** The evaluation gate: the real pipeline over every gold fixture stays at or above the pinned F1 floors. */
import { ENTITY_KINDS } from '../../bench/eval-match';
import { evaluateFixtures, floorFailures, formatTable, readFloors } from '../../bench/eval';

test('every entity kind reaches its F1 floor over fixtures/texts', () => {
  const report = evaluateFixtures();
  const floors = readFloors();
  expect(report.documents.length).toBeGreaterThanOrEqual(20);
  expect(report.documents.filter((d) => d.error !== null).map((d) => `${d.slug}: ${d.error}`)).toEqual([]);
  for (const kind of ENTITY_KINDS) expect(floors[kind]).toBeGreaterThanOrEqual(0);
  const failures = floorFailures(report, floors);
  if (failures.length > 0) process.stderr.write(formatTable(report, floors));
  expect(failures).toEqual([]);
}, 120000);

/**
 * The `export` stage: accepted records go to PostgreSQL (table case_records).
 * Jobs name the records just accepted, or none for "everything accepted and
 * not yet sent"; the sink skips what it already holds, so reruns write nothing twice.
 */
import { PermanentError } from '../src/errors';
import { ExportJobSchema } from './job-schemas';
import { QUEUE_NAMES } from './queue-names';
import type { StageContext } from './stage-context';
import { stageProcessor } from './stage-processor';

export function exportProcessor(ctx: StageContext) {
  return stageProcessor(QUEUE_NAMES.export, ctx, ExportJobSchema, async (data) => {
    const to = data.to ?? process.env.CASEFILE_EXPORT_TO;
    if (!to) throw new PermanentError('no-export-destination', 'no destination: set CASEFILE_EXPORT_TO or the job\'s "to"');
    const store = await ctx.store();
    const { exportToPostgres } = await import('../src/export/index');
    const result = await exportToPostgres(store, to, data.recordIds ? { recordIds: data.recordIds } : {});
    ctx.log.info({ ...result, destination: result.destination }, 'export done');
    return result;
  });
}

/**
 * Routes the review server mounts with `casefile review --admin`, behind its
 * sign-in: bull-board at /admin/queues and Prometheus text at /metrics. With
 * CASEFILE_EXPORT_TO set, each accept/reject/edit/undo also puts an export
 * job for that record on the `export` queue (the sink adds, updates or
 * removes its row).
 */
import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { FastifyAdapter } from '@bull-board/fastify';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { createRedis, resolveConnection } from './connection';
import { renderMetrics } from './metrics-endpoint';
import { PipelineMetrics } from './pipeline-metrics';
import type { ExportJob } from './job-schemas';
import { PipelineQueues } from './pipeline-queues';
import { QUEUE_NAMES } from './queue-names';

export const ADMIN_BASE_PATH = '/admin/queues';

type RequireAuth = (request: FastifyRequest, reply: FastifyReply) => Promise<void>;
interface ReviewHooks {
  onChange(listener: (change: { recordId: string; action: string }) => void | Promise<void>): void;
}

export async function mountQueueAdmin(app: FastifyInstance, requireAuth: RequireAuth, hooks?: ReviewHooks): Promise<void> {
  const conn = resolveConnection();
  const queues = new PipelineQueues(conn, undefined, (err) => app.log.warn({ err: err.message }, 'queue connection error'));
  const redis = createRedis(conn);
  redis.on('error', () => undefined); // reconnects by itself; /metrics answers 503 meanwhile
  const metrics = new PipelineMetrics(redis, conn.prefix);
  app.addHook('onClose', async () => {
    await queues.close();
    redis.disconnect();
  });

  if (hooks && process.env.CASEFILE_EXPORT_TO) {
    // The destination stays in the workers' environment, not in job data shown on the dashboard.
    hooks.onChange(async (change) => {
      const data: ExportJob = { recordIds: [change.recordId] };
      await queues.add(QUEUE_NAMES.export, `export-${change.action}`, data);
    });
  }

  const serverAdapter = new FastifyAdapter();
  // the fastify adapter may carry its own copy of the api package: the types differ, the shape does not
  createBullBoard({ queues: Object.values(queues.queues).map((q) => new BullMQAdapter(q)), serverAdapter: serverAdapter as unknown as Parameters<typeof createBullBoard>[0]["serverAdapter"] });
  serverAdapter.setBasePath(ADMIN_BASE_PATH);
  await app.register(
    async (scope) => {
      scope.addHook('onRequest', requireAuth);
      await scope.register(serverAdapter.registerPlugin());
    },
    { prefix: ADMIN_BASE_PATH },
  );

  app.get('/metrics', { onRequest: requireAuth }, async (_request, reply) => {
    try {
      const { contentType, body } = await renderMetrics(queues, metrics);
      return reply.type(contentType).send(body);
    } catch (err) {
      return reply.code(503).type('text/plain').send(`metrics unavailable: ${(err as Error).message}\n`);
    }
  });
}

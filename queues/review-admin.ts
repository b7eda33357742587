/**
 * Routes the review server mounts with `casefile review --admin`, behind its
 * sign-in: bull-board at /admin/queues and Prometheus text at /metrics.
 */
import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { FastifyAdapter } from '@bull-board/fastify';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { createRedis, resolveConnection } from './connection';
import { renderMetrics } from './metrics-endpoint';
import { PipelineMetrics } from './pipeline-metrics';
import { PipelineQueues } from './pipeline-queues';

export const ADMIN_BASE_PATH = '/admin/queues';

type RequireAuth = (request: FastifyRequest, reply: FastifyReply) => Promise<void>;

export async function mountQueueAdmin(app: FastifyInstance, requireAuth: RequireAuth): Promise<void> {
  const conn = resolveConnection();
  const queues = new PipelineQueues(conn, undefined, (err) => app.log.warn({ err: err.message }, 'queue connection error'));
  const redis = createRedis(conn);
  redis.on('error', () => undefined); // reconnects by itself; /metrics answers 503 meanwhile
  const metrics = new PipelineMetrics(redis, conn.prefix);
  app.addHook('onClose', async () => {
    await queues.close();
    redis.disconnect();
  });

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

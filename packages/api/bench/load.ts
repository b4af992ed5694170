import { Worker } from 'node:worker_threads';
import type { LoadResult, LoadSpec } from './load-types.js';

type Reply = { ok: true; result: LoadResult } | { ok: false; error: string };

/**
 * Runs autocannon in a worker thread, so the load generator has its own event loop and does not
 * queue behind the server under test on the main thread.
 */
export function runLoad(spec: LoadSpec): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./load-worker.js', import.meta.url), { workerData: spec });
    // Bounded: the case's duration plus the 30 s request timeout plus slack.
    const limit = setTimeout(() => {
      void worker.terminate();
      reject(new Error(`${spec.title}: the load worker did not finish in time`));
    }, (spec.durationSeconds + 60) * 1000);
    worker.once('message', (reply: Reply) => {
      clearTimeout(limit);
      void worker.terminate();
      if (reply.ok) resolve(reply.result);
      else reject(new Error(`${spec.title}: ${reply.error}`));
    });
    worker.once('error', (error) => {
      clearTimeout(limit);
      reject(error);
    });
  });
}

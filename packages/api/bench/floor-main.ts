import { startFloorServer } from './floor.js';

/**
 * The floor as a process of its own, like the API under load: prints `{"url": …}` once it listens
 * and stops on SIGTERM.
 */
const floor = await startFloorServer();
process.stdout.write(`${JSON.stringify({ url: floor.url })}\n`);
process.once('SIGTERM', () => {
  void floor.stop().finally(() => process.exit(0));
});

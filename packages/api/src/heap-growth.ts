import v8 from 'node:v8';

/** V8's option (11.3, Node 20): grow the heap by this percentage after a major collection. */
const FLAG = '--heap-growing-percent';

/**
 * The V8 option to set for HEAP_GROWING_PERCENT, or undefined to leave V8 alone: at 0 (V8's own
 * growth), or when the operator gave the option to node itself (`node --heap-growing-percent=N
 * dist/partnerlink.js`), which then wins. Node refuses the option in NODE_OPTIONS ("not allowed"), so the
 * command line is the only other place it can come from.
 */
export function heapGrowingFlag(percent: number, execArgv: readonly string[]): string | undefined {
  // V8 takes `_` and `-` alike in option names.
  const given = execArgv.some((arg) => arg.replaceAll('_', '-').split('=')[0] === FLAG);
  return percent === 0 || given ? undefined : `${FLAG}=${percent}`;
}

/**
 * Under load the API's peak memory is mostly heap V8 has grown into but not yet collected: after
 * a major collection V8 lets the old generation grow by a factor of its own before the next one,
 * up to 4× (the slower it collects compared with how fast the program allocates, and before it
 * has measured either). A fixed small percentage keeps the heap near what is live, at the cost of
 * more frequent major collections. V8 reads the option whenever it sizes the heap after a
 * collection, so setting it at run time, first thing in main(), holds for the rest of the
 * process. Returns the option set, if any.
 */
export function applyHeapGrowth(percent: number, execArgv: readonly string[] = process.execArgv): string | undefined {
  const flag = heapGrowingFlag(percent, execArgv);
  if (flag) v8.setFlagsFromString(flag);
  return flag;
}

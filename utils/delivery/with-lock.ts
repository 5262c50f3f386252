/** Tasks waiting per name, only where the Web Locks API is missing (tests, old browsers). */
const queues = new Map<string, Promise<unknown>>();

/**
 * Runs `task` once no other task of the same name runs, in this worker or any page of the
 * extension (Web Locks). A lock is not a record: the browser lets go of it when its holder
 * stops, so a worker stopped mid-task leaves nothing stuck.
 */
export async function withLock<T>(name: string, task: () => Promise<T>): Promise<T> {
  const locks = globalThis.navigator?.locks;
  // Every browser that runs an MV3 worker has Web Locks (Chrome 69, Firefox 96): the worker's
  // build leaves the queue out.
  if (locks || import.meta.env.ENTRYPOINT === 'background') return await locks.request(name, task);
  const run = (queues.get(name) ?? Promise.resolve()).then(task, task);
  queues.set(
    name,
    run.catch(() => undefined),
  );
  return run;
}

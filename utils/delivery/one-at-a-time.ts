let queue: Promise<unknown> = Promise.resolve();

/**
 * Runs the worker's handlers one after another: two alarms due at once, an alarm
 * dispatched twice, or a re-arm during a delivery would otherwise read the same state and
 * both act on it. The chain is in memory but holds nothing of record: when the worker
 * stops, the handlers in it stop too, every step they took is in storage, and the next
 * worker starts with an empty chain and reads it all afresh.
 */
export function oneAtATime<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task);
  queue = run.catch(() => undefined); // a failed handler must not block the next one
  return run;
}

/** Settles once every handler queued so far has run (for tests). */
export const whenIdle = (): Promise<unknown> => queue;

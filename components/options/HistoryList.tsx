import { useEffect, useState } from 'preact/hooks';
import { clearHistory, readHistory, type HistoryAction, type HistoryEntry } from '@/utils/history';
import { categoryLabels } from '@/utils/nudge';

/** How many entries the page shows; more are kept, older ones load on request. */
const PAGE = 100;

const actionLabels: Record<HistoryAction, string> = {
  shown: 'Shown',
  copied: 'Copied',
  done: 'Done',
  snoozed: 'Not now',
  another: 'Asked for another',
  hidden: 'Never show again',
};

function when(at: number): string {
  return new Date(at).toLocaleString([], { dateStyle: 'medium', timeStyle: 'short' });
}

export function HistoryList() {
  const [entries, setEntries] = useState<HistoryEntry[] | null>(null);
  const [limit, setLimit] = useState(PAGE);
  const [confirming, setConfirming] = useState(false);
  const [status, setStatus] = useState('');

  useEffect(() => {
    readHistory(limit)
      .then(setEntries)
      .catch(() =>
        setStatus('History could not be read just now. Nothing was lost; try reopening this page.'),
      );
  }, [limit]);

  const clearAll = async (): Promise<void> => {
    await clearHistory();
    setEntries([]);
    setConfirming(false);
    setStatus('History cleared.');
  };

  return (
    <section class="field" aria-labelledby="history-heading">
      <h2 id="history-heading">History</h2>
      <p class="hint">
        What Still Us showed you and what you did, newest first. Kept only on this device.
      </p>
      {entries === null ? (
        <p class="hint">Loading…</p>
      ) : entries.length === 0 ? (
        <p class="hint">Nothing yet. Your first nudge will show up here.</p>
      ) : (
        <ol class="history" data-testid="history">
          {entries.map((entry, i) => (
            <li key={`${entry.at}-${entry.action}-${entry.nudgeId}`} class="history-entry">
              <span class="history-when">{when(entry.at)}</span>
              <span class="history-action">{actionLabels[entry.action]}</span>
              <span class="history-kind">{categoryLabels[entry.category] ?? ''}</span>
              <span class="history-text" elementtiming={i === 0 ? 'history' : undefined}>
                {entry.text}
                {entry.message !== undefined && <q class="history-message">{entry.message}</q>}
              </span>
            </li>
          ))}
        </ol>
      )}
      {entries !== null && entries.length >= limit && (
        <button type="button" onClick={() => setLimit(limit + PAGE)}>
          Show older
        </button>
      )}
      <div class="row">
        {!confirming ? (
          <button type="button" onClick={() => setConfirming(true)} disabled={!entries?.length}>
            Clear history
          </button>
        ) : (
          <div role="group" aria-label="Confirm clearing history" class="confirm">
            <p>Clear all history on this device? Your settings stay. This can’t be undone.</p>
            <button type="button" class="primary" onClick={clearAll}>
              Yes, clear history
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              Keep it
            </button>
          </div>
        )}
      </div>
      <p class="status" role="status" aria-live="polite">
        {status}
      </p>
    </section>
  );
}

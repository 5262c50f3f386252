import type { JSX } from 'preact';
import { outcomeLabel } from './labels';
import { groupByDay } from '@/utils/history/history-query';
import type { HistoryRow } from '@/utils/history/history-rows';
import { categoryLabel } from '@/utils/library/nudge';

interface HistoryDaysProps {
  /** One per nudge, newest first. */
  entries: HistoryRow[];
  now: number;
  busy: boolean;
}

/** One formatter for every row: a page has a hundred of them. */
const clock = new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit' });
// A broken time (from an old or hand-edited store) shows blank instead of breaking the page.
const valid = (at: number): boolean => Number.isFinite(at) && Math.abs(at) < 8.64e15;

/** History under a heading per day, a row per nudge. Text is rendered as text, never as markup. */
export function HistoryDays({ entries, now, busy }: HistoryDaysProps): JSX.Element {
  const first = entries[0];
  return (
    <div class="history" data-testid="history" aria-busy={busy}>
      {groupByDay(entries, now).map((group) => (
        <div key={group.day} class="history-day">
          <h4 class="history-day-heading">{group.label}</h4>
          <ol class="history-entries">
            {group.entries.map((entry, i) => (
              <li key={`${entry.at}-${entry.id}-${i}`} class="history-entry">
                <time
                  class="history-when"
                  dateTime={valid(entry.at) ? new Date(entry.at).toISOString() : undefined}
                >
                  {valid(entry.at) ? clock.format(entry.at) : ''}
                </time>
                <span class="history-action">{outcomeLabel(entry)}</span>
                <span class="history-kind">{categoryLabel(entry.category)}</span>
                {/* The benchmark times the first paint of history by this element. */}
                <span class="history-text" elementtiming={entry === first ? 'history' : undefined}>
                  {entry.text}
                  {entry.message !== undefined && (
                    <q class="history-message" lang={entry.lang}>
                      {entry.message}
                    </q>
                  )}
                </span>
              </li>
            ))}
          </ol>
        </div>
      ))}
    </div>
  );
}

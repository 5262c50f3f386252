import { i18n } from '#i18n';
import type { JSX } from 'preact';
import { useEffect, useId, useState } from 'preact/hooks';
import { readHistorySince } from '@/utils/history/history';
import { HISTORY_SHOWN, hasHistoryBefore } from '@/utils/history/history-query';
import { useHistoryReload } from './history/use-history-reload';
import {
  pictureDescription,
  summaryStart,
  weeklySummary,
  weekSentence,
  type WeeklySummary,
} from '@/utils/history/insights';

/** More entries than eight real weeks hold (the daily cap keeps them few); a bound, not a goal. */
const READ_LIMIT = 3000;
/** Without a history list on the page to wait for, start anyway after this long. */
const WAIT_FOR_LIST_MS = 1500;

/** Resolves once the history list has painted its first page (or after a while regardless). */
function historyShown(): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      clearTimeout(id);
      document.removeEventListener(HISTORY_SHOWN, done);
      resolve();
    };
    const id = setTimeout(done, WAIT_FOR_LIST_MS);
    document.addEventListener(HISTORY_SHOWN, done);
  });
}

async function readSummary(): Promise<WeeklySummary> {
  const now = Date.now();
  const since = summaryStart(now);
  const [entries, olderHistory] = await Promise.all([
    readHistorySince(since, READ_LIMIT),
    hasHistoryBefore(since),
  ]);
  return weeklySummary(entries, now, { olderHistory });
}

const W = 400;
const H = 140;
const BASE = 112;
const TALL = 84;

/** The bars: one per week, this week's last and strongest; text alternatives carry the counts. */
function Bars({ summary }: { summary: WeeklySummary }): JSX.Element {
  const slot = W / summary.weeks.length;
  const most = Math.max(1, ...summary.weeks.map((week) => week.total));
  const last = summary.weeks.length - 1;
  const date = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' });
  return (
    <>
      <line class="weekly-base" x1={0} x2={W} y1={BASE} y2={BASE} />
      {summary.weeks.map((week, i) => {
        const height = (week.total / most) * TALL;
        const x = i * slot + slot * 0.2;
        return (
          <g key={week.start}>
            {week.total > 0 && (
              <>
                <rect
                  class={i === last ? 'weekly-bar this-week' : 'weekly-bar'}
                  x={x}
                  y={BASE - height}
                  width={slot * 0.6}
                  height={height}
                  rx={3}
                />
                <text class="weekly-count" x={x + slot * 0.3} y={BASE - height - 5}>
                  {week.total}
                </text>
              </>
            )}
            {(i === 0 || i === last) && (
              <text
                class="weekly-label"
                x={i === last ? W : x}
                y={BASE + 20}
                text-anchor={i === last ? 'end' : 'start'}
              >
                {i === last ? i18n.t('insights.this_week') : date.format(week.start)}
              </text>
            )}
          </g>
        );
      })}
    </>
  );
}

/** A small picture of the last weeks: what was done, worded warmly. Never what was missed. */
export function WeeklyPicture(): JSX.Element | null {
  const [summary, setSummary] = useState<WeeklySummary | null>(null);
  const [failed, setFailed] = useState(false);
  // Cleared or imported elsewhere on this page: read again.
  const reload = useHistoryReload();
  const titleId = useId();
  const descId = useId();

  useEffect(() => {
    let live = true;
    // The history list reads first: this picture must never slow its first paint.
    (reload === 0 ? historyShown() : Promise.resolve())
      .then(readSummary)
      .then((next) => live && setSummary(next))
      .catch(() => live && setFailed(true));
    return () => {
      live = false;
    };
  }, [reload]);

  // It is a nicety: if history cannot be read, the history list says so; this stays away.
  if (failed) return null;
  return (
    <section class="field weekly" aria-labelledby="weekly-heading" aria-busy={summary === null}>
      <h3 id="weekly-heading">{i18n.t('insights.heading')}</h3>
      {summary && (
        <>
          <p class="weekly-sentence">{weekSentence(summary)}</p>
          <svg
            class="weekly-picture"
            viewBox={`0 0 ${W} ${H}`}
            role="img"
            aria-labelledby={titleId}
            aria-describedby={descId}
          >
            <title id={titleId}>{i18n.t('insights.picture_title')}</title>
            <desc id={descId}>{pictureDescription(summary)}</desc>
            <Bars summary={summary} />
          </svg>
        </>
      )}
    </section>
  );
}

import { i18n } from '#i18n';
import type { JSX } from 'preact';
import { useRef, useState } from 'preact/hooks';
import { ClearAllData } from './data/ClearAllData';
import { ExportBackup } from './data/ExportBackup';
import { ImportBackup } from './data/ImportBackup';
import { afterSettingsSettle } from './data/settle';
import { useDataCounts } from './data/use-data-counts';
import { clearAllData } from '@/utils/backup/clear-all-data';

interface DataFieldProps {
  /** Called after an import or a clear, so parts of the page that read once read again. */
  onChanged?: () => void;
}

/** "Your data": export everything to a file, import it back (add or replace), clear it all. */
export function DataField({ onChanged = () => undefined }: DataFieldProps): JSX.Element {
  const [status, setStatus] = useState('');
  const [problem, setProblem] = useState('');
  const { counts, refresh } = useDataCounts();
  const heading = useRef<HTMLHeadingElement>(null);

  const done = (message: string): void => {
    setStatus(message);
    if (message) setProblem('');
  };
  const changed = (): void => {
    refresh();
    onChanged();
  };
  const clear = async (): Promise<boolean> => {
    try {
      await afterSettingsSettle(clearAllData);
      setProblem('');
      setStatus(i18n.t('data.clear.done'));
      // The confirming button goes away: the heading is where the person can carry on.
      heading.current?.focus();
      return true;
    } catch {
      setStatus('');
      setProblem(i18n.t('data.clear.failed'));
      return false;
    } finally {
      changed();
    }
  };

  return (
    <section id="data" class="card data" aria-labelledby="data-heading">
      <h2 id="data-heading" ref={heading} tabIndex={-1}>
        {i18n.t('data.heading')}
      </h2>
      <p class="hint">{i18n.t('data.hint')}</p>
      {problem && (
        <p class="error" role="alert">
          {problem}
        </p>
      )}
      <ExportBackup onDone={done} onProblem={setProblem} />
      <ImportBackup onDone={done} onChanged={changed} />
      <ClearAllData counts={counts} onClear={clear} />
      <p class="status" role="status">
        {status}
      </p>
    </section>
  );
}

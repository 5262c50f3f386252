import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  backupOf,
  hidden,
  history,
  NOW,
  nudges,
  prefs,
  readAll,
  seedAll,
  weights,
} from '../../utils/backup/backup-fixtures';
import { renderOptions } from './render-options';
import { DataField } from '@/components/options/DataField';
import { backupText, parseBackup } from '@/utils/backup/backup-file';
import { MAX_BACKUP_BYTES } from '@/utils/backup/backup-schema';
import { readAllHistory } from '@/utils/backup/backup-history';
import { appendHistory } from '@/utils/history/history';
import { defaultPreferences } from '@/utils/storage/preferences';
import { preferencesStorage } from '@/utils/storage/storage';

const NOTHING_CHANGED = 'Nothing was changed.';

let downloads: { name: string; blob: Blob }[];
beforeEach(() => {
  downloads = [];
  const blobs = new Map<string, Blob>();
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    const url = `blob:test/${blobs.size}`;
    blobs.set(url, blob as Blob);
    return url;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    downloads.push({ name: this.download, blob: blobs.get(this.href) as Blob });
  });
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

async function renderField(): Promise<void> {
  render(<DataField />);
  await screen.findByRole('heading', { name: 'Your data' });
}

const button = (name: string | RegExp): HTMLElement => screen.getByRole('button', { name });
const click = (name: string | RegExp): void => void fireEvent.click(button(name));
const status = (): string => screen.getAllByRole('status').at(-1)?.textContent ?? '';

/** Chooses `text` as the file in the import field. */
function chooseFile(text: string, size?: number): void {
  const file = new File([text], 'backup.json', { type: 'application/json' });
  if (size !== undefined) Object.defineProperty(file, 'size', { value: size });
  const input = screen.getByLabelText('Import a backup') as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}

async function preview(): Promise<HTMLElement> {
  return screen.findByRole('group', { name: 'Backup to import' });
}

describe('Export everything', () => {
  it('downloads one dated file holding everything, and says so', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(NOW);
    await seedAll();
    await renderField();
    click('Export everything');
    await waitFor(() =>
      expect(status()).toBe('Saved everything to still-us-backup-2026-06-10.json.'),
    );
    vi.useRealTimers();
    expect(downloads.map((d) => d.name)).toEqual(['still-us-backup-2026-06-10.json']);
    const parsed = parseBackup(await downloads[0]!.blob.text());
    if (!parsed.ok) throw new Error(parsed.message);
    expect(parsed.backup).toEqual({ ...backupOf(), history: await readAllHistory() });
  });
});

describe('Import a backup', () => {
  it('shows what the file holds before anything changes, and Cancel changes nothing', async () => {
    await renderField();
    chooseFile(backupText(backupOf()));
    const group = await preview();
    expect(document.activeElement).toBe(group);
    expect(within(group).getByText('A backup made on Jun 10, 2026. It holds:')).toBeTruthy();
    expect(
      within(group)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'Your settings',
      '2 nudges of your own',
      'What Still Us learned',
      '2 nudges you chose never to see',
      '4 history entries, from Jun 8, 2026 to Jun 10, 2026',
    ]);
    click('Cancel');
    expect(screen.queryByRole('group', { name: 'Backup to import' })).toBeNull();
    expect(document.activeElement).toBe(screen.getByLabelText('Import a backup'));
    expect(await readAll()).toEqual({
      preferences: defaultPreferences,
      customNudges: [],
      learnedWeights: {},
      hiddenNudges: [],
      history: [],
    });
  });

  it('says the day once when all history is from one day, and leaves out what is not there', async () => {
    await renderField();
    chooseFile(
      backupText(
        backupOf({
          customNudges: [],
          learnedWeights: {},
          hiddenNudges: [],
          history: [history[3]!],
        }),
      ),
    );
    const group = await preview();
    expect(
      within(group)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Your settings', '1 history entry, on Jun 10, 2026']);
  });

  it('“Add to what’s here” keeps the settings and adds what is new', async () => {
    const mine = { ...defaultPreferences, partnerName: 'Sam' };
    await preferencesStorage.setValue(mine);
    await appendHistory(history[0]!);
    await renderField();
    chooseFile(backupText(backupOf()));
    await preview();
    click('Add to what’s here');
    await waitFor(() =>
      expect(status()).toBe(
        'Done: 3 history entries and 2 nudges of your own added from the backup.',
      ),
    );
    const { history: merged, ...stored } = await readAll();
    expect(stored).toEqual({
      preferences: mine,
      customNudges: nudges,
      learnedWeights: weights,
      hiddenNudges: hidden,
    });
    expect(merged).toHaveLength(4);
    expect(screen.queryByRole('group', { name: 'Backup to import' })).toBeNull();
  });

  it('“Replace everything” asks first; “Keep it” keeps, “Yes” replaces', async () => {
    await preferencesStorage.setValue({ ...defaultPreferences, partnerName: 'Sam' });
    await appendHistory({ ...history[0]!, at: 5 });
    await renderField();
    chooseFile(backupText(backupOf()));
    await preview();
    click('Replace everything');
    const question = screen.getByRole('group', {
      name: /^Replace everything here with this backup\?/,
    });
    expect(question.textContent).toMatch(/This can’t be undone\./);
    click('Keep it');
    expect((await preferencesStorage.getValue()).partnerName).toBe('Sam');

    click('Replace everything');
    click('Yes, replace everything');
    await waitFor(() => expect(status()).toBe('Done: everything is as it was in the backup.'));
    expect(await readAll()).toEqual({
      preferences: prefs,
      customNudges: nudges,
      learnedWeights: weights,
      hiddenNudges: hidden,
      history,
    });
  });

  it.each<[string, string, number | undefined, string]>([
    ['not JSON', 'nope', undefined, 'This file looks cut short or isn’t a Still Us backup.'],
    [
      'cut short',
      backupText(backupOf()).slice(0, 200),
      undefined,
      'This file looks cut short or isn’t a Still Us backup.',
    ],
    [
      'from a newer Still Us',
      backupText({ ...backupOf(), version: 2 as 1 }),
      undefined,
      'This backup was made by a newer Still Us: update Still Us first, then import it.',
    ],
    [
      'over 20 MB',
      '{}',
      MAX_BACKUP_BYTES + 1,
      'That file is too big for a Still Us backup (over 20 MB).',
    ],
    [
      'wrong in one place',
      backupText(backupOf()).replace('"done"', '"danced"'),
      undefined,
      'Part of this backup can’t be used: history entry 4 (“action”).',
    ],
  ])('a file %s gets a clear message and changes nothing', async (_case, text, size, message) => {
    await seedAll();
    const before = await readAll();
    await renderField();
    chooseFile(text, size);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(`${message} ${NOTHING_CHANGED}`);
    expect(screen.getByLabelText('Import a backup').getAttribute('aria-invalid')).toBe('true');
    expect(screen.queryByRole('group', { name: 'Backup to import' })).toBeNull();
    expect(await readAll()).toEqual(before);
  });

  it('says so when the import could not be written, and leaves things as they were', async () => {
    await seedAll();
    const before = await readAll();
    await renderField();
    chooseFile(backupText(backupOf({ customNudges: [] })));
    await preview();
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(new Error('quota'));
    click('Add to what’s here');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(
      'The import couldn’t finish, so everything was left as it was. Please try again.',
    );
    expect(await readAll()).toEqual(before);
    // The choice is still there, to try again.
    expect(screen.getByRole('group', { name: 'Backup to import' })).toBeTruthy();
  });
});

describe('Clear all data', () => {
  it('names what will go, asks first, then clears everything', async () => {
    await seedAll();
    await renderField();
    fireEvent.click(await screen.findByRole('button', { name: 'Clear all data' }));
    const question = screen.getByRole('group', { name: /^Clear all data\?/ });
    expect(question.textContent).toContain(
      'This removes your settings, 2 own nudges, what Still Us learned, and 4 history entries from this browser',
    );
    expect(question.textContent).toMatch(
      /can’t be undone, so you may want to export everything first/,
    );
    click('Keep it');
    expect((await readAll()).customNudges).toEqual(nudges);

    click('Clear all data');
    click('Yes, clear everything');
    await waitFor(() =>
      expect(status()).toBe('All cleared. Still Us starts fresh, with its usual settings.'),
    );
    expect(await readAll()).toEqual({
      preferences: defaultPreferences,
      customNudges: [],
      learnedWeights: {},
      hiddenNudges: [],
      history: [],
    });
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Your data' }));
  });

  it('names only the settings when nothing else is kept', async () => {
    await renderField();
    fireEvent.click(await screen.findByRole('button', { name: 'Clear all data' }));
    expect(screen.getByRole('group', { name: /^Clear all data\?/ }).textContent).toContain(
      'This removes your settings from this browser',
    );
  });

  it('names every part, without numbers, when it could not count them', async () => {
    vi.spyOn(IDBObjectStore.prototype, 'count').mockImplementation(() => {
      throw new DOMException('Gone', 'UnknownError');
    });
    await renderField();
    fireEvent.click(await screen.findByRole('button', { name: 'Clear all data' }));
    expect(screen.getByRole('group', { name: /^Clear all data\?/ }).textContent).toContain(
      'This removes your settings, your own nudges, what Still Us learned, and your history from',
    );
  });

  it('says so kindly when it could not clear', async () => {
    await seedAll();
    await renderField();
    vi.spyOn(fakeBrowser.storage.local, 'remove').mockRejectedValue(new Error('gone'));
    fireEvent.click(await screen.findByRole('button', { name: 'Clear all data' }));
    click('Yes, clear everything');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(
      'Not everything could be cleared just now. Please try again in a moment.',
    );
  });
});

describe('on the options page', () => {
  it('shows the usual settings in every field once all data is cleared', async () => {
    await renderOptions();
    expect((screen.getByLabelText('Your partner’s name') as HTMLInputElement).value).toBe('Alex');
    fireEvent.click(await screen.findByRole('button', { name: 'Clear all data' }));
    click('Yes, clear everything');
    await waitFor(() =>
      expect((screen.getByLabelText('Your partner’s name') as HTMLInputElement).value).toBe(''),
    );
    expect((screen.getByLabelText('About how many nudges a day') as HTMLInputElement).value).toBe(
      String(defaultPreferences.perDay),
    );
  });

  it('comes before appearance and language, and after an import the history shows its texts as text', async () => {
    await renderOptions();
    const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(headings.slice(-2)).toEqual(['Your data', 'Appearance and language']);
    const html = '<img src="x" onerror="alert(1)">Tea';
    chooseFile(backupText(backupOf({ history: [{ ...history[3]!, text: html }] })));
    await preview();
    click('Replace everything');
    click('Yes, replace everything');
    // The history list reads again (it is remounted) and shows the text as it was written.
    await screen.findByText(html, { exact: false }, { timeout: 5000 });
    expect(document.querySelector('main img')).toBeNull();
  });
});

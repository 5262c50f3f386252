import { describe, expect, it, vi } from 'vitest';
import { backupOf, history, NOW, prefs } from './backup-fixtures';
import {
  backupFileName,
  backupText,
  parseBackup,
  readBackupFile,
  type ParsedBackup,
} from '@/utils/backup/backup-file';
import { MAX_BACKUP_BYTES } from '@/utils/backup/backup-schema';
import { defaultPreferences } from '@/utils/storage/preferences';

const NOT_JSON = 'This file looks cut short or isn’t a Still Us backup.';
const NOT_OURS = 'This isn’t a Still Us backup. Please choose a file made by “Export everything”.';
const TOO_BIG = 'That file is too big for a Still Us backup (over 20 MB).';

/** The file's JSON with `change` made to it. */
function fileWith(change: (file: Record<string, unknown>) => void): string {
  const file = JSON.parse(backupText(backupOf())) as Record<string, unknown>;
  change(file);
  return JSON.stringify(file);
}

const message = (parsed: ParsedBackup): string => (parsed.ok ? 'ok' : parsed.message);

describe('parseBackup', () => {
  it('reads back what backupText wrote, and sums it up', () => {
    const parsed = parseBackup(backupText(backupOf()));
    expect(parsed).toEqual({
      ok: true,
      backup: backupOf(),
      summary: {
        exportedAt: NOW,
        history: 4,
        firstAt: history[0]?.at,
        lastAt: history[3]?.at,
        customNudges: 2,
        hiddenNudges: 2,
        learnedKinds: 2,
        settingsSkipped: 0,
      },
    });
  });

  it('keeps a check-in’s ritual and a message’s language through the file', () => {
    const [first, ...rest] = history;
    const marked = { ...first!, message: 'Hola.', ritual: 'check-in' as const, lang: 'es' };
    const parsed = parseBackup(backupText(backupOf({ history: [marked, ...rest] })));
    expect(parsed.ok && parsed.backup.history[0]).toEqual(marked);
    const odd = parseBackup(backupText(backupOf({ history: [{ ...marked, lang: '<b>' }] })));
    // A language that is no language code refuses the file, naming where, as any bad field.
    expect(message(odd)).toContain('history entry 1 (“lang”)');
  });

  it('leaves out history dated after the file was made (a clock that was wrong)', () => {
    const ahead = { ...history[3]!, at: NOW + 200 * 24 * 3_600_000 };
    const parsed = parseBackup(backupText(backupOf({ history: [...history, ahead] })));
    expect(parsed.ok && parsed.backup.history).toEqual(history);
    expect(parsed.ok && parsed.summary.history).toBe(4);
  });

  it('writes one history entry per line, and an empty history as []', () => {
    const text = backupText(backupOf());
    expect(text.split('\n').filter((line) => line.includes('"action"'))).toHaveLength(4);
    const empty = backupText(backupOf({ history: [] }));
    expect(empty).toContain('"history": []');
    expect(parseBackup(empty).ok).toBe(true);
  });

  it.each<[string, string, string]>([
    ['not JSON', 'hello', NOT_JSON],
    ['cut short', backupText(backupOf()).slice(0, 300), NOT_JSON],
    ['empty', '', NOT_JSON],
    ['JSON but not an object', '[1, 2]', NOT_OURS],
    ['another app’s file', '{"app":"other","kind":"backup","version":1}', NOT_OURS],
    [
      'a file of own nudges',
      '{"app":"still-us","kind":"custom-nudges","version":1,"nudges":[]}',
      'This is a file of your own nudges, not a full backup: import it under “Your own nudges” instead.',
    ],
    [
      'from a newer Still Us',
      fileWith((f) => (f.version = 2)),
      'This backup was made by a newer Still Us: update Still Us first, then import it.',
    ],
    ['a version that is not a number', fileWith((f) => (f.version = '1')), NOT_OURS],
  ])('refuses a file that is %s', (_case, text, expected) => {
    expect(message(parseBackup(text))).toBe(expected);
  });

  it.each<[string, (file: Record<string, unknown>) => void, string]>([
    [
      'a history action it does not know',
      (f) => ((f.history as Record<string, unknown>[])[2]!.action = 'danced'),
      'history entry 3 (“action”)',
    ],
    [
      'a history time that is text',
      (f) => ((f.history as Record<string, unknown>[])[0]!.at = 'yesterday'),
      'history entry 1 (“at”)',
    ],
    ['history that is not a list', (f) => (f.history = {}), 'the history'],
    [
      'an own nudge with an empty text',
      (f) => ((f.customNudges as Record<string, unknown>[])[1]!.text = '   '),
      'own nudge 2 (“text”)',
    ],
    [
      'an own nudge too long',
      (f) => ((f.customNudges as Record<string, unknown>[])[0]!.text = 'x'.repeat(281)),
      'own nudge 1 (“text”)',
    ],
    [
      'an own nudge without an id',
      (f) => delete (f.customNudges as Record<string, unknown>[])[0]!.id,
      'own nudge 1 (“id”)',
    ],
    [
      'a weight out of bounds',
      (f) => (f.learnedWeights = { touch: { weight: 9, at: 1 } }),
      'what Still Us learned (“touch”)',
    ],
    [
      'a kind it does not know',
      (f) => (f.learnedWeights = { dancing: { weight: 1, at: 1 } }),
      'what Still Us learned',
    ],
    ['a hidden id that is a number', (f) => (f.hiddenNudges = ['a', 7]), 'hidden nudge 2'],
    ['settings that are not an object', (f) => (f.preferences = 'cosy'), 'the settings'],
    ['settings that are a list', (f) => (f.preferences = []), 'the settings'],
    ['no date it was made', (f) => delete f.exportedAt, 'the date it was made'],
    [
      'a history text beyond the cap',
      (f) => ((f.history as Record<string, unknown>[])[0]!.text = 'x'.repeat(2001)),
      'history entry 1 (“text”)',
    ],
  ])('names what is wrong: %s', (_case, change, where) => {
    expect(message(parseBackup(fileWith(change)))).toBe(
      `Part of this backup can’t be used: ${where}.`,
    );
  });

  it('reads a file whose history calls the nudge `nudgeId`, as files before one shape did', () => {
    const text = backupText(backupOf()).replaceAll('"id":"kind-act-01"', '"nudgeId":"kind-act-01"');
    expect(text).toContain('"nudgeId"');
    const parsed = parseBackup(text);
    expect(parsed.ok && parsed.backup.history).toEqual(history);
  });

  it('keeps HTML in texts as the very same text', () => {
    const html = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
    const text = fileWith((f) => {
      (f.history as Record<string, unknown>[])[0]!.text = html;
      (f.customNudges as Record<string, unknown>[])[0]!.text = html;
    });
    const parsed = parseBackup(text);
    if (!parsed.ok) throw new Error(parsed.message);
    expect(parsed.backup.history[0]?.text).toBe(html);
    expect(parsed.backup.customNudges[0]?.text).toBe(html);
  });

  it('leaves out unknown fields and trims own nudges as the form does', () => {
    const parsed = parseBackup(
      fileWith((f) => {
        f.extra = 'ignored';
        (f.history as Record<string, unknown>[])[0]!.secret = 'dropped';
        (f.customNudges as Record<string, unknown>[])[0]!.text = '  Tea on the step.  ';
        (f.customNudges as Record<string, unknown>[])[0]!.message = ' ';
      }),
    );
    if (!parsed.ok) throw new Error(parsed.message);
    expect(parsed.backup).not.toHaveProperty('extra');
    expect(parsed.backup.history[0]).not.toHaveProperty('secret');
    expect(parsed.backup.customNudges[0]).toEqual({
      id: 'custom-a',
      category: 'tiny-date',
      text: 'Tea on the step.',
    });
  });

  it('gives a bad setting its usual value, keeps the good ones, and counts it', () => {
    const parsed = parseBackup(
      fileWith((f) => {
        f.preferences = { ...prefs, perDay: 40, delivery: 'pigeon', theme: undefined };
      }),
    );
    if (!parsed.ok) throw new Error(parsed.message);
    expect(parsed.backup.preferences).toEqual({
      ...prefs,
      perDay: defaultPreferences.perDay,
      delivery: defaultPreferences.delivery,
    });
    // A setting missing from an older file simply takes its usual value: not counted.
    expect(parsed.summary.settingsSkipped).toBe(2);
  });

  it('refuses text over 20 MB before parsing it', () => {
    const huge = `{"app":"still-us","pad":"${'x'.repeat(MAX_BACKUP_BYTES)}"}`;
    expect(message(parseBackup(huge))).toBe(TOO_BIG);
    // Under the cap in characters, over it in bytes (each é is two bytes).
    expect(message(parseBackup('é'.repeat(MAX_BACKUP_BYTES / 2 + 1)))).toBe(TOO_BIG);
  });
});

describe('readBackupFile', () => {
  it('refuses a file over 20 MB by its size, without reading it', async () => {
    const file = new Blob(['{}']);
    Object.defineProperty(file, 'size', { value: MAX_BACKUP_BYTES + 1 });
    const read = vi.fn(() => Promise.resolve('{}'));
    file.text = read;
    expect(message(await readBackupFile(file))).toBe(TOO_BIG);
    expect(read).not.toHaveBeenCalled();
  });

  it('reads a good file, and says so kindly when a file cannot be opened', async () => {
    expect((await readBackupFile(new Blob([backupText(backupOf())]))).ok).toBe(true);
    const broken = new Blob(['{}']);
    broken.text = () => Promise.reject(new Error('gone'));
    expect(message(await readBackupFile(broken))).toBe('That file couldn’t be opened.');
  });
});

it('names the file after the local day', () => {
  expect(backupFileName(new Date(2026, 0, 5, 23, 59).getTime())).toBe(
    'still-us-backup-2026-01-05.json',
  );
});

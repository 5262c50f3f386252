import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderOptions, settle } from './render-options';
import { CustomNudgesField } from '@/components/options/CustomNudgesField';
import { customNudgesFileText, MAX_FILE_BYTES } from '@/utils/library/custom-nudges-file';
import type { CustomNudge } from '@/utils/library/nudge';
import { customNudgesStorage } from '@/utils/storage/storage';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const EMPTY = 'Please write a few words.';
const LONG = 'That’s a little long: please keep it to 280 characters or fewer.';
const HTML = '<img src=x onerror=alert(1)>';

const seededNudges: CustomNudge[] = [
  { id: 'custom-a', category: 'touch', text: 'A long hug by the kettle' },
  { id: 'custom-b', category: 'flirty-text', text: 'Send a wink', message: 'Thinking of you ;)' },
];

const stored = (): Promise<CustomNudge[]> => customNudgesStorage.getValue();

/** Renders the section over `nudges` in storage and waits until it has read them. */
async function renderField(nudges: unknown = seededNudges): Promise<void> {
  await customNudgesStorage.setValue(nudges as CustomNudge[]);
  render(<CustomNudgesField />);
  await waitFor(() => expect(screen.queryByText('Loading…')).toBeNull());
}

const section = (): HTMLElement => screen.getByRole('region', { name: 'Your own nudges' });
const form = (name: string): ReturnType<typeof within> =>
  within(screen.getByRole('group', { name }));
const addForm = (): ReturnType<typeof within> => form('Add a nudge');
const field = (scope: ReturnType<typeof within>, label: string): HTMLTextAreaElement =>
  scope.getByLabelText(label);
const type = (el: HTMLElement, value: string): void =>
  void fireEvent.input(el, { target: { value } });
const items = (): HTMLElement[] =>
  within(screen.getByTestId('custom-nudges')).getAllByRole('listitem');
const click = (name: string): void => void fireEvent.click(screen.getByRole('button', { name }));

/** Fills in the add form and presses "Add nudge". */
function addNudge(text: string, message = '', kind = 'Kind act'): void {
  const add = addForm();
  fireEvent.change(add.getByLabelText('Kind of nudge'), {
    target: { value: kindValue(add.getByLabelText('Kind of nudge'), kind) },
  });
  type(field(add, 'What it says'), text);
  type(field(add, 'A message to copy (optional)'), message);
  fireEvent.click(add.getByRole('button', { name: 'Add nudge' }));
}

function kindValue(select: HTMLElement, label: string): string {
  const option = within(select).getByRole<HTMLOptionElement>('option', { name: label });
  return option.value;
}

/** Expects `message` next to `control`, tied to it, and the control marked invalid. */
function expectMessageOn(control: HTMLElement, message: string): void {
  const error = screen.getByText(message);
  expect(control.getAttribute('aria-invalid')).toBe('true');
  expect(control.getAttribute('aria-describedby')?.split(' ')).toContain(error.id);
}

describe('Your own nudges: the list', () => {
  it('says when there are none yet, and offers nothing to export', async () => {
    await renderField([]);
    expect(within(section()).getByText('You haven’t written any yet.')).toBeTruthy();
    expect(
      screen.getByRole<HTMLButtonElement>('button', { name: 'Export my nudges' }).disabled,
    ).toBe(true);
  });

  it('lists each nudge with its kind, text and message', async () => {
    await renderField();
    const [hug, wink] = items();
    expect(hug?.querySelector('.custom-kind')?.textContent).toBe('A little touch');
    expect(hug?.querySelector('.custom-text')?.textContent).toBe('A long hug by the kettle');
    expect(hug?.querySelector('q')).toBeNull();
    expect(wink?.querySelector('.custom-kind')?.textContent).toBe('Flirty text');
    expect(wink?.querySelector('q')?.textContent).toBe('Thinking of you ;)');
  });

  it('renders markup as plain characters', async () => {
    await renderField([{ id: 'custom-x', category: 'touch', text: HTML, message: '<b>hi</b>' }]);
    expect(within(section()).getByText(HTML)).toBeTruthy();
    expect(within(section()).getByText('<b>hi</b>')).toBeTruthy();
    expect(section().querySelector('img, b')).toBeNull();
  });

  it('hides broken stored entries but never drops them', async () => {
    const broken = { id: 'custom-broken', category: 'pigeon', text: '' };
    await renderField([broken, seededNudges[0]]);
    expect(items()).toHaveLength(1);
    addNudge('Make tea');
    await waitFor(async () => expect(await stored()).toHaveLength(3));
    expect((await stored())[0]).toEqual(broken);
  });

  it('follows changes made in another tab', async () => {
    await renderField([]);
    await customNudgesStorage.setValue(seededNudges);
    await waitFor(() => expect(items()).toHaveLength(2));
  });

  it('is a section of the options page after when nudges come, before looking back', async () => {
    await renderOptions();
    const headings = (await screen.findAllByRole('heading', { level: 2 })).map(
      (h) => h.textContent,
    );
    const mine = headings.indexOf('Your own nudges');
    expect(headings[mine - 1]).toBe('When they come');
    expect(headings[mine + 1]).toBe('Looking back');
  });
});

describe('Your own nudges: adding', () => {
  it('saves a new nudge, trimmed, with a new id, and empties the form', async () => {
    await renderField([]);
    addNudge('  Put the kettle on  ', '  Tea? ', 'Kind act');
    await waitFor(async () => expect(await stored()).toHaveLength(1));
    const [saved] = await stored();
    expect(saved).toEqual({
      id: expect.stringMatching(/^custom-[0-9a-f-]{36}$/),
      category: 'kind-act',
      text: 'Put the kettle on',
      message: 'Tea?',
    });
    expect(field(addForm(), 'What it says').value).toBe('');
    expect(screen.getByText('Added to your nudges.')).toBeTruthy();
    expect(items()[0]?.textContent).toContain('Put the kettle on');
  });

  it('saves no message when the message is left empty', async () => {
    await renderField([]);
    addNudge('Hold hands on the sofa', '   ');
    await waitFor(async () => expect(await stored()).toHaveLength(1));
    expect((await stored())[0]).not.toHaveProperty('message');
  });

  it('adds after the ones already there', async () => {
    await renderField();
    addNudge('Say thank you for the night feed');
    await waitFor(async () => expect(await stored()).toHaveLength(3));
    expect((await stored()).slice(0, 2)).toEqual(seededNudges);
  });

  it('shows typed markup as plain characters', async () => {
    await renderField([]);
    addNudge(HTML, HTML);
    await waitFor(() => expect(items()).toHaveLength(1));
    expect(items()[0]?.querySelector('.custom-text')?.textContent).toBe(HTML);
    expect(section().querySelector('img')).toBeNull();
  });

  it.each([
    ['an empty text', 'What it says', '', EMPTY],
    ['a text of only spaces', 'What it says', '    ', EMPTY],
    ['a 281-character text', 'What it says', 'a'.repeat(281), LONG],
    ['a 281-character message', 'A message to copy (optional)', 'a'.repeat(281), LONG],
  ])('explains %s next to the field and saves nothing', async (_case, label, value, message) => {
    await renderField([]);
    const add = addForm();
    if (label !== 'What it says') type(field(add, 'What it says'), 'Hug');
    type(field(add, label), value);
    expectMessageOn(field(add, label), message);
    fireEvent.click(add.getByRole('button', { name: 'Add nudge' }));
    await settle();
    expect(await stored()).toEqual([]);
    expect(field(add, label).value).toBe(value);
  });

  it.each([
    [280, 1],
    [281, 0],
  ])('a text of %i characters saves %i nudge', async (length, saved) => {
    await renderField([]);
    addNudge('b'.repeat(length));
    await settle();
    expect(await stored()).toHaveLength(saved);
  });

  it('pressing "Add nudge" on an empty form explains and puts the cursor in the text', async () => {
    await renderField([]);
    fireEvent.click(addForm().getByRole('button', { name: 'Add nudge' }));
    expectMessageOn(field(addForm(), 'What it says'), EMPTY);
    expect(document.activeElement).toBe(field(addForm(), 'What it says'));
    await settle();
    expect(await stored()).toEqual([]);
  });

  it('clears the message once the text is fixed', async () => {
    await renderField([]);
    type(field(addForm(), 'What it says'), '');
    expect(screen.getByText(EMPTY)).toBeTruthy();
    type(field(addForm(), 'What it says'), 'Hug');
    expect(screen.queryByText(EMPTY)).toBeNull();
    expect(field(addForm(), 'What it says').getAttribute('aria-invalid')).toBe('false');
  });

  it('keeps what was typed when storage will not save it, and saves on a retry', async () => {
    await renderField([]);
    vi.spyOn(customNudgesStorage, 'setValue').mockRejectedValueOnce(new Error('quota'));
    addNudge('Leave a note on the pillow', 'Love you');
    expect(await screen.findByRole('alert')).toHaveProperty(
      'textContent',
      'That couldn’t be saved just now. What you wrote is still here: please try again in a moment.',
    );
    expect(field(addForm(), 'What it says').value).toBe('Leave a note on the pillow');
    expect(field(addForm(), 'A message to copy (optional)').value).toBe('Love you');
    expect(await stored()).toEqual([]);
    fireEvent.click(addForm().getByRole('button', { name: 'Add nudge' }));
    await waitFor(async () => expect(await stored()).toHaveLength(1));
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
  });
});

describe('Your own nudges: editing', () => {
  it('opens the nudge in a form and saves the change under the same id', async () => {
    await renderField();
    click('Edit nudge 2');
    const edit = form('Edit nudge 2');
    expect(field(edit, 'What it says').value).toBe('Send a wink');
    expect(document.activeElement).toBe(field(edit, 'What it says'));
    type(field(edit, 'What it says'), '  Send a heart  ');
    type(field(edit, 'A message to copy (optional)'), '');
    fireEvent.click(edit.getByRole('button', { name: 'Save changes' }));
    await waitFor(async () =>
      expect(await stored()).toEqual([
        seededNudges[0],
        { id: 'custom-b', category: 'flirty-text', text: 'Send a heart' },
      ]),
    );
    await waitFor(() => expect(screen.queryByRole('group', { name: 'Edit nudge 2' })).toBeNull());
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Edit nudge 2' })),
    );
  });

  it('saves nothing while a field is bad', async () => {
    await renderField();
    click('Edit nudge 1');
    const edit = form('Edit nudge 1');
    type(field(edit, 'What it says'), ' ');
    fireEvent.click(edit.getByRole('button', { name: 'Save changes' }));
    expectMessageOn(field(edit, 'What it says'), EMPTY);
    await settle();
    expect(await stored()).toEqual(seededNudges);
  });

  it('"Cancel" changes nothing', async () => {
    await renderField();
    click('Edit nudge 1');
    type(field(form('Edit nudge 1'), 'What it says'), 'Something else');
    form('Edit nudge 1').getByRole('button', { name: 'Cancel' }).click();
    await settle();
    expect(await stored()).toEqual(seededNudges);
    expect(items()[0]?.textContent).toContain('A long hug by the kettle');
  });

  it('keeps the edit open, as typed, when storage will not save it', async () => {
    await renderField();
    vi.spyOn(customNudgesStorage, 'setValue').mockRejectedValueOnce(new Error('quota'));
    click('Edit nudge 1');
    type(field(form('Edit nudge 1'), 'What it says'), 'A longer hug');
    fireEvent.click(form('Edit nudge 1').getByRole('button', { name: 'Save changes' }));
    await screen.findByText(/couldn’t be saved just now/);
    expect(field(form('Edit nudge 1'), 'What it says').value).toBe('A longer hug');
    expect(await stored()).toEqual(seededNudges);
  });
});

describe('Your own nudges: removing', () => {
  it('asks first, and "Keep it" keeps the nudge', async () => {
    await renderField();
    click('Remove nudge 1');
    const confirm = screen.getByRole('group', { name: 'Confirm removing nudge 1' });
    expect(document.activeElement).toBe(within(confirm).getByRole('button', { name: 'Keep it' }));
    fireEvent.click(within(confirm).getByRole('button', { name: 'Keep it' }));
    await settle();
    expect(await stored()).toEqual(seededNudges);
    expect(items()).toHaveLength(2);
  });

  it('removes the nudge once confirmed', async () => {
    await renderField();
    click('Remove nudge 1');
    click('Yes, remove it');
    await waitFor(async () => expect(await stored()).toEqual([seededNudges[1]]));
    await screen.findByText('Removed.');
    expect(items()).toHaveLength(1);
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Your own nudges' })),
    );
  });

  it('says so, and keeps the nudge, when storage will not save', async () => {
    await renderField();
    vi.spyOn(customNudgesStorage, 'setValue').mockRejectedValueOnce(new Error('quota'));
    click('Remove nudge 1');
    click('Yes, remove it');
    await screen.findByText(/couldn’t be removed just now/);
    expect(await stored()).toEqual(seededNudges);
    expect(items()).toHaveLength(2);
  });
});

describe('Your own nudges: export', () => {
  it('downloads every shown nudge as still-us-my-nudges.json', async () => {
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:still-us-test';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const links: { href: string; download: string }[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      links.push({ href: this.href, download: this.download });
    });
    await renderField([...seededNudges, { id: 'custom-broken', category: 'nope', text: 'x' }]);
    click('Export my nudges');
    // Written through the data section's on-demand chunk: a moment after the click.
    await waitFor(() =>
      expect(links).toEqual([{ href: 'blob:still-us-test', download: 'still-us-my-nudges.json' }]),
    );
    expect(blobs[0]?.type).toBe('application/json');
    expect(await blobs[0]?.text()).toBe(customNudgesFileText(seededNudges));
    expect(JSON.parse((await blobs[0]?.text()) ?? '')).toMatchObject({
      app: 'still-us',
      kind: 'custom-nudges',
      version: 1,
    });
    expect(await screen.findByText('Exported 2 nudges to still-us-my-nudges.json.')).toBeTruthy();
  });
});

const fileInput = (): HTMLInputElement => screen.getByLabelText('Import nudges from a file');
const fileText = (nudges: unknown, extra: Record<string, unknown> = {}): string =>
  JSON.stringify({ app: 'still-us', kind: 'custom-nudges', version: 1, nudges, ...extra });
const many = (n: number): unknown[] =>
  Array.from({ length: n }, (_, i) => ({ category: 'touch', text: `Hug ${i}` }));

/** Chooses a file holding `text` in the import field. */
function choose(text: string): void {
  const file = new File([text], 'nudges.json', { type: 'application/json' });
  fireEvent.change(fileInput(), { target: { files: [file] } });
}

describe('Your own nudges: import', () => {
  it.each<[string, string, string | RegExp]>([
    ['not JSON', 'not json at all', /it isn’t a JSON file/],
    ['not a Still Us file', JSON.stringify({ hello: 'world' }), /isn’t a Still Us file of nudges/],
    ['another version', fileText(many(1), { version: 2 }), /different version of Still Us/],
    [
      'without a list',
      fileText('Hug'),
      'That file has no list of nudges in it. Nothing was changed.',
    ],
    [
      'a bad nudge',
      fileText([...many(2), { category: 'touch', text: '   ' }]),
      'Nudge 3: the text is empty. Nothing was changed.',
    ],
    [
      'a nudge of an unknown kind',
      fileText([{ category: 'pigeon', text: 'Coo' }]),
      'Nudge 1: the kind is not one Still Us knows. Nothing was changed.',
    ],
    ['more than 500 nudges', fileText(many(501)), /has 501 nudges/],
    ['over 1 MB', fileText(many(1), { padding: 'x'.repeat(MAX_FILE_BYTES) }), /too big/],
  ])('a file %s shows what is wrong and changes nothing', async (_case, text, message) => {
    await renderField();
    choose(text);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(message);
    expect(fileInput().getAttribute('aria-describedby')).toContain(alert.id);
    expect(screen.queryByRole('group', { name: 'Nudges to import' })).toBeNull();
    await settle();
    expect(await stored()).toEqual(seededNudges);
  });

  it('previews a good file and adds its nudges only once confirmed, skipping duplicates', async () => {
    await renderField();
    choose(
      fileText([
        { id: 'custom-a', category: 'touch', text: 'A long hug by the kettle' },
        { category: 'kind-act', text: 'Wash the bottles tonight' },
        { category: 'flirty-text', text: HTML, message: 'You, me, <b>later</b>' },
      ]),
    );
    const preview = await screen.findByRole('group', { name: 'Nudges to import' });
    expect(preview.textContent).toContain(
      'This file has 3 nudges. 1 is already in your list and will be skipped.',
    );
    expect(
      within(preview)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Wash the bottles tonight', HTML]);
    expect(preview.querySelector('img')).toBeNull();
    await settle();
    expect(await stored()).toEqual(seededNudges);

    fireEvent.click(within(preview).getByRole('button', { name: 'Add these 2 nudges' }));
    await screen.findByText('Added 2 nudges.');
    const after = await stored();
    expect(after.slice(0, 2)).toEqual(seededNudges);
    expect(after.slice(2)).toEqual([
      {
        id: expect.stringMatching(/^custom-/),
        category: 'kind-act',
        text: 'Wash the bottles tonight',
      },
      {
        id: expect.stringMatching(/^custom-/),
        category: 'flirty-text',
        text: HTML,
        message: 'You, me, <b>later</b>',
      },
    ]);
    expect(new Set(after.map((n) => n.id)).size).toBe(4);
    expect(screen.queryByRole('group', { name: 'Nudges to import' })).toBeNull();
    expect(items()).toHaveLength(4);
  });

  it('importing the same file twice adds nothing the second time', async () => {
    await renderField([]);
    choose(fileText(many(2)));
    fireEvent.click(await screen.findByRole('button', { name: 'Add these 2 nudges' }));
    await waitFor(async () => expect(await stored()).toHaveLength(2));
    choose(fileText(many(2)));
    const preview = await screen.findByRole('group', { name: 'Nudges to import' });
    expect(preview.textContent).toContain('2 are already in your list');
    expect(preview.textContent).toContain('nothing to add');
    expect(within(preview).queryByRole('button', { name: /^Add/ })).toBeNull();
    fireEvent.click(within(preview).getByRole('button', { name: 'Close' }));
    expect(await stored()).toHaveLength(2);
  });

  it('"Cancel" adds nothing', async () => {
    await renderField();
    choose(fileText(many(1)));
    const preview = await screen.findByRole('group', { name: 'Nudges to import' });
    expect(within(preview).getByRole('button', { name: 'Add this nudge' })).toBeTruthy();
    fireEvent.click(within(preview).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('group', { name: 'Nudges to import' })).toBeNull();
    await settle();
    expect(await stored()).toEqual(seededNudges);
  });

  it('keeps the preview and changes nothing when storage will not save', async () => {
    await renderField();
    vi.spyOn(customNudgesStorage, 'setValue').mockRejectedValueOnce(new Error('quota'));
    choose(fileText(many(3)));
    fireEvent.click(await screen.findByRole('button', { name: 'Add these 3 nudges' }));
    await screen.findByText(/couldn’t be added just now/);
    expect(screen.getByRole('group', { name: 'Nudges to import' })).toBeTruthy();
    expect(await stored()).toEqual(seededNudges);
    click('Add these 3 nudges');
    await waitFor(async () => expect(await stored()).toHaveLength(5));
  });
});

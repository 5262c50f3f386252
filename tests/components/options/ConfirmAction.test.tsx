import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ConfirmAction } from '@/components/options/ConfirmAction';

afterEach(cleanup);

const QUESTION = 'Forget everything? This can’t be undone.';

/** A promise the test settles by hand, to look at the screen while it is pending. */
function deferred<T>(): {
  promise: Promise<T>;
  resolve: (value: T) => void;
  reject: (reason: unknown) => void;
} {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

const button = (name: string): HTMLElement => screen.getByRole('button', { name });
const click = (name: string): void => void fireEvent.click(button(name));
const group = (): HTMLElement | null => screen.queryByRole('group');

describe('ConfirmAction', () => {
  it('shows only its button until pressed', () => {
    const onConfirm = vi.fn(() => Promise.resolve(true));
    const { container } = render(
      <ConfirmAction label="Start fresh" question={QUESTION} onConfirm={onConfirm} />,
    );
    expect(container.innerHTML).toBe('<button type="button">Start fresh</button>');
    expect(group()).toBeNull();
    expect(onConfirm).not.toHaveBeenCalled();
  });

  it('asks inline, named by the question, with focus on "Keep it"', () => {
    render(<ConfirmAction label="Start fresh" question={QUESTION} onConfirm={vi.fn()} />);
    click('Start fresh');
    const asking = screen.getByRole('group', { name: QUESTION });
    expect(asking.className).toBe('confirm');
    expect(
      within(asking)
        .getAllByRole('button')
        .map((b) => [b.textContent, b.className]),
    ).toEqual([
      // The safe choice comes first and stands out; the one that can't be undone is quieter.
      ['Keep it', 'primary'],
      ['Yes, start fresh', 'danger'],
    ]);
    expect(document.activeElement).toBe(button('Keep it'));
    expect(screen.queryByRole('button', { name: 'Start fresh' })).toBeNull();
  });

  it('"Keep it" does nothing and puts focus back on the button', () => {
    const onConfirm = vi.fn(() => Promise.resolve(true));
    render(<ConfirmAction label="Start fresh" question={QUESTION} onConfirm={onConfirm} />);
    click('Start fresh');
    click('Keep it');
    expect(group()).toBeNull();
    expect(document.activeElement).toBe(button('Start fresh'));
    expect(onConfirm).not.toHaveBeenCalled();
  });

  it('once done, closes and leaves focus where the action put it', async () => {
    const elsewhere = document.createElement('button');
    document.body.append(elsewhere);
    const onConfirm = vi.fn(async () => {
      elsewhere.focus();
      return true;
    });
    render(<ConfirmAction label="Start fresh" question={QUESTION} onConfirm={onConfirm} />);
    click('Start fresh');
    click('Yes, start fresh');
    await waitFor(() => expect(group()).toBeNull());
    expect(onConfirm).toHaveBeenCalledOnce();
    expect(document.activeElement).toBe(elsewhere);
    elsewhere.remove();
  });

  it.each([
    ['resolves false', (d: ReturnType<typeof deferred<boolean>>) => d.resolve(false)],
    ['rejects', (d: ReturnType<typeof deferred<boolean>>) => d.reject(new Error('quota'))],
  ])('when the action %s, closes with focus back on the button', async (_case, settle) => {
    const pending = deferred<boolean>();
    render(
      <ConfirmAction label="Start fresh" question={QUESTION} onConfirm={() => pending.promise} />,
    );
    click('Start fresh');
    click('Yes, start fresh');
    // Still asking while the action runs.
    expect(screen.getByRole('group', { name: QUESTION })).toBeTruthy();
    settle(pending);
    await waitFor(() => expect(group()).toBeNull());
    expect(document.activeElement).toBe(button('Start fresh'));
  });

  it('runs the action once however quickly "Yes" is pressed again, and again after', async () => {
    let pending = deferred<boolean>();
    const onConfirm = vi.fn(() => pending.promise);
    render(<ConfirmAction label="Start fresh" question={QUESTION} onConfirm={onConfirm} />);
    click('Start fresh');
    click('Yes, start fresh');
    click('Yes, start fresh');
    expect(onConfirm).toHaveBeenCalledOnce();
    pending.resolve(false);
    await waitFor(() => expect(group()).toBeNull());
    pending = deferred<boolean>();
    click('Start fresh');
    click('Yes, start fresh');
    expect(onConfirm).toHaveBeenCalledTimes(2);
  });

  it('takes fuller names for the button and the group, and other words for "Yes"', () => {
    render(
      <ConfirmAction
        label="Remove"
        triggerLabel="Remove nudge 2"
        question="Remove this nudge?"
        confirmLabel="Yes, remove it"
        groupLabel="Confirm removing nudge 2"
        onConfirm={vi.fn()}
      />,
    );
    expect(button('Remove nudge 2').textContent).toBe('Remove');
    click('Remove nudge 2');
    const asking = screen.getByRole('group', { name: 'Confirm removing nudge 2' });
    expect(within(asking).getByText('Remove this nudge?')).toBeTruthy();
    expect(within(asking).getByRole('button', { name: 'Yes, remove it' })).toBeTruthy();
  });

  it('shows controls beside the button in one row, and hides them while asking', () => {
    const { container } = render(
      <ConfirmAction
        label="Remove"
        question={QUESTION}
        onConfirm={vi.fn()}
        beside={<button type="button">Edit</button>}
      />,
    );
    expect(container.innerHTML).toBe(
      '<div class="row"><button type="button">Edit</button><button type="button">Remove</button></div>',
    );
    click('Remove');
    expect(screen.queryByRole('button', { name: 'Edit' })).toBeNull();
    click('Keep it');
    expect(button('Edit')).toBeTruthy();
    expect(document.activeElement).toBe(button('Remove'));
  });

  it('gives each question its own id, so two on a page name their own groups', () => {
    render(
      <>
        <ConfirmAction label="Start fresh" question="First?" onConfirm={vi.fn()} />
        <ConfirmAction label="Show them again" question="Second?" onConfirm={vi.fn()} />
      </>,
    );
    click('Start fresh');
    click('Show them again');
    expect(screen.getByRole('group', { name: 'First?' })).toBeTruthy();
    expect(screen.getByRole('group', { name: 'Second?' })).toBeTruthy();
  });
});

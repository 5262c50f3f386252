import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DailyCountsField } from '@/components/options/DailyCountsField';
import { renderOptions } from './render-options';

afterEach(cleanup);

const PAIR = 'Still Us aims for about the first number. The second is a hard stop it never passes.';

describe('DailyCountsField', () => {
  it('tells the aim and the limit apart under the pair', () => {
    render(<DailyCountsField value={{ perDay: 4, maxPerDay: 6 }} onSave={vi.fn()} />);
    const pair = screen.getByText(PAIR);
    const limit = screen.getByLabelText('Never more than this many a day');
    // Under both fields.
    expect(limit.compareDocumentPosition(pair) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it.each([
    [9, 6, 'That’s more than your limit of 6 a day, so you’ll get 6 at most.'],
    [7, 6, 'That’s more than your limit of 6 a day, so you’ll get 6 at most.'],
    [2, 1, 'That’s more than your limit of 1 a day, so you’ll get 1 at most.'],
    [6, 6, ''],
    [5, 6, ''],
  ])('about %i a day against a limit of %i says %j', (perDay, maxPerDay, words) => {
    render(<DailyCountsField value={{ perDay, maxPerDay }} onSave={vi.fn()} />);
    expect(screen.getByRole('status').textContent).toBe(words);
  });

  it('saves each count under its own name', () => {
    const onSave = vi.fn();
    render(<DailyCountsField value={{ perDay: 4, maxPerDay: 6 }} onSave={onSave} />);
    fireEvent.input(screen.getByLabelText('About how many nudges a day'), {
      target: { value: '9' },
    });
    fireEvent.input(screen.getByLabelText('Never more than this many a day'), {
      target: { value: '3' },
    });
    expect(onSave.mock.calls).toEqual([[{ perDay: 9 }], [{ maxPerDay: 3 }]]);
  });

  it('on the page, the word comes once the limit is saved below the aim, and goes again', async () => {
    await renderOptions();
    const limit = screen.getByLabelText('Never more than this many a day');
    fireEvent.input(limit, { target: { value: '4' } });
    await screen.findByText('That’s more than your limit of 4 a day, so you’ll get 4 at most.');
    fireEvent.input(limit, { target: { value: '5' } });
    await vi.waitFor(() => expect(screen.queryByText(/more than your limit/)).toBeNull());
  });
});

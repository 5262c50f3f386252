import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { Popup } from '@/components/popup/Popup';
import { paintNudge } from '@/utils/popup/paint-nudge';
import { libraryNudge } from '../../support/library-nudge';

const NOW = new Date(2026, 5, 10, 15, 0).getTime();
const withMessage = libraryNudge('flirty-text-08', NOW);
const withoutMessage = libraryNudge('kind-act-01', NOW);

afterEach(cleanup);

// popup-paint.js paints before Preact loads; Preact must find the very same DOM to adopt it.
describe('paintNudge, the popup before Preact', () => {
  it.each([
    ['with a message', withMessage],
    ['without a message', withoutMessage],
  ])('builds exactly the DOM the Popup renders (%s)', async (_, nudge) => {
    const painted = document.createElement('div');
    paintNudge(painted, nudge);
    const { container } = render(<Popup initial={nudge} now={() => NOW} />);
    expect(painted.innerHTML).toBe(container.innerHTML);
  });

  it('is adopted by Preact: the painted nodes stay, nothing is painted twice', () => {
    const root = document.createElement('div');
    document.body.append(root);
    paintNudge(root, withMessage);
    const paintedText = root.querySelector('[data-testid="nudge-text"]');
    const paintedCopy = root.querySelector('button');
    render(<Popup initial={withMessage} now={() => NOW} />, { container: root });
    expect(screen.getByTestId('nudge-text')).toBe(paintedText);
    expect(screen.getByRole('button', { name: 'Copy message' })).toBe(paintedCopy);
    expect(root.querySelectorAll('main')).toHaveLength(1);
  });

  it('shows HTML in a nudge as characters, never markup', () => {
    const root = document.createElement('div');
    const evil = '<img src=x onerror="alert(1)">';
    paintNudge(root, { ...withMessage, text: evil, message: `<b>${evil}</b>` });
    expect(root.querySelector('img, b')).toBeNull();
    expect(root.querySelector('[data-testid="nudge-text"]')?.textContent).toBe(evil);
  });
});

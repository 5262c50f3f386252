import { fireEvent, render, screen } from '@testing-library/preact';
import { Welcome } from '@/components/welcome/Welcome';
import { defaultPreferences, type Preferences } from '@/utils/storage/preferences';
import { preferencesStorage } from '@/utils/storage/storage';

/** Renders the welcome page over `stored` preferences (none: a fresh install) once loaded. */
export async function renderWelcome(stored?: Partial<Preferences>): Promise<void> {
  if (stored) await preferencesStorage.setValue({ ...defaultPreferences, ...stored });
  render(<Welcome />);
  await screen.findByRole('heading', { level: 1, name: 'Welcome to Still Us' });
}

export const storedPreferences = (): Promise<Preferences> => preferencesStorage.getValue();

/** Lets pending saves land, so "nothing was saved" is checked after they would have. */
export const settle = (ms = 50): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export const nameInput = (): HTMLInputElement => screen.getByLabelText('Your partner’s name');
export const quietFrom = (): HTMLInputElement => screen.getByLabelText('Quiet from');
export const quietUntil = (): HTMLInputElement => screen.getByLabelText('Until');

export const typeInto = (input: HTMLInputElement, value: string): void =>
  void fireEvent.input(input, { target: { value } });
export const press = (name: string): void =>
  void fireEvent.click(screen.getByRole('button', { name }));

/** The step heading shown now, once it is there. */
export const stepHeading = (name: string): Promise<HTMLElement> =>
  screen.findByRole('heading', { level: 2, name });

export const NAME = 'Who are these little moments for?';
export const QUIET = 'When should nudges stay quiet?';
export const DELIVERY = 'How should nudges arrive?';
export const DONE = 'You’re all set';

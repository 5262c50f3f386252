import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { createRef } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DayChecks } from '@/components/fields/DayChecks';
import { HintedInput } from '@/components/fields/HintedInput';
import { JsonFileInput } from '@/components/fields/JsonFileInput';
import { RadioFieldset } from '@/components/fields/RadioFieldset';
import { rangeProblem } from '@/components/fields/range-problem';
import { TimeRangeFields } from '@/components/fields/TimeRangeFields';

afterEach(cleanup);

describe('RadioFieldset', () => {
  const renderSizes = (onChange = vi.fn()): void =>
    void render(
      <RadioFieldset
        name="size"
        legend="Size"
        idPrefix="size"
        choices={['small', 'large'] as const}
        value="small"
        onChange={onChange}
        label={(size) => size.toUpperCase()}
        hint={(size) => (size === 'large' ? 'Roomy' : undefined)}
      />,
    );

  it('is one named group of radios, the hint inside each choice’s name', () => {
    renderSizes();
    const group = screen.getByRole('group', { name: 'Size' });
    expect(group.querySelectorAll('input[name="size"]')).toHaveLength(2);
    expect(screen.getByRole<HTMLInputElement>('radio', { name: 'SMALL' }).checked).toBe(true);
    expect(screen.getByRole('radio', { name: 'LARGE Roomy' }).id).toBe('size-large');
  });

  it('reports the choice picked', () => {
    const onChange = vi.fn();
    renderSizes(onChange);
    fireEvent.click(screen.getByRole('radio', { name: /LARGE/ }));
    expect(onChange).toHaveBeenCalledWith('large');
  });
});

describe('TimeRangeFields', () => {
  const renderRange = (live: boolean, onChange = vi.fn()): void =>
    void render(
      <TimeRangeFields
        value={{ start: '09:00', end: '17:00', days: [1] }}
        onChange={onChange}
        fromText="From"
        untilText="Until"
        fromLabel="Range 1 from"
        invalid
        describedBy="why"
        live={live}
      />,
    );

  it('names each field, and ties both to what is wrong', () => {
    renderRange(false);
    const from = screen.getByLabelText('Range 1 from');
    const until = screen.getByLabelText('Until');
    for (const field of [from, until]) {
      expect(field.getAttribute('aria-invalid')).toBe('true');
      expect(field.getAttribute('aria-describedby')).toBe('why');
    }
  });

  it.each([
    [false, 'change', 'input'],
    [true, 'input', 'change'],
  ] as const)('live=%s reports on %s, not on %s', (live, reported, ignored) => {
    const onChange = vi.fn();
    renderRange(live, onChange);
    const until = screen.getByLabelText('Until');
    fireEvent[ignored](until, { target: { value: '18:00' } });
    expect(onChange).not.toHaveBeenCalled();
    fireEvent[reported](until, { target: { value: '18:30' } });
    expect(onChange).toHaveBeenCalledWith({ start: '09:00', end: '18:30', days: [1] });
  });
});

describe('DayChecks', () => {
  it('ticks the days given, Monday first, and reports each one toggled', () => {
    const onToggle = vi.fn();
    render(<DayChecks class="days" legend="Days" days={[0, 1]} onToggle={onToggle} />);
    const boxes = screen.getAllByRole('checkbox');
    expect(boxes.map((box) => box.closest('label')?.textContent)).toEqual([
      'Monday',
      'Tuesday',
      'Wednesday',
      'Thursday',
      'Friday',
      'Saturday',
      'Sunday',
    ]);
    expect(boxes.map((box) => (box as HTMLInputElement).checked)).toEqual([
      true,
      false,
      false,
      false,
      false,
      false,
      true,
    ]);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Tuesday' }));
    expect(onToggle).toHaveBeenCalledWith(2, true);
  });

  it('can show short names, each box named in full', () => {
    render(
      <DayChecks
        class="days"
        label="Days"
        days={[]}
        onToggle={vi.fn()}
        short
        dayLabel={(d) => `On ${d}`}
      />,
    );
    expect(screen.getByRole('group', { name: 'Days' }).textContent).toContain('Mon');
    expect(screen.getByRole('checkbox', { name: 'On Monday' })).toBeTruthy();
  });
});

describe('HintedInput', () => {
  it.each([
    ['', 'name-hint', 'false'],
    ['Too long.', 'name-hint name-error', 'true'],
  ])('with error %j is described by %s', (error, describedBy, invalid) => {
    render(<HintedInput id="name" label="Name" hint="A hint." error={error} />);
    const input = screen.getByLabelText('Name');
    expect(input.getAttribute('aria-describedby')).toBe(describedBy);
    expect(input.getAttribute('aria-invalid')).toBe(invalid);
    expect(screen.queryByText('Too long.')?.id).toBe(error ? 'name-error' : undefined);
  });
});

describe('JsonFileInput', () => {
  it('hands over the file chosen, clears the input, and alerts its error', () => {
    const onFile = vi.fn();
    const ref = createRef<HTMLInputElement>();
    render(
      <JsonFileInput
        name="import"
        label="File"
        hint="Any"
        error="Bad."
        inputRef={ref}
        onFile={onFile}
      />,
    );
    const input = screen.getByLabelText('File') as HTMLInputElement;
    expect(input.id).toBe('import-file');
    expect(ref.current).toBe(input);
    expect(input.closest('div')?.className).toBe('import');
    expect(screen.getByRole('alert').id).toBe('import-error');
    const file = new File(['{}'], 'a.json');
    fireEvent.change(input, { target: { files: [file] } });
    expect(onFile).toHaveBeenCalledWith(file);
  });

  it('hides the native input behind a label dressed as a button, and names the file chosen', () => {
    render(
      <JsonFileInput
        name="import"
        label="File"
        hint="Any"
        error=""
        inputRef={createRef()}
        onFile={vi.fn()}
      />,
    );
    // Both labels name the one input: the field's, and the face that takes clicks.
    const input = screen.getByLabelText('Choose a file…') as HTMLInputElement;
    expect(screen.getByLabelText('File')).toBe(input);
    expect(input.type).toBe('file');
    expect(input.className).toBe('visually-hidden');
    expect(input.getAttribute('aria-describedby')).toBe('import-hint');
    expect(screen.getByText('Choose a file…').closest('.file-pick')).not.toBeNull();
    fireEvent.change(input, { target: { files: [new File(['{}'], 'our-backup.json')] } });
    expect(document.querySelector('.file-name')?.textContent).toBe('our-backup.json');
  });
});

describe('rangeProblem', () => {
  it.each([
    [
      'a good range',
      { ok: true, value: null },
      '09:00',
      { error: '', timesWrong: false, daysWrong: false },
    ],
    [
      'bad times',
      { ok: false, message: 'No.' },
      '',
      { error: 'No.', timesWrong: true, daysWrong: false },
    ],
    [
      'bad days',
      { ok: false, message: 'No.' },
      '09:00',
      { error: 'No.', timesWrong: false, daysWrong: true },
    ],
  ] as const)('splits %s', (_, checked, start, expected) => {
    expect(rangeProblem(checked, { start, end: '17:00' })).toEqual(expected);
  });
});

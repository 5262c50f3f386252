import { describe, expect, it } from 'vitest';
import { domElement } from '@/utils/popup/element-factory';

describe('domElement, the first paint’s element factory', () => {
  it('sets string props as attributes and leaves handlers and refs to Preact', () => {
    const onClick = (): void => undefined;
    const button = domElement('button', { type: 'button', class: '', onClick, ref: {} }, 'Done');
    expect(button.outerHTML).toBe('<button type="button" class="">Done</button>');
  });

  it('appends elements and text, and skips absent children', () => {
    const list = domElement('p', null, 'a', false, null, undefined, domElement('b', null, 'c'));
    expect(list.childNodes).toHaveLength(2);
    expect(list.textContent).toBe('ac');
  });

  it('shows markup in text as characters', () => {
    const evil = '<img src=x onerror="alert(1)">';
    const p = domElement('p', null, evil);
    expect(p.querySelector('img')).toBeNull();
    expect(p.textContent).toBe(evil);
  });
});

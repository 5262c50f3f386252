import { describe, expect, it, vi } from 'vitest';
import { keepEarlyTaps, takeOverTaps } from '@/utils/ui/early-tap';

function painted(): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML =
    '<main><button>Copy</button><button>Done</button><button>Not now</button></main>';
  document.body.append(root);
  return root;
}

describe('a tap on the painted popup before its buttons work', () => {
  it('is made again on the same button once they do', () => {
    const root = painted();
    keepEarlyTaps(root);
    root.querySelectorAll('button')[2]!.click();
    const notNow = vi.fn();
    root.querySelectorAll('button')[2]!.addEventListener('click', notNow);
    takeOverTaps(root);
    expect(notNow).toHaveBeenCalledTimes(1);
  });

  it('is not kept after the take-over, nor made twice', () => {
    const root = painted();
    keepEarlyTaps(root);
    const done = vi.fn();
    root.querySelectorAll('button')[1]!.addEventListener('click', done);
    takeOverTaps(root);
    root.querySelectorAll('button')[1]!.click();
    takeOverTaps(root);
    expect(done).toHaveBeenCalledTimes(1);
    expect(root.dataset.earlyTap).toBeUndefined();
  });

  it('without one, the take-over taps nothing', () => {
    const root = painted();
    keepEarlyTaps(root);
    const any = vi.fn();
    root.addEventListener('click', any);
    takeOverTaps(root);
    expect(any).not.toHaveBeenCalled();
  });
});

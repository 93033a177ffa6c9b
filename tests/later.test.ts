import { describe, expect, it, vi } from 'vitest';
import { later, wantWhenNear } from '../src/app/later.tsx';

describe('later(importer, asked, { belowFirstScreen })', () => {
  it('waits until the parts below the first screen are wanted; without an IntersectionObserver they are wanted at once', async () => {
    expect(typeof IntersectionObserver).toBe('undefined');
    const importer = vi.fn(async () => () => null);
    // A function component: called here as preact calls it to draw.
    const Part = later(importer, undefined, { belowFirstScreen: true }) as (props: object) => unknown;
    Part({});
    await new Promise((r) => setTimeout(r, 50));
    expect(importer, 'fetched before it was wanted').not.toHaveBeenCalled();
    expect(() => wantWhenNear({} as Element)).not.toThrow();
    Part({});
    await vi.waitFor(() => expect(importer).toHaveBeenCalledOnce());
  });
});

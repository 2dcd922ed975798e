import { describe, expect, it, vi } from 'vitest';
import { retryable } from './retryImport';

describe('retryable', () => {
  it('calls load until a failure names a URL, then imports that URL anew', async () => {
    const load = vi.fn<() => Promise<string>>().mockRejectedValueOnce(new TypeError('offline'));
    load.mockResolvedValueOnce('ok');
    const get = retryable(load);
    await expect(get()).rejects.toThrow('offline');
    // No URL in the error: the same loader again.
    await expect(get()).resolves.toBe('ok');
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('after a failure naming the chunk, the next attempt asks for that chunk with a query', async () => {
    const url = 'http://127.0.0.1:1/assets/bar-x.js';
    const load = vi.fn(() =>
      Promise.reject(new TypeError(`Failed to fetch dynamically imported module: ${url}`)),
    );
    const get = retryable(load);
    await expect(get()).rejects.toThrow(url);
    // jsdom cannot import over the network: the attempt fails, but it went to the new URL, not to load.
    const second = await get().catch((e: unknown) => String(e));
    expect(load).toHaveBeenCalledTimes(1);
    expect(second).not.toBe('');
  });
});

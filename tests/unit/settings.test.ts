import { describe, expect, it, vi } from 'vitest';

/** Extension storage as the browser gives it: asynchronous, with reads and writes that interleave. */
const stored: Record<string, unknown> = {};
const tick = () => new Promise((resolve) => setTimeout(resolve, 5));
/** The browser's own `browser` namespace: the settings reach storage without the polyfill. */
vi.stubGlobal('browser', {
  storage: {
    local: {
      get: async (key: string) => {
        const value = stored[key];
        await tick();
        return { [key]: value };
      },
      set: async (items: Record<string, unknown>) => {
        await tick();
        Object.assign(stored, items);
      },
    },
    onChanged: { addListener: () => undefined },
  },
});

const { loadSettings, saveSettings } = await import('../../src/settings.ts');

describe('settings', () => {
  it('start with clean mode on and reader layout off', async () => {
    expect(await loadSettings()).toEqual({ clean: true, readerLayout: false });
  });

  it('keep both of two changes made in quick succession (the popup’s two switches)', async () => {
    await Promise.all([saveSettings({ clean: false }), saveSettings({ readerLayout: true })]);
    expect(await loadSettings()).toEqual({ clean: false, readerLayout: true });
  });
});

import { afterEach, describe, expect, it, vi } from 'vitest';
import { extensionApi } from '../../src/extension-api.ts';

const api = (id: string) => ({ runtime: { id }, storage: { local: {} } });

describe('extensionApi', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('uses the browser namespace where there is one, else chrome', () => {
    vi.stubGlobal('browser', api('from-browser'));
    vi.stubGlobal('chrome', api('from-chrome'));
    expect(extensionApi().runtime.id).toBe('from-browser');
    vi.stubGlobal('browser', undefined);
    expect(extensionApi().runtime.id).toBe('from-chrome');
  });

  it('does not take a page element named "browser" for the API', () => {
    vi.stubGlobal('browser', { id: 'browser', tagName: 'DIV' });
    vi.stubGlobal('chrome', api('from-chrome'));
    expect(extensionApi().runtime.id).toBe('from-chrome');
  });

  it('says so where there is no extension API at all', () => {
    vi.stubGlobal('browser', undefined);
    vi.stubGlobal('chrome', undefined);
    expect(() => extensionApi()).toThrow(/no extension API/);
  });
});

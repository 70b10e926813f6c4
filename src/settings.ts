/**
 * User settings, kept in extension storage (survives restarts) and shared by background, content
 * script and popup. Every side reacts to storage changes, so a toggle reaches every open tab at once.
 */
import { extensionApi } from './extension-api.ts';
import { DEFAULT_SETTINGS, isSettings, type Settings } from './messages.ts';

const KEY = 'settings';

export async function loadSettings(): Promise<Settings> {
  const stored = (await extensionApi().storage.local.get(KEY))[KEY];
  return isSettings(stored) ? stored : { ...DEFAULT_SETTINGS };
}

/** The last save in this context: saves run one after another, so two quick changes cannot overwrite each other. */
let lastSave: Promise<unknown> = Promise.resolve();

export function saveSettings(change: Partial<Settings>): Promise<Settings> {
  const save = lastSave.then(async () => {
    const next = { ...(await loadSettings()), ...change };
    await extensionApi().storage.local.set({ [KEY]: next });
    return next;
  });
  lastSave = save.catch(() => undefined); // a failed save must not block the next one
  return save;
}

export function onSettingsChanged(listener: (settings: Settings) => void): void {
  extensionApi().storage.onChanged.addListener((changes, area) => {
    const next = changes[KEY]?.newValue;
    if (area === 'local' && isSettings(next)) listener(next);
  });
}

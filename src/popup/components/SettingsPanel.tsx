/** Clean mode and reader layout. Storage carries a change to every open tab at once. */
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { t } from '../i18n.ts';
import { useSettings } from '../use-settings.ts';
import { Switch } from './Switch.tsx';

const TOGGLE_COMMAND = 'toggle-clean-mode';

export function SettingsPanel() {
  const [settings, change] = useSettings();
  const shortcut = useShortcut(TOGGLE_COMMAND);
  return (
    <section class="settings" aria-label={t('settingsHeading')}>
      <Switch
        label={t('cleanMode')}
        hint={t('cleanModeHint')}
        shortcut={shortcut}
        checked={settings?.clean ?? false}
        disabled={!settings}
        onChange={(clean) => change({ clean })}
      />
      <Switch
        label={t('readerLayout')}
        hint={t('readerLayoutHint')}
        checked={settings?.readerLayout ?? false}
        disabled={!settings}
        onChange={(readerLayout) => change({ readerLayout })}
      />
    </section>
  );
}

/** The key the user has bound to a command, if any (it can be changed in the browser's settings). */
function useShortcut(command: string): string | null {
  const [shortcut, setShortcut] = useState<string | null>(null);
  useEffect(() => {
    browser.commands
      .getAll()
      .then((commands) => setShortcut(commands.find((c) => c.name === command)?.shortcut || null))
      .catch(() => setShortcut(null));
  }, [command]);
  return shortcut;
}

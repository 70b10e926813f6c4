/** The shared settings, kept in step with storage (the keyboard shortcut may flip clean mode too). */
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Settings } from '../messages.ts';
import { loadSettings, onSettingsChanged, saveSettings } from '../settings.ts';

export function useSettings(): [Settings | null, (change: Partial<Settings>) => void] {
  const [settings, setSettings] = useState<Settings | null>(null);

  useEffect(() => {
    void loadSettings().then(setSettings);
    onSettingsChanged(setSettings);
  }, []);

  const change = useCallback((update: Partial<Settings>) => {
    setSettings((current) => (current ? { ...current, ...update } : current));
    // On failure, show what storage really holds rather than a switch that lies.
    saveSettings(update).then(setSettings, () => loadSettings().then(setSettings));
  }, []);

  return [settings, change];
}

/** A labelled on/off control: a real checkbox with role="switch", styled as a switch. */
import { useId } from 'preact/hooks';
import { t } from '../i18n.ts';

interface SwitchProps {
  label: string;
  hint: string;
  /** The keyboard shortcut that flips it too, if the user has one bound. */
  shortcut?: string | null;
  checked: boolean;
  disabled: boolean;
  onChange(checked: boolean): void;
}

export function Switch({ label, hint, shortcut, checked, disabled, onChange }: SwitchProps) {
  const labelId = useId();
  const hintId = useId();
  // Named by the label alone; the shortcut reaches assistive technology as aria-keyshortcuts.
  return (
    <label class="switch">
      <span class="switch-text">
        <span class="switch-label">
          <span id={labelId}>{label}</span>
          {shortcut && (
            <kbd class="shortcut" title={t('shortcutLabel')} aria-hidden="true">
              {shortcut}
            </kbd>
          )}
        </span>
        <span class="switch-hint" id={hintId}>
          {hint}
        </span>
      </span>
      <input
        type="checkbox"
        role="switch"
        checked={checked}
        disabled={disabled}
        aria-labelledby={labelId}
        aria-describedby={hintId}
        aria-keyshortcuts={shortcut ?? undefined}
        onChange={(event) => onChange(event.currentTarget.checked)}
      />
      <span class="switch-track" aria-hidden="true" />
    </label>
  );
}

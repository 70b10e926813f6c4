/** One short message at a time for the popup's status line (exported, copied, not found…). */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';

const NOTICE_MS = 5000;

export type Notify = (message: string, tone?: 'info' | 'error') => void;

export interface Notice {
  message: string;
  tone: 'info' | 'error';
}

export function useNotice(): [Notice | null, Notify] {
  const [notice, setNotice] = useState<Notice | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const notify = useCallback<Notify>((message, tone = 'info') => {
    clearTimeout(timer.current);
    setNotice({ message, tone });
    timer.current = setTimeout(() => setNotice(null), NOTICE_MS);
  }, []);

  useEffect(() => () => clearTimeout(timer.current), []);
  return [notice, notify];
}

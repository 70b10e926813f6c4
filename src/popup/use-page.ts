/**
 * The state of the tab the popup is about. It is read once on open, and again whenever that tab
 * finishes loading (after "Reload tab", or a navigation) or its content script reports a change of
 * detection (an article parsed late, a GitHub soft navigation).
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { isDetectionReport } from '../messages.ts';
import { findTargetTab, readPage, reloadTab, type PageState, type TargetTab } from './page.ts';

export interface PageHandle {
  tab: TargetTab | null;
  state: PageState;
  reload(): void;
}

export function usePage(search: string): PageHandle {
  const [tab, setTab] = useState<TargetTab | null>(null);
  const [state, setState] = useState<PageState>({ kind: 'loading' });
  // Answers can arrive out of order; only the newest request may set the state.
  const latestRequest = useRef(0);

  const refresh = useCallback(async (target: TargetTab | null) => {
    const request = ++latestRequest.current;
    const next = await readPage(target);
    if (request === latestRequest.current) setState(next);
  }, []);

  useEffect(() => {
    let target: TargetTab | null = null;
    const onMessage = (message: unknown, sender: browser.Runtime.MessageSender): undefined => {
      // Only our own content script, in the tab this popup is about.
      if (sender.id !== browser.runtime.id || !target || sender.tab?.id !== target.id) return undefined;
      if (isDetectionReport(message)) void refresh(target);
      return undefined;
    };
    const onUpdated = (tabId: number, change: browser.Tabs.OnUpdatedChangeInfoType): void => {
      if (target && tabId === target.id && change.status === 'complete') void refresh(target);
    };
    browser.runtime.onMessage.addListener(onMessage);
    browser.tabs.onUpdated.addListener(onUpdated);
    void findTargetTab(search).then((found) => {
      target = found;
      setTab(found);
      return refresh(found);
    });
    return () => {
      browser.runtime.onMessage.removeListener(onMessage);
      browser.tabs.onUpdated.removeListener(onUpdated);
    };
  }, [search, refresh]);

  const reload = useCallback(() => {
    if (!tab) return;
    setState({ kind: 'loading' });
    reloadTab(tab.id).catch(() => setState({ kind: 'unreachable' }));
  }, [tab]);

  return { tab, state, reload };
}

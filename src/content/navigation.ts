/**
 * GitHub navigation handled once, centrally (github-dom.md §4.4). `watchPage` calls `onChange` on the
 * first parse of the article, after Turbo/React soft navigation, back/forward and bfcache restores, and
 * whenever React replaces the article's content — whatever event GitHub did or did not fire. The
 * callback must be idempotent; calls are coalesced to one per microtask.
 */

const NAVIGATION_EVENTS = ['turbo:render', 'turbo:load', 'soft-nav:react-done', 'soft-nav:end', 'popstate', 'pageshow'];

export function watchPage(onChange: () => void): { pause<T>(work: () => T): T } {
  let scheduled = false;
  const schedule = (): void => {
    if (scheduled) return;
    scheduled = true;
    queueMicrotask(() => {
      scheduled = false;
      onChange();
    });
  };
  // A MutationObserver delivers before the next paint, so markers land before clutter is drawn.
  // The callback is cheap when nothing changed (one querySelector), so every batch may schedule it.
  const observer = new MutationObserver(schedule);
  observer.observe(document, { childList: true, subtree: true });
  for (const type of NAVIGATION_EVENTS) window.addEventListener(type, schedule, true);
  for (const type of NAVIGATION_EVENTS) document.addEventListener(type, schedule, true);
  // GitHub may change the address after its events, with no DOM change left to observe (§4.3):
  // the Navigation API reports every history.pushState/replaceState and traversal.
  (window as { navigation?: EventTarget }).navigation?.addEventListener('currententrychange', schedule);
  document.addEventListener('DOMContentLoaded', schedule);
  schedule();
  return {
    /** Runs DOM work of our own without observing it as a page change. */
    pause<T>(work: () => T): T {
      const result = work();
      observer.takeRecords();
      return result;
    },
  };
}

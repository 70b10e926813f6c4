/**
 * GitHub navigation handled once, centrally (github-dom.md §4.4). `watchPage` calls `onChange` on the
 * first parse of the article, after Turbo/React soft navigation, back/forward and bfcache restores, and
 * whenever React replaces the article's content — whatever event GitHub did or did not fire. The
 * callback must be idempotent; calls are coalesced to one per microtask.
 */

const NAVIGATION_EVENTS = ['turbo:render', 'turbo:load', 'soft-nav:react-done', 'soft-nav:end', 'popstate', 'pageshow'];
/** How long after the last change the address is checked again where no Navigation API reports it. */
const ADDRESS_RECHECK_MS = 400;

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
  // GitHub may change the address after its events, with no DOM change left to observe (§4.3):
  // the Navigation API reports every history.pushState/replaceState and traversal. Where it is missing
  // (Firefox ESR 140), the page is looked at once more a moment after each change settles.
  const navigation = (window as { navigation?: EventTarget }).navigation;
  let recheck: ReturnType<typeof setTimeout> | undefined;
  const onChangeSeen = navigation
    ? schedule
    : (): void => {
        schedule();
        clearTimeout(recheck);
        recheck = setTimeout(schedule, ADDRESS_RECHECK_MS);
      };
  navigation?.addEventListener('currententrychange', schedule);
  // A MutationObserver delivers before the next paint, so markers land before clutter is drawn.
  // The callback is cheap when nothing changed (one querySelector), so every batch may schedule it.
  const observer = new MutationObserver(onChangeSeen);
  observer.observe(document, { childList: true, subtree: true });
  for (const type of NAVIGATION_EVENTS) window.addEventListener(type, onChangeSeen, true);
  for (const type of NAVIGATION_EVENTS) document.addEventListener(type, onChangeSeen, true);
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

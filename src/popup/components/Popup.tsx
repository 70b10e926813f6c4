/** The popup: settings, then the article summary (or why there is none), then export. */
import { useCallback } from 'preact/hooks';
import { t } from '../i18n.ts';
import { scrollPageTo, type ScrollTarget } from '../page.ts';
import { useNotice } from '../use-notice.ts';
import { usePage } from '../use-page.ts';
import { ArticleSummary } from './ArticleSummary.tsx';
import { ExportBar } from './ExportBar.tsx';
import { PageMessage } from './PageMessage.tsx';
import { SettingsPanel } from './SettingsPanel.tsx';

export function Popup({ search }: { search: string }) {
  const { tab, state, reload } = usePage(search);
  const [notice, notify] = useNotice();

  const locate = useCallback(
    (target: ScrollTarget) => {
      if (!tab) return;
      void scrollPageTo(tab.id, target).then((found) => {
        if (!found) notify(t('locateFailed'), 'error');
      });
    },
    [tab, notify],
  );

  return (
    <div class="popup">
      <header class="bar">
        <img src="/icons/icon-32.png" alt="" width={20} height={20} />
        <span class="brand">{t('extName')}</span>
      </header>
      <SettingsPanel />
      <main class="content" aria-busy={state.kind === 'loading'}>
        {state.kind === 'article' ? (
          // A new article (the tab navigated) starts with fresh, capped lists.
          <ArticleSummary key={`${state.article.url} ${state.article.extractedAt}`} article={state.article} onLocate={locate} />
        ) : (
          <PageMessage state={state.kind} onReload={reload} />
        )}
      </main>
      {state.kind === 'article' && (
        <footer class="footer">
          <ExportBar article={state.article} notify={notify} />
          <p class={`notice${notice?.tone === 'error' ? ' notice-error' : ''}`} role="status">
            {notice?.message}
          </p>
        </footer>
      )}
    </div>
  );
}

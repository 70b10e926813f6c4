/** What the popup says when it has no article to show, and what the user can do about it. */
import { t, type MessageKey } from '../i18n.ts';
import type { PageState } from '../page.ts';

type MessageState = Exclude<PageState['kind'], 'article'>;

const TEXTS: Record<MessageState, { title: MessageKey; detail: MessageKey | null; reload: boolean }> = {
  loading: { title: 'stateLoading', detail: null, reload: false },
  'no-article': { title: 'stateNoArticle', detail: 'stateNoArticleDetail', reload: false },
  'not-github': { title: 'stateNotGitHub', detail: 'stateNotGitHubDetail', reload: false },
  unreachable: { title: 'stateUnreachable', detail: 'stateUnreachableDetail', reload: true },
  unreadable: { title: 'stateUnreadable', detail: 'stateUnreadableDetail', reload: true },
};

export function PageMessage({ state, onReload }: { state: MessageState; onReload(): void }) {
  const text = TEXTS[state];
  return (
    <div class={`page-message page-message-${state}`} role={state === 'loading' ? undefined : 'note'}>
      <p class="page-message-title">{t(text.title)}</p>
      {text.detail && <p class="page-message-detail">{t(text.detail)}</p>}
      {text.reload && (
        <button type="button" class="button" onClick={onReload}>
          {t('reloadTab')}
        </button>
      )}
    </div>
  );
}

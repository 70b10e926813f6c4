/** Export JSON (a file download) and Copy JSON (the clipboard), both the same article JSON text. */
import type { Article } from '../../core/types.ts';
import { articleJsonText, exportFileName } from '../article-json.ts';
import { saveTextFile } from '../download.ts';
import { t } from '../i18n.ts';
import type { Notify } from '../use-notice.ts';

export function ExportBar({ article, notify }: { article: Article; notify: Notify }) {
  const exportFile = () => {
    const fileName = exportFileName(article);
    saveTextFile(fileName, articleJsonText(article), 'application/json');
    notify(t('exported', fileName));
  };
  const copy = () => {
    navigator.clipboard.writeText(articleJsonText(article)).then(
      () => notify(t('copied')),
      () => notify(t('copyFailed'), 'error'),
    );
  };
  return (
    <div class="actions">
      <button type="button" class="button primary" onClick={exportFile}>
        {t('exportJson')}
      </button>
      <button type="button" class="button" onClick={copy}>
        {t('copyJson')}
      </button>
    </div>
  );
}

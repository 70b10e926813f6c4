/** The dateline as one line: outlet · date time · place · reporters. */
import type { Article } from '../../core/types.ts';
import { listFromPage, t } from '../i18n.ts';

export function DatelineLine({ article }: { article: Article }) {
  const { dateline } = article;
  const date = dateline?.date ?? article.date;
  const parts = [
    dateline?.outlet,
    date && (dateline?.time ? `${date} ${dateline.time}` : date),
    dateline?.place,
    dateline?.reporters.length ? t('datelineReporters', listFromPage(dateline.reporters)) : null,
  ].filter((part): part is string => Boolean(part));
  if (parts.length === 0) return null;
  return (
    <p class="dateline" title={dateline?.text}>
      {parts.join(' · ')}
    </p>
  );
}

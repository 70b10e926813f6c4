/** The detected article: title, dateline, length, editor, original link, people and figures. */
import type { Article } from '../../core/types.ts';
import { formatCount, t } from '../i18n.ts';
import type { ScrollTarget } from '../page.ts';
import { CHARACTERS_PER_MINUTE, readingMinutes } from '../reading-time.ts';
import { safeLinkUrl } from '../safe-url.ts';
import { DatelineLine } from './DatelineLine.tsx';
import { FigureList } from './FigureList.tsx';
import { PeopleList } from './PeopleList.tsx';

interface ArticleSummaryProps {
  article: Article;
  onLocate(target: ScrollTarget): void;
}

export function ArticleSummary({ article, onLocate }: ArticleSummaryProps) {
  return (
    <article class="summary" aria-labelledby="article-title">
      <h1 id="article-title" class="title" title={article.title}>
        {article.title || t('untitled')}
      </h1>
      <DatelineLine article={article} />
      <p class="stats">{bodyStats(article.body.characters)}</p>
      {(article.editor || article.originalUrl) && (
        <dl class="facts">
          {article.editor && (
            <div>
              <dt>{t('editorLabel')}</dt>
              <dd>{article.editor}</dd>
            </div>
          )}
          {article.originalUrl && (
            <div>
              <dt>{t('originalLabel')}</dt>
              <dd>
                <OriginalUrl url={article.originalUrl} />
              </dd>
            </div>
          )}
        </dl>
      )}
      <PeopleList people={article.people} onLocate={onLocate} />
      <FigureList figures={article.figures} pageUrl={article.url} onLocate={onLocate} />
    </article>
  );
}

function bodyStats(characters: number): string {
  if (characters === 0) return t('bodyEmpty');
  return t('bodyStats', formatCount(characters), formatCount(readingMinutes(characters)), formatCount(CHARACTERS_PER_MINUTE));
}

/** A link only for https:; anything else (javascript:, http:, junk) is shown as text. */
function OriginalUrl({ url }: { url: string }) {
  const href = safeLinkUrl(url);
  if (!href) {
    return (
      <span class="url url-unsafe" title={t('unsafeLink')}>
        {url}
      </span>
    );
  }
  return (
    <a class="url" href={href} target="_blank" rel="noopener noreferrer">
      {url}
    </a>
  );
}

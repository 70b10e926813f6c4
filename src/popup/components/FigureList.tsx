/** The article's images with caption and credit; activating one scrolls the page to it. */
import type { Figure } from '../../core/types.ts';
import { t } from '../i18n.ts';
import type { ScrollTarget } from '../page.ts';
import { thumbnailUrl } from '../safe-url.ts';
import { ListSection } from './ListSection.tsx';

const INITIAL_FIGURES = 12;

interface FigureListProps {
  figures: Figure[];
  pageUrl: string;
  onLocate(target: ScrollTarget): void;
}

export function FigureList({ figures, pageUrl, onLocate }: FigureListProps) {
  return (
    <ListSection
      heading={t('figuresHeading')}
      emptyText={t('figuresEmpty')}
      items={figures}
      cap={INITIAL_FIGURES}
      className="figures"
      renderItem={(figure, index) => (
        <button type="button" class="row figure" title={t('locateOnPage')} onClick={() => onLocate({ kind: 'figure', index })}>
          <Thumbnail src={thumbnailUrl(figure.displaySrc, pageUrl)} />
          <span class="row-main">
            <span class="figure-caption">{figure.caption ?? figure.alt ?? t('figureUntitled', index + 1)}</span>
            {figure.credit && <span class="figure-credit">{figure.credit}</span>}
            {figure.lead && <span class="badge">{t('leadImage')}</span>}
          </span>
        </button>
      )}
    />
  );
}

/** Decorative (the caption beside it says what it shows); no request leaves GitHub's image hosts. */
function Thumbnail({ src }: { src: string | null }) {
  if (!src) return <span class="thumb thumb-missing" aria-hidden="true" />;
  return <img class="thumb" src={src} alt="" width={64} height={48} loading="lazy" decoding="async" referrerpolicy="no-referrer" />;
}

/** The people the article names; activating one scrolls the page to its first mention. */
import type { Person } from '../../core/types.ts';
import { listFromPage, t } from '../i18n.ts';
import type { ScrollTarget } from '../page.ts';
import { ListSection } from './ListSection.tsx';

const INITIAL_PEOPLE = 30;

export function PeopleList({ people, onLocate }: { people: Person[]; onLocate(target: ScrollTarget): void }) {
  return (
    <ListSection
      heading={t('peopleHeading')}
      emptyText={t('peopleEmpty')}
      items={people}
      cap={INITIAL_PEOPLE}
      className="people"
      renderItem={(person) => (
        <button type="button" class="row person" title={t('locateOnPage')} onClick={() => onLocate({ kind: 'person', name: person.name })}>
          <span class="row-main">
            <span class="person-name">{person.name}</span>
            {person.nameEn && <span class="person-name-en">{person.nameEn}</span>}
            {person.roles.length > 0 && <span class="person-roles">{listFromPage(person.roles)}</span>}
          </span>
          <span class="mentions">
            <span class="sr-only">{t('mentionsLabel')} </span>
            <span aria-hidden="true">×</span>
            {person.mentions}
          </span>
        </button>
      )}
    />
  );
}

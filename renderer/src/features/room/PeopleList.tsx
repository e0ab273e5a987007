import { useTranslation } from 'react-i18next';
import { ActionButton } from '../../actions/use-actions';
import { useStore } from '../../store';
import { followPerson, followTarget } from '../follow/follow-store';
import type { Person } from './people';
import { shownName } from './shown-name';

/**
 * Who is in the room, as what (the HOST's roster), and how I reach each of them: direct, relayed by
 * the host, or not yet known. A person's name is a button: it follows their view. A facilitator
 * also finds "Bring everyone here" under the list.
 */
export function PeopleList({ people }: { people: Person[] }) {
  const { t } = useTranslation();
  const following = useStore(followTarget);
  return (
    <>
      <ul className="people-list" data-testid="people-list" title={t('room.linkHint')}>
        {people.map((p) => (
          <li key={p.clientId} data-testid="person" data-link={p.link} data-role={p.role ?? undefined}>
            <span className="person-dot" style={{ background: p.user.color }} aria-hidden="true" />
            {p.link === 'me' ? (
              <span className="person-name">{t('room.me', { name: shownName(p.user.name, t) })}</span>
            ) : (
              <button
                type="button"
                className="person-name person-follow"
                data-testid="person-follow"
                aria-pressed={following?.clientId === p.clientId}
                title={t('day.follow.follow', { name: shownName(p.user.name, t) })}
                onClick={() => followPerson(following?.clientId === p.clientId ? null : { person: p.user.id, clientId: p.clientId })}
              >
                {shownName(p.user.name, t)}
              </button>
            )}
            {p.role && <span className="person-role">{t(`roles.role.${p.role}`)}</span>}
            {p.link !== 'me' && <span className={`person-link link-${p.link}`}>{t(`room.link.${p.link}`)}</span>}
          </li>
        ))}
      </ul>
      <ActionButton action="gather-here" labelled className="gather-button" data-testid="gather-here">
        {t('actions.labels.gatherHere')}
      </ActionButton>
    </>
  );
}

import { useTranslation } from 'react-i18next';
import type { Person } from './people';

/** Who is in the room, as what (the HOST's roster), and how I reach each of them: direct, relayed by the host, or not yet known. */
export function PeopleList({ people }: { people: Person[] }) {
  const { t } = useTranslation();
  return (
    <ul className="people-list" data-testid="people-list" title={t('room.linkHint')}>
      {people.map((p) => (
        <li key={p.clientId} data-testid="person" data-link={p.link} data-role={p.role ?? undefined}>
          <span className="person-dot" style={{ background: p.user.color }} aria-hidden="true" />
          <span className="person-name">{p.link === 'me' ? t('room.me', { name: p.user.name }) : p.user.name}</span>
          {p.role && <span className="person-role">{t(`roles.role.${p.role}`)}</span>}
          {p.link !== 'me' && <span className={`person-link link-${p.link}`}>{t(`room.link.${p.link}`)}</span>}
        </li>
      ))}
    </ul>
  );
}

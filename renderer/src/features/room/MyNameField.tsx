import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRoomConnection } from './room-context';
import { loadIdentity, saveIdentity } from './room-identity';

/**
 * The name this browser's person goes by: on the cards they make or change and in the room. The
 * facilitator at the host machine never passes the join screen, so they set it here.
 */
export function MyNameField({ fallback }: { fallback: string }) {
  const { t } = useTranslation();
  const [name, setName] = useState(() => loadIdentity().name);
  const room = useRoomConnection();
  const commit = (): void => {
    const me = loadIdentity();
    const next = name.trim();
    if (next === me.name) return;
    const user = { ...me, name: next };
    saveIdentity(user);
    room?.awareness.setLocalStateField('user', { ...user, name: next || fallback });
  };
  return (
    <label className="panel-section" title={t('people.myNameHint')}>
      {t('people.myName')}
      <input
        data-testid="my-name"
        value={name}
        placeholder={fallback}
        maxLength={40}
        onChange={(e) => setName(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => e.key === 'Enter' && commit()}
      />
    </label>
  );
}

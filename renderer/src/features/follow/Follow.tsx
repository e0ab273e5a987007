import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { isEditableTarget, isInPanel } from '../../actions/editable-target';
import { useEscapeLayer } from '../../actions/escape-layers';
import { provideWorkshopPart } from '../../automation/workshop-probe';
import type { Editor } from '../../canvas/editor';
import { useRoomConnection } from '../room/room-context';
import { followPerson, followTarget } from './follow-store';
import { useFollow } from './use-follow';
import { usePublishView } from './use-publish-view';

/**
 * Following a person on this board: my view published while someone follows me, theirs fitted to
 * my screen while I follow them, a frame of their colour round the board that says whom, with Stop
 * (or Escape). When it ends by itself (they left, a loop), a notice says why.
 */
export function Follow({ editor }: { editor: Editor }) {
  const { t } = useTranslation();
  const connection = useRoomConnection();
  usePublishView(editor, connection);
  const { leader, ended, dismiss } = useFollow(editor, connection);
  const stop = (): void => followPerson(null);
  // Only while following, and never an Escape meant for a panel or dialog (pushed after this layer, it
  // would otherwise lose it) but the people list's, where following starts.
  useEscapeLayer((target) => !isEditableTarget(target) && (!isInPanel(target) || inPeopleList(target)), stop, leader !== null);
  useEffect(() => provideWorkshopPart('following', () => followTarget.get()?.person ?? null), []);

  // A notice that ended by itself goes after a while.
  useEffect(() => {
    if (!ended) return;
    const id = setTimeout(dismiss, 6000);
    return () => clearTimeout(id);
  }, [ended, dismiss]);

  return (
    <>
      {leader && (
        <div className="follow-frame" style={{ borderColor: leader.color }} data-testid="follow-frame">
          <div className="follow-label" role="status" style={{ background: leader.color }}>
            <span>{t('day.follow.following', { name: leader.name })}</span>
            <button type="button" className="link-button" data-testid="follow-stop" onClick={stop}>
              {t('day.follow.stop')}
            </button>
          </div>
        </div>
      )}
      {ended && (
        <div className="agenda-notice follow-ended" role="status" data-testid="follow-ended">
          <span>{t(`day.follow.ended.${ended.reason}`, { name: ended.name })}</span>
          <button type="button" className="icon-button" aria-label={t('day.follow.dismiss')} onClick={dismiss}>
            ×
          </button>
        </div>
      )}
    </>
  );
}

const inPeopleList = (target: EventTarget | null): boolean => target instanceof Element && target.closest('.people-list') !== null;

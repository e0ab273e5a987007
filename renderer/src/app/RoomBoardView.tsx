import { useTranslation } from 'react-i18next';
import { isFacilitatorRole } from '@shared/room/roles';
import type * as Y from 'yjs';
import type { RoomConnection } from '../features/room/join-room';
import { PeopleList } from '../features/room/PeopleList';
import { useRoomView } from '../features/room/use-room';
import { useBoardActions } from '../actions/use-actions';
import { BoardScreen, useBoardEditor } from './BoardScreen';

/**
 * A participant's board: the board screen on the room's doc, with who is here and the state of
 * the link to the host. Files stay with the facilitator: a participant's exports are downloads
 * (the HOST writes files for the facilitator only). A co-facilitator (the role the HOST gave at
 * the door, known once joined) gets the research tools; a participant does not, and locks hold.
 */
export function RoomBoardView({ doc, connection }: { doc: Y.Doc; connection: RoomConnection }) {
  const { t } = useTranslation();
  const editor = useBoardEditor(doc, undefined, isFacilitatorRole(connection.role()));
  const actions = useBoardActions(editor);
  const { state, people } = useRoomView(connection);

  const kind = state?.kind ?? 'connecting';
  const message = state?.kind === 'refused' ? t(`room.refused.${state.reason}`) : t(`room.state.${kind === 'refused' ? 'closed' : kind}`);
  return (
    <BoardScreen editor={editor} actions={actions} title={editor.title()} connection={connection} exportApi={null}>
      <aside className="people-float" aria-label={t('room.people')}>
        <p className={`room-state room-${kind}`} data-testid="room-state" data-state={kind}>
          {kind === 'joined' ? t('room.participants', { count: people.length }) : message}
        </p>
        <PeopleList people={people} />
      </aside>
    </BoardScreen>
  );
}

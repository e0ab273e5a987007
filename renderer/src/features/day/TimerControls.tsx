import { ActionButton, useActions } from '../../actions/use-actions';

/**
 * The facilitators' buttons for the shared timer (the same actions as Alt+T, Alt+↑, Alt+↓, Alt+R).
 * A participant's page has none of these actions, so nothing is drawn there.
 */
export function TimerControls() {
  const runner = useActions();
  if (!runner.has('timer-start-pause')) return null;
  return (
    <div className="timer-controls" data-testid="timer-controls">
      <ActionButton action="timer-start-pause" className="icon-button" data-testid="timer-start-pause">
        ⏱
      </ActionButton>
      <ActionButton action="timer-remove-minute" className="icon-button text-button" data-testid="timer-remove-minute">
        −
      </ActionButton>
      <ActionButton action="timer-add-minute" className="icon-button text-button" data-testid="timer-add-minute">
        +
      </ActionButton>
      <ActionButton action="timer-reset" className="icon-button" data-testid="timer-reset">
        ↺
      </ActionButton>
    </div>
  );
}

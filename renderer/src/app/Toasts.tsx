import { useTranslation } from 'react-i18next';
import { useStore } from '../store';
import { dismissToast, toastStore } from './toast-store';

export function Toasts() {
  const { t } = useTranslation();
  const toasts = useStore(toastStore);
  if (toasts.length === 0) return null;
  return (
    <div className="toasts" aria-live="assertive">
      {toasts.map((toast) => (
        <div key={toast.id} className={`toast toast-${toast.kind}`} data-testid="toast" data-kind={toast.kind} role={toast.kind === 'error' ? 'alert' : 'status'}>
          <span>{toast.message}</span>
          {toast.count > 1 && (
            <span className="toast-count" data-testid="toast-count">
              ×{toast.count}
            </span>
          )}
          <button type="button" className="toast-close" aria-label={t('toast.dismiss')} onClick={() => dismissToast(toast.id)}>
            ×
          </button>
        </div>
      ))}
    </div>
  );
}

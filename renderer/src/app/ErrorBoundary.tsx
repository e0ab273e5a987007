import { Component, type ErrorInfo, type ReactNode } from 'react';
import i18n from '../i18n';

interface State {
  error: Error | null;
}

/** A rendering bug shows a clear message and a way out, never a blank window. */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('[tablee] render failed', error, info.componentStack);
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <main className="full-screen" data-testid="crash-screen">
        <div className="full-screen-card">
          <h1>{i18n.t('app.crashed')}</h1>
          <p>{i18n.t('app.crashedDetail')}</p>
          <details className="failure-detail">
            <summary>{i18n.t('failure.detail')}</summary>
            <code>{error.message}</code>
          </details>
          <button type="button" className="primary" onClick={() => location.reload()}>
            {i18n.t('app.reload')}
          </button>
        </div>
      </main>
    );
  }
}

/**
 * The last line of defence: a part of the page that fails to draw shows what
 * went wrong and how to go on, instead of a blank page. The workspace is
 * saved as it was; reloading shows it again.
 */
import { Component, type ReactNode } from 'react';
import i18n from '../i18n';

export class ErrorBoundary extends Component<{ children: ReactNode; area: string }, { error: Error | null }> {
  override state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override render() {
    const e = this.state.error;
    if (!e) return this.props.children;
    return (
      <div className="errors" role="alert" data-testid="draw-error">
        <p>{i18n.t('errors.draw', { area: i18n.t(`areas.${this.props.area}`), detail: e.message.slice(0, 200) })}</p>
        <button onClick={() => this.setState({ error: null })}>{i18n.t('errors.retry')}</button>{' '}
        <button className="secondary" onClick={() => location.reload()}>
          {i18n.t('errors.reload')}
        </button>
      </div>
    );
  }
}

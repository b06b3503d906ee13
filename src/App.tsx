/** The page: header, import, scheme tabs, the editor beside the results, and the panels below. Draws only; every number comes from the hooks. */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BargainingView } from './features/bargaining/BargainingView';
import { ChartsView } from './features/charts/ChartsView';
import { CompareView } from './features/compare/CompareView';
import { CraftsmenView } from './features/craftsmen/CraftsmenView';
import { SchemeEditor } from './features/editor/SchemeEditor';
import { ExportBar } from './features/exports/ExportBar';
import { useExportMeta } from './features/exports/useExports';
import { KeyFigures, MiniFigures } from './features/figures/KeyFigures';
import { ImportPanel, SourceSummary } from './features/import/ImportPanel';
import { ProjectionView } from './features/projection/ProjectionView';
import { DocumentsView } from './features/documents/DocumentsView';
import { InnovationView } from './features/innovation/InnovationView';
import { ComplianceView } from './features/compliance/ComplianceView';
import { TypicalView } from './features/typical/TypicalView';
import { WorkerView } from './features/worker/WorkerView';
import { Header } from './features/workspace/Header';
import { Notices } from './features/workspace/Notices';
import { EngineQuiet } from './features/workspace/EngineQuiet';
import { SchemeTabs } from './features/workspace/SchemeTabs';
import { ShareDialog } from './features/workspace/ShareDialog';
import { SaveTroubleBanner } from './features/workspace/SaveTrouble';
import { useStartup } from './features/workspace/useStartup';
import { useSchemePanel } from './features/workspace/useWorkspaceShell';
import { SchemesProvider, useResultsState } from './query/schemes';
import { ExportMetaProvider } from './ui/ChartCard';
import { ErrorBoundary } from './ui/ErrorBoundary';

export function App() {
  const { t } = useTranslation();
  const start = useStartup();
  if (start.status === 'corrupt') {
    return (
      <main className="app">
        <div className="errors" role="alert" data-testid="corrupt">
          <p>{t('storage.corrupt', { reason: start.reason })}</p>
          <button onClick={() => void start.startFresh()} data-testid="start-fresh">
            {t('actions.fresh')}
          </button>
        </div>
      </main>
    );
  }
  return (
    <SchemesProvider>
      <Page start={start} />
    </SchemesProvider>
  );
}

function Page({ start }: { start: ReturnType<typeof useStartup> }) {
  const { t } = useTranslation();
  return (
    <main className="app">
      <a className="skip-link" href="#scheme-editor" data-testid="skip-editor">
        {t('actions.skipEditor')}
      </a>
      <a className="skip-link" href="#results" data-testid="skip-figures">
        {t('actions.skipFigures')}
      </a>
      <a className="skip-link" href="#worker-lookup" data-testid="skip-worker">
        {t('actions.skipWorker')}
      </a>
      <Header startFresh={start.startFresh} />
      <EngineQuiet />
      <SaveTroubleBanner trouble={start.trouble} onResolve={start.resolveTrouble} file={start.workspaceFile} />
      <Notices />
      {start.share && <ShareDialog share={start.share} onResolve={start.resolveShare} />}
      <ImportPanel />
      <SourceSummary />
      <SchemeTabs />
      <Workspace />
      <footer>{t('app.privacy')}</footer>
    </main>
  );
}

/** Panels below the first screen, mounted one at a time after the first charts are drawn. */
const BELOW = 8;

function Workspace() {
  const { t } = useTranslation();
  const state = useResultsState();
  // On a phone the editor is a drawer opened from a button, so the key figures come first; Esc closes it.
  const [editing, setEditing] = useState(false);
  // Closing the phone's editor gives the keyboard back to the button that opened it (it fell to the page's body).
  const fab = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(false);
  useEffect(() => {
    if (wasEditing.current && !editing) fab.current?.focus();
    wasEditing.current = editing;
  }, [editing]);
  useEffect(() => {
    if (!editing) return;
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && setEditing(false);
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [editing]);
  const panel = useSchemePanel();
  const meta = useExportMeta();
  // The first screen (key figures, comparison, charts) is drawn first; the
  // panels further down mount after the charts, one per task, so the first
  // chart is not kept waiting for them and no mount is one long task.
  const [below, setBelow] = useState(0);
  useEffect(() => {
    if (!state.ready || !state.chartsReady || below >= BELOW) return;
    const h = setTimeout(() => setBelow((n) => n + 1), below === 0 ? 120 : 60);
    return () => clearTimeout(h);
  }, [state.ready, state.chartsReady, below]);
  return (
    <ExportMetaProvider value={meta}>
      <div className="layout" id={panel.id} role="tabpanel" aria-labelledby={panel.labelledBy}>
        {editing && <div className="backdrop phone-only" onClick={() => setEditing(false)} />}
        <aside className={editing ? 'open' : undefined} aria-label={t('actions.editorLabel')} id="scheme-editor" tabIndex={-1}>
          <div className="drawer-head phone-only">
            <span>
              <strong>{t('actions.editorLabel')}</strong>
              <MiniFigures />
            </span>
            <button onClick={() => setEditing(false)} data-testid="close-editor">
              {t('actions.doneEditing')}
            </button>
          </div>
          <ErrorBoundary area="editor">
            <SchemeEditor />
          </ErrorBoundary>
        </aside>
        <button className="edit-fab phone-only" onClick={() => setEditing(true)} aria-expanded={editing} data-testid="open-editor" ref={fab}>
          ✎ {t('actions.editScheme')}
        </button>
        <section className="results" aria-busy={state.busy} data-version={state.version} data-testid="results" id="results" tabIndex={-1} aria-label={t('actions.resultsLabel')}>
          {state.ready && (
            <>
              <ErrorBoundary area="figures">
                <ExportBar />
                <KeyFigures />
              </ErrorBoundary>
              <ErrorBoundary area="compare">
                <CompareView />
              </ErrorBoundary>
              <ErrorBoundary area="charts">
                <ChartsView />
              </ErrorBoundary>
              {below >= 1 && (
                <ErrorBoundary area="craftsmen">
                  <CraftsmenView />
                </ErrorBoundary>
              )}
              {below >= 2 && (
                <ErrorBoundary area="typical">
                  <TypicalView />
                </ErrorBoundary>
              )}
              {below >= 3 && (
                <ErrorBoundary area="bargaining">
                  <BargainingView />
                </ErrorBoundary>
              )}
              {below >= 4 && (
                <ErrorBoundary area="projection">
                  <ProjectionView />
                </ErrorBoundary>
              )}
              {below >= 5 && (
                <ErrorBoundary area="worker">
                  <WorkerView />
                </ErrorBoundary>
              )}
              {below >= 6 && (
                <ErrorBoundary area="documents">
                  <DocumentsView />
                </ErrorBoundary>
              )}
              {below >= 7 && (
                <ErrorBoundary area="innovation">
                  <InnovationView />
                </ErrorBoundary>
              )}
              {below >= 8 && (
                <ErrorBoundary area="compliance">
                  <ComplianceView />
                </ErrorBoundary>
              )}
            </>
          )}
          {!state.ready && <KeyFigures />}
        </section>
      </div>
    </ExportMetaProvider>
  );
}

import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { importWorkforce } from '../models/io/import';
import type { ImportResult } from '../models/io/table';
import { defaultScenario, parseScenarioJson, type Scenario } from '../models/scenario';
import { BargainingPanel } from './components/Bargaining';
import { CompareTable } from './components/Compare';
import { CraftsmenPanel } from './components/Craftsmen';
import { ImportPanel, SourceSummary } from './components/ImportPanel';
import { ProjectionPanel } from './components/Projection';
import { Charts, ExportMetaProvider, KeyFigures } from './components/Results';
import { ExportBar } from './components/ExportBar';
import { fingerprint } from '../models/bargaining';
import { download } from './lib/download';
import { pct } from './lib/format';
import { ScenarioEditor } from './components/ScenarioEditor';
import { WorkerPanel } from './components/WorkerPanel';
import { useEngineClient, useResults } from './engine/useEngine';
import { SAMPLE_FILE, sampleBytes, seedSchemes } from './state/seeds';
import { clearWorkspace, emptyWorkspace, loadWorkspace, newSchemeId, saveWorkspace, schemesFromHash, shareHash, type Scheme, type Workspace } from './state/workspace';

const GUIDELINE_FALLBACK = { lower: 0.02, base: 0.05, upper: 0.08 };

export function App() {
  const { t, i18n } = useTranslation();
  const client = useEngineClient();
  const [ws, setWs] = useState<Workspace>(emptyWorkspace);
  const [status, setStatus] = useState<'loading' | 'ready' | 'corrupt'>('loading');
  const [corruptReason, setCorruptReason] = useState('');
  const [pending, setPending] = useState<ImportResult | null>(null);
  const [lastImport, setLastImport] = useState<ImportResult | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const scenarioInput = useRef<HTMLInputElement>(null);

  const applyImport = useCallback((r: ImportResult, keepSchemes: boolean) => {
    setLastImport(r);
    setPending(null);
    // Craftsman packages name workers by id: those not in the new file are taken out, and the user is told which.
    const ids = new Set(r.workforce.id);
    const removed: string[] = [];
    const prune = (sc: Scheme): Scheme => {
      const kept = sc.scenario.craftsmen.filter((c) => ids.has(c.id));
      if (kept.length === sc.scenario.craftsmen.length) return sc;
      removed.push(...sc.scenario.craftsmen.filter((c) => !ids.has(c.id)).map((c) => `${sc.scenario.name}: ${c.id}`));
      return { ...sc, scenario: { ...sc.scenario, craftsmen: kept } };
    };
    setWs((prev) => {
      const schemes = (keepSchemes && prev.schemes.length ? prev.schemes : seedSchemes().map((scenario) => ({ id: newSchemeId(), scenario }))).map(prune);
      if (removed.length) setNotice(t('import.craftsmenRemoved', { list: [...new Set(removed)].join(', ') }));
      return { ...prev, workforce: r.workforce, source: { file: r.file, encoding: r.encoding, sheet: r.sheet, totalRows: r.totalRows, validRows: r.validRows }, schemes, activeId: prev.activeId && keepSchemes ? prev.activeId : schemes[0]!.id };
    });
  }, [t]);

  const loadSample = useCallback(async () => {
    const r = await importWorkforce(await sampleBytes(), { file: SAMPLE_FILE });
    applyImport(r, false);
  }, [applyImport]);

  // Start: restore the saved workspace, or load the sample enterprise; add schemes from a share link.
  useEffect(() => {
    void (async () => {
      const loaded = await loadWorkspace();
      if (loaded.state === 'corrupt') {
        setCorruptReason(loaded.reason);
        setStatus('corrupt');
        return;
      }
      if (loaded.state === 'ok' && loaded.workspace.workforce) {
        setWs(loaded.workspace);
        setNotice(t('storage.restored'));
      } else {
        await loadSample();
      }
      const shared = schemesFromHash(location.hash);
      if (shared?.length) {
        setWs((prev) => {
          const added = shared.map((scenario) => ({ id: newSchemeId(), scenario }));
          return { ...prev, schemes: [...prev.schemes, ...added], activeId: added[0]!.id };
        });
        history.replaceState(null, '', location.pathname + location.search);
      }
      setStatus('ready');
    })();
    // Runs once at start-up.
  }, []);

  // Autosave (debounced): the workforce and the schemes, in this browser only.
  useEffect(() => {
    if (status !== 'ready') return;
    const h = setTimeout(() => void saveWorkspace(ws).catch((e: unknown) => setNotice(String(e))), 400);
    return () => clearTimeout(h);
  }, [ws, status]);

  const scenarios = useMemo(() => ws.schemes.map((s) => s.scenario), [ws.schemes]);
  const activeIndex = Math.max(0, ws.schemes.findIndex((s) => s.id === ws.activeId));
  const active = ws.schemes[activeIndex];
  const guideline = active?.scenario.guideline ?? GUIDELINE_FALLBACK;
  const engine = useResults(client, ws.workforce, scenarios, guideline, activeIndex);
  const result = engine.results?.[activeIndex] ?? null;
  // Charts and the comparison redraw at low priority: React renders them in slices, so slider drags stay smooth.
  const deferred = useDeferredValue(engine);
  const deferredResult = deferred.results?.[activeIndex] ?? null;

  // The first screen (key figures, comparison, charts) is drawn first; the
  // panels further down mount just after, so the first chart is not kept
  // waiting for them.
  const [below, setBelow] = useState(false);
  useEffect(() => {
    if (!result || below) return;
    const h = setTimeout(() => setBelow(true), 30);
    return () => clearTimeout(h);
  }, [result, below]);
  const pickScheme = useCallback((k: number) => setWs((prev) => ({ ...prev, activeId: prev.schemes[k]?.id ?? prev.activeId })), []);
  const exportNote = active ? t('exports.note', { minWage: active.scenario.minimumMonthlyWage, lower: pct(active.scenario.guideline.lower), base: pct(active.scenario.guideline.base), upper: pct(active.scenario.guideline.upper), guarantee: active.scenario.noLossGuarantee ? '✓' : '✗' }) : '';
  const exportMeta = useMemo(() => (active ? { scheme: active.scenario.name, fingerprint: fingerprint(active.scenario), note: exportNote } : null), [active, exportNote]);
  const updateActive = (scenario: Scenario) => setWs((prev) => ({ ...prev, schemes: prev.schemes.map((s) => (s.id === prev.activeId ? { ...s, scenario } : s)) }));
  const addScheme = (scenario: Scenario) => {
    const scheme: Scheme = { id: newSchemeId(), scenario };
    setWs((prev) => ({ ...prev, schemes: [...prev.schemes, scheme], activeId: scheme.id }));
  };
  const removeActive = () =>
    setWs((prev) => {
      const schemes = prev.schemes.filter((s) => s.id !== prev.activeId);
      const rounds = prev.rounds.filter((r) => r.union !== prev.activeId && r.management !== prev.activeId);
      return { ...prev, schemes, rounds, activeId: schemes[0]?.id ?? null };
    });

  const onFile = async (file: File) => {
    const r = await importWorkforce(new Uint8Array(await file.arrayBuffer()), { file: file.name, minimumMonthlyWage: active?.scenario.minimumMonthlyWage });
    if (r.errors.length) setPending(r);
    else applyImport(r, true);
  };

  const startFresh = async () => {
    await clearWorkspace();
    setWs(emptyWorkspace());
    setStatus('ready');
    await loadSample();
  };

  const switchLang = () => {
    const next = i18n.language === 'en' ? 'zh' : 'en';
    void i18n.changeLanguage(next);
    document.documentElement.lang = next === 'en' ? 'en' : 'zh-CN';
  };

  if (status === 'corrupt') {
    return (
      <main className="app">
        <div className="errors" role="alert" data-testid="corrupt">
          <p>{t('storage.corrupt', { reason: corruptReason })}</p>
          <button onClick={() => void startFresh()} data-testid="start-fresh">
            {t('actions.fresh')}
          </button>
        </div>
      </main>
    );
  }

  return (
    <main className="app">
      <header>
        <div>
          <h1>{t('app.title')}</h1>
          <p className="subtitle">{t('app.subtitle')}</p>
        </div>
        <nav className="actions">
          <button className="secondary" onClick={() => void loadSample()} data-testid="load-sample">
            {t('actions.sample')}
          </button>
          <button
            className="secondary"
            onClick={() => {
              const url = location.origin + location.pathname + shareHash(ws.schemes);
              void navigator.clipboard?.writeText(url).catch(() => undefined);
              setNotice(t('actions.shared'));
            }}
          >
            {t('actions.share')}
          </button>
          {active && (
            <button className="secondary" onClick={() => download(`${active.scenario.name}.json`, JSON.stringify(active.scenario, null, 2), 'application/json')}>
              {t('actions.saveScheme')}
            </button>
          )}
          <button className="secondary" onClick={() => scenarioInput.current?.click()}>
            {t('actions.loadScheme')}
          </button>
          <input
            ref={scenarioInput}
            type="file"
            accept=".json,application/json"
            hidden
            onChange={async (e) => {
              const f = e.target.files?.[0];
              e.target.value = '';
              if (!f) return;
              const r = parseScenarioJson(await f.text());
              if (r.ok) addScheme(r.scenario);
              else setNotice(`${f.name}: ${r.issues.map((i) => `${i.path || '(file)'}: ${i.message}`).join('; ')}`);
            }}
          />
          <button className="secondary" onClick={() => void startFresh()}>
            {t('actions.fresh')}
          </button>
          <button onClick={switchLang} data-testid="lang-switch" lang={i18n.language === 'en' ? 'zh-CN' : 'en'}>
            {t('actions.language')}
          </button>
        </nav>
      </header>
      {notice && (
        <p className="notice" role="status" onClick={() => setNotice(null)}>
          {notice}
        </p>
      )}
      <ImportPanel pending={pending} onFile={(f) => void onFile(f)} onAcceptPartial={() => pending && applyImport(pending, true)} onDismiss={() => setPending(null)} />
      {lastImport && <SourceSummary result={lastImport} />}
      {!lastImport && ws.source && (
        <p className="source">{t('import.read', { file: ws.source.file, rows: ws.source.validRows.toLocaleString('zh-CN') })}</p>
      )}

      <nav className="tabs" aria-label="schemes">
        {ws.schemes.map((s, k) => (
          <button key={s.id} role="tab" aria-selected={k === activeIndex} className={k === activeIndex ? 'tab active' : 'tab'} onClick={() => setWs((prev) => ({ ...prev, activeId: s.id }))} data-testid="scheme-tab">
            {s.scenario.name}
          </button>
        ))}
        <button className="tab add" onClick={() => addScheme(defaultScenario({ name: `${t('actions.add')} ${ws.schemes.length + 1}` }))} data-testid="add-scheme">
          + {t('actions.add')}
        </button>
        {active && (
          <>
            <button className="tab" onClick={() => addScheme({ ...active.scenario, name: `${active.scenario.name} (2)` })} data-testid="duplicate-scheme">
              {t('actions.duplicate')}
            </button>
            <button className="tab" onClick={removeActive} disabled={ws.schemes.length < 2} data-testid="delete-scheme">
              {t('actions.remove')}
            </button>
          </>
        )}
        <button className="tab" onClick={() => seedSchemes().forEach(addScheme)}>
          {t('actions.seeds')}
        </button>
      </nav>

      {engine.error && (
        <p className="errors" role="alert">
          {engine.error}
        </p>
      )}
      <ExportMetaProvider value={exportMeta}>
      <div className="layout">
        <aside>{active && <ScenarioEditor scenario={active.scenario} currentBill={engine.baseline?.wageBill ?? 0} effectivePool={result?.pool ?? active.scenario.annualPool} onChange={updateActive} />}</aside>
        <section className="results" aria-busy={engine.busy} data-version={engine.version} data-testid="results">
          {result && engine.baseline && ws.workforce && (
            <>
              <ExportBar client={client} workforce={ws.workforce} scenarios={scenarios} activeIndex={activeIndex} baseline={engine.baseline} results={engine.results!} note={exportNote} rounds={ws.rounds.map((r) => [ws.schemes.findIndex((s) => s.id === r.union), ws.schemes.findIndex((s) => s.id === r.management)] as [number, number])} />
              <KeyFigures result={result} baseline={engine.baseline} />
              {deferred.results && deferred.baseline && <CompareTable baseline={deferred.baseline} results={deferred.results} guideline={guideline} activeIndex={activeIndex} onPick={pickScheme} />}
              {deferredResult?.charts && deferred.baseline && <Charts result={deferredResult} charts={deferredResult.charts} baseline={deferred.baseline} workforce={ws.workforce} />}
              {below && <CraftsmenPanel client={client} workforce={ws.workforce} scenario={active!.scenario} result={result} onChange={updateActive} />}
              {below && <BargainingPanel client={client} scenario={active!.scenario} schemes={scenarios} currentBill={engine.baseline.wageBill} pool={result.pool} onChange={updateActive} rounds={ws.rounds} schemeIds={ws.schemes.map((s) => s.id)} results={engine.results!} baseline={engine.baseline} onRounds={(rounds) => setWs((prev) => ({ ...prev, rounds }))} active={deferredResult} />}
              {below && <ProjectionPanel client={client} scenario={active!.scenario} />}
              {below && <WorkerPanel client={client} workforce={ws.workforce} scenarios={scenarios} />}
            </>
          )}
        </section>
      </div>
      </ExportMetaProvider>
      <footer>{t('app.privacy')}</footer>
    </main>
  );
}

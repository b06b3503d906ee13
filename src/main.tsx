import '@fontsource/noto-sans-sc/400.css';
import '@fontsource/noto-sans-sc/700.css';
import './styles.css';
import './i18n';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { EngineProvider } from './query/EngineProvider';
import { startServiceWorker } from './pwa';
import { quietLegendIcons } from './ui/legendIcons';
import { noteEdit } from './ui/ChartCard';
import { useWorkspace } from './workspace/store';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <EngineProvider>
      <App />
    </EngineProvider>
  </StrictMode>,
);

startServiceWorker();
quietLegendIcons();
// Charts wait while the scheme is being edited (a slider dragged, a number typed): see ChartCard's queue.
useWorkspace.subscribe((s, prev) => {
  if (s.action !== prev.action && s.action?.kind === 'edit') noteEdit();
});

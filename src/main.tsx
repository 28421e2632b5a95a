import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import * as z from 'zod/mini';
import { ConfigErrorPage } from '@/app/ConfigErrorPage';
import { FullPageLoading } from '@/app/FullPageLoading';
import { loadConsoleConfig } from '@/aws/config';
import { setRuntimeConfig } from '@/aws/runtime-config';
import './index.css';

// zod probes `new Function` to compile faster validators; the CSP forbids eval, so don't ask.
z.config({ jitless: true });

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
const root = createRoot(container);
root.render(<FullPageLoading label="Loading configuration…" />);

// config.json is fetched, not bundled, so one build serves every environment.
const result = await loadConsoleConfig();
if (!result.ok) {
  root.render(<ConfigErrorPage problems={result.problems} />);
} else {
  setRuntimeConfig(result.config);
  const { App } = await import('@/app/App');
  root.render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

import '@/app/zod-config';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ConfigErrorPage } from '@/app/ConfigErrorPage';
import { FullPageLoading } from '@/app/FullPageLoading';
import { loadConsoleConfig } from '@/aws/config';
import { setRuntimeConfig } from '@/aws/runtime-config';
import './index.css';

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
  const loadApp = () => import('@/app/App');
  // What the first page after sign-in needs besides its own chunk: the router and the shell
  // (App), the shell's layout and the signed AWS clients.
  const preloadConsole = () => {
    void loadApp();
    void import('@/app/shell/AppShell');
    void import('@/aws/clients');
  };
  let consoleShown = false;
  const showConsole = async () => {
    if (consoleShown) return;
    consoleShown = true;
    const { App } = await loadApp();
    root.render(
      <StrictMode>
        <App />
      </StrictMode>,
    );
  };
  const { getSession } = await import('@/aws/session');
  if (getSession().status === 'signed-out') {
    // Signed out, only the sign-in page loads; the router and the pages follow the sign-in.
    const { SignedOutStart, signedOutReturnTo } = await import('@/app/sign-in/SignedOutStart');
    root.render(
      <StrictMode>
        <SignedOutStart
          returnTo={signedOutReturnTo()}
          onSigningIn={preloadConsole}
          onSignedIn={() => void showConsole()}
        />
      </StrictMode>,
    );
  } else {
    await showConsole();
  }
}

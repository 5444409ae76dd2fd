import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { I18nProvider } from './i18n/I18nProvider';
import { connectToApp } from './lib/api';
import { startSessionHistory } from './navigation/session-history';
import { BridgeMissingScreen } from './views/MessageScreens';
import './styles/tokens.css';
import './styles/base.css';
import './styles/app-bar.css';
import './styles/controls.css';
import './styles/feedback.css';
import './styles/library.css';
import './styles/reader.css';
import './styles/overlays.css';
import './search/search.css';
// Last: printing overrides every screen rule.
import './styles/print.css';

// Each view places the scroll itself (the library at the article it came
// from, an article at the reader's place); the browser's guess would fight it.
history.scrollRestoration = 'manual';
startSessionHistory();

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element.');

const connection = connectToApp();
if (!connection) document.documentElement.dataset.theme = 'system';

createRoot(container).render(
  <StrictMode>
    <I18nProvider languages={navigator.languages}>
      {connection ? (
        <App api={connection.api} events={connection.events} />
      ) : (
        <BridgeMissingScreen />
      )}
    </I18nProvider>
  </StrictMode>,
);

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { loadMessages, storedLang } from './lib/i18n';
import './styles/tokens.css';
import './styles/app.css';

// The chosen language's messages are loaded before the first paint: no flash of Dutch.
const lang = storedLang();
const messages = await loadMessages(lang);
document.documentElement.lang = lang.toLowerCase();

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App lang={lang} messages={messages} />
    </StrictMode>,
  );
}

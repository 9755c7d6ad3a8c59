// Registers <trial-study> and <trial-card> before React creates them, so React 19 finds their
// `config` property and sets the object on it (an undefined element would get an attribute).
import 'trialkit';
// JSX types for the trialkit elements (types only: nothing is bundled).
import type {} from 'trialkit/react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.js';

createRoot(document.getElementById('app')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

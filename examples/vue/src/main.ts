// Registers <trial-study> and <trial-card> before Vue creates them, so Vue finds their `config`
// property and sets the object on it (an undefined element would get an attribute).
import 'trialkit';
import { createApp } from 'vue';
import { App } from './App.js';

// Vue's runtime-only build with render functions: no template compiler, so no `new Function`.
createApp(App).mount('#app');

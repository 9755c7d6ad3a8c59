import { appRecipeSuite } from './app-recipe-suite.js';

appRecipeSuite('Vue 3', '/examples/vue/index.html', 'vue-recipe');

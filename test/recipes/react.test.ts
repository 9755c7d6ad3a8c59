import { appRecipeSuite } from './app-recipe-suite.js';

appRecipeSuite('React 19', '/examples/react/index.html', 'react-recipe');

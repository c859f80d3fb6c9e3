import {createApp} from 'vue';
// Each element module registers its tag when imported.
import 'pex-connect/pex-conference.js';
import 'pex-connect/pex-presenter.js';
// Template types for <pex-*> (Vue's GlobalComponents): properties and `@pex-*` handlers.
import type {} from 'pex-connect/vue';
import App from './App.vue';

createApp(App).mount('#app');

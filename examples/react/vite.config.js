import {defineConfig} from 'vite';

// No React plugin is needed: Vite compiles the JSX itself. `base: './'` lets the build be served
// from any path.
export default defineConfig({base: './'});

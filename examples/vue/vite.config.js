import vue from '@vitejs/plugin-vue';
import {defineConfig} from 'vite';

export default defineConfig({
  base: './',
  // <pex-*> are custom elements, not Vue components.
  plugins: [vue({template: {compilerOptions: {isCustomElement: (tag) => tag.startsWith('pex-')}}})],
});

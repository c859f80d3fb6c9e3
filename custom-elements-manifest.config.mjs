// The one place the manifest's analysis is configured: used by `npm run analyze` and by the
// tooling test that checks the committed custom-elements.json is current.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/**/*.d.ts'],
  litelement: true,
  // package.json points at custom-elements.json already; the check run must not rewrite it.
  packagejson: false,
};

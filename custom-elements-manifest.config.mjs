// The one place the manifest's analysis is configured: used by `npm run analyze` and by the
// tooling test that checks the committed custom-elements.json is current.
/**
 * Keeps the manifest the same wherever it is made: modules sorted by path (the analyzer lists them
 * in the order the file system returns them, which differs between checkouts), and no private
 * members (`#field`, `private`): the manifest describes the public API, and internals (with their
 * code as "default" values) would make it change with every refactor.
 */
const stablePublicManifest = {
  name: 'stable-public-manifest',
  packageLinkPhase({customElementsManifest}) {
    customElementsManifest.modules?.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    for (const module of customElementsManifest.modules ?? []) {
      for (const declaration of module.declarations ?? []) {
        if (!declaration.members) continue;
        declaration.members = declaration.members.filter(
          (member) => member.privacy !== 'private' && !member.name.startsWith('#')
        );
      }
    }
  },
};

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/**/*.d.ts'],
  litelement: true,
  // package.json points at custom-elements.json already; the check run must not rewrite it.
  packagejson: false,
  plugins: [stablePublicManifest],
};

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

/**
 * Makes the manifest describe the published package: each module by its path in the package
 * (`src/x.ts` → `lib/x.js`), and each tag's definition where `defineElement('pex-x', PexX)`
 * registers it (the analyzer only knows `customElements.define` with literal arguments, and
 * mistook the one in src/define.ts, whose arguments are variables, for a definition).
 */
const packageModules = {
  name: 'package-modules',
  analyzePhase({ts, node, moduleDoc}) {
    if (!ts.isCallExpression(node)) return;
    const callee = node.expression.getText();
    if (callee !== 'defineElement' && callee !== 'customElements.define') return;
    const [tag, constructor] = node.arguments;
    if (!tag || !constructor || !ts.isStringLiteral(tag) || !ts.isIdentifier(constructor)) return;
    (moduleDoc.exports ??= []).push({
      kind: 'custom-element-definition',
      name: tag.text,
      declaration: {name: constructor.text},
    });
  },
  packageLinkPhase({customElementsManifest}) {
    const declaredIn = new Map();
    for (const module of customElementsManifest.modules) {
      for (const declaration of module.declarations ?? []) declaredIn.set(declaration.name, module.path);
    }
    for (const module of customElementsManifest.modules) {
      module.exports = (module.exports ?? []).filter((entry) => {
        if (entry.kind !== 'custom-element-definition') return true;
        entry.declaration.module = declaredIn.get(entry.declaration.name);
        return entry.name.includes('-') && entry.declaration.module !== undefined;
      });
    }
    const inPackage = (path) => path.replace(/^\/?src\/(.*)\.ts$/, 'lib/$1.js');
    const rewrite = (value) => {
      if (Array.isArray(value)) value.forEach(rewrite);
      else if (value && typeof value === 'object') {
        for (const [key, inner] of Object.entries(value)) {
          if ((key === 'path' || key === 'module') && typeof inner === 'string') value[key] = inPackage(inner);
          else rewrite(inner);
        }
      }
    };
    rewrite(customElementsManifest.modules);
  },
};

export default {
  globs: ['src/**/*.ts'],
  // The string catalogues are data, not API: their texts would make up a third of the manifest.
  exclude: ['src/**/*.styles.ts', 'src/**/*.d.ts', 'src/i18n/*/*.ts', 'src/i18n/??.ts'],
  litelement: true,
  // package.json points at custom-elements.json already; the check run must not rewrite it.
  packagejson: false,
  plugins: [packageModules, stablePublicManifest],
};

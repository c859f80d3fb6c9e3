// Generates, from custom-elements.json, what frameworks and editors read about the elements:
//   lib/frameworks/react.d.ts         JSX types for React 19 (`import type {} from 'pex-connect/react'`)
//   lib/frameworks/vue.d.ts           Vue 3 `GlobalComponents` (`import type {} from 'pex-connect/vue'`)
//   lib/vscode.html-custom-data.json  VS Code's HTML custom data (`html.customData`)
//   lib/web-types.json                JetBrains web-types (package.json `web-types`)
// `npm run build` runs it after the declarations are written; the types refer to the classes in
// lib/index.d.ts, so property types are the classes' own and never drift from the code.
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {repoRoot} from './paths.mjs';

const outDir = join(repoRoot, process.argv[2] ?? 'lib');
const manifest = JSON.parse(readFileSync(join(repoRoot, 'custom-elements.json'), 'utf8'));
const packageJson = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));

/** The public elements: documented custom elements that some module defines. */
function publicElements() {
  const defined = new Set(
    manifest.modules.flatMap((module) =>
      (module.exports ?? []).filter((entry) => entry.kind === 'custom-element-definition').map((entry) => entry.name)
    )
  );
  return manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration) => declaration.customElement && defined.has(declaration.tagName))
    .sort((a, b) => (a.tagName < b.tagName ? -1 : 1));
}

/** Fields a framework may set: public, not static, not read-only. */
const settableFields = (element) =>
  (element.members ?? []).filter(
    (member) => member.kind === 'field' && !member.static && !member.readonly && (member.privacy ?? 'public') === 'public'
  );

/** Attributes that no field of the same name covers (set as attributes by React and Vue). */
const attributeOnly = (element) => {
  const fields = new Set(settableFields(element).map((field) => field.name));
  return (element.attributes ?? []).filter((attribute) => !fields.has(attribute.name));
};

const attributeType = (attribute) => {
  const text = attribute.type?.text ?? 'string';
  if (text === 'boolean') return 'boolean';
  if (text === 'number') return 'number | string';
  return /^('[^']*'\s*\|\s*)*'[^']*'$/.test(text) ? text : 'string';
};

const eventNames = (element) => (element.events ?? []).map((event) => event.name).filter((name) => name.startsWith('pex-'));

const camel = (name) => name.replace(/-(\w)/g, (_match, letter) => letter.toUpperCase());
const pascal = (name) => camel(name).replace(/^\w/, (letter) => letter.toUpperCase());
const quote = (name) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : `'${name}'`);
const docComment = (text, indent) =>
  text ? `${indent}/** ${text.replace(/\*\//g, '*\\/').replace(/\n/g, `\n${indent} * `)} */\n` : '';

/** One interface per element: its settable properties, its other attributes, and its events. */
function propsInterface(element, eventProp) {
  const lines = [];
  for (const field of settableFields(element)) {
    lines.push(`${docComment(field.description, '  ')}  ${quote(field.name)}?: ${element.name}['${field.name}'];`);
  }
  for (const attribute of attributeOnly(element)) {
    lines.push(`${docComment(attribute.description, '  ')}  ${quote(attribute.name)}?: ${attributeType(attribute)};`);
  }
  for (const event of element.events ?? []) {
    if (!event.name.startsWith('pex-')) continue;
    lines.push(
      `${docComment(event.description, '  ')}  ${quote(eventProp(event.name))}?: (event: PexEvent<'${event.name}'>) => void;`
    );
  }
  return `${docComment(element.summary ?? element.description?.split('\n\n')[0], '')}export interface ${element.name}Props {\n${lines.join('\n')}\n}`;
}

const HEADER = '// Generated from custom-elements.json by scripts/framework-types.mjs: do not edit.\n';

function classImports(elements) {
  return `import type {${elements.map((element) => element.name).join(', ')}, PexEvent} from '../index.js';\n`;
}

function reactTypes(elements) {
  // React 19 sets a prop as a property when the element has it (`name in element`), otherwise as
  // an attribute, and `on<event-name>` adds a listener for `<event-name>`.
  const interfaces = elements.map((element) => propsInterface(element, (name) => `on${name}`));
  const intrinsic = elements.map(
    (element) =>
      `      '${element.tagName}': Omit<DetailedHTMLProps<HTMLAttributes<${element.name}>, ${element.name}>, keyof ${element.name}Props> & ${element.name}Props;`
  );
  return `${HEADER}import type {DetailedHTMLProps, HTMLAttributes} from 'react';
${classImports(elements)}
${interfaces.join('\n\n')}

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
${intrinsic.join('\n')}
    }
  }
}
`;
}

function vueTypes(elements) {
  // Vue sets a binding as a property when the element has it, and `@pex-joined` is the prop
  // `onPexJoined`, which it listens to as the event `pex-joined`.
  const interfaces = elements.map((element) => propsInterface(element, (name) => `on${pascal(name)}`));
  const components = elements.map((element) => `    '${element.tagName}': DefineComponent<${element.name}Props>;`);
  return `${HEADER}import type {DefineComponent} from 'vue';
${classImports(elements)}
${interfaces.join('\n\n')}

declare module 'vue' {
  interface GlobalComponents {
${components.join('\n')}
  }
}
`;
}

/** `'a' | 'b'` → the values an editor offers. */
const literalValues = (attribute) => [...(attribute.type?.text ?? '').matchAll(/'([^']*)'/g)].map((match) => match[1]);

function vscodeData(elements) {
  return {
    version: 1.1,
    tags: elements.map((element) => ({
      name: element.tagName,
      description: element.description ?? element.summary ?? '',
      attributes: (element.attributes ?? []).map((attribute) => {
        const values = literalValues(attribute);
        return {
          name: attribute.name,
          description: attribute.description ?? '',
          ...(attribute.type?.text === 'boolean' ? {valueSet: 'v'} : {}),
          ...(values.length ? {values: values.map((name) => ({name}))} : {}),
        };
      }),
      references: [{name: 'README', url: `${packageJson.homepage.replace(/#.*$/, '')}#${element.tagName}`}],
    })),
  };
}

function webTypes(elements) {
  return {
    $schema: 'https://json.schemastore.org/web-types',
    name: packageJson.name,
    version: packageJson.version,
    'description-markup': 'markdown',
    contributions: {
      html: {
        elements: elements.map((element) => ({
          name: element.tagName,
          description: element.description ?? element.summary ?? '',
          attributes: (element.attributes ?? []).map((attribute) => {
            const values = literalValues(attribute);
            return {
              name: attribute.name,
              description: attribute.description ?? '',
              value:
                attribute.type?.text === 'boolean'
                  ? {type: 'boolean', required: false}
                  : values.length
                    ? {type: 'enum', required: false}
                    : {type: 'string', required: false},
              ...(values.length ? {values: values.map((name) => ({name}))} : {}),
            };
          }),
          events: eventNames(element).map((name) => ({
            name,
            description: element.events.find((event) => event.name === name).description ?? '',
          })),
          js: {
            properties: settableFields(element).map((field) => ({
              name: field.name,
              description: field.description ?? '',
              ...(field.type?.text ? {type: field.type.text} : {}),
            })),
            events: eventNames(element).map((name) => ({name})),
          },
        })),
      },
    },
  };
}

const elements = publicElements();
mkdirSync(join(outDir, 'frameworks'), {recursive: true});
writeFileSync(join(outDir, 'frameworks/react.d.ts'), reactTypes(elements));
writeFileSync(join(outDir, 'frameworks/vue.d.ts'), vueTypes(elements));
writeFileSync(join(outDir, 'vscode.html-custom-data.json'), `${JSON.stringify(vscodeData(elements), null, 2)}\n`);
writeFileSync(join(outDir, 'web-types.json'), `${JSON.stringify(webTypes(elements), null, 2)}\n`);

// The custom-elements manifest: Storybook's docs tables and editors read every element's
// attributes, events, parts and CSS properties from it (the classes' JSDoc), and
// scripts/framework-types.mjs generates the React and Vue typings from it.
//
// It describes the published package, not the source tree:
// - module paths name the shipped files (src/ui/base-element.ts -> dist/ui/base-element.js,
//   whose types are dist/ui/base-element.d.ts; the library build keeps one file per module);
// - each `define` module declares the element it registers (`defineElement('bw-x', Class)`),
//   as a `custom-element-definition` export;
// - each event carries the type it has in `HTMLElementEventMap` (`CustomEvent<Detail>`), the
//   one declaration the classes, `emit()` and `addEventListener` share.
import { posix } from 'node:path';

/** `src/ui/base-element.ts` (or `/src/ui/base-element.js`, as the analyzer writes superclass links) -> `dist/ui/base-element.js` */
export const shippedPath = (path) => path.replace(/^\/?src\/(.+)\.(ts|js)$/, 'dist/$1.js');

function shippedPaths(value) {
  if (Array.isArray(value)) value.forEach(shippedPaths);
  else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      if ((key === 'path' || key === 'module') && typeof child === 'string') value[key] = shippedPath(child);
      else shippedPaths(child);
    }
  }
}

/** Finds `defineElement('bw-x', Class)` calls and the modules their classes come from. */
function elementDefinitions() {
  return {
    name: 'bridgeway-element-definitions',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isSourceFile(node)) return;
      const imported = new Map();
      for (const statement of node.statements) {
        if (!ts.isImportDeclaration(statement) || !statement.importClause?.namedBindings) continue;
        const bindings = statement.importClause.namedBindings;
        if (!ts.isNamedImports(bindings)) continue;
        const from = posix.join(posix.dirname(moduleDoc.path), statement.moduleSpecifier.text).replace(/\.js$/, '.ts');
        for (const element of bindings.elements) imported.set(element.name.text, from);
      }
      for (const statement of node.statements) {
        const call = ts.isExpressionStatement(statement) ? statement.expression : undefined;
        if (!call || !ts.isCallExpression(call) || call.expression.getText() !== 'defineElement') continue;
        const [tag, constructor] = call.arguments;
        if (!tag || !ts.isStringLiteral(tag) || !constructor || !ts.isIdentifier(constructor)) continue;
        moduleDoc.exports.push({
          kind: 'custom-element-definition',
          name: tag.text,
          declaration: { name: constructor.text, module: imported.get(constructor.text) ?? moduleDoc.path },
        });
      }
    },
  };
}

/** Types every event from its `HTMLElementEventMap` entry; drops what is no event at all. */
function eventTypes() {
  const declared = new Map();
  return {
    name: 'bridgeway-event-types',
    collectPhase({ ts, node }) {
      if (!ts.isInterfaceDeclaration(node) || node.name.text !== 'HTMLElementEventMap') return;
      for (const member of node.members) {
        if (ts.isPropertySignature(member) && member.type && ts.isStringLiteral(member.name)) {
          declared.set(member.name.text, member.type.getText());
        }
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const declaration of customElementsManifest.modules.flatMap((module) => module.declarations ?? [])) {
        if (!declaration.events) continue;
        // `emit(type, detail)` makes the analyzer report an event literally named "type":
        // an event neither documented (@fires) nor declared in the map is not one.
        declaration.events = declaration.events.filter((event) => event.description || declared.has(event.name));
        for (const event of declaration.events) {
          if (declared.has(event.name)) event.type = { text: declared.get(event.name) };
        }
      }
    },
  };
}

export default {
  globs: ['src/widgets/**/*.ts', 'src/ui/configured-element.ts', 'src/ui/base-element.ts', 'src/ui/provider/provider.ts', 'src/ui/provider/define.ts'],
  exclude: ['**/*.styles.ts'],
  litelement: true,
  // package.json's "customElements" field is written by hand; never rewrite it.
  packagejson: false,
  plugins: [
    elementDefinitions(),
    eventTypes(),
    {
      name: 'bridgeway-shipped-paths',
      packageLinkPhase({ customElementsManifest }) {
        // A module of types only (a controller's host interface) declares nothing that runs,
        // and the build emits no .js for it: nothing to list.
        customElementsManifest.modules = customElementsManifest.modules.filter((module) => module.declarations?.length || module.exports?.length);
        shippedPaths(customElementsManifest.modules);
      },
    },
  ],
};

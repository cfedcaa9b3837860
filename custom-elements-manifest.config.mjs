// The custom-elements manifest: Storybook's docs tables and editors read every element's
// attributes, events, parts and CSS properties from it (the classes' JSDoc).
export default {
  globs: ['src/widgets/**/*.ts', 'src/ui/configured-element.ts', 'src/ui/base-element.ts', 'src/ui/provider/provider.ts'],
  exclude: ['**/*.styles.ts'],
  litelement: true,
  // package.json's "customElements" field is written by hand; never rewrite it.
  packagejson: false,
};

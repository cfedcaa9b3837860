// Rollup plugin for the self-contained CDN bundles. @lit/localize looks a translation up by the
// message's `id`; for a `msg()` without one it hashes the source text (FNV-1a 64, about 0.24 kB
// gzip in every element's first download). Every `msg()` in src/ names its id
// (test/tooling/locales.test.ts fails on one that does not), and no unit of locales/*.xlf has a
// hashed id, so that hash can never find a translation: this plugin gives the runtime an id
// generator that names none, and an id-less message shows its source text, as it would anyway.
// The npm build (`lib`) imports @lit/localize and is left as it is.
const ID_GENERATION = /[\\/]node_modules[\\/]@lit[\\/]localize[\\/]internal[\\/]id-generation\.js$/;

export const NO_GENERATED_ID = `// explicit-message-ids: every msg() names its id, so no hashed id is ever looked up.
export const HASH_DELIMITER = '\\x1e';
export const generateMsgId = () => '';
`;

export default function explicitMessageIds() {
  return {
    name: 'explicit-message-ids',
    load(id) {
      return ID_GENERATION.test(id) ? NO_GENERATED_ID : null;
    },
  };
}

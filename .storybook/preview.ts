import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
// Generated from the elements' JSDoc by `npm run manifest` (run by the storybook scripts).
import manifest from '../custom-elements.json';
import { html } from 'lit';
import '../src/ui/provider/define.js';

setCustomElementsManifest(manifest);

const preview: Preview = {
  tags: ['autodocs'],
  globalTypes: {
    locale: {
      description: 'Language of the Bridgeway elements',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: ['en', 'fr', 'es', 'ar', 'uk', 'zh-Hans', 'pt-BR', 'hi'],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Bridgeway theme',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        items: ['auto', 'light', 'dark', 'high-contrast'],
        dynamicTitle: true,
      },
    },
    brand: {
      description: "A host's brand colour (--bw-color-primary): every theme keeps it readable",
      toolbar: {
        title: 'Brand',
        icon: 'paintbrush',
        items: [
          { value: '', title: 'No brand colour' },
          { value: '#0b5c57', title: 'Dark brand colour (#0b5c57)' },
          { value: '#ffd400', title: 'Light brand colour (#ffd400)' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'en', theme: 'auto', brand: '' },
  // Every story runs inside a provider pointed at the reference server (`npm start`).
  decorators: [
    (story, context) => html`<bw-provider
      endpoint=${context.parameters.bridgewayEndpoint ?? 'http://localhost:8787'}
      publishable-key="pk_demo_bridgeway"
      locale=${context.globals.locale}
      theme=${context.globals.theme}
      style=${context.globals.brand ? `--bw-color-primary: ${context.globals.brand}` : ''}
      >${story()}</bw-provider
    >`,
  ],
  parameters: {
    controls: { expanded: true },
  },
};

export default preview;

import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
// Generated from the elements' JSDoc by `npm run manifest` (run by the storybook scripts).
import manifest from '../custom-elements.json';

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
  },
  initialGlobals: { locale: 'en', theme: 'auto' },
  parameters: {
    controls: { expanded: true },
  },
};

export default preview;

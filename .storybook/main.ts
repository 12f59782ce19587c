import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  // No look-ups to the outside: they fail on closed networks and make the build slower.
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // An empty icon, so the preview does not request a /favicon.ico that does not exist.
  previewHead: (head) => `${head}<link rel="icon" href="data:," />`,
};

export default config;

/** Each element prerendered, by tag (see `.storybook/main.ts`). */
declare module 'virtual:prerendered' {
  const pages: Record<string, string>;
  export default pages;
}

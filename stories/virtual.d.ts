/** Each element prerendered, by tag (see `.storybook/main.ts`). */
declare module 'virtual:prerendered' {
  const pages: Record<string, string>;
  export default pages;
}

/** Each element's embed page, as an iframe snippet to paste, by tag (see `.storybook/main.ts`). */
declare module 'virtual:embed-snippets' {
  const snippets: Record<string, string>;
  export default snippets;
}

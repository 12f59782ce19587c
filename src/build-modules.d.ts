// Modules the build writes (the plugins in scripts/): their types.

/** Each element's module, which defines its tag and exports its class, and one with them all (`scripts/elements.mjs`); their types are the elements' own modules. */
declare module '#elements' {}
declare module '#elements/*' {}

/** The names elements need from data files they do not show (`scripts/data-names.mjs`); typed in `data/member-states.ts`, `forum-names.ts`, `body-names.ts` and `source-names.ts`. */
declare module '#data-names/*' {
  const names: unknown[];
  export default names;
}

// custom-elements.json describes the public API only: private (#) and protected members of the
// element classes are implementation, not something a page or framework may use.
export default {
  globs: ['src/**/*.ts'],
  outdir: '.',
  litelement: true,
  plugins: [
    {
      name: 'public-members-only',
      packageLinkPhase({ customElementsManifest }) {
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            if (!declaration.members) continue;
            declaration.members = declaration.members.filter(
              (member) => (!member.privacy || member.privacy === 'public') && !member.name.startsWith('#'),
            );
          }
        }
      },
    },
  ],
};

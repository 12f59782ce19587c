// `npm start`: serves the built drop-in bundle and the demo page that embeds it with one script tag.
export default {
  rootDir: '.',
  open: process.env.CI ? false : '/demo/',
  hostname: 'localhost',
  port: 8000,
  watch: false,
};

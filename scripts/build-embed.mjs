// Writes dist/embed/: a page and an oEmbed response for every element in its example configuration
// (`customs-widgets embed`, the same code an agency runs for other configurations), and the
// pages' stylesheet. The pages' script, dist/embed/embed-frame.js, comes from Rollup.
//
// CUSTOMS_WIDGETS_EMBED_BASE_URL, when set, is the absolute URL dist/embed/ will be served at: the
// pages' canonical and oEmbed links, and the iframes in their oEmbed responses, are then absolute,
// as a CMS that fetches an oEmbed response needs them. Without it they are relative to the page.
import { writeFileSync } from 'node:fs';

const { EMBED_STYLESHEET } = await import('../dist/lib/embed.js');
const { main } = await import('../dist/lib/prerender-command.js');

const baseUrl = process.env.CUSTOMS_WIDGETS_EMBED_BASE_URL;
process.exitCode = await main(['embed', '--out', 'dist/embed', ...(baseUrl ? ['--base-url', baseUrl] : [])]);
writeFileSync('dist/embed/embed-frame.css', EMBED_STYLESHEET);

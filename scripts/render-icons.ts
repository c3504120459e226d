// Renders the app icon (apps/web/public/icons/icon.svg) to the PNG sizes the web app
// manifest lists. Run after changing the SVG: npx tsx scripts/render-icons.ts
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { freshProfile } from '../e2e/browser.js';

const icons = join(import.meta.dirname, '..', 'apps', 'web', 'public', 'icons');
const svg = readFileSync(join(icons, 'icon.svg'), 'utf8');
const dataUrl = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;

const profile = await freshProfile();
const page = await profile.context.newPage();
for (const [name, size, maskable] of [
  ['icon-192.png', 192, false],
  ['icon-512.png', 512, false],
  ['icon-maskable-512.png', 512, true],
] as const) {
  await page.setViewportSize({ width: size, height: size });
  const inner = maskable ? Math.round(size * 0.8) : size;
  await page.setContent(
    `<body style="margin:0;display:grid;place-items:center;width:${size}px;height:${size}px;background:${maskable ? '#0b4f8a' : 'transparent'}"><img src="${dataUrl}" width="${inner}" height="${inner}"></body>`,
  );
  await page.screenshot({ path: join(icons, name), omitBackground: !maskable });
}
await profile.close();

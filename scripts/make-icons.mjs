// npm run icons: renders the app icon (assets/icon.svg, hand-written) to the
// PNG sizes a home screen asks for, in the local Chromium. The maskable icon
// keeps the artwork inside the middle 80% that every mask shape leaves visible.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, requireChromium } from './find-chromium.mjs';

const OUT = 'public/icons';
const svg = readFileSync('assets/icon.svg', 'utf8');
const BACKGROUND = '#fff8ec'; // the icon's own paper colour, so a mask never shows a seam
/** Maskable icons may be cut to a circle of 80% of their width (W3C manifest spec). */
const MASKABLE_SAFE_ZONE = 0.8;

const ICONS = [
  { file: 'icon-192.png', size: 192, scale: 1, opaque: false },
  { file: 'icon-512.png', size: 512, scale: 1, opaque: false },
  { file: 'maskable-512.png', size: 512, scale: MASKABLE_SAFE_ZONE, opaque: true },
  // iOS fills transparency with black and rounds the corners itself.
  { file: 'apple-touch-icon-180.png', size: 180, scale: 1, opaque: true },
];

const browser = await chromium.launch({ executablePath: await requireChromium(), args: CHROMIUM_ARGS });
const page = await browser.newPage({ deviceScaleFactor: 1 });
mkdirSync(OUT, { recursive: true });
for (const { file, size, scale, opaque } of ICONS) {
  await page.setViewportSize({ width: size, height: size });
  const art = size * scale;
  const inset = (size - art) / 2;
  await page.setContent(`<body style="margin:0;background:${opaque ? BACKGROUND : 'transparent'}">
    <div style="position:absolute;left:${inset}px;top:${inset}px;width:${art}px;height:${art}px">${svg.replace('<svg ', `<svg width="${art}" height="${art}" `)}</div></body>`);
  writeFileSync(`${OUT}/${file}`, await page.screenshot({ omitBackground: !opaque }));
  console.log(`${OUT}/${file}`);
}
await browser.close();

import * as fs from 'node:fs';
import * as path from 'node:path';
import sharp from 'sharp';

// Renders the marketplace icon (media/icon.png, 128x128) from the activity-bar glyph on a coloured
// tile. Run after changing media/icons/paymo.svg: `npx tsx scripts/renderIcon.ts`.
const root = path.resolve(__dirname, '..');
const glyph = fs.readFileSync(path.join(root, 'media', 'icons', 'paymo.svg'), 'utf8');
const inner = glyph.replace(/^[\s\S]*?<svg[^>]*>/, '').replace(/<\/svg>\s*$/, '');

const tile = `<svg xmlns="http://www.w3.org/2000/svg" width="128" height="128" viewBox="0 0 128 128">
  <rect width="128" height="128" rx="24" fill="#1f6feb"/>
  <g transform="translate(16 16) scale(4)" fill="none" stroke="#ffffff" stroke-width="1.5"
     stroke-linecap="round" stroke-linejoin="round">${inner}</g>
</svg>`;

sharp(Buffer.from(tile))
  .png()
  .toFile(path.join(root, 'media', 'icon.png'))
  .then((info) => console.log(`media/icon.png: ${info.width}x${info.height}, ${info.size} bytes`));

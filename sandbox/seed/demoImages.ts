import sharp from 'sharp';
import { prepareImage, type PreparedImage } from '../images';

// Demo pictures made with sharp at seed time: a few avatars (a silhouette on a coloured ground)
// and logos (a shape on a coloured square) in the three accepted formats. Each picture is
// prepared once and copied to the objects that use it, which keeps seeding fast.

const COLOURS = ['#3b82f6', '#ef4444', '#10b981', '#f59e0b', '#8b5cf6', '#ec4899', '#14b8a6', '#64748b'];
const FORMATS = ['png', 'jpeg', 'png', 'gif'] as const;

function avatarSvg(colour: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="256" height="256">
    <rect width="256" height="256" fill="${colour}"/>
    <circle cx="128" cy="100" r="52" fill="#ffffff" fill-opacity="0.85"/>
    <ellipse cx="128" cy="250" rx="92" ry="78" fill="#ffffff" fill-opacity="0.85"/></svg>`;
}

function logoSvg(colour: string, index: number): string {
  const shapes = [
    '<polygon points="128,40 216,200 40,200" fill="#fff"/>',
    '<rect x="64" y="64" width="128" height="128" rx="24" fill="#fff"/>',
    '<polygon points="128,32 224,128 128,224 32,128" fill="#fff"/>',
    '<circle cx="128" cy="128" r="80" fill="none" stroke="#fff" stroke-width="28"/>',
  ];
  return `<svg xmlns="http://www.w3.org/2000/svg" width="256" height="256">
    <rect width="256" height="256" rx="32" fill="${colour}"/>${shapes[index % shapes.length]}</svg>`;
}

async function render(svg: string, format: (typeof FORMATS)[number]): Promise<PreparedImage> {
  const bytes = await sharp(Buffer.from(svg)).toFormat(format).toBuffer();
  return prepareImage({ bytes, fileName: `demo.${format}`, truncated: false });
}

export interface DemoPictures {
  avatars: PreparedImage[];
  logos: PreparedImage[];
}

// Made once per process: test suites start many sandboxes, and the pictures never change.
let made: Promise<DemoPictures> | undefined;

export function demoPictures(): Promise<DemoPictures> {
  made ??= makePictures();
  return made;
}

async function makePictures(): Promise<DemoPictures> {
  const [avatars, logos] = await Promise.all([
    Promise.all(COLOURS.map((colour, i) => render(avatarSvg(colour), FORMATS[i % FORMATS.length]!))),
    Promise.all(COLOURS.slice(0, 4).map((colour, i) => render(logoSvg(colour, i), 'png'))),
  ]);
  return { avatars, logos };
}

import { svgMarkup } from './svg';

/**
 * Pip, the guide: a round teal bird drawn by this project (assets/CREDITS.md).
 * Flat rounded shapes, two or three colours each, soft thick outlines. Each
 * part is its own picture so that the stage animates Pip by transforms alone
 * (src/stage/guide-character.ts): the body bobs and squashes, the eyes blink
 * by squeezing, the wings wave. These are SVG markup strings, with no DOM, so
 * that the stage and the pages can show them as they are; the hand is baked
 * into a texture for the canvas.
 */

/** Pip's parts share one 120 × 120 box, so they stack without offsets. */
export const GUIDE_BOX = 120;

const OUTLINE = '#23656a';
const BODY = '#4cc3b5';
const BELLY = '#fff1d6';
const BEAK = '#ffa63d';
const BEAK_EDGE = '#d9781a';
const CHEEK = '#ff9fb2';
const EYE = '#2d2250';

export type GuideBody = 'calm' | 'cheer';
export type GuideEyes = 'open' | 'down' | 'happy';

/** Baked at twice the box's size: sharp on a high-DPI tablet at the guide's height. */
const wrap = (inner: string) => svgMarkup(GUIDE_BOX, GUIDE_BOX, { width: String(GUIDE_BOX * 2), height: String(GUIDE_BOX * 2) }, inner);

/** The body with its belly, feet, cheeks and beak; `cheer` opens the beak wide. */
export function guideBody(body: GuideBody): string {
  const beak = body === 'cheer'
    ? `<path d="M52 62 L68 62 L60 58 Z" fill="${BEAK}" stroke="${BEAK_EDGE}" stroke-width="2.5" stroke-linejoin="round"/><path d="M50 63 Q60 84 70 63 Z" fill="#e0556e" stroke="${BEAK_EDGE}" stroke-width="2.5" stroke-linejoin="round"/>`
    : `<path d="M52 60 Q60 72 68 60 Q60 56 52 60 Z" fill="${BEAK}" stroke="${BEAK_EDGE}" stroke-width="2.5" stroke-linejoin="round"/>`;
  return wrap(
    `<path d="M46 104 l-6 8 M50 104 l0 9 M74 104 l6 8 M70 104 l0 9" stroke="${BEAK_EDGE}" stroke-width="4" stroke-linecap="round"/>` +
    `<path d="M60 10 C92 10 106 40 104 66 C102 94 84 106 60 106 C36 106 18 94 16 66 C14 40 28 10 60 10 Z" fill="${BODY}" stroke="${OUTLINE}" stroke-width="5"/>` +
    `<ellipse cx="60" cy="80" rx="28" ry="22" fill="${BELLY}"/>` +
    `<path d="M52 14 Q56 2 62 12 Q66 4 70 14" fill="none" stroke="${OUTLINE}" stroke-width="4" stroke-linecap="round"/>` +
    `<circle cx="34" cy="60" r="7" fill="${CHEEK}" opacity="0.8"/><circle cx="86" cy="60" r="7" fill="${CHEEK}" opacity="0.8"/>` +
    beak,
  );
}

/** Both eyes; the scene squeezes this picture to blink. */
export function guideEyes(eyes: GuideEyes): string {
  if (eyes === 'happy') {
    return wrap(`<path d="M36 48 Q44 38 52 48 M68 48 Q76 38 84 48" fill="none" stroke="${EYE}" stroke-width="5" stroke-linecap="round"/>`);
  }
  const look = eyes === 'down' ? 4 : 0;
  const eye = (cx: number) =>
    `<ellipse cx="${cx}" cy="46" rx="8" ry="10" fill="white" stroke="${OUTLINE}" stroke-width="2"/>` +
    `<circle cx="${cx}" cy="${47 + look}" r="5.5" fill="${EYE}"/><circle cx="${cx + 2}" cy="${44 + look}" r="2" fill="white"/>`;
  return wrap(eye(44) + eye(76));
}

/** One wing, the left; the scene mirrors it for the right and turns it to wave. Its shoulder is at (22, 62). */
export function guideWing(): string {
  return wrap(`<path d="M26 54 C8 50 -2 68 2 86 C14 84 24 76 28 66 Z" fill="${BODY}" stroke="${OUTLINE}" stroke-width="4" stroke-linejoin="round"/>`);
}

/** Where a wing's shoulder sits in the box: the point it turns about. */
export const WING_SHOULDER = { x: 22, y: 62 } as const;

/** The whole of Pip at rest, for pages (the sticker book's cover, the settings' preview). */
export function guidePicture(): string {
  const inner = (markup: string) => markup.replace(/^<svg[^>]*>|<\/svg>$/g, '');
  const wing = inner(guideWing());
  return wrap(`<g>${wing}</g><g transform="translate(${GUIDE_BOX} 0) scale(-1 1)">${wing}</g>${inner(guideBody('calm'))}${inner(guideEyes('open'))}`);
}

/**
 * A pointing hand in a white cartoon glove (no skin tone to choose), the
 * index finger up and to the left. Its fingertip, where a touch lands, is at
 * FINGERTIP in the box.
 */
export function demoHand(): string {
  return wrap(
    `<path d="M40 14 C40 6 52 6 52 14 L52 54 C56 46 68 48 66 58 C72 52 82 56 78 66 C86 62 94 68 88 78 L84 96 C80 110 66 116 52 114 C36 112 28 100 28 86 L28 66 C28 58 40 56 40 64 Z" fill="white" stroke="${EYE}" stroke-width="4" stroke-linejoin="round"/>`,
  );
}

/** The hand's fingertip in its box: the point placed where the demonstration touches. */
export const FINGERTIP = { x: 46, y: 10 } as const;

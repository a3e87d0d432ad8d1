import { svgMarkup } from '../../pictures/svg';

const INK = '#2d2250';

/**
 * The mouse a child leads through the maze, seen from above with its nose
 * up (the scene turns it the way it goes): a round grey body, big pink ears
 * and a curling tail. Drawn by this project (assets/CREDITS.md).
 */
export function mouse(): string {
  return svgMarkup(40, 56, { width: '80', height: '112' },
    `<path d="M20 40 C20 48 28 50 26 55" fill="none" stroke="#e58fa5" stroke-width="2.5" stroke-linecap="round"/>` +
    `<circle cx="9" cy="14" r="7" fill="#f6b9c8" stroke="${INK}" stroke-width="2"/><circle cx="31" cy="14" r="7" fill="#f6b9c8" stroke="${INK}" stroke-width="2"/>` +
    `<path d="M20 3 C30 10 34 22 33 31 C32 40 27 44 20 44 C13 44 8 40 7 31 C6 22 10 10 20 3 Z" fill="#a9a4bd" stroke="${INK}" stroke-width="2.5" stroke-linejoin="round"/>` +
    `<circle cx="20" cy="4.5" r="2.4" fill="#e5566e"/>` +
    `<circle cx="15.5" cy="13" r="2.2" fill="${INK}"/><circle cx="24.5" cy="13" r="2.2" fill="${INK}"/>` +
    `<circle cx="16.2" cy="12.3" r="0.8" fill="white"/><circle cx="25.2" cy="12.3" r="0.8" fill="white"/>`);
}

/** The mouse's goal: a wedge of cheese with holes. */
export function cheese(): string {
  return svgMarkup(48, 40, { width: '96', height: '80' },
    `<path d="M4 34 L4 18 L44 6 L44 34 Z" fill="#ffd54a" stroke="${INK}" stroke-width="2.5" stroke-linejoin="round"/>` +
    `<path d="M4 18 L44 6 L44 12 L4 24 Z" fill="#ffe89a" stroke="${INK}" stroke-width="2" stroke-linejoin="round"/>` +
    `<circle cx="16" cy="28" r="3.2" fill="#e8b62a"/><circle cx="32" cy="22" r="2.5" fill="#e8b62a"/><circle cx="36" cy="30" r="2" fill="#e8b62a"/>`);
}

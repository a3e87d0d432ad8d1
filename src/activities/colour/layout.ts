import { mmPoint, type MmPolyline } from '../../geometry/units';
import type { GridArea } from './coverage-grid';
import { colourPicture, DEFAULT_PICTURE_MM, type ColourPicture } from './pictures';
import type { ColourParams } from './params';

/** A colour pot the child taps to change crayon. */
export interface ColourPot {
  readonly x: number;
  readonly y: number;
  readonly radiusMm: number;
  readonly colour: number;
}

export interface ColourLayout {
  /** The picture as drawn here: its parts' rings and lines in screen mm. */
  readonly picture: ColourPicture;
  /** Its top-left corner on the screen, mm; and its width as used (the plan's, or less when it would not fit). */
  readonly origin: { readonly x: number; readonly y: number };
  readonly widthMm: number;
  /** The part to colour: the plan's, or the picture's last when it has fewer. */
  readonly target: number;
  /** The whole screen: colour counts wherever it goes. */
  readonly area: GridArea;
  readonly pots: readonly ColourPot[];
}

/** Kept clear along the top for the back, sound and done buttons (64 CSS px and their 16 px margin), and round the other edges. */
const TOP_MM = 24;
const EDGE_MM = 6;
/** A pot is a big, easy target for a young child: 18 mm across, 26 mm apart. */
const POT_RADIUS_MM = 9;
const POT_GAP_MM = 26;
/** Room for the row of pots along the bottom. */
const POTS_MM = 2 * POT_RADIUS_MM + 2 * EDGE_MM;
/** The crayons on offer; the part's own colour is put first. */
const POT_COLOURS = [0xe53935, 0xfb8c00, 0xfdd835, 0x43a047, 0x1e88e5, 0x8e24aa];

/**
 * The picture at the plan's width in true mm, shrunk only if it would not fit
 * between the buttons and the pots, in the middle of that space; the pots in
 * a row along the bottom, the part's own colour first, on the side of the
 * child's drawing hand (the reach to change colour is short).
 */
export function layoutColour(params: Pick<ColourParams, 'picture' | 'part' | 'sizeMm'>, hand: 'left' | 'right', screen: { width: number; height: number }): ColourLayout {
  const room = { width: screen.width - 2 * EDGE_MM, height: screen.height - TOP_MM - POTS_MM };
  const asked = params.sizeMm ?? DEFAULT_PICTURE_MM[params.picture];
  const natural = colourPicture(params.picture, asked);
  const widthMm = Math.floor(asked * Math.min(1, room.width / natural.width, room.height / natural.height) * 100) / 100;
  const atSize = widthMm === asked ? natural : colourPicture(params.picture, widthMm);
  const origin = { x: EDGE_MM + (room.width - atSize.width) / 2, y: TOP_MM + (room.height - atSize.height) / 2 };
  const move = (ring: MmPolyline) => ring.map((p) => mmPoint(p.x + origin.x, p.y + origin.y));
  const picture = { ...atSize, regions: atSize.regions.map((r) => ({ ...r, rings: r.rings.map(move) })), lines: atSize.lines.map(move) };
  const target = Math.min(params.part, picture.regions.length - 1);
  const own = picture.regions[target]!.colour;
  const colours = [own, ...POT_COLOURS.filter((c) => c !== own)].slice(0, Math.max(1, Math.min(POT_COLOURS.length, Math.floor(room.width / POT_GAP_MM))));
  const rowWidth = (colours.length - 1) * POT_GAP_MM;
  const y = screen.height - EDGE_MM - POT_RADIUS_MM;
  const first = screen.width / 2 - rowWidth / 2;
  const pots = colours.map((colour, i) => ({ x: hand === 'right' ? first + rowWidth - i * POT_GAP_MM : first + i * POT_GAP_MM, y, radiusMm: POT_RADIUS_MM, colour }));
  return { picture, origin, widthMm, target, area: { x: 0, y: 0, width: screen.width, height: screen.height }, pots };
}

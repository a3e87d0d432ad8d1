import { mmPoint, type MmPoint, type MmPolyline } from '../../geometry/units';

/** The pictures, in steps: big simple shapes, then two or three parts, then small parts down to about 10 mm. */
export const PICTURE_IDS = ['circle', 'square', 'heart', 'apple', 'fish', 'house', 'balloon', 'flower', 'ladybird'] as const;
export type PictureId = (typeof PICTURE_IDS)[number];

/** One part to colour: its outline rings (even-odd, so a ring inside another is a hole) and the colour it suggests. */
export interface PictureRegion {
  readonly id: string;
  readonly rings: readonly MmPolyline[];
  readonly colour: number;
}

/** A picture in its own frame, in mm, its top-left at the origin; `lines` are drawn but not coloured (a string, an eye). */
export interface ColourPicture {
  readonly id: PictureId;
  readonly width: number;
  readonly height: number;
  /** In the order a child colours them: the first is the main part. */
  readonly regions: readonly PictureRegion[];
  readonly lines: readonly MmPolyline[];
}

/** Outlines are printed as points at most this far apart: under the finest coverage cell's width twice over. */
const STEP_MM = 1;

/** Each picture's width when the plan leaves it empty: the big shapes at 60 mm, as a first colouring page has them. */
export const DEFAULT_PICTURE_MM: Record<PictureId, number> = {
  circle: 60, square: 60, heart: 60, apple: 80, fish: 100, house: 90, balloon: 70, flower: 90, ladybird: 90,
};

const RED = 0xe53935, GREEN = 0x43a047, BLUE = 0x1e88e5, YELLOW = 0xfdd835, ORANGE = 0xfb8c00, PURPLE = 0x8e24aa, BROWN = 0x8d6e63, BLACK = 0x37474f;

/** The picture at `widthMm` wide, every part scaled alike. */
export function colourPicture(id: PictureId, widthMm: number = DEFAULT_PICTURE_MM[id]): ColourPicture {
  const built = BUILDERS[id]();
  const k = widthMm / built.width;
  const scale = (line: MmPolyline) => line.map((p) => mmPoint(p.x * k, p.y * k));
  return {
    id,
    width: widthMm,
    height: built.height * k,
    regions: built.regions.map((r) => ({ ...r, rings: r.rings.map(scale) })),
    lines: built.lines.map(scale),
  };
}

const partIdsOf = new Map<PictureId, readonly string[]>();

/** A picture's part ids in order, worked out once (lists and reports name parts without building outlines each time). */
export function partIds(id: PictureId): readonly string[] {
  let ids = partIdsOf.get(id);
  if (!ids) partIdsOf.set(id, (ids = BUILDERS[id]().regions.map((r) => r.id)));
  return ids;
}

type Built = Omit<ColourPicture, 'id'>;

/** Each picture drawn at its default width: the numbers below are mm at that size. */
const BUILDERS: Record<PictureId, () => Built> = {
  circle: () => ({ width: 60, height: 60, regions: [{ id: 'circle', rings: [ellipse(30, 30, 30, 30)], colour: BLUE }], lines: [] }),
  square: () => ({ width: 60, height: 60, regions: [{ id: 'square', rings: [rect(0, 0, 60, 60)], colour: GREEN }], lines: [] }),
  heart: () => ({ width: 60, height: 55, regions: [{ id: 'heart', rings: [heart(30, 60)], colour: RED }], lines: [] }),
  apple: () => ({
    width: 80, height: 88,
    regions: [
      { id: 'apple', rings: [apple(36, 52, 34)], colour: RED },
      { id: 'leaf', rings: [leaf(mmPoint(42, 16), mmPoint(74, 6), 9)], colour: GREEN },
    ],
    lines: [[mmPoint(36, 22), mmPoint(36, 13), mmPoint(33, 4)]],
  }),
  fish: () => ({
    width: 100, height: 60,
    regions: [
      { id: 'body', rings: [ellipse(38, 30, 36, 22)], colour: ORANGE },
      { id: 'tail', rings: [[mmPoint(74, 30), mmPoint(100, 8), mmPoint(92, 30), mmPoint(100, 52), mmPoint(74, 30)]], colour: YELLOW },
    ],
    lines: [ellipse(18, 24, 3, 3), [mmPoint(48, 14), mmPoint(52, 30), mmPoint(48, 46)]],
  }),
  house: () => ({
    width: 90, height: 90,
    regions: [
      { id: 'walls', rings: [rect(8, 40, 74, 50), rect(37, 60, 16, 30)], colour: YELLOW },
      { id: 'roof', rings: [[mmPoint(0, 40), mmPoint(45, 2), mmPoint(90, 40), mmPoint(0, 40)]], colour: RED },
      { id: 'door', rings: [rect(37, 60, 16, 30)], colour: BROWN },
    ],
    lines: [],
  }),
  balloon: () => ({
    width: 70, height: 110,
    regions: [
      { id: 'balloon', rings: [ellipse(35, 38, 33, 37)], colour: PURPLE },
      { id: 'knot', rings: [[mmPoint(35, 75), mmPoint(42, 84), mmPoint(28, 84), mmPoint(35, 75)]], colour: PURPLE },
    ],
    lines: [Array.from({ length: 27 }, (_, i) => mmPoint(35 + 4 * Math.sin(i / 3), 84 + i))],
  }),
  // Small parts: petals about 12 mm across round a 10 mm middle.
  flower: () => {
    const centre = mmPoint(45, 40);
    const petals = Array.from({ length: 6 }, (_, i) => {
      const a = (i / 6) * 2 * Math.PI - Math.PI / 2;
      return rotated(ellipse(0, 0, 11, 6), a, mmPoint(centre.x + 18 * Math.cos(a), centre.y + 18 * Math.sin(a)));
    });
    return {
      width: 90, height: 100,
      regions: [
        { id: 'middle', rings: [ellipse(centre.x, centre.y, 5, 5)], colour: YELLOW },
        { id: 'petals', rings: petals, colour: PURPLE },
        { id: 'leaf', rings: [leaf(mmPoint(45, 84), mmPoint(72, 72), 7)], colour: GREEN },
      ],
      lines: [[mmPoint(45, 70), mmPoint(45, 100)]],
    };
  },
  // A ladybird: a round back with six 10 mm spots, three each side of the wings' parting, and a head.
  ladybird: () => {
    const spots = [[32, 36], [58, 36], [28, 54], [62, 54], [34, 70], [56, 70]].map(([x, y]) => ellipse(x!, y!, 5, 5));
    return {
      width: 90, height: 90,
      regions: [
        { id: 'back', rings: [ellipse(45, 52, 34, 34), ...spots], colour: RED },
        { id: 'spots', rings: spots, colour: BLACK },
        { id: 'head', rings: [capOn(mmPoint(45, 18), 13, mmPoint(45, 52), 34)], colour: BLACK },
      ],
      lines: [[mmPoint(45, 18), mmPoint(45, 86)], [mmPoint(38, 8), mmPoint(32, 1)], [mmPoint(52, 8), mmPoint(58, 1)]],
    };
  },
};

/** An ellipse as a closed ring, points about STEP_MM apart. */
function ellipse(cx: number, cy: number, rx: number, ry: number): MmPolyline {
  const n = Math.max(12, Math.ceil((2 * Math.PI * Math.max(rx, ry)) / STEP_MM));
  return Array.from({ length: n + 1 }, (_, i) => mmPoint(cx + rx * Math.cos((2 * Math.PI * i) / n), cy + ry * Math.sin((2 * Math.PI * i) / n)));
}

function rect(x: number, y: number, w: number, h: number): MmPolyline {
  return [mmPoint(x, y), mmPoint(x + w, y), mmPoint(x + w, y + h), mmPoint(x, y + h), mmPoint(x, y)];
}

function rotated(ring: MmPolyline, angle: number, at: MmPoint): MmPolyline {
  const c = Math.cos(angle), s = Math.sin(angle);
  return ring.map((p) => mmPoint(at.x + p.x * c - p.y * s, at.y + p.x * s + p.y * c));
}

/** The classic heart curve, `width` across, the tops of its lobes at y = 0 (the curve's y term peaks at 11.92). */
function heart(cx: number, width: number): MmPolyline {
  const n = Math.ceil((2.6 * width) / STEP_MM);
  const k = width / 32;
  return Array.from({ length: n + 1 }, (_, i) => {
    const t = (2 * Math.PI * i) / n;
    return mmPoint(cx + k * 16 * Math.sin(t) ** 3, k * (11.93 - (13 * Math.cos(t) - 5 * Math.cos(2 * t) - 2 * Math.cos(3 * t) - Math.cos(4 * t))));
  });
}

/** An apple: a circle pinched in at the top for the stalk's dimple, and a little at the bottom. */
function apple(cx: number, cy: number, r: number): MmPolyline {
  const n = Math.ceil((2 * Math.PI * r) / STEP_MM);
  return Array.from({ length: n + 1 }, (_, i) => {
    const a = (2 * Math.PI * i) / n;
    const dip = 0.16 * Math.exp(-(((a - 1.5 * Math.PI) / 0.45) ** 2)) + 0.07 * Math.exp(-(((a - 0.5 * Math.PI) / 0.4) ** 2));
    return mmPoint(cx + r * (1.05 - dip) * Math.cos(a), cy + r * (1 - dip) * Math.sin(a));
  });
}

/** A leaf from base to tip: two arcs bulging `half` mm either side of the midrib. */
function leaf(base: MmPoint, tip: MmPoint, half: number): MmPolyline {
  const n = Math.ceil(Math.hypot(tip.x - base.x, tip.y - base.y) / STEP_MM);
  const dx = tip.x - base.x, dy = tip.y - base.y, len = Math.hypot(dx, dy);
  const nx = -dy / len, ny = dx / len;
  const side = (sign: number, reverse: boolean) => Array.from({ length: n + 1 }, (_, i) => {
    const f = reverse ? 1 - i / n : i / n;
    const w = sign * half * Math.sin(Math.PI * f);
    return mmPoint(base.x + dx * f + nx * w, base.y + dy * f + ny * w);
  });
  return [...side(1, false), ...side(-1, true).slice(1)];
}

/** A ladybird's head: the part of a circle outside the round back, its lower edge following the back. */
function capOn(head: MmPoint, r: number, back: MmPoint, backR: number): MmPolyline {
  // From the bottom, each circle's points go round the same way (left, top, right): the head's outside the back
  // run left to right over the top; the back's inside the head run left to right too, and close the ring backwards.
  const round = (c: MmPoint, radius: number) => ellipse(c.x, c.y, radius, radius).map((_, i, ring) => {
    const a = Math.PI / 2 + (2 * Math.PI * i) / (ring.length - 1);
    return mmPoint(c.x + radius * Math.cos(a), c.y + radius * Math.sin(a));
  });
  const top = round(head, r).filter((p) => Math.hypot(p.x - back.x, p.y - back.y) > backR);
  const under = round(back, backR).filter((p) => Math.hypot(p.x - head.x, p.y - head.y) < r).reverse();
  return [...top, ...under, top[0]!];
}

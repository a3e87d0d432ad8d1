import type { GuideMood } from '../activity/coach';
import { GUIDE_BOX, guideBody, guideEyes, guideWing, WING_SHOULDER, type GuideBody, type GuideEyes } from '../pictures/guide';
import { svgDataUrl } from '../pictures/svg';

/** How each mood looks: which body and eyes, and where the wings point (degrees clockwise, 0 at rest). */
const LOOKS: Record<GuideMood, { body: GuideBody; eyes: GuideEyes; wings: number }> = {
  idle: { body: 'calm', eyes: 'open', wings: 0 },
  watching: { body: 'calm', eyes: 'down', wings: 0 },
  cheering: { body: 'cheer', eyes: 'happy', wings: 70 },
  encouraging: { body: 'calm', eyes: 'open', wings: 35 },
};

/** A blink every few seconds, at a varied pace, as a living thing does. */
const BLINK_EVERY_MS = [2600, 5200] as const;
/** A breath (a slow squash and stretch) now and then while idle, not a constant bob: alive without pulling the eye from the game. */
const BREATH_EVERY_MS = [4000, 7000] as const;
/** Where the eyes squeeze to blink: their middle, y 46 of the box. */
const EYES_MIDDLE = `50% ${(46 / GUIDE_BOX) * 100}%`;
const SHOULDER = `${(WING_SHOULDER.x / GUIDE_BOX) * 100}% ${(WING_SHOULDER.y / GUIDE_BOX) * 100}%`;

const between = ([low, high]: readonly [number, number]) => low + Math.random() * (high - low);
const rotate = (degrees: number) => ({ transform: `rotate(${degrees}deg)` });

/** One layer of the figure: fills the box, and turns or squeezes about `origin`. */
function layer(tag: 'div' | 'img', origin = '50% 50%'): HTMLElement {
  const element = document.createElement(tag);
  // Through the CSSOM: no inline style attribute for a strict CSP.
  Object.assign(element.style, { position: 'absolute', inset: '0', width: '100%', height: '100%', transformOrigin: origin, willChange: 'transform' });
  if (element instanceof HTMLImageElement) { element.alt = ''; element.draggable = false; element.decoding = 'sync'; }
  return element;
}

/** A picture layer. Every mood's pictures stay in place, the unneeded ones hidden, so a change of mood decodes nothing. */
function picture(markup: string, origin?: string): HTMLImageElement {
  const image = layer('img', origin) as HTMLImageElement;
  image.src = svgDataUrl(markup);
  return image;
}

/**
 * The guide beside the game: Pip, built from its SVG parts as page elements
 * over the canvas, and animated by transforms alone through the Web
 * Animations API. Such animations run on the browser's compositor, so the
 * guide adds no work to the game's frames (docs/benchmarks.md, the world),
 * where four images on the canvas cost a light game a third of its frame.
 * It breathes now and then while idle, blinks, squashes and stretches when
 * its mood changes, jumps and flaps when it cheers, and tilts and waves when
 * it encourages. It never takes a touch: the game beneath it does.
 */
export class GuideCharacter {
  readonly element: HTMLElement;
  /** The whole figure jumps; inside it, it squashes on a change of mood; inside that, it breathes. */
  private readonly figure: HTMLElement;
  private readonly breath: HTMLElement;
  private readonly bodies: Record<GuideBody, HTMLImageElement>;
  private readonly eyes: HTMLElement;
  private readonly eyePictures: Record<GuideEyes, HTMLImageElement>;
  private readonly wings: [HTMLImageElement, HTMLImageElement];
  private mood: GuideMood | null = null;
  private nextBlinkAt = 0;
  private nextBreathAt = 0;

  /** Stands the guide in `parent` (positioned) at `left`, `top` CSS px, `size` CSS px tall and wide. */
  constructor(parent: HTMLElement, { left, top, size }: { left: string; top: string; size: number }) {
    this.element = layer('div');
    Object.assign(this.element.style, { inset: 'auto', left, top, width: `${size}px`, height: `${size}px`, pointerEvents: 'none', zIndex: '1' });
    this.element.className = 'guide';
    this.element.setAttribute('aria-hidden', 'true');
    this.figure = layer('div', '50% 100%');
    this.breath = layer('div', '50% 100%');
    const wing = () => picture(guideWing(), SHOULDER);
    this.wings = [wing(), wing()];
    // The right wing is the left one seen in a mirror: its side is flipped, and it turns as the left does.
    const [leftSide, rightSide] = [layer('div'), layer('div')];
    rightSide.style.transform = 'scaleX(-1)';
    leftSide.append(this.wings[0]);
    rightSide.append(this.wings[1]);
    this.bodies = { calm: picture(guideBody('calm')), cheer: picture(guideBody('cheer')) };
    this.eyes = layer('div', EYES_MIDDLE);
    this.eyePictures = { open: picture(guideEyes('open')), down: picture(guideEyes('down')), happy: picture(guideEyes('happy')) };
    this.eyes.append(...Object.values(this.eyePictures));
    this.breath.append(leftSide, rightSide, ...Object.values(this.bodies), this.eyes);
    this.figure.append(this.breath);
    this.element.append(this.figure);
    parent.append(this.element);
    this.setMood('idle');
  }

  /** Shows a mood; a change of mood squashes and stretches, as a cartoon takes a breath. */
  setMood(mood: GuideMood): void {
    if (mood === this.mood) return;
    const first = this.mood === null;
    this.mood = mood;
    this.element.dataset.mood = mood;
    const look = LOOKS[mood];
    for (const [body, image] of Object.entries(this.bodies)) image.style.visibility = body === look.body ? 'visible' : 'hidden';
    for (const [eyes, image] of Object.entries(this.eyePictures)) image.style.visibility = eyes === look.eyes ? 'visible' : 'hidden';
    const [left, right] = this.wings;
    for (const wing of this.wings) for (const animation of wing.getAnimations()) animation.cancel();
    left.style.transform = rotate(look.wings).transform;
    right.style.transform = rotate(mood === 'encouraging' ? 0 : look.wings).transform;
    if (first) return;
    this.figure.animate([{ transform: 'scale(1.12, 0.88)' }, { transform: 'scale(1, 1)' }], { duration: 380, easing: 'cubic-bezier(0.34, 1.56, 0.64, 1)' });
    if (mood === 'cheering') {
      for (const wing of this.wings) wing.animate([rotate(look.wings), rotate(look.wings - 30)], { duration: 160, iterations: 12, direction: 'alternate' });
      this.element.animate([{ transform: 'translateY(0)' }, { transform: 'translateY(-25%)' }], { duration: 200, iterations: 4, direction: 'alternate', easing: 'ease-out' });
    }
    if (mood === 'encouraging') left.animate([rotate(look.wings), rotate(look.wings + 35)], { duration: 260, iterations: 8, direction: 'alternate', easing: 'ease-in-out' });
  }

  /** Each frame: breathes and blinks on its own clock (a check of two numbers; the browser animates). */
  tick(now: number): void {
    if (now >= this.nextBreathAt) {
      this.nextBreathAt = now + between(BREATH_EVERY_MS);
      if (this.mood === 'idle' || this.mood === 'watching') {
        this.breath.animate([{ transform: 'scale(1, 1)' }, { transform: 'scale(0.97, 1.05)' }], { duration: 600, iterations: 2, direction: 'alternate', easing: 'ease-in-out' });
      }
    }
    if (now < this.nextBlinkAt) return;
    this.nextBlinkAt = now + between(BLINK_EVERY_MS);
    if (this.mood && LOOKS[this.mood].eyes === 'happy') return;
    this.eyes.animate([{ transform: 'scaleY(1)' }, { transform: 'scaleY(0.1)', offset: 0.4 }, { transform: 'scaleY(0.1)', offset: 0.6 }, { transform: 'scaleY(1)' }], { duration: 180 });
  }

  destroy(): void {
    this.element.remove();
  }
}

import Phaser from 'phaser';
import { standInForFailedDefaultTextures } from './default-texture-stand-ins';

/**
 * One Phaser game for the whole visit, booted ahead of need: each activity's
 * scene is added to it when the child opens a game, and removed when they
 * leave. Booting a game (a WebGL context, the renderer's shaders, the
 * engine's default textures) costs more than a tap should wait
 * (docs/benchmarks.md, "A game that opens at once"); doing it once, while the
 * home screen sits idle, means a tap only starts a scene. Between games the
 * game's loop sleeps and its canvas waits out of sight.
 */
let booting: Promise<Phaser.Game> | null = null;

/** Where the canvas waits between games: in the page (a WebGL canvas keeps its context), never seen. */
function holder(): HTMLElement {
  const element = document.createElement('div');
  element.className = 'game-holder';
  element.setAttribute('aria-hidden', 'true');
  // Through the CSSOM: no inline style attribute for a strict CSP.
  element.style.display = 'none';
  document.body.append(element);
  return element;
}

let waitingRoom: HTMLElement | null = null;

/** The game, booted once (the first call boots it; later calls wait for the same). */
export function sharedGame(): Promise<Phaser.Game> {
  booting ??= new Promise((resolve) => {
    waitingRoom = holder();
    const game: Phaser.Game = new Phaser.Game({
      type: Phaser.AUTO,
      parent: waitingRoom,
      // The activity's place is drawn behind the canvas (the stage element's background), baked once by the browser: frames never redraw it.
      transparent: true,
      banner: false,
      audio: { noAudio: true }, // Howler plays our sounds
      input: { keyboard: false, mouse: false, touch: false, gamepad: false }, // src/input owns the canvas's pointer events
      render: { antialias: true, roundPixels: false },
      scale: { mode: Phaser.Scale.NONE, width: 1, height: 1 },
      // Scene time at the wall clock's pace from a game's first frame. Phaser's default holds every frame to 1/60 s for
      // 120 frames after the loop wakes, which is each time a game opens: 2 s unseen at 60 fps, but at a slow
      // tablet's 10 fps, 12 s in which the guide, tweens and the round's end all run at a sixth of their speed.
      // Waking already restarts the clock (no jump to absorb), and a frame longer than 200 ms is still replaced by a
      // recent one (fps.min), so two frames of cooldown cover only the first draws' shader work.
      fps: { panicMax: 2 },
      // postBoot comes just before the loop starts: once it has, the loop sleeps until a scene wants it.
      callbacks: {
        preBoot: standInForFailedDefaultTextures,
        postBoot: () => queueMicrotask(() => { game.loop.sleep(); resolve(game); }),
      },
    });
  });
  return booting;
}

/** Puts the game's canvas back in the waiting room, its loop asleep, once a scene has gone. */
export function parkGame(game: Phaser.Game): void {
  game.loop.sleep();
  waitingRoom?.append(game.canvas);
}

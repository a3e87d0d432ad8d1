import Phaser from 'phaser';

export interface Stage {
  readonly game: Phaser.Game;
  /** Device pixels per CSS pixel on the canvas right now. */
  readonly pixelRatio: number;
  destroy(): void;
}

/**
 * A full-window Phaser game whose canvas has one pixel per device pixel, so
 * lines stay sharp on high-DPI tablets. The game runs in device pixels and
 * the CSS size is scaled back down with `zoom`. Phaser's own input is off:
 * src/input owns the canvas's pointer events.
 */
export function createStage(parent: HTMLElement, scene: Phaser.Types.Scenes.SceneType): Stage {
  let pixelRatio = window.devicePixelRatio || 1;
  const cssWidth = () => Math.max(1, parent.clientWidth);
  const cssHeight = () => Math.max(1, parent.clientHeight);

  const game = new Phaser.Game({
    type: Phaser.WEBGL,
    parent,
    // The activity's place is drawn behind the canvas (the stage element's background), baked once by the browser: frames never redraw it.
    transparent: true,
    banner: false,
    audio: { noAudio: true }, // Howler plays our sounds
    input: { keyboard: false, mouse: false, touch: false, gamepad: false },
    render: { antialias: true, roundPixels: false },
    scale: {
      mode: Phaser.Scale.NONE,
      width: Math.round(cssWidth() * pixelRatio),
      height: Math.round(cssHeight() * pixelRatio),
      zoom: 1 / pixelRatio,
    },
    scene,
  });

  const fit = () => {
    const ratio = window.devicePixelRatio || 1;
    const width = Math.round(cssWidth() * ratio);
    const height = Math.round(cssHeight() * ratio);
    // ResizeObserver also reports the size it starts with: only real changes count.
    if (ratio === pixelRatio && width === game.scale.width && height === game.scale.height) return;
    pixelRatio = ratio;
    game.scale.setZoom(1 / pixelRatio);
    // Phaser leaves the canvas's CSS size alone when zoom is 1, so set it here,
    // before the resize event tells scenes to lay out against it.
    game.canvas.style.width = `${cssWidth()}px`;
    game.canvas.style.height = `${cssHeight()}px`;
    game.scale.resize(width, height);
  };
  // The parent follows the window, so this sees resizes, orientation changes and zoom.
  const observer = new ResizeObserver(fit);
  observer.observe(parent);

  return {
    game,
    get pixelRatio() { return pixelRatio; },
    destroy() {
      observer.disconnect();
      game.destroy(true);
    },
  };
}

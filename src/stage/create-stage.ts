import type Phaser from 'phaser';
import { parkGame, sharedGame } from './shared-game';

export interface Stage {
  destroy(): void;
}

/**
 * A full-window stage for one scene, on the visit's one game (shared-game.ts).
 * The canvas has one pixel per device pixel, so lines stay sharp on high-DPI
 * tablets: the game runs in device pixels and the CSS size is scaled back
 * down with `zoom`.
 */
export function createStage(parent: HTMLElement, scene: Phaser.Scene, key: string): Stage {
  let game: Phaser.Game | null = null;
  let destroyed = false;
  let pixelRatio = 0;
  const cssWidth = () => Math.max(1, parent.clientWidth);
  const cssHeight = () => Math.max(1, parent.clientHeight);

  const fit = () => {
    if (!game) return;
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

  void sharedGame().then((shared) => {
    if (destroyed) return;
    game = shared;
    parent.append(game.canvas);
    fit();
    observer.observe(parent);
    game.loop.wake();
    // The stage this one replaces may not have gone yet: its scene holds the key until then.
    if (game.scene.getScene(key)) game.scene.remove(key);
    game.scene.add(key, scene, true);
  });

  return {
    destroy() {
      destroyed = true;
      observer.disconnect();
      if (!game) return;
      // A newer stage may already hold the game (a route changed twice quickly): leave its scene and canvas be.
      if (game.scene.getScene(key) === scene) game.scene.remove(key);
      if (game.canvas.parentElement === parent) parkGame(game);
    },
  };
}

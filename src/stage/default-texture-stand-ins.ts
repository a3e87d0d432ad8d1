import Phaser from 'phaser';

/**
 * Phaser decodes its three default textures from data: images as it boots,
 * and once all three have answered, the renderer reads them. One that failed
 * to decode leaves nothing to read: the renderer's boot throws and the game
 * never opens. WebKit fails these loads when the page is left mid-boot, and a
 * tablet short of memory can fail a decode. A one-pixel texture made from
 * bytes (no decoding) stands in for any that fails, so boot always completes.
 */
const STAND_IN_PIXELS: Readonly<Record<string, readonly number[]>> = {
  __DEFAULT: [0, 0, 0, 0], // Phaser's own is transparent
  __MISSING: [0, 255, 0, 255], // Phaser's own is a green outline
  __WHITE: [255, 255, 255, 255],
};

/** Call from the game's preBoot callback: the texture manager boots (and starts its decodes) on the boot event that follows. */
export function standInForFailedDefaultTextures(game: Phaser.Game): void {
  game.events.once(Phaser.Core.Events.BOOT, () => {
    const textures = game.textures;
    // Phaser counts an error like a load; ours adds the stand-in first, then counts it as the load it now is.
    textures.off(Phaser.Textures.Events.ERROR);
    textures.on(Phaser.Textures.Events.ERROR, (key: string) => {
      const pixel = STAND_IN_PIXELS[key] ?? STAND_IN_PIXELS.__DEFAULT!;
      const texture = textures.addUint8Array(key, new Uint8Array(pixel), 1, 1);
      textures.emit(Phaser.Textures.Events.LOAD, key, texture);
    });
  });
}

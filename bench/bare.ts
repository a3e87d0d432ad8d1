// The baseline of "a game that opens at once" (npm run bench -- open): from a tap,
// the least any Phaser game costs: its engine loaded, parsed and run, a WebGL game
// booted with an empty scene, and that scene's first frame drawn. Nothing of Deft.
declare global { interface Window { bootEmptyGame(): Promise<number> } }

window.bootEmptyGame = async () => {
  const started = performance.now();
  const { default: Phaser } = await import('phaser');
  const parent = document.getElementById('stage')!;
  await new Promise<void>((resolve) => {
    new Phaser.Game({
      type: Phaser.WEBGL, parent, width: parent.clientWidth, height: parent.clientHeight, banner: false, audio: { noAudio: true },
      input: { keyboard: false, mouse: false, touch: false, gamepad: false },
      scene: { create() { requestAnimationFrame(() => resolve()); } },
    });
  });
  return performance.now() - started;
};
document.body.dataset.ready = 'true';
export {};

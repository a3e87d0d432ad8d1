/** Set by the build (vite.config.ts): DEFT_WARM_GAMES=0 builds the app without it, the baseline `npm run bench -- open` compares against. */
declare const __DEFT_WARM_GAMES__: boolean;

/**
 * A child looks at the home screen for a moment before tapping: in that
 * moment the games' code (the engine's 1.3 MB chunk among it) is fetched,
 * parsed and run, so that a tap opens a game without waiting for it
 * (docs/benchmarks.md, "A game that opens at once"). Done when the browser
 * is idle, after the first screen is up, so the home screen is not delayed.
 */
export function warmGames(games: Iterable<{ warm(): Promise<unknown> }>): void {
  if (!__DEFT_WARM_GAMES__) return;
  const warm = () => {
    for (const game of games) void game.warm().catch((error: unknown) => console.warn('Deft could not load a game ahead of time; it loads when opened', error));
  };
  // Safari has no requestIdleCallback: a short timeout stands in, after the first screen's frame.
  if ('requestIdleCallback' in window) requestIdleCallback(warm, { timeout: 1000 });
  else setTimeout(warm, 200);
}

/**
 * Colours shared by every scene. Warm, calm and high in contrast with the ink;
 * green means "start here" and nothing is ever red, which children read as "wrong".
 */
export const palette = {
  corridor: 0xd3e9fb,
  corridorEdge: 0xb3d6f5,
  guide: 0x5b9bd5,
  start: 0x22b45a,
  startRing: 0xffffff,
  arrow: 0x178a43,
  ink: 0x6c3fd1,
  /** Ink outside the corridor: a warm orange, noticeable but not an alarm. */
  inkOutside: 0xf08a24,
  /** Copying: the model printed in dark ink on white cards, like a test sheet. */
  paper: 0xffffff,
  model: 0x2e3a59,
  modelEdge: 0xc9d3e6,
  boxEdge: 0x8fa3c7,
  demo: 0xffb020,
  star: 0xffc933,
  starEdge: 0xf59e0b,
} as const;

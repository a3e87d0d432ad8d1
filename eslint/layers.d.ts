/** The layers of src and what each may import (eslint/layers.js). */
export const LAYERS: Record<string, string[]>;
export const LAZY: Record<string, string[]>;
export const layersRule: unknown;

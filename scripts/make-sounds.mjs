// Synthesizes every sound Deft plays into assets/sounds/*.wav. Run: npm run sounds
// Plain additive synthesis with soft envelopes: nothing sampled, nothing downloaded.
import { writeFileSync, mkdirSync } from 'node:fs';

const RATE = 22050; // plenty for short chimes, and keeps the files small

const note = (name) => {
  const names = { C: -9, D: -7, E: -5, F: -4, G: -2, A: 0, B: 2 };
  const octave = Number(name.at(-1));
  return 440 * 2 ** ((names[name[0]] + (octave - 4) * 12) / 12);
};

/** A bell-like tone: a few decaying partials with a quick, click-free attack. */
function tone(out, startS, freq, durS, gain, { partials = [1, 0.35, 0.12], decay = 5 } = {}) {
  const start = Math.floor(startS * RATE);
  const length = Math.floor(durS * RATE);
  for (let i = 0; i < length && start + i < out.length; i++) {
    const t = i / RATE;
    const attack = Math.min(1, t / 0.008);
    const release = Math.min(1, (durS - t) / 0.03);
    const env = attack * release * Math.exp(-decay * t);
    let v = 0;
    partials.forEach((amp, k) => { v += amp * Math.sin(2 * Math.PI * freq * (k + 1) * t); });
    out[start + i] += gain * env * v;
  }
}

function render(durS, build) {
  const out = new Float32Array(Math.ceil(durS * RATE));
  build(out);
  return out;
}

function wav(samples) {
  const data = Buffer.alloc(samples.length * 2);
  samples.forEach((s, i) => data.writeInt16LE(Math.round(Math.max(-1, Math.min(1, s)) * 32767), i * 2));
  const header = Buffer.alloc(44);
  header.write('RIFF', 0); header.writeUInt32LE(36 + data.length, 4); header.write('WAVE', 8);
  header.write('fmt ', 12); header.writeUInt32LE(16, 16); header.writeUInt16LE(1, 20); header.writeUInt16LE(1, 22);
  header.writeUInt32LE(RATE, 24); header.writeUInt32LE(RATE * 2, 28); header.writeUInt16LE(2, 32); header.writeUInt16LE(16, 34);
  header.write('data', 36); header.writeUInt32LE(data.length, 40);
  return Buffer.concat([header, data]);
}

const sounds = {
  // Success: a bright rising arpeggio, C major up to the octave, with a sparkle on top.
  success: render(1.3, (o) => {
    ['C5', 'E5', 'G5', 'C6'].forEach((n, i) => tone(o, i * 0.11, note(n), 0.8, 0.22));
    tone(o, 0.45, note('E6'), 0.7, 0.08, { partials: [1], decay: 6 });
    tone(o, 0.52, note('G6'), 0.6, 0.06, { partials: [1], decay: 6 });
  }),
  // Try again: two soft, low, falling notes: an encouraging "hmm-mm", never a buzzer.
  retry: render(0.8, (o) => {
    tone(o, 0, note('E4'), 0.35, 0.16, { partials: [1, 0.2], decay: 4 });
    tone(o, 0.2, note('C4'), 0.55, 0.16, { partials: [1, 0.2], decay: 4 });
  }),
  // Start: a short round "bloop" when the child touches the start dot.
  start: render(0.25, (o) => {
    const length = Math.floor(0.2 * RATE);
    for (let i = 0; i < length; i++) {
      const t = i / RATE;
      const freq = 380 + 500 * (t / 0.2); // a little upward glide
      o[i] += 0.25 * Math.min(1, t / 0.005) * Math.exp(-14 * t) * Math.sin(2 * Math.PI * freq * t);
    }
  }),
  // Drop: an object lands in the right bin: a soft wooden knock, then a bright two-note "ding-ding".
  drop: render(0.6, (o) => {
    tone(o, 0, 140, 0.09, 0.3, { partials: [1, 0.5, 0.25], decay: 40 });
    tone(o, 0.05, note('E5'), 0.35, 0.16, { partials: [1, 0.3], decay: 7 });
    tone(o, 0.13, note('B5'), 0.45, 0.14, { partials: [1, 0.3], decay: 7 });
  }),
  // Wrong bin: a gentle, low "uh-uh", two short soft notes at the same pitch: "not this one", never a buzzer.
  wrong: render(0.5, (o) => {
    tone(o, 0, note('G3'), 0.14, 0.16, { partials: [1, 0.4], decay: 9 });
    tone(o, 0.18, note('D3'), 0.22, 0.16, { partials: [1, 0.4], decay: 9 });
  }),
  // Snip: the blades meeting: a short bright hiss of steel on steel, and a tiny high click as they shut.
  snip: render(0.1, (o) => {
    let seed = 7; // a fixed seed: the same file every time it is made
    const noise = () => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 1073741824 - 1; };
    let last = 0;
    for (let i = 0; i < o.length; i++) {
      const t = i / RATE;
      const white = noise();
      // The difference of successive samples keeps the hiss high and light, never a rumble.
      o[i] += 0.12 * Math.min(1, t / 0.002) * Math.exp(-55 * t) * (white - last);
      last = white;
    }
    tone(o, 0.012, 3520, 0.05, 0.05, { partials: [1, 0.5], decay: 70 });
  }),
  // Star: a tiny high twinkle for each reward star.
  star: render(0.3, (o) => tone(o, 0, note('A6'), 0.28, 0.1, { partials: [1, 0.3], decay: 10 })),
};

mkdirSync(new URL('../assets/sounds/', import.meta.url), { recursive: true });
for (const [name, samples] of Object.entries(sounds)) {
  writeFileSync(new URL(`../assets/sounds/${name}.wav`, import.meta.url), wav(samples));
  console.log(`assets/sounds/${name}.wav`, samples.length, 'samples');
}

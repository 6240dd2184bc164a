import type { OutcomeTone } from '../../../../../shared/domain/attendance';

/** Each tone as notes (Hz, ms) and the wave that plays them: rising, level, and a low buzz. */
const TONES: Record<OutcomeTone, { wave: OscillatorType; notes: [number, number][] }> = {
  success: {
    wave: 'sine',
    notes: [
      [880, 90],
      [1320, 140],
    ],
  },
  notice: {
    wave: 'triangle',
    notes: [
      [660, 120],
      [660, 120],
    ],
  },
  refusal: { wave: 'square', notes: [[196, 420]] },
};

let context: AudioContext | null = null;

/** The page's one audio context, made on first use (after a key press, so the browser allows it). */
function audio(): AudioContext | null {
  if (typeof AudioContext === 'undefined') return null;
  context ??= new AudioContext();
  if (context.state === 'suspended') void context.resume();
  return context;
}

/**
 * Plays the answer's tone with Web Audio: no sound files to ship, and the three tones differ in
 * pitch, rhythm and timbre so a registrar looking at the person, not the screen, still knows.
 */
export function playTone(tone: OutcomeTone): void {
  const ctx = audio();
  if (!ctx) return;
  const { wave, notes } = TONES[tone];
  let at = ctx.currentTime;
  for (const [frequency, ms] of notes) {
    const oscillator = ctx.createOscillator();
    const gain = ctx.createGain();
    oscillator.type = wave;
    oscillator.frequency.value = frequency;
    // A short fade in and out: no clicks.
    gain.gain.setValueAtTime(0, at);
    gain.gain.linearRampToValueAtTime(0.2, at + 0.01);
    gain.gain.linearRampToValueAtTime(0, at + ms / 1000);
    oscillator.connect(gain).connect(ctx.destination);
    oscillator.start(at);
    oscillator.stop(at + ms / 1000 + 0.02);
    at += ms / 1000 + 0.03;
  }
}

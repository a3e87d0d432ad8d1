/** Whether this browser can read text aloud (speechSynthesis is missing in some WebViews). */
export function canSpeak(): boolean {
  return typeof speechSynthesis !== 'undefined' && typeof SpeechSynthesisUtterance !== 'undefined';
}

/**
 * Reads an instruction aloud, cutting off any earlier one. Only a voice on
 * the device itself is used: some browsers offer network voices, and the
 * app sends nothing anywhere, so with no local voice it stays silent.
 */
export function speak(text: string, volume: number, language = document.documentElement.lang || 'en'): void {
  if (!canSpeak()) return;
  const local = speechSynthesis.getVoices().filter((voice) => voice.localService);
  const voice = local.find((v) => v.lang.toLowerCase().startsWith(language.toLowerCase())) ?? null;
  if (!voice) return;
  speechSynthesis.cancel();
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.voice = voice;
  utterance.lang = voice.lang;
  utterance.volume = volume;
  // A little slower than the default: the listeners are young children.
  utterance.rate = 0.9;
  speechSynthesis.speak(utterance);
}

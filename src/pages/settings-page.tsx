import { useState } from 'preact/hooks';
import type { AppServices } from '../contract/services';
import { CSS_REFERENCE_PX_PER_MM } from '../geometry/units';
import { canSpeak } from '../audio/speak';
import { anyParamName } from '../registry/names';
import { strings } from '../text/strings';
import { ClinicSyncSettings } from './clinic-sync-settings';

const t = strings.settings;
/** ISO/IEC 7810 ID-1: every bank card is this size, so any grown-up has a ruler in their wallet. */
const CARD_MM = { width: 85.6, height: 53.98 } as const;

/** Physical calibration, the default drawing hand, sound and speech, the default pass rules, and the gate's PIN. */
export function SettingsPage({ services }: { services: AppServices }) {
  return (
    <section class="settings">
      <Calibration services={services} />
      <fieldset>
        <legend>{t.hand}</legend>
        {(['right', 'left'] as const).map((hand) => (
          <label key={hand} class="inline">
            <input type="radio" name="hand" checked={services.settings.handedness === hand} onChange={() => services.updateSettings({ handedness: hand })} /> {strings.grownUps.hands[hand]}
          </label>
        ))}
      </fieldset>
      <SoundSettings services={services} />
      <PassRules services={services} />
      <PinSetting services={services} />
      <ClinicSyncSettings services={services} />
    </section>
  );
}

function Calibration({ services }: { services: AppServices }) {
  const [pxPerMm, setPxPerMm] = useState(services.settings.pxPerMm);
  const [saved, setSaved] = useState(false);
  const widthPx = pxPerMm * CARD_MM.width;
  const change = (value: number) => { setPxPerMm(value); setSaved(false); };
  return (
    <fieldset class="calibration">
      <legend>{t.calibration}</legend>
      <p>{t.calibrationHint}</p>
      <div class="card-outline" style={{ width: `${widthPx}px`, height: `${pxPerMm * CARD_MM.height}px` }} data-testid="card-outline" />
      <label>{t.cardWidth}
        <input type="range" name="card-width" min={150} max={900} step={0.5} value={widthPx} onInput={(e) => change(Number(e.currentTarget.value) / CARD_MM.width)} />
      </label>
      <p class="measured">{t.measured(pxPerMm)}</p>
      <div class="actions">
        <button type="button" class="primary" onClick={() => { services.updateSettings({ pxPerMm }); setSaved(true); }}>{t.saveCalibration}</button>
        <button type="button" onClick={() => change(CSS_REFERENCE_PX_PER_MM)}>{t.reset}</button>
        {saved && <span role="status">{t.saved}</span>}
      </div>
    </fieldset>
  );
}

function SoundSettings({ services }: { services: AppServices }) {
  const [volume, setVolume] = useState(services.settings.volume);
  const [muted, setMuted] = useState(services.settings.muted);
  const [voice, setVoice] = useState(services.settings.voiceVolume);
  const [calm, setCalm] = useState(services.settings.calm);
  const [music, setMusic] = useState(services.settings.musicVolume);
  return (
    <fieldset class="sound-settings">
      <legend>{t.sound}</legend>
      <label class="inline"><input type="checkbox" checked={!muted} onChange={(e) => { setMuted(!e.currentTarget.checked); services.updateSettings({ muted: !e.currentTarget.checked }); }} /> {strings.play.unmute}</label>
      <label>{t.volume} ({Math.round(volume * 100)}%)
        <input type="range" name="volume" min={0} max={100} step={5} value={volume * 100}
          onInput={(e) => setVolume(Number(e.currentTarget.value) / 100)}
          onChange={(e) => { services.updateSettings({ volume: Number(e.currentTarget.value) / 100 }); services.sound.play('star'); }} />
      </label>
      <label>{t.musicVolume(Math.round(music * 100))}
        <input type="range" name="music" min={0} max={100} step={5} value={music * 100}
          onInput={(e) => setMusic(Number(e.currentTarget.value) / 100)}
          onChange={(e) => services.updateSettings({ musicVolume: Number(e.currentTarget.value) / 100 })} />
      </label>
      <label>{t.voiceVolume(Math.round(voice * 100))}
        <input type="range" name="voice" min={0} max={100} step={5} value={voice * 100} disabled={!canSpeak()}
          onInput={(e) => setVoice(Number(e.currentTarget.value) / 100)}
          onChange={(e) => services.updateSettings({ voiceVolume: Number(e.currentTarget.value) / 100 })} />
      </label>
      {!canSpeak() && <p class="hint">{t.spokenMissing}</p>}
      <label class="inline">
        <input type="checkbox" name="calm" checked={calm} onChange={(e) => { setCalm(e.currentTarget.checked); services.updateSettings({ calm: e.currentTarget.checked }); }} /> {t.calm}
      </label>
    </fieldset>
  );
}

function PassRules({ services }: { services: AppServices }) {
  const field = (key: 'passCoveragePct' | 'passInBandPct') => (
    <label class="inline">{anyParamName(key)}
      <input type="number" name={key} min={0} max={100} step={1} value={services.settings[key]}
        onChange={(e) => { const value = Number(e.currentTarget.value); if (value >= 0 && value <= 100) services.updateSettings({ [key]: value }); }} />
    </label>
  );
  return (
    <fieldset>
      <legend>{t.passRules}</legend>
      <p class="hint">{t.passRulesHint}</p>
      {field('passCoveragePct')} {field('passInBandPct')}
    </fieldset>
  );
}

function PinSetting({ services }: { services: AppServices }) {
  const [pin, setPin] = useState(services.settings.pin ?? '');
  const [message, setMessage] = useState<string | null>(null);
  return (
    <fieldset>
      <legend>{t.pin}</legend>
      <p>{t.pinHint}</p>
      <form class="actions" onSubmit={(e) => {
        e.preventDefault();
        if (pin !== '' && !/^\d{4}$/.test(pin)) { setMessage(t.badPin); return; }
        services.updateSettings({ pin: pin === '' ? null : pin });
        setMessage(t.saved);
      }}>
        <input name="pin" inputMode="numeric" autoComplete="off" maxLength={4} value={pin} aria-label={t.pin} onInput={(e) => setPin(e.currentTarget.value)} />
        <button type="submit">{t.savePin}</button>
        {message && <span role="status">{message}</span>}
      </form>
    </fieldset>
  );
}

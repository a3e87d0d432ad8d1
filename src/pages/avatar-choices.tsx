import { useEffect, useRef } from 'preact/hooks';
import { avatarPicture } from '../pictures/avatars';
import { AVATARS, type Profile } from '../schema/profile';

/** The animal faces to choose from, as radio buttons: the child will know theirs by it. */
export function AvatarChoices({ value, onChange }: { value: Profile['avatar']; onChange: (avatar: Profile['avatar']) => void }) {
  return (
    <div class="avatar-choices">
      {AVATARS.map((a) => (
        <label key={a} class={`avatar-choice${value === a ? ' chosen' : ''}`}>
          <input type="radio" name="avatar" value={a} checked={value === a} onChange={() => onChange(a)} aria-label={a} />
          <AvatarPicture avatar={a} />
        </label>
      ))}
    </div>
  );
}

/** The avatar's SVG, built by the same code as the child's picker. */
export function AvatarPicture({ avatar }: { avatar: Profile['avatar'] }) {
  const slot = useRef<HTMLSpanElement>(null);
  useEffect(() => { slot.current?.replaceChildren(avatarPicture(avatar)); }, [avatar]);
  return <span class="avatar" ref={slot} aria-hidden="true" />;
}

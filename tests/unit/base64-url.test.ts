import { describe, expect, it } from 'vitest';
import { textFromBase64Url, toBase64Url } from '../../src/schema/base64-url';
import { invitationText, readInvitation } from '../../src/sync/invitation';

describe('URL-safe base64, as links carry records', () => {
  it('known answers: RFC 4648 §10 vectors, without padding, and the two URL-safe letters', () => {
    expect(['', 'f', 'fo', 'foo', 'foob', 'fooba', 'foobar'].map((text) => toBase64Url(text))).toEqual(['', 'Zg', 'Zm8', 'Zm9v', 'Zm9vYg', 'Zm9vYmE', 'Zm9vYmFy']);
    expect(toBase64Url(new Uint8Array([0xfb, 0xff, 0xbf]))).toBe('-_-_');
  });

  it('text in any script comes back as it went, through its UTF-8 bytes', () => {
    for (const text of ['Zoë’s circles', 'Мия', 'みお', '🦉 owl', '{"name":"a/b+c"}']) expect(textFromBase64Url(toBase64Url(text))).toBe(text);
  });

  it('a damaged link throws rather than reading as other text', () => {
    expect(() => textFromBase64Url('Zm9v!')).toThrow();
    expect(() => textFromBase64Url(toBase64Url(new Uint8Array([0xc3, 0x28])))).toThrow(); // not UTF-8
  });

  it("an invitation to a server whose address is not ASCII is read back whole", () => {
    const invitation = { server: 'https://praxis-müller.example/db/', name: 'family-7k2q', password: 'a-one-time-password-of-32-chars', database: 'deft-child-9d3c5e1a-2b4f-4c6d-8e7f-0a1b2c3d4e5f' };
    expect(readInvitation(invitationText(invitation))).toEqual(invitation);
  });
});

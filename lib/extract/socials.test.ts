import { describe, expect, it } from 'vitest';
import { normaliseSocial } from './socials';

const url = (h: string) => normaliseSocial(h)?.url;

describe('social profiles', () => {
  it('normalises profile links', () => {
    expect(url('https://www.vk.com/Romashka/?utm_source=x')).toBe('https://vk.com/romashka');
    expect(url('http://m.facebook.com/HarborPoint/')).toBe('https://facebook.com/harborpoint');
    expect(url('https://twitter.com/AcmeCo')).toBe('https://x.com/acmeco');
    expect(url('https://t.me/s/channel')).toBe('https://t.me/channel');
    expect(url('https://www.linkedin.com/company/acme/about/?trk=1')).toBe(
      'https://linkedin.com/company/acme',
    );
    expect(url('https://www.youtube.com/channel/UCa1B2c3')).toBe(
      'https://youtube.com/channel/UCa1B2c3',
    );
    expect(url('https://ok.ru/group/123')).toBe('https://ok.ru/group/123');
    expect(url('https://zen.yandex.ru/acme')).toBe('https://dzen.ru/acme');
  });
  it('rejects share buttons, intents and single items', () => {
    for (const h of [
      'https://vk.com/share.php?url=x',
      'https://twitter.com/intent/tweet?text=x',
      'https://www.facebook.com/sharer/sharer.php?u=x',
      'https://t.me/share/url?url=x',
      'https://www.linkedin.com/shareArticle?mini=true',
      'https://ok.ru/dk?st.cmd=WidgetSharePreview',
      'https://connect.ok.ru/offer?url=x',
      'https://www.youtube.com/watch?v=abc',
      'https://youtu.be/abc',
      'https://instagram.com/p/Cx1/',
      'https://rutube.ru/video/abc/',
      'https://github.com/acme/repo',
      'https://example.com/vk',
    ])
      expect(url(h), h).toBeUndefined();
  });
});

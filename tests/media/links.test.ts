import { describe, expect, it } from 'vitest';
import { checkLink, linkIn, type OfficialSite } from '../../src/media';
import { skeleton } from '../../src/media/links';

const SITES: OfficialSite[] = [
  { host: 'dichvucong.gov.vn', name: 'Cổng Dịch vụ công quốc gia' },
  { host: 'vneid.gov.vn', name: 'Ứng dụng định danh điện tử VNeID' },
];

const verdict = (text: string) => {
  const url = linkIn(text);
  if (!url) throw new Error(`no link in ${text}`);
  return checkLink(url, SITES);
};

describe('links in QR codes', () => {
  it('finds links with or without a scheme, and nothing in plain words', () => {
    expect(linkIn('https://dichvucong.gov.vn/p/home')?.hostname).toBe('dichvucong.gov.vn');
    expect(linkIn('vneid-gov.vn.xyz/login')?.hostname).toBe('vneid-gov.vn.xyz');
    expect(linkIn('Xin chào bà con')).toBeUndefined();
    expect(linkIn('WIFI:S:nha;T:WPA;P:123;;')).toBeUndefined();
  });

  it('accepts the official addresses and their subdomains', () => {
    expect(verdict('https://dichvucong.gov.vn/p/home/dvc-trang-chu.html')).toMatchObject({ verdict: 'official', official: SITES[0] });
    expect(verdict('https://www.vneid.gov.vn')).toMatchObject({ verdict: 'official', official: SITES[1] });
  });

  it.each([
    ['https://dichvucong-gov.cc/dang-nhap', 'dichvucong-gov.cc', 'dichvucong.gov.vn'],
    ['http://vneid-gov.vn.xyz', 'vn.xyz', 'vneid.gov.vn'],
    ['https://dichvuc0ng.gov.vn.com/login', 'vn.com', 'dichvucong.gov.vn'],
    ['https://dichvucog.com', 'dichvucog.com', 'dichvucong.gov.vn'],
    ['https://xn--vnid-w4d.gov.vn.net', 'vn.net', 'vneid.gov.vn'],
    ['https://xn--dchvcng-x0a0689dsha.vn', 'dịchvụcông.vn', 'dichvucong.gov.vn'],
    ['https://cong-an-gov.top/xac-minh', 'cong-an-gov.top', 'gov.vn'],
  ])('warns that %s is a look-alike (real domain %s, imitating %s)', (link, domain, imitated) => {
    const check = verdict(link);
    expect(check.verdict).toBe('lookalike');
    expect(check.domain).toBe(domain);
    expect(check.official?.host).toBe(imitated);
  });

  it('shows a punycode host in the letters it displays, and says so', () => {
    const check = verdict('https://xn--vnid-w4d.gov.vn.net');
    expect(check.host).toBe('vnеid.gov.vn.net');
    expect(check.punycode).toBe(true);
  });

  it('tells a government address outside the list and an ordinary site apart', () => {
    expect(verdict('https://sotttt.dongnai.gov.vn').verdict).toBe('government');
    expect(verdict('https://example.com/a').verdict).toBe('unknown');
  });

  it('folds look-alike characters into a skeleton', () => {
    expect(skeleton('DỊCH-vụ-c0ng')).toBe('dichvucong');
    expect(skeleton('vnеid')).toBe('vneid');
    expect(skeleton('rnb-bank')).toBe('mbbank');
  });
});

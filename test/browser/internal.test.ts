import { expect } from '@open-wc/testing';
import { Announcer } from '../../src/internal/announcer.js';
import { buildRedirectUrl } from '../../src/internal/redirect.js';
import { encodeFile, encodeJpeg, fitSize, FileRejected, sniffImageType } from '../../src/capture/encode.js';
import { countryOptions, ISO_COUNTRIES } from '../../src/internal/countries.js';

describe('redirect rule', () => {
  const id = 'ses_1';
  const refused = [
    'javascript:alert(1)',
    'data:text/html,hi',
    'http://example.com/done',
    'https://user:pass@example.com/done',
    'https://exa mple.com/',
    ' https://example.com/',
    'https://example.com/\n',
    'https://example.com/\u0000',
    'ftp://example.com/',
    '/relative/path',
    '//example.com/x',
    `https://example.com/${'a'.repeat(2040)}`,
    '',
  ];
  for (const url of refused) {
    it(`refuses ${JSON.stringify(url.slice(0, 40))}`, () => {
      expect(buildRedirectUrl(url, id, 'processing')).to.equal(null);
    });
  }
  it('accepts https and http on localhost, adding the session id and status', () => {
    const out = buildRedirectUrl('https://example.com/kyc/done?x=1#top', id, 'processing');
    const u = new URL(out!);
    expect(u.origin).to.equal('https://example.com');
    expect(u.searchParams.get('x')).to.equal('1');
    expect(u.searchParams.get('verilock_session_id')).to.equal(id);
    expect(u.searchParams.get('verilock_status')).to.equal('processing');
    expect(u.hash).to.equal('#top');
    expect(buildRedirectUrl('http://localhost:3000/done', id, 'processing')).to.match(
      /^http:\/\/localhost:3000\/done\?/,
    );
    expect(buildRedirectUrl('http://127.0.0.1/done', id, 'processing')).to.not.equal(null);
    expect(buildRedirectUrl(null, id, 'processing')).to.equal(null);
  });
  it('overrides spoofed parameters instead of duplicating them', () => {
    const u = new URL(buildRedirectUrl('https://example.com/?verilock_status=approved', id, 'processing')!);
    expect(u.searchParams.getAll('verilock_status')).to.deep.equal(['processing']);
  });
});

describe('live-region announcer', () => {
  function harness(gap = 2000) {
    let now = 0;
    const said: string[] = [];
    const timers: { at: number; fn: () => void }[] = [];
    const a = new Announcer((t) => said.push(t), gap, {
      now: () => now,
      setTimeout: (fn, ms) => {
        const t = { at: now + ms, fn };
        timers.push(t);
        return t;
      },
      clearTimeout: (t) => {
        const i = timers.indexOf(t as { at: number; fn: () => void });
        if (i >= 0) timers.splice(i, 1);
      },
    });
    const advance = (ms: number) => {
      now += ms;
      for (const t of [...timers].sort((x, y) => x.at - y.at)) {
        if (t.at <= now) {
          timers.splice(timers.indexOf(t), 1);
          t.fn();
        }
      }
    };
    return { a, said, advance };
  }
  it('speaks changes only', () => {
    const { a, said, advance } = harness();
    a.say('Move closer');
    advance(3000);
    a.say('Move closer');
    advance(3000);
    expect(said).to.deep.equal(['Move closer']);
  });
  it('at most one message per gap; the latest wins', () => {
    const { a, said, advance } = harness();
    a.say('A');
    advance(100);
    a.say('B');
    advance(100);
    a.say('C');
    expect(said).to.deep.equal(['A']);
    advance(1800);
    expect(said).to.deep.equal(['A', 'C']);
  });
  it('a message that flips back before the gap ends is not repeated', () => {
    const { a, said, advance } = harness();
    a.say('A');
    advance(100);
    a.say('B');
    a.say('A');
    advance(5000);
    expect(said).to.deep.equal(['A']);
  });
  it('reset forgets the last message', () => {
    const { a, said, advance } = harness();
    a.say('A');
    a.reset();
    advance(2000);
    a.say('A');
    expect(said).to.deep.equal(['A', 'A']);
  });
});

async function canvasBlob(w: number, h: number, type = 'image/png'): Promise<Blob> {
  const c = new OffscreenCanvas(w, h);
  const ctx = c.getContext('2d')!;
  for (let i = 0; i < 200; i++) {
    ctx.fillStyle = `hsl(${i * 7} 80% 50%)`;
    ctx.fillRect((i * 37) % w, (i * 53) % h, 40, 40);
  }
  return c.convertToBlob({ type });
}

describe('capture encoding', () => {
  it('never upscales and keeps the aspect ratio', () => {
    expect(fitSize(640, 480, 2048)).to.deep.equal({ width: 640, height: 480 });
    expect(fitSize(4000, 3000, 2000)).to.deep.equal({ width: 2000, height: 1500 });
    expect(fitSize(3000, 4000, 1600)).to.deep.equal({ width: 1200, height: 1600 });
  });

  it('sniffs types by magic bytes', async () => {
    expect(await sniffImageType(await canvasBlob(8, 8, 'image/png'))).to.equal('image/png');
    expect(await sniffImageType(await canvasBlob(8, 8, 'image/jpeg'))).to.equal('image/jpeg');
    // A WebP header made by hand: WebKit's canvas cannot encode WebP (it falls back to PNG).
    const webp = new Uint8Array([
      ...new TextEncoder().encode('RIFF'),
      26,
      0,
      0,
      0,
      ...new TextEncoder().encode('WEBPVP8 '),
    ]);
    expect(await sniffImageType(new Blob([webp]))).to.equal('image/webp');
    const heic = new Uint8Array([0, 0, 0, 24, ...new TextEncoder().encode('ftypheic'), 0, 0, 0, 0]);
    expect(await sniffImageType(new Blob([heic]))).to.equal('heic');
    expect(await sniffImageType(new Blob(['%PDF-1.7 hello']))).to.equal('pdf');
    expect(await sniffImageType(new Blob(['hello']))).to.equal(null);
  });

  it('compresses under the byte limit and strips metadata (a JPEG with EXIF/GPS comes out without)', async () => {
    const big = await canvasBlob(3000, 2000, 'image/jpeg');
    // Splice an APP1 "Exif" segment with a fake GPS tag right after SOI.
    const bytes = new Uint8Array(await big.arrayBuffer());
    const payload = new TextEncoder().encode('Exif\0\0GPSLatitude=48.8566');
    const app1 = new Uint8Array([0xff, 0xe1, 0, payload.length + 2, ...payload]);
    const withExif = new File([bytes.slice(0, 2), app1, bytes.slice(2)], 'photo.jpg', { type: 'image/jpeg' });
    const out = await encodeFile(withExif, { maxLongSide: 2048, maxBytes: 500_000, maxInputBytes: 20_000_000 });
    expect(out.blob.size).to.be.at.most(500_000);
    expect(Math.max(out.width, out.height)).to.equal(2048);
    const text = new TextDecoder('latin1').decode(new Uint8Array(await out.blob.arrayBuffer()));
    expect(text).to.not.include('Exif');
    expect(text).to.not.include('GPSLatitude');
  });

  it('refuses broken HEIC, non-images, oversized and unreadable files with a reason', async () => {
    const opts = { maxLongSide: 2048, maxBytes: 500_000, maxInputBytes: 1_000_000 };
    const reason = async (f: File) => {
      try {
        await encodeFile(f, opts);
        return 'accepted';
      } catch (e) {
        return e instanceof FileRejected ? e.problem : 'other';
      }
    };
    const heic = new Uint8Array([0, 0, 0, 24, ...new TextEncoder().encode('ftypheic'), 0, 0, 0, 0]);
    // A HEIC that ends after its ftyp box; without an assets folder there is no decoder to try it with.
    expect(await reason(new File([heic], 'IMG_0001.HEIC', { type: 'image/heic' }))).to.equal('heic_unsupported');
    expect(await reason(new File(['no ftyp'], 'IMG_0001.HEIC', { type: '' }))).to.equal('heic_corrupt');
    expect(await reason(new File(['just text'], 'notes.txt', { type: 'text/plain' }))).to.equal('not_image');
    expect(await reason(new File(['%PDF-1.4'], 'scan.jpg', { type: 'image/jpeg' }))).to.equal('pdf_corrupt');
    expect(await reason(new File([new Uint8Array(1_000_001)], 'big.jpg', { type: 'image/jpeg' }))).to.equal(
      'too_large',
    );
    const broken = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 4]);
    expect(await reason(new File([broken], 'broken.jpg', { type: 'image/jpeg' }))).to.equal('unreadable');
  });

  it('encodes any drawable source to JPEG', async () => {
    const c = new OffscreenCanvas(320, 240);
    c.getContext('2d')!.fillRect(0, 0, 320, 240);
    const out = await encodeJpeg(c, 320, 240, { maxLongSide: 1280, maxBytes: 100_000 });
    expect(out.blob.type).to.equal('image/jpeg');
    expect([out.width, out.height]).to.deep.equal([320, 240]);
  });
});

describe('countries', () => {
  it('lists ISO codes named and sorted in the locale', () => {
    expect(ISO_COUNTRIES).to.include('FR');
    expect(new Set(ISO_COUNTRIES).size).to.equal(ISO_COUNTRIES.length);
    const fr = countryOptions(['DE', 'FR', 'ES'], 'fr');
    expect(fr.map((o) => o.name)).to.deep.equal(['Allemagne', 'Espagne', 'France']);
  });
});

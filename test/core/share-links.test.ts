import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { normalizeInstance } from '../../src/core/mastodon.js';
import {
  buildCustomShareUrl,
  buildShareUrl,
  fitText,
  graphemes,
  pageShareUrl,
  SHARE_NETWORKS,
  weightedLength,
  withAttribution,
  type ShareContent,
} from '../../src/core/share-links.js';
import { validateConfig } from '../../src/core/validate.js';
import { minimalConfig } from '../helpers.js';

const URL_ = 'https://example.org/study?id=7&lang=es#join';
const ENC_URL = 'https%3A%2F%2Fexample.org%2Fstudy%3Fid%3D7%26lang%3Des%23join';
const content: ShareContent = {
  url: URL_,
  title: 'A study for lung cancer',
  text: 'Help us test a new treatment.',
  hashtags: ['LungCancer', 'Trials'],
};
const TEXT = 'Help%20us%20test%20a%20new%20treatment.';
const TITLE = 'A%20study%20for%20lung%20cancer';

/** The decoded value of one query parameter of a share link. */
const param = (href: string, name: string) => new URL(href).searchParams.get(name)!;

describe('share links', () => {
  it('builds the exact share-intent URL for every network', () => {
    const expected: Record<string, string> = {
      email: `mailto:?subject=${TITLE}&body=${TEXT}%0D%0A%0D%0A${ENC_URL}`,
      sms: `sms:?&body=${TEXT}%0A${ENC_URL}`,
      whatsapp: `https://wa.me/?text=${TEXT}%0A${ENC_URL}`,
      facebook: `https://www.facebook.com/sharer/sharer.php?u=${ENC_URL}`,
      x: `https://x.com/intent/tweet?text=${TEXT}&url=${ENC_URL}&hashtags=LungCancer%2CTrials`,
      linkedin: `https://www.linkedin.com/sharing/share-offsite/?url=${ENC_URL}`,
      reddit: `https://www.reddit.com/submit?url=${ENC_URL}&title=${TITLE}`,
      telegram: `https://t.me/share/url?url=${ENC_URL}&text=${TEXT}`,
      bluesky: `https://bsky.app/intent/compose?text=${TEXT}%0A%23LungCancer%20%23Trials%0A${ENC_URL}`,
      threads: `https://www.threads.net/intent/post?text=${TEXT}&url=${ENC_URL}`,
      mastodon: `https://mastodon.social/share?text=${TEXT}%0A%23LungCancer%20%23Trials%0A${ENC_URL}`,
      pinterest: `https://www.pinterest.com/pin/create/button/?url=${ENC_URL}&description=${TEXT}`,
    };
    expect(Object.keys(expected).sort()).to.deep.equal([...SHARE_NETWORKS].sort());
    for (const network of SHARE_NETWORKS) {
      expect(buildShareUrl(network, content, { instance: 'mastodon.social' }), network).to.equal(expected[network]);
    }
  });

  it('encodes non-ASCII text and emoji as UTF-8', () => {
    const spanish = { url: 'https://example.org/', title: 'Cáncer', text: 'Estudio sobre cáncer 🎗️ — ¿le interesa?' };
    const encoded = 'Estudio%20sobre%20c%C3%A1ncer%20%F0%9F%8E%97%EF%B8%8F%20%E2%80%94%20%C2%BFle%20interesa%3F';
    expect(buildShareUrl('whatsapp', spanish)).to.equal(`https://wa.me/?text=${encoded}%0Ahttps%3A%2F%2Fexample.org%2F`);
    expect(buildShareUrl('x', spanish)).to.equal(`https://x.com/intent/tweet?text=${encoded}&url=https%3A%2F%2Fexample.org%2F`);
    expect(buildShareUrl('email', spanish)).to.equal(`mailto:?subject=C%C3%A1ncer&body=${encoded}%0D%0A%0D%0Ahttps%3A%2F%2Fexample.org%2F`);
  });

  it('keeps line breaks where the network supports them (CRLF in email, as RFC 6068 asks)', () => {
    const lines = { url: 'https://example.org/', title: 'T', text: 'Line one\nLine two' };
    expect(buildShareUrl('whatsapp', lines)).to.equal('https://wa.me/?text=Line%20one%0ALine%20two%0Ahttps%3A%2F%2Fexample.org%2F');
    expect(buildShareUrl('email', lines)).to.equal('mailto:?subject=T&body=Line%20one%0D%0ALine%20two%0D%0A%0D%0Ahttps%3A%2F%2Fexample.org%2F');
    expect(param(buildShareUrl('x', lines), 'text')).to.equal('Line one\nLine two');
  });

  it('uses the title when there is no text', () => {
    expect(buildShareUrl('telegram', { url: 'https://example.org/', title: 'Just a title' })).to.equal(
      'https://t.me/share/url?url=https%3A%2F%2Fexample.org%2F&text=Just%20a%20title',
    );
  });

  describe('X: text and link fit 280 characters, a link counting 23', () => {
    it('cuts long text at a word, with an ellipsis, leaving room for the link and hashtags', () => {
      const href = buildShareUrl('x', { ...content, text: 'a '.repeat(200) });
      const text = param(href, 'text');
      expect(text).to.equal(`${'a '.repeat(116)}a…`);
      // text + " " + 23 (link) + " #LungCancer" + " #Trials" = 234 + 1 + 23 + 12 + 8 = 278.
      expect(weightedLength(text) + 1 + 23 + 12 + 8).to.be.at.most(280);
      expect(param(href, 'url')).to.equal(URL_);
    });

    it('counts CJK characters and emoji as 2, as X does', () => {
      const cjk = param(buildShareUrl('x', { url: URL_, text: '臨床試験'.repeat(100) }), 'text');
      expect(cjk).to.equal(`${'臨床試験'.repeat(31)}臨床試…`);
      const emoji = param(buildShareUrl('x', { url: URL_, text: '🎗️'.repeat(200) }), 'text');
      expect(emoji).to.equal(`${'🎗️'.repeat(127)}…`);
    });

    it('leaves a short text alone', () => {
      expect(fitText('Short enough', 280)).to.equal('Short enough');
      expect(fitText('Join a study near you', 12)).to.equal('Join a…');
      expect(fitText('Unbreakablewords', 8)).to.equal('Unbreak…');
    });
  });

  it('Bluesky: the whole post (text, hashtags, link) stays within 300 graphemes', () => {
    const href = buildShareUrl('bluesky', { ...content, text: 'word '.repeat(100) });
    const post = param(href, 'text');
    expect(post).to.equal(`${'word '.repeat(46)}word…\n#LungCancer #Trials\n${URL_}`);
    expect(weightedLength(post)).to.be.at.most(300);
  });

  it('Mastodon: uses the person’s server, and refuses anything that is not a server name', () => {
    expect(buildShareUrl('mastodon', { url: 'https://example.org/', text: 'Hi' }, { instance: 'mas.to' })).to.equal(
      'https://mas.to/share?text=Hi%0Ahttps%3A%2F%2Fexample.org%2F',
    );
    expect(() => buildShareUrl('mastodon', content)).to.throw(/server name/);
    expect(() => buildShareUrl('mastodon', content, { instance: 'evil.example/phish?' })).to.throw(/server name/);
    expect(() => buildShareUrl('mastodon', content, { instance: 'javascript:alert(1)//x.com' })).to.throw();
  });

  it('reads a Mastodon server from what a person types', () => {
    expect(normalizeInstance('Mastodon.Social')).to.equal('mastodon.social');
    expect(normalizeInstance(' https://mas.to/@someone ')).to.equal('mas.to');
    expect(normalizeInstance('@someone@med-mastodon.com')).to.equal('med-mastodon.com');
    expect(normalizeInstance('someone@mstdn.social')).to.equal('mstdn.social');
    for (const bad of ['', 'localhost', 'javascript:alert(1)', 'not a server', '@someone', 'http://', '.com']) {
      expect(normalizeInstance(bad), bad).to.equal(undefined);
    }
  });

  describe('custom targets', () => {
    it('fills {url}, {title} and {text}, each URI-encoded', () => {
      const template = 'https://forum.example.org/new-topic?title={title}&body={text}%20{url}';
      expect(buildCustomShareUrl(template, content)).to.equal(`https://forum.example.org/new-topic?title=${TITLE}&body=${TEXT}%20${ENC_URL}`);
    });

    it('gives nothing for a template that is not https, or that a value would turn into another host', () => {
      expect(buildCustomShareUrl('javascript:alert("{url}")', content)).to.equal(undefined);
      expect(buildCustomShareUrl('http://forum.example.org/new?u={url}', content)).to.equal(undefined);
      expect(buildCustomShareUrl('data:text/html,{text}', content)).to.equal(undefined);
      expect(buildCustomShareUrl('https://{text}/new', content)).to.equal(undefined);
      expect(buildCustomShareUrl('https://forum.{title}.org/new', { ...content, title: 'evil.example/x?' })).to.equal(undefined);
    });

    it('is rejected by the schema when the template is javascript:', () => {
      const result = validateConfig(minimalConfig({ share: { custom: [{ id: 'forum', label: 'Forum', template: 'javascript:alert("{url}")' }] } }));
      expect(result.ok).to.equal(false);
      if (!result.ok) expect(result.problems.map((problem) => problem.path)).to.include('share.custom[0].template');
    });
  });

  describe('attribution', () => {
    const tags = { source: 'whatsapp', medium: 'social', campaign: 'lung-1', ref: 'lung forum' };

    it('adds utm_source, utm_medium, utm_campaign and ref, keeping the query string and fragment', () => {
      expect(withAttribution(URL_, tags)).to.equal(
        'https://example.org/study?id=7&lang=es&utm_source=whatsapp&utm_medium=social&utm_campaign=lung-1&ref=lung%20forum#join',
      );
      expect(withAttribution('https://example.org/s', tags)).to.equal(
        'https://example.org/s?utm_source=whatsapp&utm_medium=social&utm_campaign=lung-1&ref=lung%20forum',
      );
      expect(withAttribution('https://example.org/s?', { ...tags, ref: undefined })).to.equal(
        'https://example.org/s?utm_source=whatsapp&utm_medium=social&utm_campaign=lung-1',
      );
    });

    it('leaves parameters the link already sets, and its encoding, exactly as they are', () => {
      expect(withAttribution('https://example.org/s?utm_source=poster&x=a%20b+c#top', tags)).to.equal(
        'https://example.org/s?utm_source=poster&x=a%20b+c&utm_medium=social&utm_campaign=lung-1&ref=lung%20forum#top',
      );
      const all = 'https://example.org/s?utm_source=a&utm_medium=b&utm_campaign=c&ref=d';
      expect(withAttribution(all, tags)).to.equal(all);
    });

    it('shares a page’s own address without its fragment or the attribution it arrived with', () => {
      expect(pageShareUrl('http://localhost:8000/demo/?utm_source=facebook&a=1&ref=x&utm_medium=social#top')).to.equal('http://localhost:8000/demo/?a=1');
      expect(pageShareUrl('https://example.org/trial#contact')).to.equal('https://example.org/trial');
      expect(pageShareUrl('https://example.org/trial?utm_campaign=z')).to.equal('https://example.org/trial');
    });
  });
});

describe('graphemes (what post lengths are counted in)', () => {
  const segmented = (text: string) => Array.from(new Intl.Segmenter().segment(text), (part) => part.segment);

  it('splits every text as Intl.Segmenter does: Latin, CJK, line breaks, and emoji, marks and jamo (which take the Segmenter)', () => {
    const samples = [
      'Join a study for lung cancer. Free parking, paid travel…',
      'Estudio para el cáncer de pulmón: “sin costo” — ¿participa?',
      '肺癌研究：免费停车。',
      'line one\r\nline two\rthree\n\r\n',
      'e\u0301 (a combining accent)',
      '👩‍👩‍👧 family, 👍🏽, 🇺🇸, 1️⃣',
      '한국어 각',
      'دراسة لسرطان الرئة',
      'हिन्दी',
      '',
    ];
    for (const text of samples) expect(graphemes(text), JSON.stringify(text)).to.deep.equal(segmented(text));
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary' }),
          fc.string({ unit: 'grapheme' }),
          fc.string({ unit: fc.constantFrom('a', '\r', '\n', 'é', '中', '：', '。', '\u302a', '\uff9e', '…', '\u0301', '\u200d', '👍', '🏽') }),
        ),
        (text) => {
          expect(graphemes(text)).to.deep.equal(segmented(text));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('needs no Intl.Segmenter for a text in Latin letters or Chinese (its first use costs 50-100 ms on a phone)', () => {
    const { segment } = Intl.Segmenter.prototype;
    let used = 0;
    Intl.Segmenter.prototype.segment = function (this: Intl.Segmenter, text: string) {
      used++;
      return segment.call(this, text);
    };
    try {
      buildShareUrl('x', { ...content, text: 'Estudio para el cáncer de pulmón — “sin costo”.\r\nÚnase.' });
      buildShareUrl('bluesky', { ...content, text: '肺癌研究：免费停车。' });
      expect(used).to.equal(0);
      buildShareUrl('bluesky', { ...content, text: 'A study 👍🏽' });
      expect(used).to.be.greaterThan(0);
    } finally {
      Intl.Segmenter.prototype.segment = segment;
    }
  });
});

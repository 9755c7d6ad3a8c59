import { expect } from '@open-wc/testing';
import { isContactUrl, isEmail, isPhone, isWebUrl, mailtoHref, safeHref, telHref } from '../../src/core/safe-url.js';

describe('safe URLs', () => {
  it('accepts https and local development addresses only', () => {
    expect(isWebUrl('https://example.org/a?b=c#d')).to.equal(true);
    expect(isWebUrl('http://localhost:8000/x')).to.equal(true);
    expect(isWebUrl('http://127.0.0.1/x')).to.equal(true);
    for (const bad of [
      'http://example.org',
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      'data:text/html,x',
      'vbscript:x',
      '/relative',
      '',
      'https://',
      42,
      null,
    ]) {
      expect(isWebUrl(bad), String(bad)).to.equal(false);
    }
  });

  it('accepts mailto: and tel: where a contact is meant', () => {
    expect(isContactUrl('mailto:study@example.org')).to.equal(true);
    expect(isContactUrl('tel:+15550100199')).to.equal(true);
    expect(isContactUrl('https://example.org')).to.equal(true);
    expect(isContactUrl('javascript:alert(1)')).to.equal(false);
    expect(isWebUrl('mailto:study@example.org')).to.equal(false);
  });

  it('recognises phone numbers and e-mail addresses as people write them', () => {
    for (const phone of ['+1 555 010 0199', '1-800-422-6237', '(646) 888-4187', '+8618117275173', '555-0101 ext. 12']) {
      expect(isPhone(phone), phone).to.equal(true);
    }
    for (const phone of ['call us', '<script>', '12']) expect(isPhone(phone), phone).to.equal(false);
    expect(isEmail('Zi.Chen@ascentage.com')).to.equal(true);
    expect(isEmail('a@b')).to.equal(false);
    expect(isEmail('a b@c.org')).to.equal(false);
  });

  it('builds tel: and mailto: hrefs', () => {
    expect(telHref('1-800-422-6237')).to.equal('tel:18004226237');
    expect(telHref('+1 (555) 010-0199 ext. 12')).to.equal('tel:+15550100199,12');
    expect(mailtoHref('study@example.org')).to.equal('mailto:study@example.org');
    expect(mailtoHref('a+b@example.org')).to.equal('mailto:a%2Bb@example.org');
  });

  it('safeHref returns only safe values', () => {
    expect(safeHref('https://example.org')).to.equal('https://example.org');
    expect(safeHref('javascript:alert(1)')).to.equal(undefined);
    expect(safeHref('tel:123', 'contact')).to.equal('tel:123');
    expect(safeHref('tel:123')).to.equal(undefined);
  });
});

/**
 * What the cleaner keeps and drops, one page shape per row: chrome around and inside
 * the article goes, quotes, embedded posts and lists of cases stay.
 */
import { cleanHtml } from '../../src/clean';

const P1 = 'On 10 December the district court sentenced the blogger to fifteen days of administrative detention, his lawyer said.';
const P2 = 'The blogger had written about a protest in front of the regional administration, and the police detained him at home.';
const P3 = 'Rights groups said that the case was one of several brought against online critics in the region over the past year.';
const article = (inner: string) => `<article class="story"><h1>Blogger jailed</h1><p>${P1}</p>${inner}<p>${P2}</p><p>${P3}</p></article>`;
const page = (body: string) => `<!DOCTYPE html><html lang="en"><head><title>Blogger jailed | News</title></head><body>${body}</body></html>`;

describe('drops chrome', () => {
  test.each([
    ['navigation', `<nav><a href="/">Home</a> <a href="/world">World news and analysis</a></nav>${article('')}`, 'World news'],
    ['header and footer', `<header class="site-header"><a href="/">The Daily Courier front page</a></header>${article('')}<footer>Copyright notice and contact details of the Daily Courier</footer>`, 'Daily Courier'],
    ['sidebar', `<div class="layout">${article('')}<aside class="sidebar"><h3>Popular</h3><p>Another story about something else entirely, with commas, and more words.</p></aside></div>`, 'something else'],
    ['related news block', `${article('')}<section class="related-news"><h2>Related</h2><ul><li><a href="/a">Court fines a journalist for a post</a></li><li><a href="/b">Police detain protesters in the capital</a></li></ul></section>`, 'journalist'],
    ['share bar inside the article', article('<div class="share-buttons"><a href="#">Share on Facebook</a> <a href="#">Share on Twitter</a></div>'), 'Share on'],
    ['cookie banner', `${article('')}<div id="cookie-consent">We use cookies to improve your experience on our website. <button>Accept</button></div>`, 'cookies'],
    ['comment section', `${article('')}<div id="comments"><h3>3 comments</h3><div class="comment"><p>I was there and saw how the police behaved, it was shocking, honestly.</p></div></div>`, 'shocking'],
    ['newsletter form', `${article('')}<div class="newsletter-signup"><h3>Get our newsletter</h3><form><input type="email"><button>Sign up</button></form></div>`, 'newsletter'],
    ['caption and photo credit', article('<figure><img src="a.jpg"><figcaption>The courthouse in the capital. Photo: Agency</figcaption></figure><p>© Jane Doe/Agency</p>'), 'courthouse'],
    ['read-more teaser', article('<p><strong>Read more:</strong> <a href="/x">Activist fined for single picket in the capital</a></p>'), 'Activist fined'],
    ['headline repeated in the body', article('<h2>Blogger jailed</h2>'), 'Blogger jailed'],
  ])('%s', (_name, body, chrome) => {
    const text = cleanHtml(page(body)).text;
    expect(text).toContain(P1);
    expect(text).toContain(P3);
    expect(text).not.toContain(chrome);
  });
});

describe('keeps the article', () => {
  test('quotes stay', () => {
    const text = cleanHtml(page(article('<blockquote><p>“We will appeal this unjust decision,” the lawyer told reporters outside the courthouse.</p></blockquote>'))).text;
    expect(text).toContain('“We will appeal this unjust decision,” the lawyer told reporters');
  });

  test('the blockquote of an embedded tweet stays', () => {
    const tweet = '<div class="social-media-embed"><blockquote class="twitter-tweet"><p lang="en">The verdict against the blogger is an attack on free speech <a href="https://t.co/x">https://t.co/x</a></p>— Rights Group (@rightsgroup) <a href="https://twitter.com/x/status/1">December 10, 2019</a></blockquote></div>';
    const text = cleanHtml(page(article(tweet))).text;
    expect(text).toContain('The verdict against the blogger is an attack on free speech');
    expect(text).toContain('— Rights Group (@rightsgroup) December 10, 2019');
  });

  test('a bullet list of cases stays, one item per line', () => {
    const list = '<ul><li>In Almaty, <a href="/p/1">Askar Nurlanov</a> was sentenced to 15 days of administrative detention.</li><li>In Aktau, <a href="/p/2">Dina Sarsenova</a> was fined 100,000 tenge for a picket.</li><li>In Uralsk, ten people were detained on their way to the central square.</li></ul>';
    const text = cleanHtml(page(article(list))).text;
    expect(text).toContain('• In Almaty, Askar Nurlanov was sentenced to 15 days of administrative detention.\n• In Aktau, Dina Sarsenova was fined 100,000 tenge for a picket.\n• In Uralsk,');
  });

  test('headings are their own paragraphs and paragraphs are separated by a blank line', () => {
    const text = cleanHtml(page(article('<h2>Background</h2>'))).text;
    expect(text).toBe(`${P1}\n\nBackground\n\n${P2}\n\n${P3}`);
  });

  test('two line breaks separate paragraphs, one keeps a line', () => {
    const text = cleanHtml(page(`<div class="post">${P1}<br><br>${P2}<br>${P3}</div>`)).text;
    expect(text).toBe(`${P1}\n\n${P2}\n${P3}`);
  });

  test('an article split by an inline related-story box is joined', () => {
    const box = '<div class="related-story"><span>Related story</span><a href="/r">Another activist detained after a post</a></div>';
    const text = cleanHtml(page(article(box))).text;
    expect(text).toBe(`${P1}\n\n${P2}\n\n${P3}`);
  });

  test('entities are decoded and whitespace folded', () => {
    const text = cleanHtml(page(article('<p>Fines &amp; detentions&nbsp;continued,\n   the   monitors said &#8211; again.</p>'))).text;
    expect(text).toContain('Fines & detentions\u00a0continued, the monitors said – again.'.replace('\u00a0', ' '));
  });
});

describe('the <head> is never the article', () => {
  // Paragraphs written straight into a link-heavy <body>: the body's score is discounted by its
  // links, and the <html> above it (holding the uncleaned <head>) must not win instead.
  const links = Array.from({ length: 30 }, (_, i) => `<a href="/p${i}">Archive page number ${i} of the blog</a>`).join(' ');
  test.each([
    ['a short note', '<p>Short note from the courthouse, written on the steps.</p>'],
    ['two short notes', '<p>Short note from the courthouse, written on the steps.</p><p>Second note, after the verdict.</p>'],
  ])('%s before a link list', (_name, notes) => {
    const html = `<html><head><title>Notes</title><script>var tracker = 1;</script><style>p { color: red }</style></head><body>${notes}${links}</body></html>`;
    const doc = cleanHtml(html);
    expect(doc.text).toContain('Short note from the courthouse');
    expect(doc.text).not.toContain('tracker');
    expect(doc.text).not.toContain('color');
    expect(doc.text.startsWith('Notes')).toBe(false);
  });
});

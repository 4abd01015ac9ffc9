// The pieces of embedding that need no browser: the link and snippet the Embed dialog makes,
// and what the epoch messages may carry.
import { test, expect, vi } from 'vitest';
import { embedLink, embedSnippet } from '../../web/shared/embed-dialog.js';
import { publicMetrics, postEpoch, setMessagePage } from '../../web/shared/embed-messages.js';

test('the embed link keeps the page’s own settings and sets hide= and lang=', () => {
  const link = embedLink({ href: 'https://c.edu/ch2/index.html#old', hash: '#data.generator=xor&hide=files&lang=en&model.hidden=[8,4]',
    hide: ['data', 'layers'], lang: 'zh' });
  expect(link).toBe('https://c.edu/ch2/index.html#data.generator=xor&model.hidden=[8,4]&hide=data,layers&lang=zh');
});

test('with nothing hidden and the reader’s language, the link is the page’s own', () => {
  expect(embedLink({ href: 'https://c.edu/lab.html', hash: '', hide: [], lang: null })).toBe('https://c.edu/lab.html');
  expect(embedLink({ href: 'https://c.edu/lab.html#surface=saddle', hash: '#surface=saddle', hide: [], lang: null }))
    .toBe('https://c.edu/lab.html#surface=saddle');
});

test('the snippet is one <iframe> whose attributes cannot be broken out of', () => {
  const s = embedSnippet({ link: 'https://c.edu/a.html#x=1&y="2"', width: 900, height: 640, title: 'A <b> & "c"' });
  expect(s).toBe('<iframe src="https://c.edu/a.html#x=1&amp;y=&quot;2&quot;" width="900" height="640" '
    + 'title="A &lt;b> &amp; &quot;c&quot;" style="border:0;max-width:100%" loading="lazy"></iframe>');
});

test('an epoch message carries the metrics’ numbers and status, nothing else', () => {
  const m = publicMetrics({ epoch: 3, trainLoss: 0.5, testLoss: NaN, status: 'ok', workerMs: 12, spec: { seed: 1 }, weights: [1, 2], name: 'x' });
  expect(m).toEqual({ epoch: 3, trainLoss: 0.5, status: 'ok' });
});

test('only a framed page posts, to its parent', () => {
  const parent = { postMessage: vi.fn() };
  const self = globalThis;
  expect(postEpoch({ epoch: 1 })).toBe(false);  // not framed: parent is the page itself (or absent)
  vi.stubGlobal('parent', parent);
  setMessagePage('playground');
  expect(postEpoch({ epoch: 2, trainLoss: 0.25 })).toBe(true);
  expect(parent.postMessage).toHaveBeenCalledWith({ type: 'descent', event: 'epoch', page: 'playground', metrics: { epoch: 2, trainLoss: 0.25 } }, '*');
  vi.unstubAllGlobals();
  expect(globalThis).toBe(self);
});

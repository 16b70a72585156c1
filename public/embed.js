/*!
 * Isnad embed.js: the script for pages that embed an Isnad map.
 * Sizes every <iframe data-isnad> to its content, fires an `isnad:select`
 * DOM event on the iframe when the reader selects, and offers
 * Isnad.select(iframe, region, fact). Protocol: docs/embed.md. No dependencies.
 */
(function () {
  'use strict';

  // One script tag per embed is common: the first copy does the work, so events fire once.
  if (window.Isnad) return;

  var MIN_HEIGHT = 50;
  var MAX_HEIGHT = 20000;
  var ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

  function isIdOrNull(value) {
    return value === null || (typeof value === 'string' && value.length <= 100 && ID.test(value));
  }

  // The map that sent a message, found by identity: event.source is the sending window,
  // which cannot be forged; event.origin only names a site (and is "null" for sandboxed
  // frames). Querying on every message also finds iframes added after this script ran.
  function frameOf(source) {
    if (!source) return null;
    var frames = document.querySelectorAll('iframe[data-isnad]');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === source) return frames[i];
    }
    return null;
  }

  function onHeight(frame, height) {
    // NaN and ±Infinity fail these comparisons too.
    if (typeof height === 'number' && height >= MIN_HEIGHT && height <= MAX_HEIGHT) {
      frame.style.height = height + 'px';
    }
  }

  function onSelect(frame, region, fact) {
    if (fact === undefined) fact = null;
    // Only ids reach the host page's listeners, never arbitrary strings or objects.
    if (!isIdOrNull(region) || !isIdOrNull(fact)) return;
    var detail = { region: region, fact: fact };
    frame.dispatchEvent(new CustomEvent('isnad:select', { bubbles: true, detail: detail }));
  }

  // Other libraries post strings, null, arrays, objects: anything that is not ours is ignored.
  function onMessage(event) {
    var data = event.data;
    if (!data || typeof data !== 'object') return;
    if (data.type !== 'isnad:height' && data.type !== 'isnad:select') return;
    var frame = frameOf(event.source);
    if (!frame) return;
    if (data.type === 'isnad:height') onHeight(frame, data.height);
    else onSelect(frame, data.region, data.fact);
  }

  // Posts to the iframe's own window, so only that map receives it. targetOrigin "*":
  // a sandboxed map has an opaque origin that no other value matches, and the message
  // holds two public ids that the map validates and accepts only from its parent.
  function select(iframe, region, fact) {
    if (region === undefined) region = null;
    if (fact === undefined) fact = null;
    var target = iframe && iframe.contentWindow;
    if (!target || !isIdOrNull(region) || !isIdOrNull(fact)) return false;
    target.postMessage({ type: 'isnad:select', region: region, fact: fact }, '*');
    return true;
  }

  window.addEventListener('message', onMessage);
  window.Isnad = Object.freeze({ select: select });
})();

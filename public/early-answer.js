/*
 * The first answer, before the app: the build drew the default story's map into the page and
 * wrote each region's popup beside it (one <template> per region and language, rendered by the
 * app's own popup component from the validated story). This script, last in the body, makes the
 * drawing's regions buttons and shows a region's written popup when it is clicked or chosen with
 * Enter or Space, so the page answers from its first paint — no framework, no MapLibre.
 *
 * The app takes over when its drawing handlers start: it reads the region shown here
 * (data-selected), opens its own popup for it and removes this element, which ends this script's
 * part. Only for the page the build drew: the default story at its initial view.
 */
(function () {
  var answers = document.querySelector('[data-early-answers]');
  var drawing = document.querySelector('[data-static-map]');
  if (!answers || !drawing) return;
  var story = new URLSearchParams(location.search).get('story');
  var hash = new URLSearchParams(location.hash.slice(1));
  // Another story, or a view the build did not draw: the app draws its own map and answers itself.
  if ((story !== null && story !== answers.getAttribute('data-story')) || hash.has('map')) return;
  var lang = hash.get('lang') === 'ar' ? 'ar' : 'en';
  var layout = drawing.closest('[data-prerendered-app]');
  if (layout && lang === 'ar') layout = arabicLayout(layout);
  // The app's legend is closed on a narrow screen, where it would cover the map (src/map/Legend.svelte).
  var legend = layout && layout.querySelector('details.legend');
  if (legend && matchMedia('(max-width: 719px)').matches) legend.open = false;
  var regions = Array.prototype.slice.call(drawing.querySelectorAll('path[data-region]'));
  var taken = function () {
    return !answers.isConnected;
  };
  // The written popups follow this script in the page: looked up when a region is chosen.
  var template = function (region) {
    return document.querySelector('[data-early-popups] template[data-region="' + region + '"][data-lang="' + lang + '"]');
  };
  var names = JSON.parse(answers.getAttribute('data-names') || '{}');

  // As the app's activateStaticMap (src/map/static-fallback.ts) does once it has the story.
  drawing.removeAttribute('aria-hidden');
  drawing.classList.add('static-map--interactive');
  var svg = drawing.querySelector('svg');
  // role=img would hide the region buttons from assistive technology.
  if (svg) svg.setAttribute('role', 'group');
  regions.forEach(function (path) {
    var name = names[path.getAttribute('data-region')];
    if (!name) return;
    path.setAttribute('tabindex', '0');
    path.setAttribute('role', 'button');
    path.setAttribute('aria-pressed', 'false');
    path.setAttribute('aria-label', name[lang]);
    path.removeAttribute('pointer-events');
  });

  // The build wrote the layout in Arabic too, hidden and empty: the drawing and the written popups move into it.
  function arabicLayout(english) {
    var arabic = document.querySelector('[data-prerendered-app="ar"]');
    var stack = arabic && arabic.querySelector('[data-testid="map-stack"]');
    var area = arabic && arabic.querySelector('.map-area');
    if (!stack || !area) return english;
    stack.appendChild(drawing);
    stack.setAttribute('data-stage', 'drawing');
    area.appendChild(answers);
    arabic.hidden = false;
    english.remove();
    document.documentElement.lang = 'ar';
    document.documentElement.dir = 'rtl';
    return arabic;
  }

  // What the reader chose here (a region, or '' for none), for the app to take over: a link's own
  // region and fact are the app's to open from the link.
  function choose(region) {
    answers.setAttribute('data-selected', region || '');
    // Chosen before its popup is parsed: shown when the page is (below).
    if (!region || template(region) || document.readyState !== 'loading') show(region);
  }

  function show(region) {
    var written = region ? template(region) : null;
    var open = answers.querySelector('[role="dialog"]');
    if (open) open.remove();
    answers.hidden = !written;
    answers.classList.remove('early-answers--far');
    if (written) {
      answers.appendChild(written.content.cloneNode(true));
      // The drawing cannot move out from under the card (the app's map will): the card goes to the far side.
      var path = drawing.querySelector('path[data-region="' + region + '"]');
      var shape = path && path.getBoundingClientRect();
      var card = answers.getBoundingClientRect();
      var x = shape ? shape.left + shape.width / 2 : 0;
      var y = shape ? shape.top + shape.height / 2 : 0;
      if (shape && x > card.left && x < card.right && y > card.top && y < card.bottom) answers.classList.add('early-answers--far');
    }
    regions.forEach(function (path) {
      var selected = path.getAttribute('data-region') === region;
      path.classList.toggle('is-selected', selected);
      if (path.hasAttribute('role')) path.setAttribute('aria-pressed', String(selected));
    });
  }

  drawing.addEventListener('click', function (event) {
    var path = event.target.closest && event.target.closest('path[data-region][role="button"]');
    if (!taken() && path) choose(path.getAttribute('data-region'));
  });
  drawing.addEventListener('keydown', function (event) {
    var path = event.target.closest && event.target.closest('path[data-region][role="button"]');
    if (taken() || !path || (event.key !== 'Enter' && event.key !== ' ')) return;
    event.preventDefault();
    choose(path.getAttribute('data-region'));
  });
  answers.addEventListener('click', function (event) {
    if (!taken() && event.target.closest && event.target.closest('button.close')) choose(null);
  });
  document.addEventListener('keydown', function (event) {
    if (!taken() && event.key === 'Escape' && !answers.hidden) choose(null);
  });
  // Once the popups are parsed: the region chosen before they were, else a link's region (a link to a
  // fact waits for the app, which knows where the fact is).
  var linked = hash.get('region');
  document.addEventListener('readystatechange', function parsed() {
    document.removeEventListener('readystatechange', parsed);
    if (taken()) return;
    var chosen = answers.getAttribute('data-selected');
    if (chosen) show(chosen);
    else if (chosen === null && linked && !hash.has('fact') && names[linked]) show(linked);
  });
})();

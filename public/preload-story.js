/*
 * Preloads the files of the story this page is about to show — the one in
 * ?story=, else the build's default (data-story) — so they arrive while the
 * app's scripts load, and no other story's files are fetched. The build puts
 * this script first in the head; the app's own fetches then take these responses.
 */
(function () {
  var script = document.currentScript;
  if (!script) return;
  var id = new URLSearchParams(location.search).get('story') || script.getAttribute('data-story');
  // The app refuses anything else with a message; nothing to preload for it.
  if (!id || id.length > 100 || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) return;
  var names = ['story.json', 'facts.json'];
  // The default story's article name is known at build time; another story's comes with its story.json.
  if (id === script.getAttribute('data-story')) names.push(script.getAttribute('data-article'));
  names.forEach(function (name) {
    var link = document.createElement('link');
    link.rel = 'preload';
    link.as = 'fetch';
    // fetch(url) asks in cors mode with same-origin credentials: only this preload matches it.
    link.crossOrigin = 'anonymous';
    link.href = 'stories/' + id + '/' + name;
    document.head.appendChild(link);
  });
})();

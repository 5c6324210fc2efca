// Added by 'living-review preview' to the page it serves (never to the file): reloads the page after each
// successful build, and shows the problems of a failed one.
(function () {
  var events = new EventSource('/events');
  events.addEventListener('reload', function () { location.reload(); });
  events.addEventListener('failed', function (e) {
    var box = document.getElementById('living-review-problems');
    if (!box) {
      box = document.createElement('div');
      box.id = 'living-review-problems';
      box.setAttribute('role', 'alert');
      box.style.cssText = 'position:fixed;left:0;right:0;bottom:0;z-index:9;max-height:45vh;overflow:auto;'
        + 'background:#7a1010;color:#fff;padding:0.8rem 1rem;font:0.85rem/1.4 monospace;white-space:pre-wrap';
      document.body.appendChild(box);
    }
    box.textContent = 'The last build failed; this page shows the previous outputs.\n\n' + e.data;
  });
})();

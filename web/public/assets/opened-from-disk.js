// A classic script, not a module: browsers run it from file://, where they refuse the
// explorer's module and its graph. It replaces "Loading the graph…" with why and what to do.
(function () {
  if (location.protocol !== 'file:') return;
  var folder = decodeURIComponent(location.pathname.replace(/\/[^/]*$/, '')) || '.';
  var status = document.getElementById('status');
  if (!status) return;
  status.textContent =
    'This page was opened from disk (file://), and browsers do not let such a page load its graph. ' +
    'Serve its folder instead: run  python3 -m http.server -d "' + folder + '"  and open http://localhost:8000/ ' +
    '(or: citegraph serve "' + folder + '/graph.json").';
  status.setAttribute('role', 'alert');
})();

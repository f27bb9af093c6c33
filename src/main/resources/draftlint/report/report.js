// Filters of the draftlint HTML report: unticking a family or severity hides its entries in the
// side lists and takes the colour off its marks in the text. "#hide=residue,info" in the address
// starts with those hidden, so a filtered view can be shared (and tested); ticking a box updates it.
// Names in it are read in any case and with spaces around them ("#hide=Residue, info").
(function () {
  var boxes = Array.prototype.slice.call(document.querySelectorAll('.filters input[type=checkbox]'));
  function apply() {
    boxes.forEach(function (box) {
      document.body.classList.toggle('hide-' + box.dataset.kind + '-' + box.value, !box.checked);
    });
    var items = document.querySelectorAll('.item');
    var shown = 0;
    items.forEach(function (item) { if (getComputedStyle(item).display !== 'none') shown++; });
    var counter = document.getElementById('shown');
    counter.textContent = counter.dataset.template.replace('{shown}', shown).replace('{total}', items.length);
    counter.dataset.shown = String(shown);
  }
  function hiddenInHash() {
    var hash;
    try { hash = decodeURIComponent(location.hash || ''); } catch (e) { hash = location.hash || ''; }
    var match = /hide=([^&]*)/i.exec(hash);
    if (!match) return [];
    return match[1].split(',').map(function (name) { return name.trim().toLowerCase(); })
      .filter(function (name) { return name.length > 0; });
  }
  function writeHash() {
    var hidden = boxes.filter(function (box) { return !box.checked; }).map(function (box) { return box.value; });
    var url = location.pathname + location.search + (hidden.length ? '#hide=' + hidden.join(',') : '');
    history.replaceState(null, '', url);
  }
  var hidden = hiddenInHash();
  boxes.forEach(function (box) { if (hidden.indexOf(box.value.toLowerCase()) >= 0) box.checked = false; });
  boxes.forEach(function (box) {
    box.addEventListener('change', function () { apply(); writeHash(); });
  });
  // The bar wraps on narrow windows: its height places the side list and the marks jumped to.
  var bar = document.querySelector('.filters');
  function measureBar() {
    if (bar) document.documentElement.style.setProperty('--bar', bar.offsetHeight + 'px');
  }
  window.addEventListener('resize', measureBar);
  measureBar();
  document.querySelectorAll('.item a').forEach(function (a) {
    a.addEventListener('click', function () {
      var mark = document.getElementById(a.getAttribute('href').slice(1));
      if (!mark) return;
      mark.classList.add('flash');
      setTimeout(function () { mark.classList.remove('flash'); }, 1500);
    });
  });
  apply();
})();

// Filters of the draftlint HTML report: unticking a family or severity hides its entries in the
// side lists and takes the colour off its marks in the text. "#hide=residue,info" in the address
// starts with those hidden, so a filtered view can be shared (and tested).
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
  var hash = decodeURIComponent(location.hash || '');
  var match = /hide=([^&]*)/.exec(hash);
  if (match) {
    var hidden = match[1].split(',');
    boxes.forEach(function (box) { if (hidden.indexOf(box.value) >= 0) box.checked = false; });
  }
  boxes.forEach(function (box) { box.addEventListener('change', apply); });
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

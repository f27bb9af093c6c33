// The review page of draftlint serve. Plain script, no library, nothing fetched but this server's
// own API: each draft is posted to /api/check (with lines=1, so that the text can be shown), its
// findings are marked in the text and listed beside it, and downloads are asked of /api/annotate
// and /api/fix. The kinds to choose from come from /api/kinds. Everything a draft or the server
// says is put in the page as text, never as HTML; what the server words (findings, why a file
// cannot be checked, why a request is refused, the kinds' names) is shown in its words, not the
// page's.
'use strict';
(() => {
  const WORDS = {
    zh: {
      title: 'draftlint 公文检查', tagline: '文稿只在本机检查，不上传到网络。', language: '语言',
      'kind-choice': '文种', 'kind-auto': '自动识别（按标题判断）', 'kind-parts': '按{kind}检查，须有：{parts}', 'kind-no-parts': '按{kind}检查，不要求特定部分',
      'kind-auto-hint': '按标题判断文种，判断不出时不检查各文种必备的部分',
      drop: '把文稿拖到这里', choose: '选择文件…', formats: 'Word（.docx .doc .wps）、纯文本（.txt）、Markdown（.md），可多选',
      empty: '检查模板里没填的 **、XX，序号跳号、重号、层级错乱，提纲有而正文缺的部分，前后矛盾的数字，从范文网站复制带来的残留；Word 稿还核对版式是否符合 GB/T 9704—2012。每处问题都标在原文上，并给出原因和修改建议。',
      'paste-here': '或把文字粘贴到这里', 'check-text': '检查粘贴的文字', family: '类别', severity: '级别',
      shown: '显示 {shown} / {total} 处', checking: '正在检查…', 'cannot-check': '无法检查', pasted: '粘贴的文字',
      kind: '文种', assumed: '据标题推断', encoding: '编码', findings: '{n} 处问题', 'no-findings': '未发现问题',
      colon: '：', suggestion: '建议', fix: '可自动修改为', 'fix-delete': '可自动删去', 'auto-number': '此编号由 Word 自动编号生成：请在编号设置中修改',
      'download-json': '下载检查结果（JSON）', 'download-docx': '下载带批注的 Word 文档', 'download-fixed': '下载自动修改后的文本',
      'nothing-to-fix': '没有可自动修改之处', fixed: '已自动修改 {n} 处', remove: '移除', offline: '无法连接 draftlint（它是否已关闭？）',
      error: '错误', warning: '警告', info: '提示', 'whole-document': '全文',
      'at-line': '第{line}行', 'at-paragraph': '第{line}段', 'at-column': '第{line}行第{column}字', 'at-paragraph-column': '第{line}段第{column}字',
      'kind-unknown-hint': '（可在上方“文种”中选定）', 'all-filtered': '所选类别和级别下没有问题：请在上方勾选',
      'kind.unknown': '未能判断',
      'family.placeholder': '占位未填', 'family.numbering': '序号', 'family.structure': '结构', 'family.figures': '数字',
      'family.residue': '网页残留', 'family.text': '文字', 'family.punctuation': '标点', 'family.layout': '版式'
    },
    en: {
      title: 'draftlint document check', tagline: 'Drafts are checked on this machine; nothing is uploaded.', language: 'Language',
      'kind-choice': 'Kind', 'kind-auto': 'recognized from the title', 'kind-parts': 'checked as {kind}, which needs: {parts}', 'kind-no-parts': 'checked as {kind}, which needs no particular part',
      'kind-auto-hint': 'the kind is recognized from the title; when it is not, no kind\'s required parts are checked',
      drop: 'Drop drafts here', choose: 'Choose files…', formats: 'Word (.docx .doc .wps), plain text (.txt), Markdown (.md); several at once',
      empty: 'Checks for template fields left unfilled (**, XX), numbering that skips, repeats or mixes levels, outline entries missing in the body, figures that disagree, residue copied from template websites, and, in Word drafts, the layout of GB/T 9704-2012. Each finding is marked in the text with its reason and a suggestion.',
      'paste-here': 'or paste text here', 'check-text': 'Check the pasted text', family: 'Family', severity: 'Severity',
      shown: 'showing {shown} of {total}', checking: 'Checking…', 'cannot-check': 'Cannot check', pasted: 'pasted text',
      kind: 'kind', assumed: 'guessed from the title', encoding: 'encoding', findings: '{n} findings', 'no-findings': 'no findings',
      colon: ': ', suggestion: 'suggestion', fix: 'fix', 'fix-delete': 'fix: delete it', 'auto-number': "Word's automatic numbering: change it in the list settings",
      'download-json': 'Download the report (JSON)', 'download-docx': 'Download the Word file with comments', 'download-fixed': 'Download the text with fixes applied',
      'nothing-to-fix': 'nothing to fix', fixed: '{n} fixes applied', remove: 'Remove', offline: 'Cannot reach draftlint (has it been stopped?)',
      error: 'error', warning: 'warning', info: 'info', 'whole-document': 'whole document',
      'at-line': 'line {line}', 'at-paragraph': 'paragraph {line}', 'at-column': 'line {line}, character {column}', 'at-paragraph-column': 'paragraph {line}, character {column}',
      'kind-unknown-hint': ' (choose one under Kind above)', 'all-filtered': 'nothing of the families and severities chosen: tick them above',
      'kind.unknown': 'not recognized',
      'family.placeholder': 'placeholders', 'family.numbering': 'numbering', 'family.structure': 'structure', 'family.figures': 'figures',
      'family.residue': 'web residue', 'family.text': 'text', 'family.punctuation': 'punctuation', 'family.layout': 'layout'
    }
  };
  // The colours of the HTML report (report/HtmlReporter), so that both read alike.
  const COLOURS = {
    placeholder: '#ffcdd2', numbering: '#ffe0b2', structure: '#e1bee7', figures: '#bbdefb',
    residue: '#d7ccc8', text: '#c8e6c9', punctuation: '#fff59d', layout: '#b2ebf2'
  };
  const SPARE = ['#f8bbd0', '#dcedc8', '#cfd8dc', '#ffccbc'];
  const SEVERITIES = ['error', 'warning', 'info'];
  const READABLE = /\.(docx|doc|wps|txt|md|markdown)$/i;

  let lang = 'zh';
  try { lang = localStorage.getItem('draftlint-lang') === 'en' ? 'en' : 'zh'; } catch (e) { /* storage off: Chinese */ }
  const drafts = [];
  const hidden = new Set();
  // The kinds the server knows ({id, label, parts}), in the page's language; '' (auto) is chosen by default.
  let kinds = [];
  let kind = '';
  let nextId = 0;
  let queue = Promise.resolve().then(loadKinds);

  const $ = (id) => document.getElementById(id);

  function t(key, vars) {
    let w = WORDS[lang][key];
    if (w === undefined) w = key;
    for (const k in (vars || {})) w = w.replace('{' + k + '}', vars[k]);
    return w;
  }

  function el(tag, cls, text) {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = text;
    return e;
  }

  function colour(family) {
    if (COLOURS[family]) return COLOURS[family];
    let h = 0;
    for (const c of family) h = (h * 31 + c.codePointAt(0)) | 0;
    return SPARE[Math.abs(h) % SPARE.length];
  }

  function familyName(f) {
    const w = t('family.' + f);
    return w === 'family.' + f ? f : w;
  }

  function kindName(id) {
    const k = kinds.find((x) => x.id === id);
    if (k) return k.label;
    const w = t('kind.' + id);
    return w === 'kind.' + id ? id : w;
  }

  // The kind selector, filled from the server (a --rules DIR/kinds of the user's own shows too).
  async function loadKinds() {
    try {
      const res = await fetch('/api/kinds?lang=' + lang);
      if (res.ok) kinds = (await res.json()).kinds || [];
    } catch (e) { /* no list: auto only, as the server decides by itself */ }
    const select = $('kind');
    select.replaceChildren();
    const auto = el('option', null, t('kind-auto'));
    auto.value = '';
    select.appendChild(auto);
    for (const k of kinds) {
      const o = el('option', null, k.label);
      o.value = k.id;
      select.appendChild(o);
    }
    if (kind && !kinds.some((k) => k.id === kind)) kind = '';
    select.value = kind;
    kindHint();
  }

  // What the chosen kind asks of a draft, as the select's tooltip.
  function kindHint() {
    const k = kinds.find((x) => x.id === kind);
    $('kind').title = !k ? t('kind-auto-hint') : k.parts.length ? t('kind-parts', { kind: k.label, parts: k.parts.join(lang === 'zh' ? '、' : ', ') })
      : t('kind-no-parts', { kind: k.label });
  }

  // The request's settings: in the query too, so that a refusal made before the form is read (a
  // draft over --max-size) is worded in the page's language.
  function settings(form) {
    form.append('lang', lang);
    if (kind) form.append('kind', kind);
    return '?lang=' + lang;
  }

  function shownName(d) {
    return d.blob ? d.name : t('pasted');
  }

  // --- taking drafts in ---------------------------------------------------------------------

  function addFiles(list) {
    for (const f of list) add({ name: f.name, blob: f });
  }

  function add(d) {
    d.id = nextId++;
    d.section = el('section', 'file');
    d.section.dataset.draft = String(d.id);
    $('results').appendChild(d.section);
    drafts.push(d);
    enqueue(d);
  }

  // One draft at a time, in the order given: the rows fill in one after the other.
  function enqueue(d) {
    d.status = 'checking';
    render(d);
    queue = queue.then(() => check(d));
  }

  // Pasted text goes as a Blob: a string field would be sent with every line end made CRLF (the
  // rule of form encoding), and the fixed text would come back with line ends it never had.
  function append(form, d) {
    if (d.blob) form.append('file', d.blob, d.name);
    else form.append('text', new Blob([d.text], { type: 'text/plain;charset=utf-8' }), 'pasted.txt');
  }

  async function check(d) {
    if (!drafts.includes(d)) return;
    const form = new FormData();
    append(form, d);
    const query = settings(form);
    form.append('lines', '1');
    d.entry = null;
    d.error = null;
    try {
      const res = await fetch('/api/check' + query, { method: 'POST', body: form });
      const body = await res.json().catch(() => null);
      if (!res.ok || !body) {
        // The server words its refusals in the page's language (a draft over --max-size, a bad form).
        d.error = body && body.error ? body.error : res.status + ' ' + res.statusText;
      } else {
        d.report = body;
        d.entry = body.files[0];
        d.error = d.entry.error;
      }
    } catch (e) {
      d.error = t('offline');
    }
    d.status = 'done';
    render(d);
    updateFilters();
  }

  // --- showing one draft --------------------------------------------------------------------

  function render(d) {
    const s = d.section;
    s.replaceChildren();
    s.className = 'file';
    const h2 = el('h2', null, shownName(d));
    s.appendChild(h2);
    const remove = el('button', 'remove', '×');
    remove.type = 'button';
    remove.title = t('remove');
    remove.addEventListener('click', () => {
      drafts.splice(drafts.indexOf(d), 1);
      s.remove();
      updateFilters();
    });
    h2.appendChild(remove);
    if (d.status === 'checking') {
      s.classList.add('checking');
      s.appendChild(el('p', 'status', t('checking')));
      return;
    }
    if (d.error) {
      s.classList.add('failed');
      s.appendChild(el('p', 'reason', t('cannot-check') + t('colon') + d.error));
      return;
    }
    const e = d.entry;
    const findings = e.findings;
    // A kind not recognized is no guess: the writer is told where to choose one instead.
    const assumed = e.kind === 'unknown' ? t('kind-unknown-hint')
      : e.kindAssumed ? (lang === 'zh' ? '（' + t('assumed') + '）' : ' (' + t('assumed') + ')') : '';
    h2.appendChild(el('small', null, t('kind') + t('colon') + kindName(e.kind) + assumed
      // A Word file has no encoding a writer chose: only a text file's (UTF-8, GB18030) is news.
      + (isWord(d) ? '' : ' · ' + t('encoding') + t('colon') + e.encoding)
      + ' · ' + (findings.length ? t('findings', { n: findings.length }) : t('no-findings'))));
    s.appendChild(downloads(d));
    const layout = el('div', 'layout');
    layout.appendChild(text(d, e));
    layout.appendChild(list(d, findings));
    s.appendChild(layout);
  }

  function downloads(d) {
    const bar = el('div', 'downloads');
    const json = button(t('download-json'), () => {
      // The document of check --format json: the lines were asked for the page only.
      const doc = JSON.stringify(d.report, (k, v) => (k === 'lines' ? undefined : v), 2) + '\n';
      save(new Blob([doc], { type: 'application/json' }), stem(d) + '.draftlint.json');
    });
    json.dataset.download = 'json';
    bar.appendChild(json);
    if (d.blob && /\.docx$/i.test(d.name)) {
      const b = button(t('download-docx'), () => fetchDownload(d, '/api/annotate', bar, b));
      b.dataset.download = 'docx';
      bar.appendChild(b);
    } else if (!d.blob || /\.(txt|md|markdown)$/i.test(d.name)) {
      if (d.entry.findings.some((f) => f.fix)) {
        const b = button(t('download-fixed'), () => fetchDownload(d, '/api/fix', bar, b));
        b.dataset.download = 'fixed';
        bar.appendChild(b);
      } else {
        bar.appendChild(el('span', 'note', t('nothing-to-fix')));
      }
    }
    return bar;
  }

  function button(label, onClick) {
    const b = el('button', 'button small', label);
    b.type = 'button';
    b.addEventListener('click', onClick);
    return b;
  }

  async function fetchDownload(d, url, bar, b) {
    const form = new FormData();
    append(form, d);
    const query = settings(form);
    b.disabled = true;
    try {
      const res = await fetch(url + query, { method: 'POST', body: form });
      if (!res.ok) {
        const body = await res.json().catch(() => null);
        // The server's refusal names the draft and says why, in the page's language.
        note(bar, body && body.error ? body.error : res.status + ' ' + res.statusText);
        return;
      }
      const blob = await res.blob();
      if (url === '/api/fix') note(bar, t('fixed', { n: res.headers.get('X-Draftlint-Fixes') || '0' }));
      save(blob, downloadName(res) || stem(d) + (url === '/api/annotate' ? '.docx' : '.txt'));
    } catch (e) {
      note(bar, t('offline'));
    } finally {
      b.disabled = false;
    }
  }

  // The name the server gives the download (讲话-审阅.docx), from its Content-Disposition.
  function downloadName(res) {
    const m = /filename\*=UTF-8''([^;]+)/i.exec(res.headers.get('Content-Disposition') || '');
    try { return m ? decodeURIComponent(m[1]) : null; } catch (e) { return null; }
  }

  function note(bar, text) {
    let n = bar.querySelector('.note.said');
    if (!n) { n = el('span', 'note said'); bar.appendChild(n); }
    n.textContent = text;
  }

  function stem(d) {
    if (!d.blob) return lang === 'zh' ? '粘贴的文字' : 'pasted';
    const dot = d.name.lastIndexOf('.');
    return dot > 0 ? d.name.slice(0, dot) : d.name;
  }

  function save(blob, name) {
    const a = el('a');
    a.href = URL.createObjectURL(blob);
    a.download = name;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 60000);
  }

  // The text, line by line (for Word, paragraph by paragraph), each finding's span marked.
  function text(d, e) {
    const lines = e.lines && e.lines.length ? e.lines : [''];
    const onLine = new Map();
    e.findings.forEach((f, i) => {
      const first = Math.min(f.line, lines.length);
      const last = Math.min(Math.max(f.endLine, first), lines.length);
      for (let n = first; n <= last; n++) {
        if (!onLine.has(n)) onLine.set(n, []);
        onLine.get(n).push(i);
      }
    });
    const doc = el('div', 'doc');
    const ol = el('ol');
    lines.forEach((line, k) => {
      const li = el('li');
      li.id = 'd' + d.id + '-l' + (k + 1);
      markLine(li, d, k + 1, line, e.findings, onLine.get(k + 1) || [], lines.length);
      ol.appendChild(li);
    });
    doc.appendChild(ol);
    return doc;
  }

  // The line cut where findings start or end; each piece inside the marks that cover it, so that
  // overlapping findings nest. A finding's first piece carries its anchor; an empty span is a caret.
  function markLine(li, d, n, line, findings, here, lineCount) {
    if (!here.length) { li.textContent = line; return; }
    const cps = Array.from(line);
    const cuts = new Set([0, cps.length]);
    const marks = [];
    const carets = [];
    for (const i of here) {
      const f = findings[i];
      const starts = n === Math.min(f.line, lineCount);
      const from = starts ? Math.min(f.column - 1, cps.length) : 0;
      const to = Math.max(from, n === f.endLine ? Math.min(f.endColumn - 1, cps.length) : cps.length);
      if (from < to) marks.push({ i, from, to, starts });
      else if (starts) carets.push({ i, at: from });
      cuts.add(from);
      cuts.add(to);
    }
    const sorted = Array.from(cuts).sort((a, b) => a - b);
    let prev = null;
    for (const cut of sorted) {
      if (prev !== null && prev < cut) {
        let parent = li;
        for (const m of marks) {
          if (m.from <= prev && m.to >= cut) {
            const mk = mark(d, m.i, findings[m.i], m.starts && m.from === prev, false);
            parent.appendChild(mk);
            parent = mk;
          }
        }
        parent.appendChild(document.createTextNode(cps.slice(prev, cut).join('')));
      }
      for (const c of carets) if (c.at === cut) li.appendChild(mark(d, c.i, findings[c.i], true, true));
      prev = cut;
    }
  }

  function mark(d, i, f, anchor, caret) {
    const m = el('mark', 'finding sev-' + f.severity + (caret ? ' caret' : ''));
    m.dataset.finding = d.id + '-' + i;
    m.dataset.family = f.family;
    m.dataset.severity = f.severity;
    m.style.setProperty('--colour', colour(f.family));
    m.title = f.rule + '：' + f.message;
    if (anchor) { m.id = 'm' + d.id + '-' + i; m.classList.add('anchor'); }
    m.addEventListener('click', (ev) => {
      ev.stopPropagation();
      const item = d.section.querySelector('.item[data-finding="' + d.id + '-' + i + '"]');
      if (item) { flash(item); item.scrollIntoView({ block: 'nearest' }); }
    });
    return m;
  }

  function list(d, findings) {
    const aside = el('aside', 'list');
    if (!findings.length) { aside.appendChild(el('p', 'none', t('no-findings'))); return aside; }
    const ol = el('ol');
    findings.forEach((f, i) => {
      const li = el('li', 'item');
      li.dataset.finding = d.id + '-' + i;
      li.dataset.family = f.family;
      li.dataset.severity = f.severity;
      li.style.setProperty('border-left-color', colour(f.family));
      const at = el('a', 'at', position(d, f, false));
      at.title = position(d, f, true);
      at.href = '#m' + d.id + '-' + i;
      at.addEventListener('click', (ev) => {
        ev.preventDefault();
        const m = document.getElementById('m' + d.id + '-' + i);
        if (m) { m.scrollIntoView({ block: 'center' }); flash(m); }
      });
      li.appendChild(at);
      li.appendChild(el('span', 'sev sev-' + f.severity, t(f.severity)));
      li.appendChild(el('span', 'fam', familyName(f.family)));
      li.appendChild(el('code', null, f.rule));
      li.appendChild(el('p', 'message', f.message));
      if (f.suggestion) li.appendChild(el('p', 'suggestion', t('suggestion') + t('colon') + f.suggestion));
      if (f.fix) {
        li.appendChild(el('p', 'suggestion', f.fix.replacement === '' ? t('fix-delete') : t('fix') + t('colon') + (lang === 'zh' ? '“' + f.fix.replacement + '”' : '"' + f.fix.replacement + '"')));
      }
      if (f.inAutoNumber) li.appendChild(el('p', 'note', t('auto-number')));
      ol.appendChild(li);
    });
    aside.appendChild(ol);
    const filtered = el('p', 'all-filtered', t('all-filtered'));
    filtered.hidden = true;
    aside.appendChild(filtered);
    return aside;
  }

  // Where a finding is, as a writer counts: lines of a text, paragraphs of a Word file, and the
  // whole document for the contract's whole-document position (an empty span at 1:1).
  function position(d, f, withColumn) {
    if (f.line === 1 && f.column === 1 && f.endLine === 1 && f.endColumn === 1) return t('whole-document');
    const word = isWord(d);
    if (withColumn) return t(word ? 'at-paragraph-column' : 'at-column', { line: f.line, column: f.column });
    return t(word ? 'at-paragraph' : 'at-line', { line: f.line });
  }

  function isWord(d) {
    return Boolean(d.blob) && /\.(docx|doc|wps|dotx)$/i.test(d.name);
  }

  function flash(node) {
    node.classList.add('flash');
    setTimeout(() => node.classList.remove('flash'), 1500);
  }

  // --- filters ------------------------------------------------------------------------------

  function updateFilters() {
    const counts = new Map();
    let total = 0;
    for (const d of drafts) {
      if (!d.entry || d.error) continue;
      for (const f of d.entry.findings) { counts.set(f.family, (counts.get(f.family) || 0) + 1); total++; }
    }
    const form = $('filters');
    form.hidden = drafts.length === 0;
    // With drafts on the page, the intake shrinks to a line: the findings get the screen.
    document.body.classList.toggle('has-drafts', drafts.length > 0);
    $('empty').hidden = drafts.length > 0;
    const fam = $('family-filter');
    fam.querySelectorAll('label').forEach((l) => l.remove());
    const families = Array.from(counts.keys()).sort((a, b) => order(a) - order(b) || a.localeCompare(b));
    for (const f of families) fam.appendChild(checkbox('family', f, familyName(f) + ' ' + counts.get(f), colour(f)));
    // No findings, no family to choose: the legend alone would be a question without answers.
    fam.hidden = families.length === 0;
    const sev = $('severity-filter');
    sev.querySelectorAll('label').forEach((l) => l.remove());
    for (const s of SEVERITIES) sev.appendChild(checkbox('severity', s, t(s), null));
    applyFilters(total);
    document.documentElement.style.setProperty('--bar', form.offsetHeight + 'px');
  }

  function order(family) {
    const known = Object.keys(COLOURS).indexOf(family);
    return known < 0 ? 99 : known;
  }

  function checkbox(kind, value, label, swatch) {
    const l = el('label');
    const box = el('input');
    box.type = 'checkbox';
    box.dataset.kind = kind;
    box.value = value;
    box.checked = !hidden.has(kind + ':' + value);
    box.addEventListener('change', () => {
      if (box.checked) hidden.delete(kind + ':' + value); else hidden.add(kind + ':' + value);
      applyFilters();
    });
    l.appendChild(box);
    if (swatch) { const sw = el('span', 'swatch'); sw.style.setProperty('background', swatch); l.appendChild(sw); }
    l.appendChild(document.createTextNode(label));
    return l;
  }

  function applyFilters() {
    let shown = 0;
    let total = 0;
    for (const node of $('results').querySelectorAll('[data-finding]')) {
      const off = hidden.has('family:' + node.dataset.family) || hidden.has('severity:' + node.dataset.severity);
      node.classList.toggle('off', off);
      if (node.classList.contains('item')) { total++; if (!off) shown++; }
    }
    $('shown').textContent = t('shown', { shown, total });
    // A list whose every entry is filtered out says so, rather than standing empty.
    for (const list of $('results').querySelectorAll('.list')) {
      const filtered = list.querySelector('.all-filtered');
      if (filtered) filtered.hidden = list.querySelector('.item:not(.off)') !== null;
    }
  }

  // --- language -----------------------------------------------------------------------------

  function applyLanguage() {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.title = t('title');
    for (const node of document.querySelectorAll('[data-i18n]')) node.textContent = t(node.dataset.i18n);
    for (const node of document.querySelectorAll('[data-i18n-placeholder]')) node.placeholder = t(node.dataset.i18nPlaceholder);
    $('lang').value = lang;
  }

  // --- wiring -------------------------------------------------------------------------------

  document.addEventListener('DOMContentLoaded', () => {
    applyLanguage();
    $('lang').addEventListener('change', () => {
      lang = $('lang').value === 'en' ? 'en' : 'zh';
      try { localStorage.setItem('draftlint-lang', lang); } catch (e) { /* not kept */ }
      applyLanguage();
      // The kinds' names and the findings come from the server in the language asked for: ask again.
      queue = queue.then(loadKinds);
      for (const d of drafts) enqueue(d);
      updateFilters();
    });
    $('kind').addEventListener('change', () => {
      kind = $('kind').value;
      kindHint();
      // The kind decides which required parts are checked: every draft is checked again under it.
      for (const d of drafts) enqueue(d);
    });
    $('files').addEventListener('change', () => {
      addFiles(Array.from($('files').files));
      $('files').value = '';
    });
    $('paste').addEventListener('submit', (ev) => {
      ev.preventDefault();
      const text = $('text').value;
      if (!text.trim()) return;
      // The pasted text, edited and checked again, replaces its earlier row rather than adding one.
      const earlier = drafts.find((d) => !d.blob);
      if (earlier) { earlier.text = text; enqueue(earlier); } else add({ name: '-', text });
    });
    const drop = $('drop');
    // Dropped anywhere on the page, a file is taken, not opened by the browser in place of the page.
    window.addEventListener('dragover', (ev) => { ev.preventDefault(); drop.classList.add('over'); });
    window.addEventListener('dragleave', (ev) => { if (!ev.relatedTarget) drop.classList.remove('over'); });
    window.addEventListener('drop', (ev) => {
      ev.preventDefault();
      drop.classList.remove('over');
      const files = Array.from(ev.dataTransfer ? ev.dataTransfer.files : []);
      addFiles(files.filter((f) => READABLE.test(f.name)).concat(files.filter((f) => !READABLE.test(f.name))));
    });
  });
})();

/**
 * The report's style sheet and script. Written to `assets/` of a report, or
 * inlined into a single-file issue page. No fonts are shipped: Korean and
 * Chinese text uses the system's CJK fonts, chosen by `lang`.
 */

export const css = `
:root{--ink:#1d2330;--muted:#5b6475;--line:#d8dce5;--bg:#fff;--term:#dbeafe;--term-ink:#1e40af;--fig:#fde7c7;--fig-ink:#8a4b00;--flag:#b91c1c;--focus:#7c3aed}
*{box-sizing:border-box}
html{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;color:var(--ink);background:var(--bg);line-height:1.7}
:lang(ko){font-family:"Noto Sans CJK KR","Noto Sans KR","Apple SD Gothic Neo","Malgun Gothic","NanumGothic",system-ui,sans-serif;word-break:keep-all}
:lang(zh){font-family:"Noto Sans CJK SC","Noto Sans SC","PingFang SC","Microsoft YaHei","WenQuanYi Micro Hei",sans-serif}
body{margin:0 auto;max-width:64rem;padding:1rem 1.25rem 4rem}
main>table.grid,main>.table-wrap{display:block;overflow-x:auto;max-width:100%}
.list,.list ul{list-style:none;padding-left:1.2rem}
a{color:#1d4ed8}
:focus-visible{outline:3px solid var(--focus);outline-offset:2px}
.skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:1rem;background:#fff;padding:.25rem .5rem;z-index:10}
h1{font-size:1.6rem;margin:.5rem 0 0}h2{font-size:1.3rem;border-bottom:1px solid var(--line);padding-bottom:.2rem;margin-top:2.2rem}
h3{font-size:1.15rem;margin-top:1.8rem}h4,h5,h6{font-size:1rem;margin:1.2rem 0 .3rem}
.meta,.page,.source,.counts{color:var(--muted);font-size:.9rem;margin:.2rem 0}
.category{color:var(--muted);font-weight:normal}
.marker{color:var(--muted)}
.masthead dl{display:grid;grid-template-columns:max-content 1fr;gap:0 1rem;font-size:.9rem;margin:.5rem 0}
.masthead dt{color:var(--muted)}.masthead dd{margin:0}
.toc ol{padding-left:1.2rem}.toc .page{display:inline}
.table-wrap{overflow-x:auto;margin:1rem 0}
table{border-collapse:collapse;font-size:.92rem}
.grid{font-size:.88rem}
th,td{border:1px solid var(--line);padding:.3rem .5rem;vertical-align:top;text-align:left}
th{background:#f3f5f9}
caption{caption-side:top;text-align:left;color:var(--muted);padding:.2rem 0}
.caption{color:var(--muted);font-size:.9rem;font-style:italic}
.note{border-left:3px solid var(--line);padding:.2rem .8rem;margin:1rem 0;font-size:.93rem;background:#fafbfc}
.label{color:var(--muted);font-size:.8rem}
.sources{font-size:.88rem}.sources ol{padding-left:1.4rem}
mark{color:inherit;border-radius:2px;padding:0 1px;cursor:help}
mark.term{background:var(--term);box-shadow:inset 0 -2px 0 var(--term-ink)}
mark.term.flagged{box-shadow:inset 0 -2px 0 var(--flag)}
mark.fig{background:var(--fig);box-shadow:inset 0 -2px 0 var(--fig-ink)}
mark mark{padding:0}
.key{padding:0 .3rem;border-radius:2px}.key.term{background:var(--term)}.key.fig{background:var(--fig)}
#tip{position:absolute;z-index:20;max-width:22rem;background:#111827;color:#f9fafb;padding:.45rem .6rem;border-radius:6px;font-size:.85rem;line-height:1.45;box-shadow:0 4px 14px rgba(0,0,0,.25)}
#tip dl{margin:0;display:grid;grid-template-columns:max-content 1fr;gap:0 .6rem}#tip dt{color:#9ca3af}#tip dd{margin:0}
#tip .flag{color:#fca5a5}
.diagnostics ol{font-size:.88rem;padding-left:1.4rem}.diagnostics .severity{font-weight:600}
.diagnostics .warning .severity{color:#b45309}.diagnostics .error .severity{color:var(--flag)}.diagnostics .info .severity{color:var(--muted)}
.filters{display:flex;flex-wrap:wrap;gap:.6rem 1rem;align-items:end;margin:1rem 0}
.filters label{display:flex;flex-direction:column;font-size:.85rem;color:var(--muted)}
.filters input,.filters select{font:inherit;padding:.25rem .4rem}
.grid td.n,.grid th.n{text-align:right;font-variant-numeric:tabular-nums}
.flags span{display:inline-block;font-size:.75rem;border:1px solid var(--flag);color:var(--flag);border-radius:3px;padding:0 .25rem;margin:0 .15rem .1rem 0}
figure.chart{margin:1.5rem 0}figure.chart svg{max-width:100%;height:auto;display:block}
figure.chart figcaption{font-weight:600;margin-bottom:.3rem}
.chart .axis{stroke:#6b7280}.chart .grid-line{stroke:#e5e7eb}.chart text{font-size:11px;fill:#374151}
.chart .pt{stroke:#fff;stroke-width:1}.chart .s0{fill:#2563eb;stroke:#2563eb}.chart .s1{fill:#ea580c;stroke:#ea580c}.chart .s2{fill:#059669;stroke:#059669}
.chart path.line{fill:none;stroke-width:1.5;opacity:.6}.chart circle.pt.s0,.chart circle.pt.s1,.chart circle.pt.s2{stroke:#fff}
details.data{margin:.4rem 0 1rem}details.data summary{cursor:pointer;color:var(--muted);font-size:.9rem}
.legend span{margin-right:1rem;font-size:.85rem}.legend i{display:inline-block;width:.7rem;height:.7rem;border-radius:50%;margin-right:.3rem}.legend i.s0{background:#2563eb}.legend i.s1{background:#ea580c}.legend i.s2{background:#059669}
@media (prefers-reduced-motion:no-preference){html{scroll-behavior:smooth}}
@media print{#tip,.skip,.filters{display:none}}
`.trim()

export const script = `
(function () {
  'use strict';
  function esc(value) {
    return String(value).replace(/[&<>"']/g, function (c) { return {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'}[c]; });
  }
  function row(label, value, lang) {
    if (value === null || value === undefined || value === '') return '';
    return '<dt>' + esc(label) + '</dt><dd' + (lang ? ' lang="' + lang + '"' : '') + '>' + esc(value) + '</dd>';
  }
  var data = document.getElementById('records');
  var records = data ? JSON.parse(data.textContent) : null;
  var tip = document.getElementById('tip');
  var current = null;
  function describe(mark) {
    if (mark.hasAttribute('data-t')) {
      var t = records.t[Number(mark.getAttribute('data-t'))];
      return '<dl>' + row('한국어', t[0], 'ko') + row('中文', t[1], 'zh') + row('English', t[5]) + row('reading', t[2], 'ko') +
        row('category', t[4]) + (t[3] ? '<dt>flags</dt><dd class="flag">' + esc(t[3]) + '</dd>' : '') + '</dl>';
    }
    var f = records.f[Number(mark.getAttribute('data-f'))];
    return '<dl>' + row('value', f[0]) + row('unit', f[1], 'ko') + row('qualifier', f[2]) + row('change', f[3]) + row('basis', f[7]) +
      row('subject', f[4], 'ko') + row('kind', f[5]) + '</dl>';
  }
  function show(mark) {
    if (!records || !tip) return;
    current = mark;
    tip.innerHTML = describe(mark);
    tip.hidden = false;
    mark.setAttribute('aria-describedby', 'tip');
    var box = mark.getBoundingClientRect();
    var left = Math.max(8, Math.min(window.scrollX + box.left, window.scrollX + document.documentElement.clientWidth - tip.offsetWidth - 8));
    tip.style.left = left + 'px';
    tip.style.top = (window.scrollY + box.bottom + 6) + 'px';
  }
  function hide() {
    if (!tip) return;
    tip.hidden = true;
    if (current) current.removeAttribute('aria-describedby');
    current = null;
  }
  function markOf(target) {
    return target && target.closest ? target.closest('mark[data-t],mark[data-f]') : null;
  }
  document.addEventListener('mouseover', function (event) { var mark = markOf(event.target); if (mark) show(mark); else if (current) hide(); });
  document.addEventListener('focusin', function (event) { var mark = markOf(event.target); if (mark) show(mark); else hide(); });
  document.addEventListener('keydown', function (event) {
    if (event.key === 'Escape') hide();
    if (event.key === 'Enter') {
      var mark = markOf(event.target);
      var href = mark && mark.hasAttribute('data-t') && records ? records.t[Number(mark.getAttribute('data-t'))][6] : null;
      if (href) window.location.href = href;
    }
    if (event.key === '/' && document.getElementById('q') && event.target === document.body) {
      event.preventDefault();
      document.getElementById('q').focus();
    }
  });

  // Glossary: search and filters hide rows; the count is announced.
  var form = document.getElementById('filters');
  if (form) {
    var rows = Array.prototype.slice.call(document.querySelectorAll('#glossary tbody tr'));
    var shown = document.getElementById('shown');
    var apply = function () {
      var q = form.q.value.trim().toLowerCase();
      var category = form.category.value;
      var flag = form.flag.value;
      var min = Number(form.min.value) || 0;
      var count = 0;
      for (var i = 0; i < rows.length; i++) {
        var r = rows[i];
        var ok = (!q || r.getAttribute('data-s').indexOf(q) !== -1) &&
          (!category || r.getAttribute('data-c') === category) &&
          (!flag || (' ' + r.getAttribute('data-f') + ' ').indexOf(' ' + flag + ' ') !== -1) &&
          Number(r.getAttribute('data-n')) >= min;
        r.hidden = !ok;
        if (ok) count++;
      }
      shown.textContent = count + ' / ' + rows.length;
    };
    form.addEventListener('input', apply);
    form.addEventListener('change', apply);
    form.addEventListener('submit', function (event) { event.preventDefault(); apply(); });
    apply();
  }
})();
`.trim()

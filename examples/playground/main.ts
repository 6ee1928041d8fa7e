// The browser playground: paste an article, see it annotated. Bundled for the
// browser by build.ts (esbuild, platform "browser"): it imports the library's
// source, so a `node:` import in the core would fail the build.
import { analyze } from '../../src/index.js';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

const escapeHtml = (s: string) => s.replace(/[&<>"]/g, (c) => `&${({ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot' })[c]};`);

interface Mark {
  start: number;
  end: number;
  open: string;
  close: string;
}

function render(text: string, reference: string): void {
  const result = analyze(text, reference ? { dates: { referenceDate: reference } } : {});
  const chosen = new Set(result.summary.sentences.map((s) => s.index));
  const marks: Mark[] = [];
  for (const d of result.dates) {
    const title = `${d.type} ${d.value}${d.interval ? ` (${d.interval.start} … ${d.interval.end})` : ''}`;
    marks.push({ start: d.start, end: d.end, open: `<mark class="date" data-value="${escapeHtml(d.value)}" title="${escapeHtml(title)}">`, close: '</mark>' });
  }
  const taken = (s: number, e: number) => marks.some((m) => m.start < e && s < m.end);
  for (const k of result.keyphrases) {
    for (const o of k.occurrences) {
      if (!taken(o.start, o.end)) marks.push({ start: o.start, end: o.end, open: `<mark class="keyphrase" title="${escapeHtml(k.text)} (${k.score.toFixed(2)})">`, close: '</mark>' });
    }
  }
  marks.sort((a, b) => a.start - b.start);
  let html = '';
  let at = 0;
  let m = 0;
  // text and marks up to `upTo` (marks that would cross it are left out)
  const emit = (upTo: number) => {
    while (m < marks.length && marks[m]!.start < upTo) {
      const mark = marks[m++]!;
      if (mark.start < at || mark.end > upTo) continue;
      html += escapeHtml(text.slice(at, mark.start)) + mark.open + escapeHtml(text.slice(mark.start, mark.end)) + mark.close;
      at = mark.end;
    }
    html += escapeHtml(text.slice(at, upTo));
    at = upTo;
  };
  for (const s of result.segmentation.sentences) {
    emit(s.start); // the dateline and the space between sentences
    html += `<span class="sentence${chosen.has(s.index) ? ' summary' : ''}" data-index="${s.index}">`;
    emit(s.end);
    html += '</span>';
  }
  emit(text.length);
  $('output').innerHTML = html;
  $('dates').innerHTML = result.dates.map((d) => `<li><b>${escapeHtml(d.text)}</b> → ${escapeHtml(d.value)}</li>`).join('');
  $('keyphrases').innerHTML = result.keyphrases.map((k) => `<li>${escapeHtml(k.text)} <small>${k.score.toFixed(2)}</small></li>`).join('');
}

function run(): void {
  try {
    render($<HTMLTextAreaElement>('input').value, $<HTMLInputElement>('reference').value);
  } catch (error) {
    $('output').innerHTML = `<p class="error">${escapeHtml(String(error))}</p>`;
  }
}

$('run').addEventListener('click', run);
$('input').addEventListener('input', run);
$('reference').addEventListener('change', run);
run();

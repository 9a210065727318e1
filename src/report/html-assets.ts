import { PALETTE } from './palette.js';

/**
 * The HTML report's style and script, inlined into every report: it opens from a mail
 * attachment or a USB stick, with no network. The script builds the register's rows
 * from the page's JSON, a screenful at a time, sorts and filters them, and builds what a
 * row opens to when it is opened, with text nodes only: nothing an application says
 * ever becomes markup.
 */
export const HTML_STYLE = `
:root{--ink:#1d2733;--dim:#5b6775;--line:#d8dee6;--pass:#${PALETTE.pass};--fail:#${PALETTE.fail};--error:#${PALETTE.error};--bar:#3f6fb5;--over:#${PALETTE.over};--bg:#f6f8fa}
*{box-sizing:border-box}
body{margin:0;font:14px/1.5 system-ui,-apple-system,"Segoe UI","Noto Sans CJK SC","PingFang SC","Microsoft YaHei",sans-serif;color:var(--ink);background:#fff}
main{max-width:1400px;margin:0 auto;padding:16px 20px 40px}
h1{font-size:22px;margin:0 0 4px}
h2{font-size:17px;margin:24px 0 8px;border-bottom:1px solid var(--line);padding-bottom:4px}
.meta{color:var(--dim);margin:0}
.totals{display:flex;flex-wrap:wrap;gap:8px;margin:12px 0}
.pill{border-radius:12px;padding:2px 10px;background:var(--bg);border:1px solid var(--line);white-space:nowrap}
.pill b{font-variant-numeric:tabular-nums}
.s-pass{color:var(--pass)}.s-fail{color:var(--fail)}.s-error{color:var(--error)}
td.s-pass,td.s-fail,td.s-error,#register td.n{white-space:nowrap}
.note{color:var(--dim);font-size:12px;margin:4px 0 8px}
.chart{display:grid;grid-template-columns:minmax(180px,2fr) minmax(200px,3fr) minmax(150px,1.2fr);gap:6px 14px;align-items:center}
/* A line's whole title wraps: cut short, the English titles of lines 1 to 4 read alike (Research and Application of Key Core Technologies…). */
.chart .name small{color:var(--dim)}
.chart svg{width:100%;height:34px;display:block}
.chart .fig{font-size:12px;color:var(--dim);font-variant-numeric:tabular-nums}
.chart .fig .over{color:var(--over);font-weight:600}
.bar-req{fill:var(--bar)}.bar-over{fill:var(--over)}.cap{stroke:var(--ink);stroke-width:2}
.st-pass{fill:var(--pass)}.st-fail{fill:var(--fail)}.st-error{fill:var(--error)}
table{border-collapse:collapse;width:100%}
th,td{border-bottom:1px solid var(--line);padding:5px 8px;text-align:left;vertical-align:top}
th{background:var(--bg);font-weight:600;white-space:nowrap}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
.small td,.small th{font-size:13px}
.controls{display:flex;flex-wrap:wrap;gap:8px 14px;align-items:center;margin:8px 0 10px}
/* A filter's name stays on one line, its list narrowing instead: on a phone 方向 stood 方 / 向 beside the line's list. */
.controls label{display:flex;gap:6px;align-items:center;max-width:100%;white-space:nowrap}
.controls select,.controls input{font:inherit;padding:3px 6px;border:1px solid var(--line);border-radius:4px}
.controls select{min-width:0;max-width:100%}
/* As wide as what it says it searches: at 220 pixels the English read 'Search applicant, title or fil'. */
.controls input{width:17.5em;max-width:100%}
#shown{color:var(--dim)}
.scroll{overflow-x:auto}
/* A heading wider than its fixed column (Requested (10,000 CNY), Warnings) wraps: cut short, it could not be read.
   A Chinese one only before its unit (申请金额 / （万元）): on a phone it broke anywhere, 申请金 / 额（万 / 元）, 序 / 号. */
#register>thead th{position:sticky;top:0;cursor:pointer;user-select:none;white-space:normal;word-break:keep-all}
#register>thead .unit{white-space:nowrap}
/* Fixed widths spare the browser measuring every cell of a long register. */
@media (min-width:901px){
  #register{table-layout:fixed}
  #register .c-index{width:5em}#register .c-errors,#register .c-warnings{width:6.5em}
  #register .c-applicant{width:17em}#register .c-code{width:4.5em}#register .c-tier{width:6em}
  #register .c-requested{width:9.5em}#register .c-office{width:12em}#register .c-status{width:5.5em}
  #register tr.row td{overflow-wrap:anywhere}
}
/* The fixed columns take 72.5em: narrower than that and a title, the one column left, had no room at all. */
@media (max-width:1279px){.hide-narrow{display:none}}
#register>thead th[aria-sort=ascending]::after{content:" ▲"}
#register>thead th[aria-sort=descending]::after{content:" ▼"}
#register tr.row{cursor:pointer}
#register tr.row:hover td{background:#f0f4fa}
#register tr.row:focus{outline:2px solid var(--bar);outline-offset:-2px}
#register tr.row td:first-child::before{content:"▸ ";color:var(--dim)}
#register tbody.open tr.row td:first-child::before{content:"▾ "}
#register tbody.open tr.row td{background:#eef3fa}
#register td.t{max-width:28em}
tr.detail>td{background:#fbfcfd;padding:8px 12px 14px 28px}
.facts{display:grid;grid-template-columns:max-content 1fr max-content 1fr;gap:2px 12px;margin:0 0 8px}
.facts dt{color:var(--dim)}.facts dd{margin:0}
.findings td{background:#fff}
.sev-error{color:var(--fail);font-weight:600}.sev-warning{color:var(--over);font-weight:600}.sev-info{color:var(--dim)}
.clause{color:var(--dim);font-size:12px}
.findings td.basis{white-space:nowrap;color:var(--dim)}
.findings td:first-child{white-space:nowrap}
.findings td:nth-child(4) code{word-break:normal;white-space:nowrap}
code{font:12px/1.4 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;word-break:break-all}
/* A path breaks where a reader breaks one (after a slash or hyphen, between Chinese characters), its :line:column whole: broken anywhere, yaml:2 / 0:14 read as line 2. */
code.path{word-break:normal;overflow-wrap:break-word}
code.path span{white-space:nowrap}
.ok{color:var(--pass)}
#register td.file{color:var(--dim);font-size:12px;word-break:break-all}
#more{margin:10px 0;font:inherit;padding:4px 14px;border:1px solid var(--line);border-radius:4px;background:var(--bg);cursor:pointer}
details>summary{cursor:pointer;color:var(--bar)}
@media (max-width:900px){
  main{padding:12px}
  .chart{grid-template-columns:1fr;gap:2px}
  .chart .fig{margin-bottom:8px}
  .facts{grid-template-columns:max-content 1fr}
}
/*
 * On a phone an opened application is read within the screen: its findings stand one
 * under another, rule and place labelled, where a table of five columns ran past the
 * screen's side and each finding's place with it.
 */
@media (max-width:700px){
  /* Narrower gutters keep the whole headings of the Chinese register on a phone's screen (390 pixels). */
  #register>thead th,#register tr.row td{padding:5px 4px}
  .scroll{container-type:inline-size}
  tr.detail>td{padding:8px 10px 12px}
  tr.detail>td>*{position:sticky;left:0;max-width:calc(100vw - 60px);max-width:calc(100cqw - 20px)}
  .findings thead{display:none}
  .findings,.findings tbody,.findings tr,.findings td{display:block}
  .findings tr{border-bottom:1px solid var(--line);padding:6px 0}
  .findings td{border:0;padding:1px 8px}
  .findings td:nth-child(-n+2){display:inline-block}
  .findings td[data-label]::before{content:attr(data-label);margin-right:.6em;color:var(--dim);font-size:12px}
}
@page{size:A4 landscape;margin:12mm}
@media print{
  body{font-size:11px}
  main{max-width:none;padding:0}
  .controls{display:none}
  #register>thead th{position:static}
  #register thead{display:table-header-group}
  tbody.app{break-inside:avoid}
  #more,.noscript{display:none}
  /* A heading stays with what it heads. The chart itself may break: held whole, one of 19 lines, longer than a page,
     left the first page blank under its heading and began on the second. */
  h2{break-after:avoid}
  /* Longer than a page, the chart breaks between lines, never inside one: split, a line's counts began the next page under no name. */
  .chart>*{break-inside:avoid}
  .hide-narrow{display:table-cell}
}
`;

export const HTML_SCRIPT = `
(function(){
  var R=JSON.parse(document.getElementById('report-data').textContent),A=R.apps,L=R.labels;
  var table=document.getElementById('register'),heads=table.tHead.rows[0].cells,more=document.getElementById('more');
  var shown=document.getElementById('shown'),template=shown.getAttribute('data-template');
  var controls={status:document.getElementById('f-status'),line:document.getElementById('f-line'),office:document.getElementById('f-office')};
  var search=document.getElementById('f-search');
  // A screenful at a time: the rest is built as the reader scrolls (or prints), so a day's
  // inbox opens at once. Sorting and filtering work on the data, over every application.
  var STEP=100,order=A.map(function(_,i){return i;}),list=order,done=0,bodies=[],keys=[];
  var classes=[];for(var c=0;c<heads.length;c++)classes.push(heads[c].className.replace(/\\bc-\\S+\\s*/,''));
  function text(v){return v===null?'\\u2014':String(v);}
  function el(parent,tag,cls,v){
    var e=parent.appendChild(document.createElement(tag));
    if(cls)e.className=cls;
    if(v!==undefined)e.textContent=text(v);
    return e;
  }
  function body(i){
    if(bodies[i])return bodies[i];
    var a=A[i],b=document.createElement('tbody'),tr=el(b,'tr','row');
    b.className='app';b.i=i;b.setAttribute('data-status',a[3]);
    tr.tabIndex=0;tr.setAttribute('aria-expanded','false');
    for(var c=0;c<a[0].length;c++)el(tr,'td',c===7?classes[c]+' s-'+a[3]:classes[c],a[0][c]);
    // A file that names no applicant is known by its name.
    if(a[0][1]===null){tr.cells[1].textContent=a[1][0];tr.cells[1].className='file';}
    if(a[1][4])tr.cells[3].title=a[1][4];
    return bodies[i]=b;
  }
  function grow(n){
    var frag=document.createDocumentFragment(),end=Math.min(list.length,done+n);
    for(;done<end;done++)frag.appendChild(body(list[done]));
    table.appendChild(frag);
    more.hidden=done>=list.length;
    more.textContent=L.more.replace('{n}',list.length-done);
  }
  function redraw(){
    while(table.tBodies.length)table.removeChild(table.tBodies[0]);
    done=0;grow(STEP);
    shown.textContent=template.replace('{shown}',list.length).replace('{total}',A.length);
  }
  function key(i){
    if(keys[i]===undefined){var a=A[i];keys[i]=[a[0][1],a[0][2],a[1][0],a[1][1]].join(' ').toLowerCase();}
    return keys[i];
  }
  function filter(){
    var q=search.value.trim().toLowerCase(),s=controls.status.value,l=controls.line.value,o=controls.office.value;
    list=s||l||o||q?order.filter(function(i){
      var a=A[i];
      return(!s||s.split(' ').indexOf(a[3])>=0)&&(!l||a[0][3]===l)&&(!o||a[0][6]===o)&&(!q||key(i).indexOf(q)>=0);
    }):order;
    redraw();
  }
  for(var k in controls)controls[k].addEventListener('change',filter);
  search.addEventListener('input',filter);
  // Numbers within text in their order: line 2 before 10, 5-1 before 5-2 and 15-1 (as text, 10 and 16 came before 2).
  var collator=new Intl.Collator(document.documentElement.lang,{numeric:true});
  // A verdict sorts by what the reviewer does with it: failed, then unreadable (both go back to the applicant), then passed;
  // sorted by its words, the passed stood between the two (不通过, 通过, 无法读取; failed, passed, unreadable).
  var RANK={fail:0,error:1,pass:2};
  function sortBy(col){
    var th=heads[col],dir=th.getAttribute('aria-sort')==='ascending'?-1:1,num=th.classList.contains('n'),verdict=th.classList.contains('c-status');
    for(var i=0;i<heads.length;i++)heads[i].removeAttribute('aria-sort');
    th.setAttribute('aria-sort',dir>0?'ascending':'descending');
    // Unknown values last either way; ties keep the order of the batch.
    order=A.map(function(_,i){return i;}).sort(function(x,y){
      if(verdict)return(RANK[A[x][3]]-RANK[A[y][3]])*dir||x-y;
      var a=A[x][0][col],c=A[y][0][col],r;
      if(a===null||c===null)r=a===null&&c===null?0:a===null?1:-1;
      else r=(num?a-c:collator.compare(a,c))*dir;
      return r||x-y;
    });
    filter();
  }
  for(var i=0;i<heads.length;i++)(function(i){
    heads[i].addEventListener('click',function(){sortBy(i);});
    heads[i].addEventListener('keydown',function(e){if(e.key==='Enter'||e.key===' '){e.preventDefault();sortBy(i);}});
  })(i);
  // An open row's facts span the columns shown: spanning those a narrow screen hides
  // would bring them back, empty, and in the fixed layout they would take the title's room.
  var narrow=window.matchMedia('(max-width:1279px)'),printing=false;
  function span(){
    var n=0;
    for(var i=0;i<heads.length;i++)if(printing||!narrow.matches||!heads[i].classList.contains('hide-narrow'))n++;
    return n;
  }
  function respan(){var s=span(),d=table.querySelectorAll('tr.detail>td');for(var i=0;i<d.length;i++)d[i].colSpan=s;}
  if(narrow.addEventListener)narrow.addEventListener('change',respan);
  // A file's path, or its place (path:line:column), the line and column kept with the name.
  function path(parent,v){
    var c=el(parent,'code','path');
    if(v===null){c.textContent=text(v);return;}
    var parts=String(v).split('/'),last=parts.pop(),at=/(:\\d+)+$/.exec(last);
    for(var i=0;i<parts.length;i++){c.appendChild(document.createTextNode(parts[i]+'/'));c.appendChild(document.createElement('wbr'));}
    c.appendChild(document.createTextNode(at?last.slice(0,at.index):last));
    if(at)el(c,'span','',at[0]);
  }
  // What a row opens to: its facts and findings, built when it is first opened.
  function detail(i){
    var a=A[i],tr=document.createElement('tr'),td=el(tr,'td'),dl=el(td,'dl','facts');
    tr.className='detail';td.colSpan=span();
    for(var j=0;j<L.facts.length;j++){el(dl,'dt','',L.facts[j]);var dd=el(dl,'dd');if(j===0)path(dd,a[1][j]);else dd.textContent=text(a[1][j]);}
    if(a[2].length===0){el(td,'p','ok',L.none);return tr;}
    var t=el(td,'table','findings small'),h=el(el(t,'thead'),'tr'),rows=el(t,'tbody');
    for(j=0;j<L.findings.length;j++)el(h,'th','',L.findings[j]);
    for(j=0;j<a[2].length;j++){
      var f=a[2][j],r=el(rows,'tr');
      el(r,'td','sev-'+f[0],f[1]);
      el(r,'td','basis',f[6]);
      var m=el(r,'td','',f[2]);if(f[3])el(m,'div','clause',f[3]);
      var rule=el(r,'td'),at=el(r,'td');
      rule.setAttribute('data-label',L.findings[3]);at.setAttribute('data-label',L.findings[4]);
      el(rule,'code','',f[4]);path(at,f[5]);
    }
    return tr;
  }
  function toggle(row){
    var b=row.parentNode,open=!b.classList.contains('open');
    if(open&&b.rows.length<2)b.appendChild(detail(b.i));
    b.classList.toggle('open',open);b.rows[1].hidden=!open;row.setAttribute('aria-expanded',String(open));
  }
  table.addEventListener('click',function(e){var row=e.target.closest('tr.row');if(row)toggle(row);});
  table.addEventListener('keydown',function(e){var row=e.target.closest('tr.row');if(row&&(e.key==='Enter'||e.key===' ')){e.preventDefault();toggle(row);}});
  more.addEventListener('click',function(){grow(STEP);});
  // Observed afresh after each step, so that it goes on while the button stays in sight.
  if(window.IntersectionObserver){
    var seen=new IntersectionObserver(function(es){if(es[es.length-1].isIntersecting){grow(STEP);seen.unobserve(more);seen.observe(more);}},{rootMargin:'600px'});
    seen.observe(more);
  }
  // On paper, every row of the register (as filtered) and the duplicates.
  window.addEventListener('afterprint',function(){printing=false;respan();});
  window.addEventListener('beforeprint',function(){printing=true;respan();grow(Infinity);var d=document.querySelectorAll('details');for(var i=0;i<d.length;i++)d[i].open=true;});
  grow(STEP);
})();
`;

/**
 * The HTML report's style and script, inlined into every report: it opens from a mail
 * attachment or a USB stick, with no network. The script only sorts, filters and opens
 * rows the page already holds; it never builds markup from the applications' text.
 */
export const HTML_STYLE = `
:root{--ink:#1d2733;--dim:#5b6775;--line:#d8dee6;--pass:#2e7d32;--fail:#c62828;--error:#8e24aa;--bar:#3f6fb5;--over:#d9822b;--bg:#f6f8fa}
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
.chart .name{overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
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
.controls label{display:flex;gap:6px;align-items:center}
.controls select,.controls input{font:inherit;padding:3px 6px;border:1px solid var(--line);border-radius:4px}
.controls input{min-width:220px}
#shown{color:var(--dim)}
.scroll{overflow-x:auto}
#register thead th{position:sticky;top:0;cursor:pointer;user-select:none;overflow:hidden;text-overflow:ellipsis}
/* Fixed widths spare the browser measuring every cell of a long register. */
@media (min-width:901px){
  #register{table-layout:fixed}
  #register .c-index,#register .c-errors,#register .c-warnings{width:5em}
  #register .c-applicant{width:15em}#register .c-code{width:4.5em}#register .c-tier{width:6em}
  #register .c-requested{width:9.5em}#register .c-office{width:10em}#register .c-status{width:6em}
  #register tr.row td{overflow-wrap:anywhere}
}
#register thead th[aria-sort=ascending]::after{content:" ▲"}
#register thead th[aria-sort=descending]::after{content:" ▼"}
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
code{font:12px/1.4 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;word-break:break-all}
.ok{color:var(--pass)}
@media (max-width:900px){
  main{padding:12px}
  .chart{grid-template-columns:1fr;gap:2px}
  .chart .fig{margin-bottom:8px}
  .hide-narrow{display:none}
  .facts{grid-template-columns:max-content 1fr}
}
@page{size:A4 landscape;margin:12mm}
@media print{
  body{font-size:11px}
  main{max-width:none;padding:0}
  .controls{display:none}
  #register thead th{position:static}
  #register thead{display:table-header-group}
  tbody.app{break-inside:avoid}
  .chart{break-inside:avoid}
  .hide-narrow{display:table-cell}
}
`;

export const HTML_SCRIPT = `
(function(){
  var table=document.getElementById('register');
  var apps=Array.prototype.slice.call(table.tBodies);
  var shown=document.getElementById('shown');
  var controls={status:document.getElementById('f-status'),line:document.getElementById('f-line'),office:document.getElementById('f-office')};
  var search=document.getElementById('f-search');
  var template=shown.getAttribute('data-template');
  function filter(){
    var q=search.value.trim().toLowerCase(),n=0;
    for(var i=0;i<apps.length;i++){
      var b=apps[i],ok=true;
      for(var k in controls){var v=controls[k].value;if(v&&b.getAttribute('data-'+k)!==v){ok=false;break;}}
      if(ok&&q&&b.getAttribute('data-q').indexOf(q)<0)ok=false;
      b.hidden=!ok;if(ok)n++;
    }
    shown.textContent=template.replace('{shown}',n).replace('{total}',apps.length);
  }
  for(var k in controls)controls[k].addEventListener('change',filter);
  search.addEventListener('input',filter);
  var heads=table.tHead.rows[0].cells;
  function sortBy(col){
    var th=heads[col],dir=th.getAttribute('aria-sort')==='ascending'?-1:1,num=th.classList.contains('n');
    for(var i=0;i<heads.length;i++)heads[i].removeAttribute('aria-sort');
    th.setAttribute('aria-sort',dir>0?'ascending':'descending');
    var key=function(b){var c=b.rows[0].cells[col],v=c.getAttribute('data-v');return v===null?c.textContent:v;};
    var keyed=apps.map(function(b,i){var v=key(b);return{b:b,i:i,v:num?(v===''?NaN:Number(v)):v};});
    keyed.sort(function(x,y){
      var a=x.v,c=y.v,r;
      if(num){var an=isNaN(a),cn=isNaN(c);r=an&&cn?0:an?1:cn?-1:(a-c)*dir;}
      else{r=a===''&&c!==''?1:c===''&&a!==''?-1:a.localeCompare(c,document.documentElement.lang)*dir;}
      return r||x.i-y.i;
    });
    var frag=document.createDocumentFragment();
    apps=keyed.map(function(x){frag.appendChild(x.b);return x.b;});
    table.appendChild(frag);
  }
  for(var i=0;i<heads.length;i++)(function(i){
    heads[i].addEventListener('click',function(){sortBy(i);});
    heads[i].addEventListener('keydown',function(e){if(e.key==='Enter'||e.key===' '){e.preventDefault();sortBy(i);}});
  })(i);
  function toggle(row){
    var b=row.parentNode,open=!b.classList.contains('open');
    b.classList.toggle('open',open);b.rows[1].hidden=!open;row.setAttribute('aria-expanded',String(open));
  }
  table.addEventListener('click',function(e){var row=e.target.closest('tr.row');if(row)toggle(row);});
  table.addEventListener('keydown',function(e){var row=e.target.closest('tr.row');if(row&&(e.key==='Enter'||e.key===' ')){e.preventDefault();toggle(row);}});
  filter();
})();
`;

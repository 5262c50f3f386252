const fs=require('fs');const {SourceMapConsumer}=require('source-map-js');
const f=process.argv[2]||'/tmp/slim2out/chrome-mv3/background.js';
const code=fs.readFileSync(f,'utf8');const map=new SourceMapConsumer(JSON.parse(fs.readFileSync(f+'.map','utf8')));
const lines=code.split('\n');const counts={};
map.computeColumnSpans();
map.eachMapping(m=>{},null);
// walk generated positions
let byte={};
for(let l=0;l<lines.length;l++){const line=lines[l];let col=0;
 // collect mappings for line
}
const ms=[];map.eachMapping(m=>ms.push(m));
ms.sort((a,b)=>a.generatedLine-b.generatedLine||a.generatedColumn-b.generatedColumn);
for(let i=0;i<ms.length;i++){const m=ms[i],n=ms[i+1];const line=lines[m.generatedLine-1];
 const end=(n&&n.generatedLine===m.generatedLine)?n.generatedColumn:line.length;
 const s=m.source||'?';counts[s]=(counts[s]||0)+(end-m.generatedColumn);}
Object.entries(counts).sort((a,b)=>b[1]-a[1]).forEach(([k,v])=>console.log(v,k));

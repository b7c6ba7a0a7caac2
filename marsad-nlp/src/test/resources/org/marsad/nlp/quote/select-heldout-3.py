# Draws the articles of gold-heldout-3.jsonl (session 3): run from the checkout root as
#   python3 marsad-nlp/src/test/resources/org/marsad/nlp/quote/select-heldout-3.py ../shared
# and prints index, dataset, source, file, words, id. The annotations were made by hand.
import zipfile,json,glob,random,re,gzip,sys
import os
G=os.path.dirname(os.path.abspath(__file__))+'/'
SHARED=sys.argv[1] if len(sys.argv)>1 else '../shared'
used=set()
for f in ['gold.jsonl','gold-heldout.jsonl','gold-heldout-2.jsonl']:  # the sets that existed before set 3
    for l in open(G+f):
        if l.strip(): used.add(json.loads(l)['id'])
print(len(used),'used',file=sys.stderr)
verb=r'(?:قال|قالت|أكد|اكد|أكدت|أضاف|اضاف|أضافت|أوضح|اوضح|أوضحت|أشار|اشار|أشارت|مشيرا|موضحا|مضيفا|مؤكدا|صرح|أعلن|ذكر|اعتبر|يقول|تقول|لفت|شدد)'
speech=re.compile(verb+r'\S*\s+(?:\S+\s+){0,6}?(?:أن|إن|ان|أنه|إنه|بأن|:)')
mark=re.compile(verb+r'\S*\s+(?:\S+\s+){0,8}?\S*[“«"]')
snn=[]
for f in sorted(glob.glob(SHARED+'/data/saudinewsnet/*.zip')):
    z=zipfile.ZipFile(f)
    for n in z.namelist():
        for a in json.loads(z.read(n)):
            if a['url'] in used: continue
            snn.append((f.split('/')[-1],a))
ant=[]
raw=gzip.open(SHARED+'/data/ant-corpus/ant-corpus-v1.1.trec.xml.gz','rt',encoding='utf-8').read()
for m in re.finditer(r'<DOC>.*?</DOC>',raw,re.S):
    d=m.group(0)
    no=re.search(r'<DOCNO>(.*?)</DOCNO>',d).group(1)
    if no in used: continue
    mc=re.search(r'<CAT>(.*?)</CAT>',d); cat=mc.group(1) if mc else ''
    t=re.search(r'<TEXT>(.*?)</TEXT>',d,re.S).group(1)
    ant.append((no,cat,t))
def ok(t,lo=60,hi=260):
    w=len(t.split()); return lo<=w<=hi and speech.search(t)
def hasmark(t): return re.search(r'[“«"]',t) is not None
def nmark(t): return len(mark.findall(t))
out=[]
random.seed(2029)
news=[x for x in snn if x[1]['source'] not in ('was',) and ok(x[1]['content'])]
random.shuffle(news)
# 8 newspaper articles, half with marks, distinct sources
srcs=set(); wm=0; wo=0
for f,a in news:
    if a['source'] in srcs: continue
    h=hasmark(a['content'])
    if h and wm<4: wm+=1
    elif not h and wo<4: wo+=1
    else: continue
    srcs.add(a['source']); out.append(('saudinewsnet',a['url'],a['source'],f,a['content']))
    if wm+wo==8: break
spa=[x for x in snn if x[1]['source']=='was' and ok(x[1]['content'])]
random.shuffle(spa)
for f,a in spa[:5]: out.append(('saudinewsnet',a['url'],'was',f,a['content']))
A=[x for x in ant if x[1] in ('politic','localNews','internationalNews','society') and ok(x[2])]
random.shuffle(A)
for no,cat,t in A[:5]: out.append(('ant',no,'Jawhara FM/'+cat,None,t))
# direct-rich: 8 newspaper (distinct from above) + 2 ANT with >=2 verb..mark patterns
random.seed(2030)
rich=[x for x in snn if x[1]['source']!='was' and ok(x[1]['content'],60,330) and nmark(x[1]['content'])>=2 and x[1]['url'] not in {o[1] for o in out}]
random.shuffle(rich)
cnt={}
k=0
for f,a in rich:
    if cnt.get(a['source'],0)>=2: continue
    cnt[a['source']]=cnt.get(a['source'],0)+1
    out.append(('saudinewsnet',a['url'],a['source'],f,a['content'])); k+=1
    if k==8: break
Ar=[x for x in ant if ok(x[2],60,330) and nmark(x[2])>=2 and x[0] not in {o[1] for o in out}]
random.shuffle(Ar)
for no,cat,t in Ar[:2]: out.append(('ant',no,'Jawhara FM/'+cat,None,t))
for i,o in enumerate(out): print(i,o[0],o[2],o[3],len(o[4].split()),o[1][:90])

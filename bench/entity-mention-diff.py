# Compares the entity mentions of two data directories on the articles both hold (session 14, lane
# entities14b): mentions whose first word is a currency/unit word, canonical names of several words
# beginning with a glued و, and glued names now filed under another name. Run as
#   python3 bench/entity-mention-diff.py BEFORE_DATA_DIR AFTER_DATA_DIR
import json,collections,glob,sys
UNITS=('ريال','ريالا','ريالات','دولار','دولارا','دولارات','دينار','دينارا','جنيه','جنيها','درهم','يورو','ليرة','روبية','ين','يوان')
def load(d):
    out={}
    for f in sorted(glob.glob(d+'/log/segment-*.log')):
        for line in open(f,encoding='utf-8',errors='replace'):
            p=line.rstrip('\n').split('\t',2)
            if len(p)<3: continue
            try: a=json.loads(p[2])
            except Exception: continue
            out[a['id']]=a
    return out
new=load(sys.argv[2]); old=load(sys.argv[1])
ids=set(new)&set(old)
print('articles in both',len(ids))
for name,d in (('before',old),('after',new)):
    c=collections.Counter(); glued=collections.Counter()
    for i in ids:
        for e in d[i].get('entities') or []:
            w=e['text'].split()
            if w and w[0] in UNITS: c[(e['type'],e['text'])]+=1
            if e['canonical'].startswith('و') and len(e['canonical'].split())>1: glued[(e['type'],e['canonical'])]+=1
    print(name,'unit-word mentions',sum(c.values()),c.most_common(12))
    print(name,'canonical names beginning with و (several words)',sum(glued.values()),len(glued),glued.most_common(12))
print('--- glued names now filed under another name (before canonical -> after canonical)')
pairs=collections.Counter()
for i in ids:
    b={(e['start'],e['end']):e for e in old[i].get('entities') or []}
    for e in new[i].get('entities') or []:
        x=b.get((e['start'],e['end']))
        if x and x['canonical'].startswith('و') and len(x['canonical'].split())>1 and not e['canonical'].startswith('و'):
            pairs[(x['canonical'],e['canonical'])]+=1
for k,v in pairs.most_common(): print(v,k)

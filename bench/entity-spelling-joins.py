# Session 15, lane entities15: what the ج/غ reading and the listed-place exception of the ال join change
# between two entity registries (entities.jsonl of two data dirs, e.g. two `bench/run RegistryRebuild`
# outputs). Prints the entities holding a multi-word alias in both ج/غ spellings (NEW: not so before),
# and the one-word ال pairs (X / الX, not PERS) held by one entity in only one of the two. Run as
#   python3 bench/entity-spelling-joins.py BEFORE/entities.jsonl AFTER/entities.jsonl
import json,sys,collections
def load(p):
    out={}
    for line in open(p,encoding='utf-8'):
        o=json.loads(line)
        if 'redirect' in o or 'id' not in o: continue  # the last line lists the counted articles
        out[o['id']]=o
    return out
def gpairs(reg):
    rows=[]
    for o in reg.values():
        g=collections.defaultdict(set)
        for a in set(o['aliases']):
            if ' ' in a.strip(): g[a.replace('غ','ج')].add(a)
        for v in g.values():
            if len(v)>1: rows.append((o['type'],o['canonical'],o['count'],tuple(sorted(v))))
    return rows
def alpairs(reg):
    out={}
    for o in reg.values():
        if o['type']=='PERS': continue
        al=set(o['aliases'])
        for a in al:
            if ' ' not in a and a.startswith('ال') and len(a)>4 and a[2:] in al:
                out[(o['type'],a)]=(o['canonical'],o['count'],{k:v for k,v in o.get('surfaces',{}).items() if ' ' not in k})
    return out
base=load(sys.argv[1]); new=load(sys.argv[2])
b=set(gpairs(base)); rows=gpairs(new)
print('entities holding two ج/غ spellings of a multi-word alias: before',len(b),'after',len(rows),
      '(distinct entities after:',len({(r[0],r[1]) for r in rows}),')')
for r in sorted(rows,key=lambda r:(r[0],-r[2])):
    print(('' if r in b else 'NEW ')+r[0],r[2],r[1],'|',' / '.join(r[3]))
ba=alpairs(base); na=alpairs(new)
print('one-word ال pairs held by one entity: before',len(ba),'after',len(na))
for k in sorted(set(ba)-set(na)): print('apart now',k[0],k[1],ba[k])
for k in sorted(set(na)-set(ba)): print('joined now',k[0],k[1],na[k])

# Draws the corpus sample used for quotation spot checks (session 5): 800 SaudiNewsNet articles
# of 40-600 words and 200 ANT articles, none in any quotation gold file, random.seed(seed).
# Usage: python3 bench/quote-sample.py ../shared OUT.jsonl [SEED]   (then: bench/run QuoteDump OUT.jsonl)
# SEED defaults to 505 (session 5's sample); session 7 drew a fresh sample with 707, session 8 808
# (development diffs) and 909 (the hand judgement, minus the articles of 505, 707 and 808).
import zipfile, json, glob, random, re, gzip, sys, os

shared, out = sys.argv[1], sys.argv[2]
seed = int(sys.argv[3]) if len(sys.argv) > 3 else 505
G = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'marsad-nlp', 'src', 'test', 'resources',
                 'org', 'marsad', 'nlp', 'quote')
used = set()
for f in glob.glob(os.path.join(G, 'gold*.jsonl')):
    for l in open(f, encoding='utf-8'):
        if l.strip():
            used.add(json.loads(l)['id'])
random.seed(seed)
snn = []
for f in sorted(glob.glob(os.path.join(shared, 'data', 'saudinewsnet', '*.zip'))):
    z = zipfile.ZipFile(f)
    for n in z.namelist():
        for a in json.loads(z.read(n)):
            if a['url'] not in used and 40 <= len(a['content'].split()) <= 600:
                snn.append((a['url'], a['content']))
random.shuffle(snn)
raw = gzip.open(os.path.join(shared, 'data', 'ant-corpus', 'ant-corpus-v1.1.trec.xml.gz'), 'rt', encoding='utf-8').read()
ant = []
for m in re.finditer(r'<DOC>.*?</DOC>', raw, re.S):
    d = m.group(0)
    no = re.search(r'<DOCNO>(.*?)</DOCNO>', d).group(1)
    if no not in used:
        ant.append((no, re.search(r'<TEXT>(.*?)</TEXT>', d, re.S).group(1)))
random.shuffle(ant)
with open(out, 'w', encoding='utf-8') as w:
    for i, t in snn[:800] + ant[:200]:
        w.write(json.dumps({'id': i, 'text': t}, ensure_ascii=False) + '\n')
print(len(snn), 'SaudiNewsNet and', len(ant), 'ANT candidates', file=sys.stderr)

# Checks a quotation gold file against the dataset texts without running the extractor (so a blind
# set can be validated before it is scored): run from the checkout root as
#   python3 marsad-nlp/src/test/resources/org/marsad/nlp/quote/check-gold.py GOLD.jsonl ../shared [REFERENCE.jsonl]
# Every span's text must equal the source text at its offsets (SaudiNewsNet `content` by url in its
# zip, ANT text between <TEXT> and </TEXT>), spans must be in order, not overlap and carry no outer
# spaces; with REFERENCE, every field its articles and quotations use must be present too. A direct
# quotation that begins or ends with a quotation mark is reported as a warning (it may be a nested
# pair, as in set 4). Exit status 1 on any problem.
import gzip, json, re, sys, zipfile
gold, shared = sys.argv[1], sys.argv[2]
ref = sys.argv[3] if len(sys.argv) > 3 else None
docs = [json.loads(l) for l in open(gold, encoding='utf-8') if l.strip()]
need_doc = {'dataset', 'id', 'source', 'quotes'}
need_q = {'start', 'end', 'direct', 'speaker', 'text'}
if ref:
    for l in open(ref, encoding='utf-8'):
        d = json.loads(l); need_doc |= set(d) - {'file'}
        for q in d['quotes']: need_q |= set(q)
ant = {}
raw = gzip.open(shared + '/data/ant-corpus/ant-corpus-v1.1.trec.xml.gz', 'rt', encoding='utf-8').read()
for m in re.finditer(r'<DOC>.*?</DOC>', raw, re.S):
    d = m.group(0)
    ant[re.search(r'<DOCNO>(.*?)</DOCNO>', d).group(1)] = re.search(r'<TEXT>(.*?)</TEXT>', d, re.S).group(1)
zips = {}
bad = 0
for d in docs:
    assert need_doc <= set(d), (d['id'], need_doc - set(d))
    if d['dataset'] == 'saudinewsnet':
        if d['file'] not in zips:
            z = zipfile.ZipFile(shared + '/data/saudinewsnet/' + d['file'])
            zips[d['file']] = {a['url']: a['content'] for n in z.namelist() for a in json.loads(z.read(n))}
        text = zips[d['file']][d['id']]
    else:
        text = ant[d['id']]
    prev = -1
    for q in d['quotes']:
        assert need_q <= set(q), (d['id'], need_q - set(q))
        s = text[q['start']:q['end']]
        if s != q['text'] or q['start'] < prev or s != s.strip():
            bad += 1; print('BAD', d['id'], q['start'], q['end'])
        if q['direct'] and (s[:1] in '“«"‘' or s[-1:] in '”»"’'):
            print('warning: direct quotation begins or ends with a mark:', d['id'], q['start'])
        prev = q['end']
n = sum(len(d['quotes']) for d in docs)
print(len(docs), 'articles,', n, 'quotations,', sum(q['direct'] for d in docs for q in d['quotes']), 'direct;', bad, 'problems')
sys.exit(1 if bad else 0)

# Draws the articles of gold-heldout-5.jsonl (session 5): run from the checkout root as
#   python3 marsad-nlp/src/test/resources/org/marsad/nlp/quote/select-heldout-5.py ../shared [OUT.jsonl]
# and prints index, group, dataset, source, file, words, id. The annotations were made by hand,
# before the extractor was run on any of these articles. Articles of sets 1-4 are excluded.
#
# Groups (each seeded; an article is drawn at most once):
#   news      random.seed(2051): 6 newspaper articles of 6 different sources, 60-260 words, a
#             speech verb then أن/إن/colon within 7 words, 3 with and 3 without quotation marks
#   newsrand  random.seed(2052): 1 newspaper article of 60-260 words drawn with no condition at
#             all (it may hold no quotation: false alarms count too)
#   spa       random.seed(2053): 4 Saudi Press Agency (`was`) articles with the criteria of `news`
#   ant       random.seed(2054): 4 ANT politic/localNews/internationalNews/society articles with
#             the criteria of `news`, and 1 ANT article of any category, 60-260 words, no condition
#   rich      random.seed(2055): 13 newspaper articles of up to 330 words with at least two
#             `speech verb ... quotation mark` patterns (sources visited in two passes, so at most
#             two per source), 2 ANT ones likewise
# This set favours direct quotations (15 of 31 articles drawn for `verb ... mark` patterns), as
# the direct figures are the ones that did not move on sets 3 and 4.
# Newspaper articles come only from the days sets 1-4 used at most 5 times, at most two per day in
# this set (SPA articles exist only on 2015-08-10 and 2015-08-11, so they are exempt); sources the
# earlier sets used least come first in the `news` and `rich` groups.
import zipfile, json, glob, random, re, gzip, sys, os, collections

G = os.path.dirname(os.path.abspath(__file__)) + '/'
SHARED = sys.argv[1] if len(sys.argv) > 1 else '../shared'
EARLIER = ['gold.jsonl', 'gold-heldout.jsonl', 'gold-heldout-2.jsonl', 'gold-heldout-3.jsonl',
           'gold-heldout-4.jsonl']
used = set()
src_use = collections.Counter()
day_use = collections.Counter()
for f in EARLIER:
    for l in open(G + f, encoding='utf-8'):
        if not l.strip():
            continue
        d = json.loads(l)
        used.add(d['id'])
        if d['dataset'] == 'saudinewsnet':
            src_use[d['source']] += 1
            day_use[d['file']] += 1
print(len(used), 'used', file=sys.stderr)

verb = r'(?:قال|قالت|أكد|اكد|أكدت|أضاف|اضاف|أضافت|أوضح|اوضح|أوضحت|أشار|اشار|أشارت|مشيرا|موضحا|مضيفا|مؤكدا|صرح|أعلن|ذكر|اعتبر|يقول|تقول|لفت|شدد)'
speech = re.compile(verb + r'\S*\s+(?:\S+\s+){0,6}?(?:أن|إن|ان|أنه|إنه|بأن|:)')
mark = re.compile(verb + r'\S*\s+(?:\S+\s+){0,8}?\S*[“«"]')

snn = []
for f in sorted(glob.glob(SHARED + '/data/saudinewsnet/*.zip')):
    day = f.split('/')[-1]
    z = zipfile.ZipFile(f)
    for n in sorted(z.namelist()):
        for a in json.loads(z.read(n)):
            if a['url'] in used:
                continue
            snn.append((day, a))
ant = []
raw = gzip.open(SHARED + '/data/ant-corpus/ant-corpus-v1.1.trec.xml.gz', 'rt', encoding='utf-8').read()
for m in re.finditer(r'<DOC>.*?</DOC>', raw, re.S):
    d = m.group(0)
    no = re.search(r'<DOCNO>(.*?)</DOCNO>', d).group(1)
    if no in used:
        continue
    mc = re.search(r'<CAT>(.*?)</CAT>', d)
    cat = mc.group(1) if mc else ''
    t = re.search(r'<TEXT>(.*?)</TEXT>', d, re.S).group(1)
    ant.append((no, cat, t))


def words(t):
    return len(t.split())


def ok(t, lo=60, hi=260):
    return lo <= words(t) <= hi and speech.search(t)


def hasmark(t):
    return re.search(r'[“«"]', t) is not None


def nmark(t):
    return len(mark.findall(t))


out = []
taken = set()
day_here = collections.Counter()


def take(group, day, a):
    out.append((group, 'saudinewsnet', a['url'], a['source'], day, a['content']))
    taken.add(a['url'])
    day_here[day] += 1


def fresh_day(x):
    return day_use[x[0]] <= 5


def by_source(pool):
    """The shuffled pool grouped by source, sources the earlier sets used least first."""
    groups = collections.OrderedDict()
    for day, a in pool:
        groups.setdefault(a['source'], []).append((day, a))
    return sorted(groups.items(), key=lambda kv: src_use[kv[0]])


# news: 8 newspaper articles of 8 sources, 4 with and 4 without quotation marks
random.seed(2051)
news = [x for x in snn if x[1]['source'] != 'was' and fresh_day(x) and ok(x[1]['content'])]
random.shuffle(news)
wm = wo = 0
for source, items in by_source(news):
    for day, a in items:
        if day_here[day] >= 2:
            continue
        h = hasmark(a['content'])
        if h and wm < 3:
            wm += 1
        elif not h and wo < 3:
            wo += 1
        else:
            continue
        take('news', day, a)
        break
    if wm + wo == 6:
        break

# newsrand: 2 newspaper articles with no condition but length
random.seed(2052)
plain = [x for x in snn if x[1]['source'] != 'was' and fresh_day(x) and 60 <= words(x[1]['content']) <= 260
         and x[1]['url'] not in taken]
random.shuffle(plain)
k = 0
for day, a in plain:
    if day_here[day] >= 2:
        continue
    take('newsrand', day, a)
    k += 1
    if k == 1:
        break

# spa: 5 SPA articles
random.seed(2053)
spa = [x for x in snn if x[1]['source'] == 'was' and ok(x[1]['content'])]
random.shuffle(spa)
k = 0
for day, a in spa:
    take('spa', day, a)
    k += 1
    if k == 4:
        break

# ant: 5 with the criteria, 1 of any category with no condition
random.seed(2054)
A = [x for x in ant if x[1] in ('politic', 'localNews', 'internationalNews', 'society') and ok(x[2])]
random.shuffle(A)
for no, cat, t in A[:4]:
    out.append(('ant', 'ant', no, 'Jawhara FM/' + cat, None, t))
    taken.add(no)
Ar = [x for x in ant if 60 <= words(x[2]) <= 260 and x[0] not in taken]
random.shuffle(Ar)
no, cat, t = Ar[0]
out.append(('antrand', 'ant', no, 'Jawhara FM/' + cat, None, t))
taken.add(no)

# rich: 9 newspaper articles (one per source) and 2 ANT with >= 2 verb...mark patterns
random.seed(2055)
rich = [x for x in snn if x[1]['source'] != 'was' and fresh_day(x) and ok(x[1]['content'], 60, 330)
        and nmark(x[1]['content']) >= 2 and x[1]['url'] not in taken]
random.shuffle(rich)
k = 0
for rnd in range(2):  # two passes over the sources: at most two articles per source
    for source, items in by_source(rich):
        for day, a in items:
            if day_here[day] >= 2 or a['url'] in taken:
                continue
            take('rich', day, a)
            k += 1
            break
        if k == 13:
            break
    if k == 13:
        break
Ar = [x for x in ant if ok(x[2], 60, 330) and nmark(x[2]) >= 2 and x[0] not in taken]
random.shuffle(Ar)
for no, cat, t in Ar[:2]:
    out.append(('rich', 'ant', no, 'Jawhara FM/' + cat, None, t))

for i, o in enumerate(out):
    print(i, o[0], o[1], o[3], o[4], words(o[5]), o[2][:90])

# With a second argument, also write the drawn articles (with their texts, for annotation only;
# never commit that file) as JSON lines to that path.
if len(sys.argv) > 2:
    with open(sys.argv[2], 'w', encoding='utf-8') as w:
        for o in out:
            w.write(json.dumps({'group': o[0], 'dataset': o[1], 'id': o[2], 'source': o[3],
                                'file': o[4], 'text': o[5]}, ensure_ascii=False) + '\n')

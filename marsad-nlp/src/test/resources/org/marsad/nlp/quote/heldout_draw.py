"""The seeded draw shared by select-heldout-4.py to -18.py (the procedure is
described in their headers and in docs/quotes-annotation-guide.md). Only the parameters differ
between sets; each script passes its own, so each still draws exactly the articles they drew
when their set was annotated."""
import collections
import glob
import gzip
import json
import os
import random
import re
import sys
import zipfile
from types import SimpleNamespace

G = os.path.dirname(os.path.abspath(__file__)) + '/'


SHARED_SENTENCE_CHARS = 60
"""Shortest normalised sentence (letters and digits only, see `sentence_keys`) whose presence in
an excluded article excludes an article too: agency copy is reprinted by several papers, so an
article of another id can carry the sentences (and quotations) of an article read before."""


def sentence_keys(text, min_chars=SHARED_SENTENCE_CHARS):
    """The sentences of a text (split at full stops, ?, ! and line breaks), normalised (Arabic
    diacritics and tatweel removed, alef/yeh/teh marbuta forms unified, everything but letters
    and digits dropped), those of at least `min_chars` characters."""
    out = set()
    for s in re.split(r'[.!?؟\n]', text):
        s = re.sub(r'[\u064B-\u0652\u0640]', '', s)
        s = re.sub(r'[أإآ]', 'ا', s).replace('ى', 'ي').replace('ة', 'ه')
        s = re.sub(r'[\W_]+', '', s)
        if len(s) >= min_chars:
            out.add(s)
    return out


def draw(earlier, seed, news, newsrand, spa, ant, rich, rich_passes, fresh_max=5, per_day=2, exclude=(),
         exclude_shared_sentences=False, level_days=False, spa_fill_words=None, spa_more_words=None,
         spa_last_words=None, spa_wide_window=None, rich_fill_marks=None, fill_level=None,
         day_cap=None, day_cap_max=None, rich_first=False, fill_stepwise=False,
         report_pool=False):
    """Prints the drawn articles; with a second command-line argument also writes them (texts
    included, for annotation only: never commit that file) as JSON lines to that path.
    Newspaper articles come from days the earlier sets used at most `fresh_max` times, at most
    `per_day` of them per day (the defaults are the values sets 4 and 5 were drawn with).
    `exclude`: further article ids never to draw (articles read during development, e.g. the
    corpus samples of bench/quote-sample.py); they do not count as uses of a day or source.
    `exclude_shared_sentences`: also never draw an article that shares a normalised sentence of
    `SHARED_SENTENCE_CHARS` characters or more with an excluded or earlier article (the same
    story reprinted under another id; set 11 was drawn without it and 9 of its 30 articles shared
    sentences with corpus-sample articles read in development). Off by default so that the
    scripts of sets 4-11 still draw exactly their articles.
    `level_days`: replace the `fresh_max` threshold by the levelling rule of `select_levelled`
    (set 16 on). Off by default so that the scripts of sets 4-15 still draw exactly their
    articles.
    `spa_fill_words`: when fewer than `spa` SPA articles of 60-260 words meet the criteria (the
    pool of unread SPA copy ran out at set 16), the group is filled with SPA articles that meet
    them with up to this many words (shuffled after the first ones, with the same seed). None
    (the default) leaves the group short; sets 4-15 always found enough.
    `spa_more_words`: when the group is still short after that fill (set 17 on: every unread SPA
    article of up to 330 words meeting the criteria was drawn but two), it is filled with SPA
    articles that meet the criteria with more than `spa_fill_words` and up to this many words,
    shuffled after those, with the same random state: longer copy that still holds reported
    speech, rather than articles without a speech verb. None (the default) draws exactly what
    sets 4-16 drew.
    `spa_last_words`: when the group is still short after the `spa_more_words` fill (set 18 on:
    only 3 unread SPA articles of up to 450 words met the criteria), it is filled with SPA
    articles that meet the criteria with more than `spa_more_words` and up to this many words,
    shuffled after those, with the same random state (the same reasoning one step further).
    None (the default) draws exactly what sets 4-17 drew.
    `spa_wide_window`: when the group is still short after every length fill (set 18: no unread
    SPA article of any length is left with the criteria), it is filled with SPA articles of 60-260
    words that have a speech verb followed within this many words (instead of 7) by أن/إن/colon,
    shuffled after those, with the same random state: the one criterion relaxed, for this group
    only, is the distance between the verb and its complementiser, so the articles still hold a
    verb of saying with a complement nearby. None (the default) draws exactly what sets 4-17 drew.
    `rich_fill_marks`: when the newspaper rich group is still short after its passes (set 24: the
    unread newspaper articles with two `verb ... mark` patterns ran out on the days' quotas even at
    6 a day), it is filled with newspaper articles of the same criteria but with at least this many
    (1) such patterns, shuffled, with the same random state, by the same passes: the one criterion
    relaxed, for this group only, is the number of patterns. None (the default) draws exactly what
    sets 4-23 drew.
    `fill_level`: (set 25 on, with `level_days` and `rich_fill_marks`) draw at exactly this level,
    with no levelling search, and let the rich fill leave the random state as it found it: the
    draw is then the draw of that level without the fill (every group, the ANT rich pair too),
    with only the rich places it left empty filled. None (the default) draws exactly what sets
    4-24 drew.
    `day_cap`, `day_cap_max`: (set 26 on, with `level_days`) when the levelling ends at its top
    level (every day fully open, so levelling does nothing), no day may give more than `day_cap`
    newspaper articles; the places that leaves empty are taken from the least used days first,
    each opened to `day_cap_max` one at a time (see `select_levelled`). None (the default) draws
    exactly what sets 4-25 drew.
    `rich_first`: (set 27 on) draw the rich group (its newspaper passes, its one-pattern fill and
    the ANT rich pair, each with the random state it had before) BEFORE news, newsrand, spa and
    ant, under the same day quotas, so that the quotation-dense articles of a day are not
    crowded out by the groups drawn before them (set 26: the news group filled 2015-07-21, the
    only day with unread two-pattern articles, to its cap and every rich article became a
    one-pattern fill). The later groups skip what it took. False (the default) draws exactly
    what sets 4-26 drew (the `not in taken` tests added to news and ant change nothing then:
    nothing is taken before news, and no ANT id is taken before ant).
    `fill_stepwise`: (set 27 on, with `fill_level` and `day_cap`) the kept draw with the rich fill
    goes through the day cap's whole progression (3 a day, then the least used days opened to
    `day_cap_max` one at a time) and stops at the first state that fills, instead of drawing at
    every day `day_cap_max` at once (set-26 review D1b). False draws exactly what set 26 drew.
    `report_pool`: (set 27 on) print to stderr, once, the eligible pool of each group after every
    exclusion and before the draw (newspaper pools per day for the rich group), so that the next
    draw knows what is left (set-26 review D2: ~400 more sample ids are excluded per set)."""
    p = SimpleNamespace(seed=seed, news=news, newsrand=newsrand, spa=spa, ant=ant, rich=rich,
                        rich_passes=rich_passes)
    EARLIER = earlier
    SHARED = sys.argv[1] if len(sys.argv) > 1 else '../shared'
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
    used |= set(exclude)

    verb = r'(?:قال|قالت|أكد|اكد|أكدت|أضاف|اضاف|أضافت|أوضح|اوضح|أوضحت|أشار|اشار|أشارت|مشيرا|موضحا|مضيفا|مؤكدا|صرح|أعلن|ذكر|اعتبر|يقول|تقول|لفت|شدد)'
    speech = re.compile(verb + r'\S*\s+(?:\S+\s+){0,6}?(?:أن|إن|ان|أنه|إنه|بأن|:)')
    mark = re.compile(verb + r'\S*\s+(?:\S+\s+){0,8}?\S*[“«"]')

    seen = set()  # normalised sentences of the excluded and earlier articles
    snn = []
    for f in sorted(glob.glob(SHARED + '/data/saudinewsnet/*.zip')):
        day = f.split('/')[-1]
        z = zipfile.ZipFile(f)
        for n in sorted(z.namelist()):
            for a in json.loads(z.read(n)):
                if a['url'] in used:
                    if exclude_shared_sentences:
                        seen |= sentence_keys(a['content'])
                    continue
                snn.append((day, a))
    ant = []
    raw = gzip.open(SHARED + '/data/ant-corpus/ant-corpus-v1.1.trec.xml.gz', 'rt', encoding='utf-8').read()
    for m in re.finditer(r'<DOC>.*?</DOC>', raw, re.S):
        d = m.group(0)
        no = re.search(r'<DOCNO>(.*?)</DOCNO>', d).group(1)
        mc = re.search(r'<CAT>(.*?)</CAT>', d)
        cat = mc.group(1) if mc else ''
        t = re.search(r'<TEXT>(.*?)</TEXT>', d, re.S).group(1)
        if no in used:
            if exclude_shared_sentences:
                seen |= sentence_keys(t)
            continue
        ant.append((no, cat, t))
    if exclude_shared_sentences:
        before = len(snn) + len(ant)
        snn = [x for x in snn if not (sentence_keys(x[1]['content']) & seen)]
        ant = [x for x in ant if not (sentence_keys(x[2]) & seen)]
        print(before - len(snn) - len(ant), 'articles excluded for shared sentences', file=sys.stderr)


    def words(t):
        return len(t.split())


    def ok(t, lo=60, hi=260):
        return lo <= words(t) <= hi and speech.search(t)


    def hasmark(t):
        return re.search(r'[“«"]', t) is not None


    def nmark(t):
        return len(mark.findall(t))


    if report_pool:
        npap = [x for x in snn if x[1]['source'] != 'was']
        two = collections.Counter(d for d, a in npap if ok(a['content'], 60, 330) and nmark(a['content']) >= 2)
        one = collections.Counter(d for d, a in npap if ok(a['content'], 60, 330) and nmark(a['content']) == 1)
        print('pool: news (speech frame, 60-260 words) %d; newsrand (60-260 words) %d; spa %d; '
              'ant %d; antrand %d; rich ANT (two patterns) %d'
              % (sum(1 for d, a in npap if ok(a['content'])),
                 sum(1 for d, a in npap if 60 <= words(a['content']) <= 260),
                 sum(1 for d, a in snn if a['source'] == 'was' and ok(a['content'])),
                 sum(1 for x in ant if x[1] in ('politic', 'localNews', 'internationalNews', 'society') and ok(x[2])),
                 sum(1 for x in ant if 60 <= words(x[2]) <= 260),
                 sum(1 for x in ant if ok(x[2], 60, 330) and nmark(x[2]) >= 2)), file=sys.stderr)
        print('pool: rich newspaper, two patterns %d (%s); one pattern %d (%s)'
              % (sum(two.values()), ', '.join('%s %d' % (d[:-4], n) for d, n in sorted(two.items())),
                 sum(one.values()), ', '.join('%s %d' % (d[:-4], n) for d, n in sorted(one.items()))),
              file=sys.stderr)

    def select(quota):
        """The drawn articles (group, dataset, id, source, day, text) when newspaper day `day`
        may give at most `quota(day)` articles."""
        out = []
        taken = set()
        day_here = collections.Counter()


        def take(group, day, a):
            out.append((group, 'saudinewsnet', a['url'], a['source'], day, a['content']))
            taken.add(a['url'])
            day_here[day] += 1


        def fresh_day(x):
            return quota(x[0]) > 0


        def by_source(pool):
            """The shuffled pool grouped by source, sources the earlier sets used least first."""
            groups = collections.OrderedDict()
            for day, a in pool:
                groups.setdefault(a['source'], []).append((day, a))
            return sorted(groups.items(), key=lambda kv: src_use[kv[0]])


        def others():
            # news: newspaper articles of as many sources, half with and half without quotation marks
            random.seed(p.seed)
            news = [x for x in snn if x[1]['source'] != 'was' and fresh_day(x) and ok(x[1]['content'])
                    and x[1]['url'] not in taken]
            random.shuffle(news)
            wm = wo = 0
            for source, items in by_source(news):
                for day, a in items:
                    if day_here[day] >= quota(day):
                        continue
                    h = hasmark(a['content'])
                    if h and wm < p.news // 2:
                        wm += 1
                    elif not h and wo < p.news // 2:
                        wo += 1
                    else:
                        continue
                    take('news', day, a)
                    break
                if wm + wo == p.news:
                    break

            # newsrand: newspaper articles with no condition but length
            random.seed(p.seed + 1)
            plain = [x for x in snn if x[1]['source'] != 'was' and fresh_day(x) and 60 <= words(x[1]['content']) <= 260
                     and x[1]['url'] not in taken]
            random.shuffle(plain)
            k = 0
            for day, a in plain:
                if day_here[day] >= quota(day):
                    continue
                take('newsrand', day, a)
                k += 1
                if k == p.newsrand:
                    break

            # spa: SPA articles
            random.seed(p.seed + 2)
            spa = [x for x in snn if x[1]['source'] == 'was' and ok(x[1]['content'])]
            random.shuffle(spa)
            k = 0
            for day, a in spa:
                if k == p.spa:  # checked before taking, so that spa=0 (set 22) takes none
                    break
                take('spa', day, a)
                k += 1
            if k < p.spa and spa_fill_words:  # too few left with the criteria: longer ones fill the group
                longer = [x for x in snn if x[1]['source'] == 'was' and x[1]['url'] not in taken
                          and ok(x[1]['content'], 60, spa_fill_words)]
                random.shuffle(longer)
                for day, a in longer[:p.spa - k]:
                    take('spa', day, a)
                    k += 1
            if k < p.spa and spa_fill_words and spa_more_words:  # still short: longer copy with the criteria
                longest = [x for x in snn if x[1]['source'] == 'was' and x[1]['url'] not in taken
                           and ok(x[1]['content'], spa_fill_words + 1, spa_more_words)]
                random.shuffle(longest)
                for day, a in longest[:p.spa - k]:
                    take('spa', day, a)
                    k += 1
            if k < p.spa and spa_fill_words and spa_more_words and spa_last_words:  # the longest copy left
                last = [x for x in snn if x[1]['source'] == 'was' and x[1]['url'] not in taken
                        and ok(x[1]['content'], spa_more_words + 1, spa_last_words)]
                random.shuffle(last)
                for day, a in last[:p.spa - k]:
                    take('spa', day, a)
                    k += 1
            if k < p.spa and spa_wide_window:  # no SPA copy of any length left: a wider verb-complement window
                wide = re.compile(verb + r'\S*\s+(?:\S+\s+){0,%d}?(?:أن|إن|ان|أنه|إنه|بأن|:)' % (spa_wide_window - 1))
                near = [x for x in snn if x[1]['source'] == 'was' and x[1]['url'] not in taken
                        and 60 <= words(x[1]['content']) <= 260 and wide.search(x[1]['content'])]
                random.shuffle(near)
                for day, a in near[:p.spa - k]:
                    take('spa', day, a)

            # ant: articles with the criteria, 1 of any category with no condition
            random.seed(p.seed + 3)
            A = [x for x in ant if x[1] in ('politic', 'localNews', 'internationalNews', 'society') and ok(x[2])
                 and x[0] not in taken]
            random.shuffle(A)
            for no, cat, t in A[:p.ant]:
                out.append(('ant', 'ant', no, 'Jawhara FM/' + cat, None, t))
                taken.add(no)
            Ar = [x for x in ant if 60 <= words(x[2]) <= 260 and x[0] not in taken]
            random.shuffle(Ar)
            no, cat, t = Ar[0]
            out.append(('antrand', 'ant', no, 'Jawhara FM/' + cat, None, t))
            taken.add(no)

        def rich_group():
            # rich: newspaper articles (at most one per source and pass) and 2 ANT with >= 2 verb...mark patterns
            random.seed(p.seed + 4)
            rich = [x for x in snn if x[1]['source'] != 'was' and fresh_day(x) and ok(x[1]['content'], 60, 330)
                    and nmark(x[1]['content']) >= 2 and x[1]['url'] not in taken]
            random.shuffle(rich)
            k = 0
            for rnd in range(p.rich_passes):  # each pass takes at most one article per source
                for source, items in by_source(rich):
                    for day, a in items:
                        if day_here[day] >= quota(day) or a['url'] in taken:
                            continue
                        take('rich', day, a)
                        k += 1
                        break
                    if k == p.rich:
                        break
                if k == p.rich:
                    break
            if k < p.rich and rich_fill_marks:  # too few with two patterns: fill with fewer
                state = random.getstate() if fill_level is not None else None
                fill = [x for x in snn if x[1]['source'] != 'was' and fresh_day(x) and ok(x[1]['content'], 60, 330)
                        and rich_fill_marks <= nmark(x[1]['content']) < 2 and x[1]['url'] not in taken]
                random.shuffle(fill)
                for rnd in range(p.rich_passes):
                    for source, items in by_source(fill):
                        for day, a in items:
                            if day_here[day] >= quota(day) or a['url'] in taken:
                                continue
                            take('rich', day, a)
                            k += 1
                            break
                        if k == p.rich:
                            break
                    if k == p.rich:
                        break
                if state is not None:  # the ANT rich pair below stays the one drawn without the fill
                    random.setstate(state)
            Ar = [x for x in ant if ok(x[2], 60, 330) and nmark(x[2]) >= 2 and x[0] not in taken]
            random.shuffle(Ar)
            for no, cat, t in Ar[:2]:
                out.append(('rich', 'ant', no, 'Jawhara FM/' + cat, None, t))
                taken.add(no)  # (set 27) for ant and antrand after it when rich_first

        if rich_first:
            rich_group()
            others()
        else:
            others()
            rich_group()
        return out

    if level_days:
        out = select_levelled(select, day_use, {d for d, a in snn if a['source'] != 'was'}, per_day,
                              p.news + p.newsrand + p.rich, fill_level, day_cap, day_cap_max, fill_stepwise)
    else:  # the threshold rule of sets 4-15
        out = select(lambda day: per_day if day_use[day] <= fresh_max else 0)

    for i, o in enumerate(out):
        print(i, o[0], o[1], o[3], o[4], words(o[5]), o[2][:90])

    # With a second argument, also write the drawn articles (with their texts, for annotation only;
    # never commit that file) as JSON lines to that path.
    if len(sys.argv) > 2:
        with open(sys.argv[2], 'w', encoding='utf-8') as w:
            for o in out:
                w.write(json.dumps({'group': o[0], 'dataset': o[1], 'id': o[2], 'source': o[3],
                                    'file': o[4], 'text': o[5]}, ensure_ascii=False) + '\n')


def day_quotas(day_use, days, per_day, level):
    """How many newspaper articles each day may give so that no day's use (earlier sets plus this
    one) exceeds `level`: `level - use`, at most `per_day`, never below 0."""
    return {d: min(per_day, max(0, level - day_use[d])) for d in days}


def select_levelled(select, day_use, days, per_day, need, fixed=None, day_cap=None, day_cap_max=None,
                    fixed_stepwise=False):
    """The draw `select(quota)` under the lowest level at which it gives all `need` newspaper
    articles. Each day may give `level - use` articles (at most `per_day`): the least used days
    open first and a day used once more than them gives one article fewer, so every set draws
    from the least used days the draw can fill from and the days' uses converge, with no
    threshold to retune as they grow (sets 4-15 had to raise `fresh_max` by hand). The level
    starts at the lowest one whose quotas add up to `need` places and rises one use at a time
    while the draw falls short (its source and quotation-mark conditions can leave places
    empty); once every day is fully open (`max use + per_day`) rising changes nothing more.
    `fixed`: draw at exactly this level, no search (set 25's departure rule; None: the search).
    `day_cap` (set 26's rule, None: off): when the level is the top one, `capped_quotas` replaces
    the quotas (with `fixed`, the last state of that opening: every day at `day_cap_max`; with
    `fixed` and `fixed_stepwise` (set 27 on), the whole opening, as without `fixed`)."""
    top = max(day_use[d] for d in days) + per_day
    level = min(day_use[d] for d in days) + 1 if fixed is None else fixed
    while fixed is None and level < top and sum(day_quotas(day_use, days, per_day, level).values()) < need:
        level += 1
    while True:
        q = day_quotas(day_use, days, per_day, level)
        out = select(lambda day: q.get(day, 0))
        got = sum(1 for o in out if o[1] == 'saudinewsnet' and o[0] != 'spa')
        if got >= need or level >= top or fixed is not None:
            break
        level += 1
    if day_cap is not None and level >= top:
        steps = capped_quotas(day_use, q, day_cap, day_cap_max)
        if fixed is not None and not fixed_stepwise:
            steps = steps[-1:]
        for i, q in enumerate(steps):
            out = select(lambda day: q.get(day, 0))
            got = sum(1 for o in out if o[1] == 'saudinewsnet' and o[0] != 'spa')
            print('day cap: %d days at %d, the rest at %d: %d of %d newspaper articles'
                  % (sum(1 for v in q.values() if v > day_cap), day_cap_max, day_cap, got, need),
                  file=sys.stderr)
            if got >= need:
                break
    opened = sorted((d for d in days if q[d] > 0), key=lambda d: (day_use[d], d))
    print('level', level, '(uses of earlier sets + this set at most', str(level) + '):',
          ', '.join('%s used %d, quota %d' % (d[:-4], day_use[d], q[d]) for d in opened),
          file=sys.stderr)
    print(got, 'of', need, 'newspaper articles drawn', file=sys.stderr)
    return out


def capped_quotas(day_use, quotas, cap, cap_max):
    """The quotas tried, in order, once the levelling has ended at its top level (set 26 on): every
    day at most `cap`; then the least used day (ties: the earlier day) at most `cap_max`, then the
    two least used, and so on until every day is at `cap_max`, so the places the cap leaves empty
    are taken from the least used days first."""
    order = sorted(quotas, key=lambda d: (day_use[d], d))
    return [{d: min(quotas[d], cap_max if i < k else cap) for i, d in enumerate(order)}
            for k in range(len(order) + 1)]


def corpus_samples_read(shared, earlier, seeds=(505, 707, 808, 909)):
    """The articles of every corpus sample read in development (bench/quote-sample.py with these
    seeds). quote-sample.py skips the articles of the gold files present when it runs, so a sample
    depends on them: each seed is drawn again with every state of the gold folder it may have been
    drawn with (sets 1-4, then one more set at a time up to all of `earlier`)."""
    def ids(files):
        out = set()
        for f in files:
            for line in open(G + f, encoding='utf-8'):
                if line.strip():
                    out.add(json.loads(line)['id'])
        return out

    # The candidates of bench/quote-sample.py, in its order (its code, kept in step by hand).
    snn_all = []
    for f in sorted(glob.glob(os.path.join(shared, 'data', 'saudinewsnet', '*.zip'))):
        z = zipfile.ZipFile(f)
        for n in z.namelist():
            for a in json.loads(z.read(n)):
                if 40 <= len(a['content'].split()) <= 600:
                    snn_all.append(a['url'])
    raw = gzip.open(os.path.join(shared, 'data', 'ant-corpus', 'ant-corpus-v1.1.trec.xml.gz'), 'rt',
                    encoding='utf-8').read()
    ant_all = [re.search(r'<DOCNO>(.*?)</DOCNO>', m.group(0)).group(1)
               for m in re.finditer(r'<DOC>.*?</DOC>', raw, re.S)]
    read = set()
    for k in range(5, len(earlier) + 1):  # gold folder with sets 1-4 (5 files) ... all of earlier
        used = ids(earlier[:k])
        for seed in seeds:
            random.seed(seed)
            snn = [u for u in snn_all if u not in used]
            random.shuffle(snn)
            ant = [d for d in ant_all if d not in used]
            random.shuffle(ant)
            read.update(snn[:800])
            read.update(ant[:200])
    print(len(read), 'sample articles excluded', file=sys.stderr)
    return read

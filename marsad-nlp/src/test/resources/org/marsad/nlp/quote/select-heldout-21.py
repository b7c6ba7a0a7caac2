# Draws the articles of gold-heldout-21.jsonl (session 20): run from the checkout root as
#   python3 marsad-nlp/src/test/resources/org/marsad/nlp/quote/select-heldout-21.py ../shared [OUT.jsonl]
# and prints index, group, dataset, source, file, words, id. The annotations were made by hand,
# before the extractor was run on any of these articles. Articles of sets 1-20 are excluded, and
# so are the articles of every corpus sample read during development (bench/quote-sample.py with
# seeds 505, 707, 808 and 909, each drawn again with every state of the gold folder it may have
# been drawn with: sets 1-4 up to 1-20), and every article sharing a normalised sentence of 60+
# characters with any of those (exclude_shared_sentences=True).
#
# The set-20 procedure with new seeds (3201-3205): news 8, newsrand 2, spa 1, ant 4 + 1 of any
# category, rich 12 newspaper + 2 ANT; newspaper days by the levelling rule (level_days=True; the
# level and the days' quotas are printed to stderr). heldout_draw.py is unchanged.
#
# Why 1 SPA place (2 in sets 19-20, 4 in sets 4-18): set 20's header counted 3 unread SPA
# articles left under the wide window (`spa_wide_window=15`) and none under the normal criteria or
# any length fill; set 20 took 2 of them, so 1 is left (the 173-word one). The rule: take the last
# one, as sets 19 and 20 took theirs (the SPA order and criteria unchanged), rather than invent a
# third relaxation. A wider window (20+ words between verb and complementiser) or a length fill
# beyond 600 words would no longer select SPA's reporting style (a verb of saying with its
# complement nearby in a short wire item) but mostly protocol and listing copy, and SPA's longer
# items overlap the development samples most. After this set the SPA pool under every documented
# criterion is empty: a set 22 has no SPA group unless a new source of SPA copy is added.
# Where the freed place goes: to newsrand (1 -> 2), the newspaper group with no condition but
# length: the news group's half-with / half-without quotation-mark rule needs an even size (9 would
# leave the ninth place empty), and rich already holds 14 of 30. news 8 + newsrand 2 + rich 12 = 22
# newspaper articles for the levelling rule. Sets 4-20 are untouched: no option of heldout_draw.py
# was added or changed.
import os
import sys

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from heldout_draw import corpus_samples_read, draw  # noqa: E402

SHARED = sys.argv[1] if len(sys.argv) > 1 else '../shared'
EARLIER = ['gold.jsonl', 'gold-heldout.jsonl', 'gold-heldout-2.jsonl', 'gold-heldout-3.jsonl',
           'gold-heldout-4.jsonl', 'gold-heldout-5.jsonl', 'gold-heldout-6.jsonl', 'gold-heldout-7.jsonl',
           'gold-heldout-8.jsonl', 'gold-heldout-9.jsonl', 'gold-heldout-10.jsonl', 'gold-heldout-11.jsonl',
           'gold-heldout-12.jsonl', 'gold-heldout-13.jsonl', 'gold-heldout-14.jsonl', 'gold-heldout-15.jsonl',
           'gold-heldout-16.jsonl', 'gold-heldout-17.jsonl', 'gold-heldout-18.jsonl', 'gold-heldout-19.jsonl',
           'gold-heldout-20.jsonl']

read = corpus_samples_read(SHARED, EARLIER)

draw(earlier=EARLIER, seed=3201, news=8, newsrand=2, spa=1, ant=4, rich=12, rich_passes=2, exclude=read,
     exclude_shared_sentences=True, level_days=True, spa_fill_words=330, spa_more_words=450,
     spa_last_words=600, spa_wide_window=15)

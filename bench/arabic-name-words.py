#!/usr/bin/env python3
"""Builds marsad-nlp's arabic-name-words.txt: the words of Arabic person names, which the entity
registry never reads as a foreign spelling (ForeignSpelling: محمود عباس is not محمد عباس).

Two sources, merged and sorted:
  1. bench/data/arabic-name-words.hand.txt, a list of common Arabic given and family names written
     by hand for this project (no outside source);
  2. the person-name words of CLEANANERCorp TRAIN (../shared/data/cleananercorp, GPL v3 / ANERcorp
     CC BY-SA 4.0, see its PROVENANCE.md) in names that are Arabic by their form: a name holding a
     chain word (بن ابن بنت أبو أبي ابو آل) or a word in عبد; minus the words the hand list marks
     with a leading '-' (foreign or not names met in such spans: عبدالله جورج, أبو غزة). Names with
     a word in ال were tried as a third source and dropped: they hold foreign names (كارلوس البرتو
     فرنانديش, تشارلز الأول).

Usage (from the worktree root):
  python3 bench/arabic-name-words.py ../shared/data/cleananercorp/cleananercorp_TRAIN.txt \
      > marsad-nlp/src/main/resources/org/marsad/nlp/entity/arabic-name-words.txt
"""
import re
import sys

CHAIN = {"بن", "ابن", "بنت", "أبو", "ابو", "أبي", "ابي", "آل"}
ARABIC_WORD = re.compile(r"^[\u0621-\u064A]{2,}$")
DIACRITICS = re.compile(r"[\u064B-\u0652\u0640]")


def person_names(path):
    name = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            tag = parts[-1] if len(parts) == 2 else "O"
            word = DIACRITICS.sub("", parts[0]) if len(parts) == 2 else ""
            if tag == "I-PERS" and name:
                name.append(word)
                continue
            if name:
                yield name
            name = [word] if tag == "B-PERS" else []
    if name:
        yield name


def arabic_by_form(name):
    return any(w in CHAIN or w.startswith("عبد") for w in name)


def main():
    hand = open("bench/data/arabic-name-words.hand.txt", encoding="utf-8").read().split("\n")
    lines = [w.strip() for w in hand if w.strip() and not w.startswith("#")]
    words = {w for w in lines if not w.startswith("-")}
    excluded = {w[1:] for w in lines if w.startswith("-")}
    for name in person_names(sys.argv[1]):
        if len(name) >= 2 and arabic_by_form(name):
            words.update(w for w in name if ARABIC_WORD.match(w) and w not in CHAIN and w not in excluded)
    print("# Words of Arabic person names (given and family names): never read as a foreign spelling")
    print("# (ForeignSpelling). Built by bench/arabic-name-words.py, see docs/models.md; do not edit by hand.")
    for w in sorted(words):
        print(w)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Builds marsad-text's stopwords.txt from the MIT-licensed mohataher/arabic-stop-words list.

Usage: python3 marsad-text/tools/make-stopwords.py ../shared/data/arabic-stopwords/mohataher/list.txt \
           > marsad-text/src/main/resources/org/marsad/text/analysis/stopwords.txt

Match-normalises every entry the way org.marsad.text.MatchNormalizer does, drops lines that are
not single words, and removes words that carry content in news (months, weekdays, currencies,
numbers, name parts such as أبو/وأبو/بن/آل, nouns such as وقف/زيارة/قوة); adds a few clitic-attached
function words and fused question words (ماهي، بماذا، لمن) missing from the list.
"""
import sys
import unicodedata

FOLD = {'\u0622': '\u0627', '\u0623': '\u0627', '\u0625': '\u0627', '\u0671': '\u0627',
        '\u0672': '\u0627', '\u0673': '\u0627', '\u0649': '\u064A', '\u06CC': '\u064A',
        '\u06D2': '\u064A', '\u0626': '\u064A', '\u0629': '\u0647', '\u06C1': '\u0647',
        '\u06C0': '\u0647', '\u06D5': '\u0647', '\u06BE': '\u0647', '\u0624': '\u0648',
        '\u06A9': '\u0643'}

def diacritic(c):
    o = ord(c)
    return (0x64B <= o <= 0x65F or o == 0x670 or 0x610 <= o <= 0x61A or 0x6D6 <= o <= 0x6DC
            or 0x6DF <= o <= 0x6E4 or 0x6E7 <= o <= 0x6E8 or 0x6EA <= o <= 0x6ED)

def norm(w):
    w = unicodedata.normalize('NFC', w)
    return ''.join(FOLD.get(c, c) for c in w if not diacritic(c) and c != '\u0640')

CONTENT = """
أبريل آذار أغسطس أفريل أكتوبر أيار ايار أيلول تشرين تموز جانفي جوان جويلية حزيران ديسمبر
سبتمبر شباط فبراير فيفري كانون مارس ماي مايو نوفمبر نيسان يناير يوليو يونيو آب أوت
أربعاء ثلاثاء جمعة خميس سبت
جنيه درهم دولار دينار ريال شيكل فلس قرش ليرة سنتيم مليم هللة يورو
أربع أربعة اربعة أربعمائة أربعمئة اربعون اربعين اثنا اثنان اثني اثنين تسع تسعة تسعمائة تسعمئة
تسعون تسعين ثلاث ثلاثة ثلاثمائة ثلاثمئة ثلاثون ثلاثين ثمان ثمانمئة ثمانون ثماني ثمانية ثمانين
ثمنمئة خمس خمسة خمسمائة خمسمئة خمسون خمسين سبع سبعة سبعمائة سبعمئة سبعون سبعين ست ستة ستمائة
ستمئة ستون ستين عشر عشرة عشرون عشرين ألف الف مائة مئة مئتان مليار مليون
ثالث رابع خامس سادس سابع ثامن تاسع عاشر حادي
زيارة قوة نهاية اطار اعادة وقف للامم لوكالة برس حبيب ذهب علم رزق عين حار شمال يمين صباح صباحا
مساء سبحان شخصا عدد عدم وجود خارج غادر يوم ايام سنة سنوات عام عاما الوقت باسم تعلم ترك صبر
الذاتي إضافي آل أل أبو وأبو بن
"""

EXTRA = "لقد فيما وذلك وهذه عبر وأكد وأشار وأشارت وتابع كانوا ليست"

# Question words fused with a clitic or with هو/هي, as users and question collections write them
# (ماهي عاصمة سوريا، بماذا يشتهر، لمن، وأين). The bare forms (ما، ماذا، متى، أين، كيف، هل، أي…)
# are already in the list. Never content: with the implicit AND of marsad search, a question
# word that no article contains would otherwise empty the result list.
QUESTION_WORDS = """
ماهي ماهو ماهى بماذا لماذا لمن ممن عمن عما فيم بم مم بكم وكم ومتى وأين وكيف وهل فهل
ولماذا وماذا
"""

def main(path):
    drop = {norm(w) for w in CONTENT.split()}
    out, seen = [], set()
    words = [l.strip().replace("'", "") for l in open(path, encoding='utf-8')] + EXTRA.split() + QUESTION_WORDS.split()
    for w in words:
        if not w or ' ' in w or '?' in w or any(ch.isdigit() for ch in w):
            continue
        n = norm(w)
        if not n or n in drop or n in seen:
            continue
        seen.add(n)
        out.append(n)
    print("# Arabic stop words for Marsad's ArabicNewsAnalyzer, match-normalised.")
    print("# Derived from arabic-stop-words by Mohamed Taher Alrefaie (MIT License, Copyright (c) 2016),")
    print("# github.com/mohataher/arabic-stop-words commit 767255429135eb8120818102cf97523b3c05c8bd;")
    print("# rebuilt with marsad-text/tools/make-stopwords.py (which lists what was removed and added).")
    for w in out:
        print(w)

main(sys.argv[1])

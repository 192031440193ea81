#!/usr/bin/env python3
"""Writes expected.tsv (word<TAB>stem) from NLTK's default PorterStemmer (NLTK_EXTENSIONS).

The words are every lower-case token of the docstrings in this Python's standard library
(not its tests), tokens there that mix letters and digits, the examples from Porter's paper,
NLTK's irregular forms, and words built here to reach each rule's edge cases.

    python3 -m venv /tmp/venv && /tmp/venv/bin/pip install nltk
    /tmp/venv/bin/python make_expected.py
"""
import ast
import os
import re
import sys
import sysconfig

import nltk
from nltk.stem.porter import PorterStemmer

HERE = os.path.dirname(os.path.abspath(__file__))

# The examples printed beside the rules in Porter (1980).
PAPER_EXAMPLES = """
caresses ponies ties caress cats feed agreed plastered bled motoring sing conflated troubled
sized hopping tanned falling hissing fizzed failing filing happy sky relational conditional
rational valenci hesitanci digitizer conformabli radicalli differentli vileli analogousli
vietnamization predication operator feudalism decisiveness hopefulness callousness formaliti
sensitiviti sensibiliti triplicate formative formalize electriciti electrical hopeful goodness
revival allowance inference airliner gyroscopic adjustable defensible irritant replacement
adjustment dependent adoption homologou communism activate angulariti homologous effective
bowdlerize probate rate cease controll roll generalizations oscillators trouble troubles
private oaten orrery tree trees ivy by toy syzygy oats
"""

# NLTK's irregular forms, and words on either side of each NLTK change to the paper.
NLTK_EDGES = """
sky skies dying lying tying news innings inning outings outing cannings canning howe proceed
exceed succeed dies flies lies spies cries spied died tied tried fried enjoy enjoyment spy fly
try say says saying stay stays obey buy guy boy toys happily fully beautifully hopefully
carefully gratefully powerfully analogically archaeology geology theology philology biology
apology logic logical trilogy ideologies criticality criticalli generalli personalli
nationalli rationalli traditionalli conditionalli ow owe owed owing aw awe ox oxen
"""

# Word stems crossed with suffixes so that every rule of every step fires and fails somewhere.
STEMS = """
nation relate condition ration valid hesitate digit conform radical differ vile analog
predict operate feudal decide hope callous formal sensitive sense electric good revive allow
infer airline gyroscope adjust defend irritate replace adopt homolog commune active angular
effect bowdler probe cease control roll general oscillate trouble fall hiss fizz fail file
hop tan sing motor plaster bleed agree feed sky happy play employ deny apply rely comply
reply multiply notify classify verify specify identify modify create use compute parse
encode decode connect connection direct instruct construct destruct argument depend
intend extend attend contend pretend depend transform normalize optimize organize realize
recognize summarize tokenize stem stop run walk talk write read build test
"""

SUFFIXES = """
s es ed ing ly er ers est ness ful fully fulness less lessly ment ments ation ations ational
ationally ive ively iveness ivity ity ities al ally alism alist alistic alize alization ize
izes ized izing izer izers ization izations able ably ability abilities ible ibly ibility ic
ical ically icity icate icates ance ances ence ences ent ently ant antly ism isms ist ists
ous ously ousness ate ates ated ating ator ators iti ou bli abli li eli entli ousli alli
fulli logi logy logies ies ied y
"""


def docstring_words():
    """Lower-case alphabetic and alphanumeric tokens of the standard library's docstrings."""
    root = sysconfig.get_paths()["stdlib"]
    words = set()
    for directory, subdirectories, files in os.walk(root):
        subdirectories[:] = sorted(
            d for d in subdirectories if d not in ("site-packages", "test", "tests", "idle_test")
        )
        for name in sorted(files):
            if not name.endswith(".py"):
                continue
            try:
                with open(os.path.join(directory, name), encoding="utf-8") as source:
                    tree = ast.parse(source.read())
            except (SyntaxError, UnicodeDecodeError, ValueError):
                continue
            for node in ast.walk(tree):
                if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
                    docstring = ast.get_docstring(node)
                    if docstring:
                        words.update(re.findall(r"[a-z0-9]+", docstring.lower()))
    # Pure numbers and very long digit runs say nothing about suffixes.
    return {w for w in words if re.search(r"[a-z]", w) and len(w) <= 40}


def built_words():
    stems = STEMS.split()
    suffixes = SUFFIXES.split()
    built = set()
    for stem in stems:
        base = stem[:-1] if stem.endswith("e") else stem
        for suffix in suffixes:
            built.add(stem + suffix)
            built.add(base + suffix)
    return built


def main():
    words = docstring_words()
    words.update(PAPER_EXAMPLES.split())
    words.update(NLTK_EDGES.split())
    words.update(built_words())
    stemmer = PorterStemmer()
    path = os.path.join(HERE, "expected.tsv")
    with open(path, "w", encoding="ascii", newline="\n") as out:
        out.write(f"# nltk {nltk.__version__} PorterStemmer() default mode, python {sys.version.split()[0]}\n")
        for word in sorted(words):
            out.write(f"{word}\t{stemmer.stem(word)}\n")
    print(f"wrote {len(words)} words to {path}")


if __name__ == "__main__":
    main()

"""The help a user reads in the algorithm dialogs: whole sentences per paragraph (QGIS shows each line of a
help text as a paragraph), the dialog's labels rather than parameter codes, and help links that land on
a section of the README."""

import glob
import os
import re
import unicodedata

import pytest

from foodaccess.paths import HELP_DIR, PLUGIN_DIR

HELP_FILES = sorted(glob.glob(os.path.join(HELP_DIR, "*.html")))
BLOCK_TAG = re.compile(r"</?(p|ul|li|h3|pre)>")
SENTENCE_END = re.compile(r"([.:;!?)»…]|https?://\S+)$")
# Parameter codes that are also ordinary words of the help (a file format, a French body of communes).
ORDINARY_WORDS = {"GTFS", "EPCI", "URL"}


def shown_lines(path):
    """(number, line) of the lines QGIS shows as paragraphs: every line but those of a <pre> block."""
    in_pre = False
    with open(path, encoding="utf-8") as stream:
        for number, line in enumerate(stream.read().split("\n"), 1):
            if in_pre:
                in_pre = "</pre>" not in line
                continue
            if "<pre>" in line:
                in_pre = "</pre>" not in line
                continue
            yield number, line


def test_every_algorithm_has_help_in_both_languages(provider):
    from foodaccess.processing.provider import ALGORITHM_CLASSES

    for algorithm_class in ALGORITHM_CLASSES:
        for language in ("en", "fr"):
            assert os.path.exists(os.path.join(HELP_DIR, f"{algorithm_class.NAME}.{language}.html"))


@pytest.mark.parametrize("path", HELP_FILES, ids=os.path.basename)
def test_no_help_paragraph_ends_mid_sentence(path):
    cut = []
    for number, line in shown_lines(path):
        text = re.sub(r"<[^>]+>", "", line).strip()
        if not text or line.lstrip().startswith("<h3>"):
            continue  # a list's opening or closing tag, a heading
        if not SENTENCE_END.search(text):
            cut.append(f"line {number}: …{text[-50:]}")
    assert not cut, "paragraphs cut mid-sentence:\n" + "\n".join(cut)


def test_help_texts_name_the_dialog_labels_not_parameter_codes(provider):
    codes = {
        parameter.name()
        for algorithm in provider.algorithms()
        for parameter in list(algorithm.parameterDefinitions()) + list(algorithm.outputDefinitions())
        if re.fullmatch(r"[A-Z][A-Z_]+", parameter.name())
    } - ORDINARY_WORDS
    found = []
    for path in HELP_FILES:
        for number, line in shown_lines(path):
            for code in codes:
                if re.search(rf"(?<![\w./]){code}(?!\w)", line):
                    found.append(f"{os.path.basename(path)}:{number}: {code}")
    assert not found, "codes the dialog never shows:\n" + "\n".join(found)


def github_anchor(heading):
    """The anchor GitHub gives a README heading: lower case, punctuation dropped, spaces as hyphens."""
    text = unicodedata.normalize("NFC", heading.strip().lower())
    return re.sub(r"[^\w\- ]", "", text).replace(" ", "-")


def readme_anchors():
    with open(os.path.join(PLUGIN_DIR, "README.md"), encoding="utf-8") as stream:
        text = stream.read()
    anchors = {github_anchor(line.lstrip("#")) for line in text.split("\n") if line.startswith("#")}
    return anchors | set(re.findall(r'<a (?:name|id)="([^"]+)"', text))


def test_github_anchor():
    assert github_anchor(" Service areas (`foodaccess:serviceareas`)") == "service-areas-foodaccessserviceareas"


def test_every_help_link_lands_on_a_section_of_the_readme(provider):
    anchors = readme_anchors()
    links = {algorithm.name(): algorithm.helpUrl() for algorithm in provider.algorithms() if algorithm.helpUrl()}
    assert links, "the algorithms link to their section of the README"
    missing = {name: url for name, url in links.items() if url.partition("#")[2] not in anchors}
    assert not missing, missing

"""Writes copilot/pii/words/region_names.tsv: the names of the regions phonenumbers knows, in the languages
the phone finder reads a message's country in, with their region codes (issue 20, six-digit local numbers).

phonenumbers keeps these names in one table of every language (`phonenumbers.geodata.locale`, about 100 MiB
once imported); the finder reads this small file instead, so no redacting process carries that table.

    .venv/bin/python scripts/make_region_names.py          # writes the file
    .venv/bin/python scripts/make_region_names.py --check  # exits 1 if the file is not what it would write
"""

from __future__ import annotations

import sys
from pathlib import Path

import phonenumbers
import regex as re
from phonenumbers.geodata.locale import LOCALE_DATA

OUT = Path(__file__).resolve().parent.parent / "copilot" / "pii" / "words" / "region_names.tsv"
LANGUAGES = ("en", "de", "fr", "es", "pt", "it", "nl")
_WORD_RE = re.compile(r"[\p{L}\p{M}]+")


def _display_name(region: str, lang: str) -> str:
    name = LOCALE_DATA.get(region, {}).get(lang, "")
    if name.startswith("*"):  # held under another language's entry
        name = LOCALE_DATA[region].get(name[1:], "")
    return name


def rows() -> list[str]:
    """One line per name, "word word<TAB>REGION", the first region a name is met for kept."""
    seen: dict[tuple[str, ...], str] = {}
    for region in sorted(phonenumbers.SUPPORTED_REGIONS):
        for lang in LANGUAGES:
            words = tuple(_WORD_RE.findall(_display_name(region, lang).casefold()))
            if words and len("".join(words)) > 3:
                seen.setdefault(words, region)
    return [f"{' '.join(words)}\t{region}" for words, region in seen.items()]


def main() -> int:
    text = "\n".join(rows()) + "\n"
    if "--check" in sys.argv:
        return 0 if OUT.read_text(encoding="utf-8") == text else 1
    OUT.write_text(text, encoding="utf-8")
    print(f"{OUT.name}: {text.count(chr(10))} names")
    return 0


if __name__ == "__main__":
    sys.exit(main())

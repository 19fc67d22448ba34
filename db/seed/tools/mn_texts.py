#!/usr/bin/env python3
"""Writes the catalogue's shared Mongolian texts (db/seed/mn-texts.tsv) into db/seed/catalogue.json.

Each line of mn-texts.tsv is a Chinese text and its transliteration; the Mongolian script is made
from the transliteration by qml/i18n/mn-translit.py (so a reviewer's corrected transliteration is
applied by running this again). Every `Text` of an item (FORMAT.md) among the form's labels, the
materials' names and notes, the item's name, the fee, the summary, conditions, steps, notes and
legal_limit whose `zh` is in the table gets that `mn` (placed after `en`), so that one label reads
the same in every form; so do the points' name, address and hours and the departments' agency. The
form's choices get theirs only in the items whose guide is translated (summary, every condition
and every step in the table), and there every choice of a field must be in the table (a field's
choices are Mongolian all or none: see apply_item). Department names are left alone; an `mn`
whose Chinese is not in the table is kept as written. The file keeps its layout (json.dump,
indent=1). Safe to run again.

Usage: db/seed/tools/mn_texts.py [--check] [CATALOGUE]
  --check  change nothing; exit 1 when the catalogue differs from what the table would write
"""
import importlib.util
import json
import sys
from pathlib import Path

SEED = Path(__file__).resolve().parents[1]
TRANSLIT = SEED.parents[1] / "qml" / "i18n" / "mn-translit.py"


def load_translit():
    spec = importlib.util.spec_from_file_location("mn_translit", TRANSLIT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.mongolian


def load_table(path, mongolian):
    table = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) != 2 or not parts[0] or not parts[1].strip():
            sys.exit(f"{path}:{number}: want 'Chinese<TAB>transliteration'")
        if parts[0] in table:
            sys.exit(f"{path}:{number}: {parts[0]} is in the table twice")
        table[parts[0]] = mongolian(parts[1])
    return table


def with_mn(text, table, used):
    """The Text with its `mn` from the table, after `en`; unchanged when its zh is not there."""
    if not isinstance(text, dict) or text.get("zh") not in table:
        return text
    used.add(text["zh"])
    out = {k: v for k, v in text.items() if k != "mn"}
    ordered = {}
    for key, value in out.items():
        ordered[key] = value
        if key == "en":
            ordered["mn"] = table[text["zh"]]
    if "mn" not in ordered:
        ordered["mn"] = table[text["zh"]]
    return ordered


def guide_translated(item, table):
    """Whether the item's guide is in Mongolian: its summary, every condition and every step."""
    texts = [item.get("summary", {})] + item.get("conditions", []) + item.get("steps", [])
    return all(isinstance(t, dict) and t.get("zh") in table for t in texts)


def apply_item(item, table, used):
    item["name"] = with_mn(item["name"], table, used)
    for key in ("fee", "summary", "legal_limit"):
        if key in item:
            item[key] = with_mn(item[key], table, used)
    for key in ("conditions", "steps", "notes"):
        if key in item:
            item[key] = [with_mn(t, table, used) for t in item[key]]
    for material in item.get("materials", []):
        for key in ("name", "note"):
            if key in material:
                material[key] = with_mn(material[key], table, used)
    # Every item has a Mongolian name (the seed's test); the choices follow the guide.
    named = guide_translated(item, table)
    for field in item.get("form", []):
        field["label"] = with_mn(field["label"], table, used)
        # Choices: in Mongolian only in an item translated whole (its guide in Mongolian), where
        # they stand as tall buttons in columns (FieldDelegate). Elsewhere a 其他 in Mongolian among
        # Chinese choices would make the field half translated: they stay Chinese buttons.
        options = field.get("options", [])
        if named:
            missing = [o["label"]["zh"] for o in options if o["label"]["zh"] not in table]
            if missing:
                sys.exit(f"{item['code']} {field['id']}: no Mongolian for the choices {' '.join(missing)}; "
                         "add them to mn-texts.tsv")
        for option in options:
            if named:
                option["label"] = with_mn(option["label"], table, used)
            else:
                option["label"] = {k: v for k, v in option["label"].items() if k != "mn"}


def main():
    args = sys.argv[1:]
    check = "--check" in args
    args = [a for a in args if a != "--check"]
    path = Path(args[0] if args else SEED / "catalogue.json")
    text = path.read_text(encoding="utf-8")
    data = json.loads(text)
    trailing = "\n" if text.endswith("\n") else ""
    if json.dumps(data, ensure_ascii=False, indent=1) + trailing != text:
        sys.exit(f"{path}: not in the layout this script writes (json.dump, indent=1); nothing changed")
    table = load_table(SEED / "mn-texts.tsv", load_translit())
    used = set()
    for item in data["items"]:
        apply_item(item, table, used)
    for department in data["departments"]:
        department["agency"] = with_mn(department["agency"], table, used)
    for point in data["points"]:
        for key in ("name", "address", "hours"):
            point[key] = with_mn(point[key], table, used)
    unused = sorted(set(table) - used)
    if unused:
        print(f"not used by any text: {' '.join(unused)}", file=sys.stderr)
    result = json.dumps(data, ensure_ascii=False, indent=1) + trailing
    if check:
        if result != text:
            sys.exit(f"{path}: differs from db/seed/mn-texts.tsv; run db/seed/tools/mn_texts.py")
        return
    path.write_text(result, encoding="utf-8")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Builds the Indonesian extraction set from the hand-written pages in batch*.py.

Each page is a dict: id, url, title (gold headline), published (gold ISO time with offset), paras (the
article's paragraphs, the gold body), html (the page, with {BODY} where the paragraphs go) and optionally
wrap (how one paragraph is marked up; a (tag, text) pair is marked up as that tag, a {"html", "text"} dict is
markup whose text lines are body, as an embedded tweet is in the English benchmark's gold) and inserts ({index: html} clutter placed before paragraph index,
not part of the gold). Writes (to --out DIR, else examples/extraction/id) html/<id>.html.gz (gzip -n, so reruns are byte-identical) and ground-truth.json.
"""
import gzip, html, importlib, json, pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE.parent


def render(page):
    wrap = page.get("wrap", "<p>{}</p>")
    inserts = page.get("inserts", {})
    parts = []
    for i, p in enumerate(page["paras"]):
        if i in inserts:
            parts.append(inserts[i])
        if isinstance(p, dict):  # {"html": markup, "text": [lines]}: markup whose text is body (an embedded tweet)
            parts.append(p["html"])
        elif isinstance(p, tuple):  # (tag, text): a subheading or list item of the body
            parts.append("<{0}>{1}</{0}>".format(p[0], html.escape(p[1], quote=False)))
        else:
            parts.append(wrap.format(html.escape(p, quote=False)))
    return page["html"].replace("{BODY}", "\n".join(parts))


def main(batches, out=OUT):
    gold = {}
    (out / "html").mkdir(parents=True, exist_ok=True)
    for b in batches:
        for page in importlib.import_module(b).PAGES:
            data = render(page).encode(page.get("charset", "utf-8"))
            with open(out / "html" / (page["id"] + ".html.gz"), "wb") as f:
                with gzip.GzipFile(fileobj=f, mode="wb", mtime=0, filename="") as g:
                    g.write(data)
            body = [line for p in page["paras"] for line in (p["text"] if isinstance(p, dict) else [p[1] if isinstance(p, tuple) else p])]
            gold[page["id"]] = {"articleBody": "\n".join(body), "url": page["url"],
                                "title": page["title"], "published": page["published"]}
    with open(out / "ground-truth.json", "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1, sort_keys=True)
        f.write("\n")
    print(f"{len(gold)} pages")


if __name__ == "__main__":
    sys.path.insert(0, str(HERE))
    args = sys.argv[1:]
    if args[:1] == ["--out"]:
        main(args[2:], pathlib.Path(args[1]))
    else:
        main(args or ["batch1", "batch2", "batch3", "batch4", "batch5", "batch6", "batch7", "batch8", "batch9", "batch10", "batch11"])

#!/usr/bin/env python3
"""Builds examples/gold.json from the labels below; entity article lists are computed by exact matching."""
import json, os, re, html
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

class Visible(HTMLParser):
    def __init__(self):
        super().__init__(); self.out = []; self.skip = 0
    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "head"): self.skip += 1
    def handle_endtag(self, tag):
        if tag in ("script", "style", "head"): self.skip -= 1
    def handle_data(self, data):
        if not self.skip: self.out.append(data)

def article_text(name):
    raw = open(os.path.join(ROOT, "articles", name), encoding="utf-8").read()
    if name.endswith(".html"):
        p = Visible(); p.feed(raw); return html.unescape("".join(p.out))
    return raw

A = [  # id, file, url, outlet, published, basis, event, near_dup_of, kind, title, boilerplate, notes
 ("001", "001.txt", "https://www.example-steppewire.com/news/kazakhstan-uzbekistan-syr-darya-data", "Steppe Wire", "2024-03-12", "text", "e02", None, None,
  "Kazakhstan, Uzbekistan agree to share Syr Darya flow data in real time", ["Published: 0945 GMT March 12, 2024", "Page Generated in 0.0412 seconds"],
  "Dated by the 'Published:' line in the text; the meeting was 'on Monday', the day before."),
 ("002", "002.txt", "https://www.example-herald.com/2024/03/11/central-asian-neighbours-pool-river-data/", "The Caspian Herald", "2024-03-11", "url", "e02", None, None,
  "Central Asian neighbours to pool river data after Astana talks", ["Home > World > Central Asia", "Top Stories", "Kazakhstan raises wheat export quota for spring", "Kyrgyz and Tajik officials resume border talks"],
  "Independent wording of e02; name variants Jumabekov/Kodirov."),
 ("003", "003.txt", "https://www.example-eurasiamonitor.com/asia/politics/kazakhstan-uzbekistan-syr-darya", "Eurasia Monitor (Steppe Wire copy)", None, None, "e02", "001", "verbatim",
  "Kazakhstan, Uzbekistan agree to share Syr Darya flow data in real time", ["Eurasia Monitor | Asia | Politics", "Back to top button"],
  "Syndicated wire copy of 001 under another outlet header, without the 'Published:' line."),
 ("004", "004.txt", "https://www.example-catimes.com/news/central-asian-neighbours-river-data", "Central Asia Times", None, None, "e02", "002", "partial",
  "Central Asian neighbours to pool river data after Astana talks", ["Read More:", "Uzbekistan opens new border post with Turkmenistan", "https://www.example-catimes.com/news/uzbekistan-border-post-turkmenistan", "All content by Central Asia Times is licensed under a Creative Commons Attribution 4.0 International License."],
  "First three paragraphs of 002, verbatim."),
 ("005", "005.txt", "https://www.example-steppewire.com/2024/02/27/uzbek-foreign-minister-to-visit-astana/", "Steppe Wire", "2024-02-27", "url", "e01", None, None,
  "Uzbek foreign minister to visit Astana in March", [], "Announcement of the visit (e01), not the visit itself (e02)."),
 ("006", "006.html", "https://www.example-silkroadobserver.com/region/kazakh-uzbek-ministers-meet-tashkent", "Silk Road Observer", "2024-09-17", "header", "e03", None, None,
  "Kazakh and Uzbek foreign ministers meet again in Tashkent", ["Home | Region | Economy | Opinion", "© 2024 Silk Road Observer. All rights reserved.", "About us | Contact | Privacy policy"],
  "HTML page: outlet from og:site_name, date from article:published_time."),
 ("007", "007.txt", "https://www.example-herald.com/2024/09/18/kazakhstan-uzbekistan-water-commission/", "The Caspian Herald", "2024-09-18", "url", "e03", None, None,
  "Kazakhstan and Uzbekistan set up water commission", [], "Same two ministers as e02, six months later; mentions the March meeting as background."),
 ("008", "008.txt", "https://www.example-ubdispatch.com/news/former-mining-minister-detained", "Ulaanbaatar Dispatch", None, None, "e04", None, None,
  "Former mining minister detained in Ulaanbaatar over licence scandal", [], "Only 'on Saturday'; nothing dates the article."),
 ("009", "009.txt", "https://www.example-sahelpress.com/2024/05/15/mali-drone-strike-ber/", "Sahel Press", "2024-05-15", "url", "e05", None, None,
  "Malian army says drone strike killed rebel commanders near Ber", [], "Dateline 'GAO (Sahel Press) –' names where the story was filed, not where the strike happened."),
 ("010", "010.txt", "https://www.example-wacourier.com/africa/mali-drone-strike-civilians", "West Africa Courier", None, None, "e05", None, None,
  "Civilians among dead in Malian drone strike, rebels say", ["Read More:", "Mali extends transition timetable by two years", "Aid convoys stranded on Timbuktu road"],
  "Undated; 'Bamako' is used for the Malian government."),
 ("011", "011.txt", "https://www.example-maghrebledger.com/2024/05/20/algeria-mali-talks-algiers/", "Maghreb Ledger", "2024-05-20", "url", "e06", None, None,
  "Algeria and Mali hold talks in Algiers as northern fighting flares", [], "Main event a meeting; the drone strike (e05) is background."),
 ("012", "012.txt", "https://www.example-bishkekobserver.com/2024/07/01/kyrgyzstan-early-election/", "Bishkek Observer", "2024-07-01", "url", "e07", None, None,
  "Kyrgyzstan votes in early parliamentary election", [], "Published the day after the vote ('on Sunday')."),
 ("013", "013.txt", "https://www.example-steppewire.com/2024/07/04/kyrgyzstan-tajik-border-ultimatum/", "Steppe Wire", "2024-07-04", "url", "e08", None, None,
  "Kyrgyzstan gives Tajik border guards 48 hours to leave disputed post", [], "Also mentions a call-up of reservists (background)."),
 ("014", "014.txt", "https://www.example-asiafrontier.com/news/dushanbe-rejects-kyrgyz-ultimatum", "Asia Frontier News", None, None, "e09", None, None,
  "Dushanbe rejects Kyrgyz ultimatum over border checkpoint", [], "Undated; 'on Thursday' and 'earlier in the day' tie it to e08 (013, dated 2024-07-04). 'Dushanbe' is used for the Tajik government."),
]

EVENTS = [
 dict(id="e01", summary="The Kazakh Foreign Ministry announces that Uzbek Foreign Minister Rustam Qodirov will visit Kazakhstan on 11-12 March.",
      date="2024-02-27", weekday="Tuesday", location="Astana", type="STATEMENT", cameo="036",
      actors=["Kazakh Foreign Ministry", "Rustam Qodirov", "Arman Tleuov"], story="s1"),
 dict(id="e02", summary="Aidos Zhumabekov and Rustam Qodirov meet in Astana and agree to share Syr Darya flow data.",
      date="2024-03-11", weekday="Monday", location="Astana", type="VISIT", cameo="042",
      actors=["Rustam Qodirov", "Aidos Zhumabekov"], story="s1"),
 dict(id="e03", summary="Rustam Qodirov receives Aidos Zhumabekov in Tashkent; they sign the statute of a joint water commission.",
      date="2024-09-17", weekday="Tuesday", location="Tashkent", type="VISIT", cameo="042",
      actors=["Aidos Zhumabekov", "Rustam Qodirov"], story="s1"),
 dict(id="e04", summary="Mongolia's anti-corruption agency detains former mining minister Enkhbold Naranbaatar.",
      date=None, weekday="Saturday", location="Ulaanbaatar", type="ARREST", cameo="173",
      actors=["Independent Authority Against Corruption", "Enkhbold Naranbaatar"], story=None, date_resolvable=False),
 dict(id="e05", summary="A Malian army drone strikes a Northern Unity Movement convoy near Ber; the rebels say civilians were killed.",
      date="2024-05-14", weekday="Tuesday", location="Ber, Mali", type="AIRSTRIKE", cameo="195",
      actors=["Malian Armed Forces", "Northern Unity Movement"], story="s2"),
 dict(id="e06", summary="Algerian Foreign Minister Nadir Bouchareb meets Malian Foreign Minister Moussa Kanouté in Algiers.",
      date="2024-05-20", weekday="Monday", location="Algiers", type="MEET", cameo="040",
      actors=["Nadir Bouchareb", "Moussa Kanouté"], story="s2"),
 dict(id="e07", summary="Kyrgyzstan holds an early parliamentary election; preliminary results put Yntymak ahead.",
      date="2024-06-30", weekday="Sunday", location="Kyrgyzstan", type="ELECTION", cameo=None,
      actors=["Central Election Commission", "Yntymak", "Kench alliance"], story=None),
 dict(id="e08", summary="Kyrgyzstan gives Tajik border guards 48 hours to leave a checkpoint near Kok-Tash.",
      date="2024-07-04", weekday="Thursday", location="Bishkek", type="THREATEN", cameo="139",
      actors=["Kyrgyzstan", "Talant Osmonaliev", "Kyrgyz Security Council", "Tajikistan"], story="s3"),
 dict(id="e09", summary="Tajikistan rejects the Kyrgyz ultimatum and summons the Kyrgyz ambassador.",
      date="2024-07-04", weekday="Thursday", location=None, type="REJECT", cameo="120",
      actors=["Tajikistan", "Kyrgyzstan", "Bakyt Sydykov"], story="s3",
      notes="014 is undated; its 'on Thursday' is the day of the ultimatum ('earlier in the day'), dated by 013."),
]
STORIES = [
 dict(id="s1", summary="Kazakh-Uzbek water diplomacy in 2024: announced visit, Astana talks in March, Tashkent commission in September.", events=["e01", "e02", "e03"]),
 dict(id="s2", summary="Fighting in northern Mali and Algerian-Malian diplomacy, May 2024.", events=["e05", "e06"]),
 dict(id="s3", summary="Kyrgyz-Tajik stand-off over a border checkpoint, July 2024.", events=["e08", "e09"]),
]
MENTIONED = [
 dict(summary="Qodirov invites Zhumabekov to continue the talks in Tashkent in the autumn.", articles=["001", "003"], refers_to="e03"),
 dict(summary="The March agreement in Astana to share Syr Darya data.", articles=["006", "007"], refers_to="e02"),
 dict(summary="Zhumabekov due to meet President Shavkat Mirziyoyev on Wednesday.", articles=["006"], refers_to=None),
 dict(summary="The drone strike near Ber, as background to the Algiers talks.", articles=["011"], refers_to="e05"),
 dict(summary="The Kyrgyz defence ministry calls up reservists in the Batken region.", articles=["013"], refers_to=None, type="MOBILIZE", cameo="154"),
 dict(summary="The Kyrgyz ultimatum, as background to the Tajik rejection.", articles=["014"], refers_to="e08"),
 dict(summary="Deadly border clashes between Kyrgyzstan and Tajikistan in 2021 and 2022.", articles=["013"], refers_to=None),
]
ENTITIES = [
 ("Aidos Zhumabekov", "PERSON", ["Aidos Zhumabekov", "Zhumabekov", "Kazakh Foreign Minister Aidos Zhumabekov", "Foreign Minister Aidos Zhumabekov",
   "his Kazakh counterpart Aidos Zhumabekov", "his Kazakh counterpart", "Aidos Jumabekov", "Jumabekov", "Kazakh Foreign Minister Aidos Jumabekov"]),
 ("Rustam Qodirov", "PERSON", ["Rustam Qodirov", "Qodirov", "his Uzbek counterpart Rustam Qodirov", "his Uzbek counterpart",
   "Uzbekistan's Foreign Minister Rustam Qodirov", "Rustam Kodirov", "Kodirov", "Uzbekistan's foreign minister, Rustam Kodirov",
   "Uzbekistan's top diplomat Rustam Kodirov", "Uzbekistan's top diplomat", "The Uzbek minister", "Rustam Qadyrov", "Qadyrov",
   "Uzbekistan's Foreign Minister Rustam Qadyrov"]),
 ("Arman Tleuov", "PERSON", ["Arman Tleuov", "Tleuov", "Ministry spokesman Arman Tleuov"]),
 ("Shavkat Mirziyoyev", "PERSON", ["Shavkat Mirziyoyev", "President Shavkat Mirziyoyev"]),
 ("Enkhbold Naranbaatar", "PERSON", ["Enkhbold Naranbaatar", "Naranbaatar", "former mining minister Enkhbold Naranbaatar", "the former minister"]),
 ("Oyunbileg Ganzorig", "PERSON", ["Oyunbileg Ganzorig", "the lawyer, Oyunbileg Ganzorig", "A lawyer for the former minister"]),
 ("Ahmed ag Intalla", "PERSON", ["Ahmed ag Intalla", "its spokesman, Ahmed ag Intalla", "The alliance's spokesman, Ahmed ag Intalla"]),
 ("Nadir Bouchareb", "PERSON", ["Nadir Bouchareb", "Bouchareb", "Algerian Foreign Minister Nadir Bouchareb", "the Algerian minister"]),
 ("Moussa Kanouté", "PERSON", ["Moussa Kanouté", "Kanouté", "his Malian counterpart Moussa Kanouté", "his Malian counterpart"]),
 ("Gulnara Abdykalykova", "PERSON", ["Gulnara Abdykalykova", "The commission chair, Gulnara Abdykalykova"]),
 ("Temir Usenov", "PERSON", ["Temir Usenov"]),
 ("Talant Osmonaliev", "PERSON", ["Talant Osmonaliev", "Osmonaliev", "Kyrgyz Security Council secretary Talant Osmonaliev",
   "the secretary of the Kyrgyz Security Council, Talant Osmonaliev", "the Kyrgyz official"]),
 ("Bakyt Sydykov", "PERSON", ["Bakyt Sydykov", "the Kyrgyz ambassador, Bakyt Sydykov", "the Kyrgyz ambassador"]),
 ("Kazakh Foreign Ministry", "ORG", ["Kazakh Foreign Ministry", "the Kazakh Foreign Ministry"]),
 ("Kazakh-Uzbek joint water commission", "ORG", ["joint water commission", "a joint water commission"]),
 ("Independent Authority Against Corruption", "ORG", ["Independent Authority Against Corruption", "IAAC",
   "Mongolia's Independent Authority Against Corruption", "The anti-graft agency"]),
 ("Malian Armed Forces", "ORG", ["Malian Armed Forces", "The Malian Armed Forces", "FAMa", "Mali's armed forces", "Malian army",
   "The army", "the army", "the military", "the Malian military"]),
 ("Northern Unity Movement", "ORG", ["Northern Unity Movement", "the Northern Unity Movement", "NUM", "The NUM", "the rebel group",
   "The separatist alliance"]),
 ("Central Election Commission", "ORG", ["Central Election Commission", "The Central Election Commission", "CEC"]),
 ("Organization for Security and Co-operation in Europe", "ORG", ["Organization for Security and Co-operation in Europe", "OSCE"]),
 ("Yntymak", "ORG", ["Yntymak", "the Yntymak party"]),
 ("Kench alliance", "ORG", ["Kench alliance", "the Kench alliance"]),
 ("Kyrgyz Security Council", "ORG", ["Kyrgyz Security Council", "the Kyrgyz Security Council"]),
 ("Kyrgyz defence ministry", "ORG", ["The Kyrgyz defence ministry"]),
 ("Tajik border service", "ORG", ["Tajikistan's border service", "Tajik border service"]),
 ("Tajik foreign ministry", "ORG", ["The Tajik foreign ministry"]),
 ("Kazakhstan", "GPE", ["Kazakhstan"]),
 ("Uzbekistan", "GPE", ["Uzbekistan"]),
 ("Mongolia", "GPE", ["Mongolia"]),
 ("Mali", "GPE", ["Mali", "Bamako"]),
 ("Algeria", "GPE", ["Algeria"]),
 ("Kyrgyzstan", "GPE", ["Kyrgyzstan"]),
 ("Tajikistan", "GPE", ["Tajikistan", "Dushanbe"]),
 ("Russia", "GPE", ["Russia"]),
 ("Astana", "GPE", ["Astana", "the Kazakh capital"]),
 ("Tashkent", "GPE", ["Tashkent"]),
 ("Shymkent", "GPE", ["Shymkent"]),
 ("Saryagash", "GPE", ["Saryagash"]),
 ("Ulaanbaatar", "GPE", ["Ulaanbaatar"]),
 ("Ber", "GPE", ["Ber"]),
 ("Timbuktu", "GPE", ["Timbuktu"]),
 ("Gao", "GPE", ["GAO"]),
 ("Algiers", "GPE", ["Algiers", "ALGIERS"]),
 ("Bishkek", "GPE", ["Bishkek", "BISHKEK"]),
 ("Kok-Tash", "GPE", ["Kok-Tash"]),
 ("Batken region", "LOC", ["Batken region"]),
 ("Turkestan region", "LOC", ["Turkestan region"]),
 ("Syr Darya", "LOC", ["Syr Darya"]),
 ("Fergana Valley", "LOC", ["Fergana Valley"]),
 ("Aral Sea", "LOC", ["Aral Sea"]),
 ("Tian Shan", "LOC", ["Tian Shan"]),
 ("Gobi", "LOC", ["Gobi region"]),
]
QUOTES = [
 ("001", "Water is not a question on which neighbours can afford to keep secrets,", "Aidos Zhumabekov", None),
 ("001", "We have talked about water for thirty years. Now we must measure it together,", "Rustam Qodirov", "pronoun speaker"),
 ("003", "Water is not a question on which neighbours can afford to keep secrets,", "Aidos Zhumabekov", None),
 ("003", "We have talked about water for thirty years. Now we must measure it together,", "Rustam Qodirov", "pronoun speaker"),
 ("002", "frank and practical", "Aidos Zhumabekov", None),
 ("002", "open the books", "Rustam Qodirov", None),
 ("004", "frank and practical", "Aidos Zhumabekov", None),
 ("004", "open the books", "Rustam Qodirov", None),
 ("005", "The agenda is practical. Our ministers will talk about water first, and about everything else after that,", "Arman Tleuov", None),
 ("005", "Everything that connects our peoples is on the table.", "Arman Tleuov", "speaker before the quotation, colon"),
 ("006", "The data has been flowing since May, and so far nobody has been surprised by the river,", "Rustam Qodirov", "single quotation marks"),
 ("006", "We have the numbers. Now we need the rules,", "Aidos Zhumabekov", "single quotation marks; pronoun speaker"),
 ("007", "The commission will meet every quarter, and its data will be public,", "Aidos Zhumabekov", "closing mark without opening mark"),
 ("007", "We lose too much water before it reaches a single field,", "Rustam Qodirov", None),
 ("008", "The investigation concerns licences issued between 2019 and 2021 for deposits in the Gobi region,", "Independent Authority Against Corruption", "statement"),
 ("008", "My client has nothing to hide and he will answer every question,", "Oyunbileg Ganzorig", None),
 ("009", "preparing an attack on our positions", "Malian Armed Forces", "statement"),
 ("009", "all the targets were neutralised", "Malian Armed Forces", "statement"),
 ("009", "Those who died were herders and traders, not fighters,", "Ahmed ag Intalla", None),
 ("010", "We counted eleven bodies, among them two children,", None, "anonymous local official; single quotation marks"),
 ("010", "no civilian", "Malian Armed Forces", "statement"),
 ("010", "The world must see what is happening in the north,", "Ahmed ag Intalla", "guillemets"),
 ("011", "Algeria will not accept that the north of Mali becomes a permanent battlefield,", "Nadir Bouchareb", "nominal speaker"),
 ("011", "terrorist groups", "Moussa Kanouté", None),
 ("011", "a new page", "Nadir Bouchareb", None),
 ("012", "without serious violations", "Gulnara Abdykalykova", None),
 ("012", "We have collected more than two hundred complaints, and we will take every one of them to court,", "Temir Usenov", "speaker after the verb"),
 ("013", "take all necessary measures", "Kyrgyzstan", None),
 ("013", "We have been patient for seven days. The post must be removed by Saturday evening,", "Talant Osmonaliev", None),
 ("014", "unacceptable", "Tajikistan", "capital as speaker (Dushanbe)"),
 ("014", "The post must go. We will not discuss it at a table while it stands on our road,", "Talant Osmonaliev", "nominal speaker"),
 ("014", "Our guards are where they have always been,", "Tajik border service", None),
 ("014", "They will not leave.", "Tajik border service", None),
]

def main():
    texts = {a[0]: article_text(a[1]) for a in A}
    problems = []
    articles = []
    for (i, f, url, outlet, pub, basis, ev, dup, kind, title, boiler, notes) in A:
        rec = dict(id=i, url=url, outlet=outlet, published=pub, event=ev, near_duplicate_of=dup,
                   published_basis=basis, title=title, boilerplate=boiler, notes=notes)
        if kind: rec["near_duplicate_kind"] = kind
        articles.append(rec)
        if title not in texts[i]: problems.append(f"{i}: title not found")
        for b in boiler:
            if b not in texts[i]: problems.append(f"{i}: boilerplate not found: {b!r}")
    for e in EVENTS:
        e["articles"] = [a[0] for a in A if a[6] == e["id"]]
        e.setdefault("date_resolvable", True)
    entities = []
    names = {e[0] for e in ENTITIES}
    for canon, typ, aliases in ENTITIES:
        if canon not in aliases and not any(canon in t for t in texts.values()):
            pass
        hits = sorted(i for i, t in texts.items()
                      if any(re.search(r"(?<!\w)" + re.escape(al) + r"(?!\w)", t) for al in aliases))
        for al in aliases:
            if not any(re.search(r"(?<!\w)" + re.escape(al) + r"(?!\w)", t) for t in texts.values()):
                problems.append(f"alias not found: {canon}: {al!r}")
        entities.append(dict(canonical=canon, type=typ, aliases=aliases, articles=hits))
    for e in EVENTS:
        for actor in e["actors"]:
            if actor not in names: problems.append(f"{e['id']}: actor not an entity: {actor}")
    quotes = []
    for art, text, speaker, note in QUOTES:
        if text not in texts[art]: problems.append(f"{art}: quote not found: {text!r}")
        if speaker and speaker not in names: problems.append(f"{art}: speaker not an entity: {speaker}")
        q = dict(article=art, text=text, speaker=speaker)
        if note: q["note"] = note
        quotes.append(q)
    gold = dict(about="Gold labels for the Newsgraph example articles (texts written by the Newsgraph authors). "
                      "Schema and scoring conventions as in the devset README.",
                articles=articles, events=EVENTS, stories=STORIES, mentioned_events=MENTIONED,
                entities=entities, quotes=quotes)
    with open(os.path.join(ROOT, "gold.json"), "w", encoding="utf-8") as out:
        json.dump(gold, out, ensure_ascii=False, indent=1); out.write("\n")
    with open(os.path.join(ROOT, "articles.jsonl"), "w", encoding="utf-8") as out:
        for a in A:
            out.write(json.dumps(dict(id=a[0], url=a[2], file="articles/" + a[1]), ensure_ascii=False) + "\n")
    for i, t in texts.items():
        words = len(re.findall(r"\w+", t))
        if not 120 <= words <= 320: problems.append(f"{i}: {words} words")
    print("\n".join(problems) if problems else f"ok: {len(A)} articles, {len(entities)} entities, {len(quotes)} quotes")
    return 1 if problems else 0

if __name__ == "__main__":
    raise SystemExit(main())

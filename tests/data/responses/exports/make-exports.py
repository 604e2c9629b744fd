#!/usr/bin/env python3
# Writes the survey exports of this directory and expected.txt. Each file
# renders one list of intended answers the way one tool writes it
# (Excel on Danish Windows, Google Forms, Microsoft Forms via Excel,
# SurveyXact, Excel "Unicode text", SurveyMonkey); the
# expected tallies are counted from the intended answers, never by
# reading the files back, so they are an oracle independent of the
# importer. Run it only to change the corpus: the files are kept as made.
import random

STMTS = [
    ("belonging-proud", "Tilhørsforhold",
     "Siden Nortec og Bo-Vest startede sommerfesten, er jeg blevet mere "
     "stolt af at fortælle, hvor jeg bor."),
    ("trust-meeting-place", "Tillid",
     "Siden Nortec åbnede kantinen som indendørs mødested, har jeg fået "
     "større tillid til mine naboer."),
    ("cocreation-heard", "Medskabende",
     "Efter jeg var med til at planlægge sommerfesten, føler jeg, at jeg "
     "bedre kan bidrage til lokalområdet."),
    ("safety-evening", "Tryghed",
     "Jeg føler mig tryg, når jeg går gennem Hedemarken om aftenen."),
]
LABELS = ["Helt enig", "Delvist enig", "Hverken enig eller uenig",
          "Delvist uenig", "Helt uenig"]
NBSP = "\u00a0"
DK, BLANK = 5, 6


def answers(rng, n, empty_rows):
    rows = []
    for i in range(n):
        if i in empty_rows:
            rows.append([BLANK] * 4)
            continue
        rows.append([rng.choice([0, 0, 1, 1, 1, 2, 2, 3, 4, DK, BLANK])
                     for _ in STMTS])
    return rows


def typed(rng, a):
    """A label as typed by hand into Excel: any case, stray spaces."""
    if a == BLANK:
        return rng.choice(["", "", " "])
    word = "Ved ikke" if a == DK else rng.choice(
        [LABELS[a], LABELS[a].replace("Delvist", "Delvis")])
    word = rng.choice([word, word.lower(), word.upper(), word.title()])
    return rng.choice(["", " ", NBSP]) + word + rng.choice(["", " ", NBSP])


def csv_cell(text, delim):
    if delim in text or '"' in text or "\n" in text or "\r" in text:
        return '"' + text.replace('"', '""') + '"'
    return text


def write(name, rows, header, delim, enc, eol, bom=b"", quote_all=False,
          first=b""):
    out = []
    for r in [header] + rows:
        cells = ['"' + c.replace('"', '""') + '"' if quote_all and c else
                 csv_cell(c, delim) for c in r]
        out.append(delim.join(cells))
    text = eol.join(out) + eol
    with open(name, "wb") as f:
        f.write(bom + first + text.encode(enc))


def tally(rows):
    t = [[0] * 7 for _ in STMTS]
    for r in rows:
        for k, a in enumerate(r):
            t[k][a] += 1
    return t


expected = []


def expect(name, rows, drawn):
    # drawn rows were made blank; others may be blank by chance.
    empty = sum(1 for r in rows if all(a == BLANK for a in r))
    assert empty >= drawn
    expected.append("%s respondents %d empty %d" % (name, len(rows), empty))
    for (sid, _, _), t in zip(STMTS, tally(rows)):
        expected.append("%s %s %s" % (name, sid, " ".join(map(str, t))))


def excel_1252(rng):
    rows = answers(rng, 35, {7})
    hdr = ["Nr."] + [s[2] for s in STMTS] + ["Kommentar"]
    body = [[str(i + 1)] + [typed(rng, a) for a in r] +
            [rng.choice(["", "Godt for området; tak", "Mere af det", "Ærlig talt: både og"])]
            for i, r in enumerate(rows)]
    write("excel-1252.csv", body, hdr, ";", "cp1252", "\r\n")
    expect("excel-1252.csv", rows, 1)


def excel_utf8(rng):
    rows = answers(rng, 40, {3, 30})
    hdr = ["Respondent",
           STMTS[0][2].replace(" og ", " og" + NBSP).rstrip("."),
           "  " + STMTS[1][2].replace("indendørs", "indendørs ") + " ",
           STMTS[2][2].upper(),
           STMTS[3][2].replace("Jeg føler", "Jeg  føler")]
    body = [[str(100 + i)] + [typed(rng, a) for a in r]
            for i, r in enumerate(rows)]
    write("excel-utf8.csv", body, hdr, ";", "utf-8", "\r\n", bom=b"\xef\xbb\xbf")
    expect("excel-utf8.csv", rows, 2)


def google(rng):
    rows = answers(rng, 48, {11, 12, 40})
    q = "Hvor enig er du i følgende udsagn?"
    hdr = ["Tidsstempel"] + ["%s [%s]" % (q, s[2]) for s in STMTS] + \
          ["Har du andre kommentarer?"]
    body = []
    for i, r in enumerate(rows):
        ts = "2026/11/%02d %d.%02d.%02d %s CET" % (
            14 + i % 3, 1 + i % 12, i % 60, (7 * i) % 60,
            "AM" if i % 2 else "PM")
        cells = [LABELS[a] if a < 5 else "Ved ikke" if a == DK else ""
                 for a in r]
        body.append([ts] + cells + [rng.choice(["", "", "Godt, tak!"])])
    write("google-forms.csv", body, hdr, ",", "utf-8", "\n")
    expect("google-forms.csv", rows, 3)


def msforms(rng):
    rows = answers(rng, 60, {59})
    hdr = ["Id", "Starttidspunkt", "Fuldførelsestidspunkt", "Mail", "Navn",
           "Tidspunkt for seneste ændring"] + [s[2] for s in STMTS]
    body = []
    for i, r in enumerate(rows):
        t = "14-11-2026 %02d:%02d:%02d" % (8 + i % 10, i % 60, (3 * i) % 60)
        cells = [LABELS[a] if a < 5 else "Ved ikke" if a == DK else ""
                 for a in r]
        body.append([str(i + 1), t, t, "anonymous", "", ""] + cells)
    write("microsoft-forms.csv", body, hdr, ";", "utf-8", "\r\n",
          bom=b"\xef\xbb\xbf")
    expect("microsoft-forms.csv", rows, 1)


def surveyxact(rng):
    rows = answers(rng, 70, {5, 6})
    hdr = ["respondentid", "status", "q1", "q2", "q3", "q4"]
    body = [[str(5000 + i), "2"] + ["" if a == BLANK else str(a + 1)
                                     for a in r]
            for i, r in enumerate(rows)]
    write("surveyxact.csv", body, hdr, ";", "cp1252", "\r\n")
    expect("surveyxact.csv", rows, 2)


def indicator_names(rng):
    rows = answers(rng, 35, {34})
    hdr = ["Besvarelse"] + [s[1] for s in STMTS]
    body = [[str(i + 1)] + ["" if a == BLANK else str(a + 1)
                             if a < 5 and rng.random() < 0.5 else
                             typed(rng, a) for a in r]
            for i, r in enumerate(rows)]
    write("indicator-names.csv", body, hdr, ";", "cp1252", "\r\n")
    expect("indicator-names.csv", rows, 1)


def unicode_text(rng):
    rows = answers(rng, 50, {20})
    hdr = ["Nr."] + [s[2] for s in STMTS]
    body = [[str(i + 1)] + [typed(rng, a).strip(" ") for a in r]
            for i, r in enumerate(rows)]
    write("unicode-text.txt", body, hdr, "\t", "utf-16-le", "\r\n",
          bom=b"\xff\xfe")
    expect("unicode-text.txt", rows, 1)


def ids(rng):
    rows = answers(rng, 40, set())
    hdr = ["Respondent"] + [s[0] for s in STMTS]
    body = [[str(i + 1)] + ["" if a == BLANK else "Ved ikke" if a == DK
                             else str(a + 1) for a in r]
            for i, r in enumerate(rows)]
    write("statement-ids.csv", body, hdr, ",", "utf-8", "\n")
    expect("statement-ids.csv", rows, 0)


def sep_line(rng):
    rows = answers(rng, 36, {0})
    hdr = ["Løbenr."] + [s[2] for s in STMTS]
    body = [[str(i + 1)] + [typed(rng, a) for a in r]
            for i, r in enumerate(rows)]
    write("excel-sep-line.csv", body, hdr, ";", "cp1252", "\r\n",
          first=b"sep=;\r\n")
    expect("excel-sep-line.csv", rows, 1)


def surveymonkey(rng):
    """The "expanded" CSV: the question in the first header row (blank
    over the other columns of a grid), the statement or "Response" in
    the second."""
    rows = answers(rng, 45, {9})
    meta = ["Respondent ID", "Collector ID", "Start Date", "End Date",
            "IP Address", "Email Address", "First Name", "Last Name",
            "Custom Data 1"]
    hdr1 = meta + ["Hvor enig er du i følgende udsagn?", "", "",
                   STMTS[3][2]]
    hdr2 = [""] * len(meta) + [s[2] for s in STMTS[:3]] + ["Response"]
    body = [hdr2]
    for i, r in enumerate(rows):
        t = "11/14/2026 %d:%02d:%02d %s" % (1 + i % 12, i % 60, (5 * i) % 60,
                                            "AM" if i % 2 else "PM")
        cells = [LABELS[a] if a < 5 else "Ved ikke" if a == DK else ""
                 for a in r]
        body.append([str(11400000000 + i), "400123456", t, t, "", "", "",
                     "", ""] + cells)
    write("surveymonkey.csv", body, hdr1, ",", "utf-8", "\r\n",
          bom=b"\xef\xbb\xbf")
    expect("surveymonkey.csv", rows, 1)


rng = random.Random(13)
for make in (excel_1252, excel_utf8, google, msforms, surveyxact,
             indicator_names, unicode_text, ids, sep_line, surveymonkey):
    make(rng)
with open("expected.txt", "w") as f:
    f.write("# FILE respondents N empty N, then per statement FILE ID\n"
            "# Helt-enig Delvist-enig Hverken Delvist-uenig Helt-uenig "
            "Ved-ikke blank\n# (counted by make-exports.py from the "
            "answers it wrote, not from the files)\n")
    f.write("\n".join(expected) + "\n")

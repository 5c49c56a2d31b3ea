"""Alignment and groups: which figures are the same figure, why, and what their timeline says."""

from __future__ import annotations

import pandas as pd
import pytest

from factcheck.compare import align, group_figures
from factcheck.compare.align import compare_rules, compatible_figures, signature
from factcheck.compare.tracked import TrackedFiguresError, load_tracked, parse_tracked
from tests.test_compare_support import article_figure, figure, table

RULES = compare_rules()


def sig(**kw):
    return signature(figure(**kw), RULES)


def same(a: dict, b: dict) -> tuple[bool, str]:
    return compatible_figures(signature(a, RULES), signature(b, RULES), RULES,
                              {a["article_id"]: frozenset({"Israel", "Hamas", "Gaza"}),
                               b["article_id"]: frozenset({"Israel", "Hamas", "Gaza"})})


@pytest.mark.parametrize("subject_a, subject_b, aligned", [
    ("people", "persons", True),
    ("Israelis", "civilians", True),
    ("people", "Israeli soldiers", False),
    ("people", "children", False),
    ("soldiers", "troops", True),
    ("women and children", "children", False),
])
def test_subject_compatibility(subject_a, subject_b, aligned):
    a = figure("a", "1,000", 1000, subject=subject_a, sentence=f"1,000 {subject_a} were killed in Israel.")
    b = figure("b", "1,000", 1000, subject=subject_b, sentence=f"1,000 {subject_b} were killed in Israel.")
    ok, why = same(a, b)
    assert ok is aligned, why


def test_the_words_after_the_number_stand_in_for_a_missing_subject():
    a = figure("a", "286", 286, sentence="Hecht said that 286 Israeli soldiers had now been killed.")
    assert signature(a, RULES).subgroups == {"soldiers"}


@pytest.mark.parametrize("sentence, place", [
    ("Hamas launched its October 7 attack that killed at least 1,300 in Israel.", "israel"),
    ("Heavy Israeli bombardment since has killed over 2,300 in the Palestinian enclave.", "gaza"),
    ("More than 13,300 Palestinians have been killed, according to the Health Ministry in Hamas-ruled Gaza.", "gaza"),
    # Gaza is named, but as where the attackers came from: the count belongs to Israel.
    ("For weeks, Israeli officials said that more than 1,400 people had been killed in the attacks "
     "launched from Gaza, in which Hamas-led gunmen swept into more than 20 Israeli towns.", "israel"),
    ("At least 2,300 people have died after Storm Daniel struck Libya.", "libya"),
])
def test_place_from_the_sentence(sentence, place):
    text = next(t for t in ("at least 1,300", "over 2,300", "More than 13,300", "more than 1,400", "At least 2,300") if t in sentence)
    assert signature(figure("a", text, 1, sentence=sentence), RULES).place == place


def test_israel_and_gaza_tolls_never_align():
    a = figure("a", "at least 1,300", 1300, qualifier="at_least",
               sentence="Hamas launched its October 7 attack that killed at least 1,300 in Israel.")
    b = figure("b", "over 2,300", 2300, qualifier="more_than",
               sentence="Heavy Israeli bombardment since has killed over 2,300 in the Palestinian enclave.")
    ok, why = same(a, b)
    assert not ok and "different places" in why


def test_a_daily_toll_is_not_the_running_total():
    daily = figure("a", "128", 128, sentence="Between the afternoons of 2 and 3 January, 128 Palestinians were killed.")
    total = figure("b", "at least 22,313", 22313, qualifier="at_least",
                   sentence="Overall, between 7 October and 12:00 on 3 January, at least 22,313 Palestinians were killed in Gaza.")
    ok, why = same(daily, total)
    assert not ok and "period" in why


def test_units_that_convert_align_and_others_do_not():
    a = figure("a", "6 miles", 6, category="measure", unit="mile", subject="from the border fence")
    b = figure("b", "9.7 km", 9.7, category="measure", unit="kilometer", subject="from the border")
    c = figure("c", "9.7 kg", 9.7, category="measure", unit="kilogram", subject="from the border")
    assert same(a, b)[0]
    ok, why = same(a, c)
    assert not ok and "units" in why


def test_counts_of_different_things_do_not_align():
    a = figure("a", "137", 137, category="aid", subject="aid trucks", unit=None)
    b = figure("b", "200", 200, category="aid", subject="trucks", unit=None)
    c = figure("c", "130,000", 130000, category="aid", subject="liters of fuel", unit="liter")
    assert same(a, b)[0]
    assert not same(a, c)[0]


def test_every_figure_gets_a_group_and_a_reason():
    df = table(
        figure("a", "at least 1,400", 1400, qualifier="at_least", sentence="Gunmen killed at least 1,400 people in Israel."),
        figure("b", "about 1,200", 1200, qualifier="approx", sentence="About 1,200 people were killed in Israel."),
        figure("b", "128", 128, sentence="128 Palestinians were killed in Gaza overnight."),
    )
    out = align(df)
    assert list(out.columns[-2:]) == ["group_id", "reason"]
    assert out["reason"].notna().all() and (out["reason"].str.len() > 10).all()
    assert out.loc[0, "group_id"] == out.loc[1, "group_id"] != out.loc[2, "group_id"]
    assert "same place israel" in out.loc[1, "reason"]


# --- tracked figures -----------------------------------------------------------------------------


def test_pinned_figures_take_precedence(tmp_path):
    pins = tmp_path / "tracked.toml"
    pins.write_text('[[figure]]\nid = "oct7-toll"\ncategory = "killed"\nwords = ["Oct. 7", "October 7"]\n'
                    'event_date = 2023-10-07\n', encoding="utf-8")
    # Without the pin, the place rules keep these apart (one names Gaza as the place).
    a = figure("a", "1,400", 1400, sentence="The Oct. 7 attack killed 1,400 people in Gaza border towns.")
    b = figure("b", "about 1,200", 1200, qualifier="approx", sentence="The October 7 toll in Israel is about 1,200.")
    c = figure("c", "1,200", 1200, sentence="The October 7 toll in Israel is 1,200.", event_date="2023-10-08")
    out = align(table(a, b, c), tracked=pins)
    assert list(out["group_id"][:2]) == ["oct7-toll", "oct7-toll"]
    assert "pinned by tracked figure 'oct7-toll'" in out.loc[0, "reason"]
    # A figure with another known event date is not the pinned figure.
    assert out.loc[2, "group_id"] != "oct7-toll"


@pytest.mark.parametrize("text, message", [
    ('[[figure]]\ncategory = "killed"\n', "needs an 'id'"),
    ('[[figure]]\nid = "x"\ncategory = "deaths"\n', "category 'deaths' is not one of"),
    ('[[figure]]\nid = "x"\ncategory = "killed"\nevent_date = "Oct 7"\n', "write YYYY-MM-DD"),
    ('[[figure]]\nid = "x"\ncategory = "killed"\nwhere = "Gaza"\n', "unknown key(s) where"),
    ('[[figure]]\nid = "x"\ncategory = "killed"\n[[figure]]\nid = "x"\ncategory = "killed"\n', "used twice"),
])
def test_bad_tracked_files_say_what_to_fix(tmp_path, text, message):
    p = tmp_path / "t.toml"
    p.write_text(text, encoding="utf-8")
    with pytest.raises(TrackedFiguresError, match=message.replace("(", r"\(").replace(")", r"\)")):
        load_tracked(p)


def test_tracked_file_must_exist_and_be_toml(tmp_path):
    with pytest.raises(TrackedFiguresError, match="no such tracked-figures file"):
        load_tracked(tmp_path / "missing.toml")
    bad = tmp_path / "bad.toml"
    bad.write_text("[[figure]\n", encoding="utf-8")
    with pytest.raises(TrackedFiguresError, match="not valid TOML"):
        load_tracked(bad)
    assert parse_tracked({}) == []


# --- groups on the real articles' sentences (the column contract, not today's extractor) --------


@pytest.fixture(scope="module")
def war_claims(dev_dir):
    d = dev_dir
    return table(
        # The Oct. 7 toll in Israel.
        article_figure(d / "005_afp-israel-126-hostages-confirmed.txt", "at least 1,300", 1300, qualifier="at_least"),
        article_figure(d / "000_7c609068368f20e4.txt", "at least 1,400", 1400, qualifier="at_least", subject="persons"),
        article_figure(d / "001_jns-blinken-third-visit-israel.txt", "at least 1,400", 1400, qualifier="at_least", subject="persons"),
        article_figure(d / "009_nyt-israel-lowers-oct7-toll-1200.txt", "about 1,200", 1200, qualifier="approx", subject="people"),
        article_figure(d / "009_nyt-israel-lowers-oct7-toll-1200.txt", "more than 1,400", 1400, qualifier="more_than", superseded=True),
        article_figure(d / "009_nyt-israel-lowers-oct7-toll-1200.txt", "more than 1,400", 1400, nth=2, qualifier="more_than", subject="people", superseded=True),
        # The Gaza toll, and what must stay apart from it.
        article_figure(d / "005_afp-israel-126-hostages-confirmed.txt", "over 2,300", 2300, qualifier="more_than"),
        article_figure(d / "014_ap-truce-first-hostages-released.txt", "More than 13,300", 13300, qualifier="more_than", subject="Palestinians"),
        article_figure(d / "018_ocha-flash-update-83.txt", "at least 22,313", 22313, qualifier="at_least", subject="Palestinians"),
        article_figure(d / "018_ocha-flash-update-83.txt", "128", 128, subject="Palestinians"),
        article_figure(d / "005_afp-israel-126-hostages-confirmed.txt", "286", 286, subject="Israeli soldiers"),
        # The Libyan flood toll: another story.
        article_figure(d / "022_nation-pk-libya-2300-dead-10000-missing.txt", "2,300", 2300, qualifier="at_least"),
    )


def _group_of(groups, figures, article_prefix: str, text: str):
    gid = figures[(figures["article_id"].str.startswith(article_prefix)) & (figures["text"] == text)]["group_id"].iloc[0]
    return gid, groups[groups["group_id"] == gid].iloc[0]


def test_oct7_toll_is_one_group_revised(war_claims):
    figures, groups = align(war_claims), group_figures(war_claims)
    gid, row = _group_of(groups, figures, "005", "at least 1,300")
    members = figures[figures["group_id"] == gid]
    assert set(members["text"]) == {"at least 1,300", "at least 1,400", "about 1,200", "more than 1,400"}
    assert row["status"] == "revised", row["explanation"]
    assert "about 1,200" in row["explanation"]
    assert row["n_articles"] == 4 and row["min"] == 1200 and row["max"] == 1400
    assert (row["first_published"], row["last_published"]) == ("2023-10-15", "2023-11-10")


def test_gaza_toll_is_one_group_updated_apart_from_daily_and_soldiers(war_claims):
    figures, groups = align(war_claims), group_figures(war_claims)
    gid, row = _group_of(groups, figures, "005", "over 2,300")
    members = figures[figures["group_id"] == gid]
    assert set(members["text"]) == {"over 2,300", "More than 13,300", "at least 22,313"}
    assert row["status"] == "updated", row["explanation"]
    # 018 has no date: it is placed by value and said so; the current state is its figure.
    assert "no date" in row["explanation"]
    assert row["consensus_low"] == 22313 and pd.isna(row["consensus_high"])
    others = figures[figures["text"].isin(["128", "286", "2,300"])]["group_id"]
    assert gid not in set(others) and others.nunique() == 3


def test_groups_table_is_valid_and_ordered(war_claims):
    groups = group_figures(war_claims)
    order = {"conflict": 0, "revised": 1, "updated": 2, "agree": 3, "single": 4}
    ranks = [order[s] for s in groups["status"]]
    assert ranks == sorted(ranks)
    assert groups["explanation"].str.len().min() > 10


def test_conflict_between_sources_of_the_same_day():
    df = table(
        figure("a", "1,000", 1000, sentence="1,000 people were killed in Israel.", published="2023-11-01"),
        figure("b", "2,000", 2000, sentence="2,000 people were killed in Israel.", published="2023-11-01"),
    )
    row = group_figures(df).iloc[0]
    assert row["status"] == "conflict"
    assert pd.isna(row["consensus_low"]) and pd.isna(row["consensus_high"])
    assert "do not meet" in row["explanation"]


def test_a_count_that_does_not_run_conflicts_whatever_the_dates():
    df = table(
        figure("a", "137", 137, category="aid", subject="aid trucks", unit=None, published="2023-11-01",
               sentence="137 aid trucks entered Gaza through the Rafah crossing on Sunday, UNRWA said."),
        figure("b", "200", 200, category="aid", subject="aid trucks", unit=None, published="2023-11-05",
               sentence="200 aid trucks entered Gaza through the Rafah crossing on Sunday, UNRWA said."),
    )
    assert group_figures(df).iloc[0]["status"] == "conflict"


def test_single_article_groups_are_single():
    df = table(figure("a", "5", 5, sentence="5 people were killed in Israel."))
    row = group_figures(df).iloc[0]
    assert row["status"] == "single" and row["n_articles"] == 1


# --- the real pipeline on the dev set -------------------------------------------------------------


@pytest.fixture(scope="module")
def dev_groups(dev_claims_csv):
    from factcheck.compare import load_claims

    claims = load_claims(dev_claims_csv)
    return align(claims), group_figures(claims)


def test_dev_oct7_toll_revised(dev_groups):
    figures, groups = dev_groups
    nyt = figures[figures["article_id"].str.startswith("009") & figures["text"].str.contains("1,200")]
    if not (nyt["category"] == "killed").any():
        # Only the extractor can close this gap; the comparison is tested on the contract above.
        pytest.xfail("the figures extractor in use does not file 'about 1,200' (009) under killed")
    gid, row = _group_of(groups, figures, "005", "at least 1,300")
    members = figures[figures["group_id"] == gid]
    assert {"at least 1,300", "at least 1,400"} <= set(members["text"])
    assert set(nyt["group_id"]) & {gid}
    assert set(members["article_id"].str[:3]) == {"000", "001", "005", "009"}
    assert row["status"] == "revised", row["explanation"]


def test_dev_gaza_toll_updated(dev_groups):
    figures, groups = dev_groups
    gid, row = _group_of(groups, figures, "005", "over 2,300")
    members = figures[figures["group_id"] == gid]
    assert {"13,300", "at least 22,313"} <= {t.replace("More than ", "") for t in members["text"]}
    assert row["status"] == "updated", row["explanation"]
    assert "128" not in set(members["text"])


def test_hostage_counts_ignore_place_words():
    a = figure("a", "over 240", 240, category="hostages", qualifier="more_than",
               sentence="Hamas took over 240 captives back to Gaza.", subject="captives")
    b = figure("b", "242", 242, category="hostages", sentence="Israel says 242 hostages are held in Gaza.",
               subject="hostages")
    c = figure("c", "199", 199, category="hostages", sentence="199 people were taken from southern Israel.")
    assert same(a, b)[0] and same(a, c)[0]


def test_a_vague_amount_shows_in_its_group_but_does_not_decide_its_status():
    story = "in the war between Israel and Hamas, Gaza officials said."
    df = table(
        figure("a", "over 240", 240, category="hostages", qualifier="more_than", published="2023-11-03",
               sentence=f"Over 240 hostages are held {story}"),
        figure("b", "dozens of", None, category="hostages", qualifier="vague", low=24, high=99,
               published="2023-11-24", sentence=f"Dozens of hostages are held {story}"),
        figure("c", "more than 240", 240, category="hostages", qualifier="more_than", published="2023-11-10",
               sentence=f"More than 240 hostages are held {story}"),
    )
    row = group_figures(df).iloc[0]
    assert row["n_figures"] == 3 and row["status"] == "agree", row["explanation"]

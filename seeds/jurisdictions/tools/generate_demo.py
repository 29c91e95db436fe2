#!/usr/bin/env python3
"""Generates the demo jurisdictions (../jurisdictions.json) and grid boundaries (../grids/*.geojson).

County-level and higher codes are real GB/T 2260 codes. Everything below county level - township,
village and grid codes and names, people, police beats, trainings and all boundaries - is
synthetic: plausible, placed near the real station, but not official data.

Grids tile each village without gaps or overlaps: a village is a rectangle cut into columns and
each column into rows; corners are snapped to 1/1000 degree and written from the same numbers,
so neighbouring edges coincide exactly. Run from anywhere: python3 seeds/jurisdictions/tools/generate_demo.py
"""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
VALID_FROM = "2021-01-01"
STEP = 1000  # coordinates are integers of 1/1000 degree until written

def div(code, name, english, kind, **extra):
    d = {"code": code, "name": name, "englishName": english, "kind": kind}
    d.update(extra)
    return d

# Shared upper levels (real codes).
UPPER = [
    div("540000", "西藏自治区", "Tibet Autonomous Region", "province"),
    div("540100", "拉萨市", "Lhasa", "prefecture"),
    div("540127", "墨竹工卡县", "Maizhokunggar County", "county"),
    div("540200", "日喀则市", "Shigatse", "prefecture"),
    div("540234", "吉隆县", "Gyirong County", "county"),
    div("540500", "山南市", "Shannan", "prefecture"),
    div("540523", "桑日县", "Sangri County", "county"),
    div("542500", "阿里地区", "Ngari Prefecture", "prefecture"),
    div("542521", "普兰县", "Purang County", "county"),
    div("650000", "新疆维吾尔自治区", "Xinjiang Uygur Autonomous Region", "province"),
    div("650100", "乌鲁木齐市", "Urumqi", "prefecture"),
    div("650106", "头屯河区", "Toutunhe District", "county"),
    div("140000", "山西省", "Shanxi Province", "province"),
    div("140800", "运城市", "Yuncheng", "prefecture"),
    div("140829", "平陆县", "Pinglu County", "county"),
]

# Stations: township (synthetic code), its villages with grid layouts, origin (lon, lat) of the
# south-west corner in 1/1000 degree, village size (1/1000 degree), grid layout per village (rows in
# each column), police beats (villages per beat) and the staffing flavour of the source article.
STATIONS = [
    dict(key="zhaxigang", sign="ZXG", station="扎西岗乡派出所", stationEn="Zhaxigang Township Police Station", source="000",
         township=div("540127200", "扎西岗乡", "Zhaxigang Township", "township"),
         origin=(91600, 29800), size=(30, 20), columns=[[2, 1], [1, 1, 1], [2, 2]],
         villages=[("201", "扎西岗村", "Zhaxigang Village"), ("202", "德庆村", "Dechen Village"), ("203", "唐加村", "Tangjia Village")],
         beats=[["201", "202"], ["203"]],
         renames=[{"code": "540127200203", "validFrom": "2023-07-01", "name": "唐加社区", "englishName": "Tangjia Community", "kind": "community"}]),
    dict(key="rong", sign="RX", station="绒乡派出所", stationEn="Rong Township Police Station", source="001",
         township=div("540523201", "绒乡", "Rong Township", "township"),
         origin=(92100, 29200), size=(24, 18), columns=[[1, 1], [2]],
         villages=[("201", "绒村", "Rong Village"), ("202", "达布村", "Dabu Village")],
         beats=[["201", "202"]]),
    dict(key="toutunhe", sign="TTH", station="十二师公安局二分局头屯河派出所", stationEn="Toutunhe Police Station, 12th Division (XPCC)", source="002",
         township=div("650106001", "头屯河街道", "Toutunhe Subdistrict", "subdistrict"),
         origin=(87420, 43860), size=(16, 12), columns=[[2, 1], [1, 2]],
         villages=[("001", "头屯河社区", "Toutunhe Community"), ("002", "兵团十二师社区", "12th Division Community")],
         kinds="community", beats=[["001"], ["002"]], volunteers=True),
    dict(key="gyirong", sign="JL", station="吉隆镇派出所", stationEn="Gyirong Town Police Station", source="003",
         township=div("540234100", "吉隆镇", "Gyirong Town", "town"),
         origin=(85290, 28840), size=(20, 16), columns=[[1], [1, 1], [1, 2]],
         villages=[("201", "吉隆村", "Gyirong Village"), ("202", "帮兴村", "Bangxing Village"), ("203", "冲色村", "Chongse Village")],
         beats=[["201", "202", "203"]], advisers=True, trainings=True),
    dict(key="tarqen", sign="TEQ", station="塔尔钦边境派出所", stationEn="Tarqen Border Police Station", source="003",
         township=div("542521201", "巴嘎乡", "Barga Township", "township"),
         origin=(81300, 30960), size=(36, 24), columns=[[1, 1], [1]],
         villages=[("201", "塔尔钦村", "Tarqen Village")],
         beats=[["201"]]),
    dict(key="zhangcun", sign="ZC", station="张村派出所", stationEn="Zhangcun Police Station", source="004",
         township=div("140829101", "张村镇", "Zhangcun Town", "town"),
         origin=(111380, 34880), size=(24, 20), columns=[[1, 1], [2], [1, 1]],
         villages=[("201", "张村", "Zhangcun Village"), ("202", "后村", "Houcun Village"), ("203", "南沟村", "Nangou Village")],
         beats=[["201"], ["202", "203"]], liaisons=True),
]

def fmt(v):
    return float(f"{v / STEP:.3f}")

def rect(x0, y0, x1, y1):
    ring = [(x0, y0), (x1, y0), (x1, y1), (x0, y1), (x0, y0)]
    return {"type": "Polygon", "coordinates": [[[fmt(x), fmt(y)] for x, y in ring]]}

def split(start, length, weights):
    """Cuts [start, start+length] at integer points in proportion to weights."""
    total = sum(weights)
    cuts, acc = [start], 0
    for w in weights[:-1]:
        acc += w
        cuts.append(start + round(length * acc / total))
    cuts.append(start + length)
    return cuts

divisions = list(UPPER)
staff, beats, trainings, grid_files, stations = [], [], [], [], []

def person(key, name, jurisdiction, assignments):
    staff.append({"key": key, "name": name, "jurisdiction": jurisdiction, "assignments": assignments})

def assign(role, area, **extra):
    a = {"role": role, "area": area, "validFrom": VALID_FROM}
    a.update(extra)
    return a

for s in STATIONS:
    t = s["township"]
    divisions.append(t)
    stations.append({"key": s["key"], "name": s["station"], "englishName": s["stationEn"], "jurisdiction": t["code"], "source": s["source"]})
    features = []
    x0, y0 = s["origin"]
    w, h = s["size"]
    village_kind = s.get("kinds", "village")
    prefix = s["sign"]
    person(f"{s['key']}-chief", f"{t['name']}总网格长（示例）", t["code"], [assign("gridChief", t["code"])])
    for vi, (vnum, vname, ven) in enumerate(s["villages"]):
        vcode = t["code"] + vnum
        divisions.append(div(vcode, vname, ven, village_kind))
        vx0 = x0 + vi * w
        layout = s["columns"][vi % len(s["columns"])]
        xs = split(vx0, w, [1] * len(layout))
        person(f"{s['key']}-{vnum}-leader", f"{vname}网格长（示例）", vcode, [assign("gridLeader", vcode)])
        if s.get("liaisons"):
            person(f"{s['key']}-{vnum}-liaison", f"{vname}警民联络员（示例）", vcode, [assign("liaison", vcode)])
        gnum = 0
        for ci, rows in enumerate(layout):
            ys = split(y0, h, [1] * rows if isinstance(rows, int) and rows > 0 else [1])
            for ri in range(len(ys) - 1):
                gnum += 1
                gcode = f"{vcode}{gnum:03d}"
                households = 40 + (int(gcode[-5:]) * 7) % 60
                features.append({
                    "type": "Feature",
                    "properties": {
                        "code": gcode,
                        "name": f"{vname}第{'一二三四五六七八九'[gnum - 1]}网格",
                        "sign": f"{prefix}-{vnum}-{gnum:02d}",
                        "partyGroup": f"{vname}第{'一二三四五六七八九'[gnum - 1]}网格党小组",
                        "expectedHouseholds": households,
                    },
                    "geometry": rect(xs[ci], ys[ri], xs[ci + 1], ys[ri + 1]),
                })
                person(f"{s['key']}-{gcode[-6:]}-worker", f"{vname}{gnum}号网格员（示例）", vcode, [assign("gridWorker", gcode)])
                if s.get("advisers"):
                    person(f"{s['key']}-{gcode[-6:]}-adviser", f"{vname}{gnum}号网格指导员（示例）", t["code"], [assign("gridAdviser", gcode)])
    path = f"grids/{s['key']}.geojson"
    grid_files.append(path)
    with open(os.path.join(ROOT, path), "w", encoding="utf-8") as f:
        # One feature per line: diffs stay readable and coordinates stay exact.
        f.write('{"type": "FeatureCollection", "features": [\n')
        f.write(",\n".join(json.dumps(feature, ensure_ascii=False) for feature in features))
        f.write("\n]}\n")
    for bi, villages in enumerate(s["beats"]):
        officer = f"{s['key']}-officer-{bi + 1}"
        person(officer, f"{t['name']}包村民警{bi + 1}（示例）", t["code"], [assign("communityOfficer", t["code"] + v) for v in villages])
        beats.append({"key": f"{s['key']}-beat-{bi + 1}", "code": f"JG-{bi + 1:02d}", "name": f"{t['name']}{bi + 1}号警格",
                      "jurisdiction": t["code"], "officer": officer, "covers": [t["code"] + v for v in villages]})
    if s.get("volunteers"):
        for n in range(1, 4):
            person(f"{s['key']}-veteran-{n}", f"老兵警长{n}（示例）", t["code"],
                   [assign("volunteer", t["code"], team="老兵警长义务服务队")])
    if s.get("trainings"):
        workers = [p["key"] for p in staff if p["key"].startswith(s["key"]) and p["key"].endswith(("-worker", "-adviser"))]
        for n, (date, title, extra) in enumerate([
                ("2023-03-15", "网格员履职能力培训", 68),
                ("2023-05-20", "矛盾纠纷排查调解培训", 70),
                ("2023-08-10", "社情民意调查与信息反馈培训", 69),
                ("2023-11-05", "法治宣传与便民服务培训", 71)], start=1):
            trainings.append({"key": f"{s['key']}-training-{n}", "jurisdiction": t["code"], "date": date, "title": title,
                              "round": n, "attendees": workers, "unregisteredTrainees": extra})
    for r in s.get("renames", []):
        for d in divisions:
            if d["code"] == r["code"]:
                d.setdefault("history", []).append({k: v for k, v in r.items() if k != "code"})

doc = {
    "$schema": "../schemas/jurisdictions.schema.json",
    "schemaVersion": 1,
    "note": "Demo data. Codes at county level and above are real GB/T 2260 codes; township, village and grid codes and names, people, police beats, trainings and boundaries are synthetic. The Toutunhe subdistrict stands for the 12th Division (XPCC) station's area and is synthetic too. Generated by tools/generate_demo.py.",
    "validFrom": VALID_FROM,
    "divisions": sorted(divisions, key=lambda d: d["code"].ljust(12, "0")),
    "gridFiles": grid_files,
    "stations": stations,
    "staff": staff,
    "beats": beats,
    "trainings": trainings,
}
with open(os.path.join(ROOT, "jurisdictions.json"), "w", encoding="utf-8") as f:
    json.dump(doc, f, ensure_ascii=False, indent=2)
    f.write("\n")
print(f"{len(divisions)} divisions, {len(grid_files)} grid files, {len(staff)} staff, {len(beats)} beats, {len(trainings)} trainings")

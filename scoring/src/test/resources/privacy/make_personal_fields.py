#!/usr/bin/env python3
"""Writes personal-fields.csv: 71 synthetic SIPAS 2017 forms in four units, with personal columns.

Sizes by construction (unit: men + women = forms): Bảo Yên 15 + 15 = 30, Bắc Hà 20 + 4 = 24, Si Ma Cai 6 + 6 = 12,
Mường Khương 3 + 2 = 5. With the default threshold of 10 forms: by unit, Mường Khương (5) is suppressed; by unit and
gender, Bắc Hà / Nữ (4), Si Ma Cai / Nam and / Nữ (6 each) and Mường Khương / Nam (3) and / Nữ (2) are small cells and
Bắc Hà / Nam (20) is complementary (the only other cell of Bắc Hà), Bảo Yên's two cells are published.
Every personal cell (Họ và tên, Số điện thoại, Địa chỉ, Email, Số CCCD) is different from every other cell of the file.
Run: python3 make_personal_fields.py > personal-fields.csv
"""
import csv
import random
import sys

random.seed(20240517)
CRITERIA = ["A1", "A2", "A3", "A4", "B1", "B2", "B3", "B4", "B5", "C1", "C2", "C3", "C4", "C5", "C6",
            "D1", "D2", "D3", "E1", "E2", "E3", "E4"]
UNITS = [("Bảo Yên", 15, 15, 0.85), ("Bắc Hà", 20, 4, 0.70), ("Si Ma Cai", 6, 6, 0.60), ("Mường Khương", 3, 2, 0.50)]
FAMILY = ["Nguyễn", "Lò", "Giàng", "Hoàng", "Vàng", "Lù", "Phàn", "Trần"]
GIVEN = ["Mai", "Seo Páo", "Thị Dung", "Văn Khánh", "Thị Hoa", "A Sử", "Chín", "Thị Lan", "Văn Tùng"]

w = csv.writer(sys.stdout, lineterminator="\n")
w.writerow(["response_id", "unit", "gender", "Họ và tên", "Số điện thoại", "Địa chỉ", "Email", "Số CCCD",
            "interviewer"] + CRITERIA)
n = 0
for unit, men, women, p in UNITS:
    for gender, count in (("Nam", men), ("Nữ", women)):
        for _ in range(count):
            n += 1
            name = f"{random.choice(FAMILY)} {random.choice(GIVEN)} Tư{n:03d}"
            answers = []
            for _c in CRITERIA:
                r = random.random()
                answers.append("0" if r < 0.03 else str(random.choice([4, 5]) if random.random() < p
                                                         else random.choice([1, 2, 3])))
            w.writerow([f"PF{n:03d}", unit, gender, name, f"09{n:02d}7{n:03d}55", f"Số {n} ngõ Hoa Ban {n + 100}",
                        f"nguoi.tra.loi{n:03d}@example.vn", f"0102030{n:05d}", f"ĐTV{1 + n % 3}"] + answers)

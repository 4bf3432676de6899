"""Messy ledgers as counties keep them, built by the tests themselves.

Each row's expected fate is listed beside it so a test can check that no row is lost.
"""

from __future__ import annotations

from desktop.domain.id_number import check_digit


def rid(prefix17: str) -> str:
    return prefix17 + check_digit(prefix17)


# valid resident ID numbers (address codes of Zhejiang and elsewhere)
ID_A = rid("33010219900101123")  # 上城区, male
ID_B = rid("33010619850512234")  # 西湖区, female
ID_C = rid("41152119920303345")  # 河南, male (migrant)
ID_D = rid("33010219750707002")  # ends in X?
ID_E = rid("33010820000229111")
ID_F = rid("33018319881111456")
ID_G = rid("33010219660606006")

HEADER = ["序号", "姓名", "身份证号码", "性别", "民族", "出生年月", "户籍地", "联系电话", "工作单位",
          "是否外来务工", "事迹简介", "发生时间", "地点", "类别", "结果"]

# (cells after 序号, expected fate, reason fragment)
def rows() -> list[tuple[list, str, str]]:
    return [
        (["张三", ID_A, "男", "汉族", "1990.01", "杭州市上城区", 13800000001, "某物流公司", "否",
          "徒手制止持刀抢劫", 44260, "上城区解放路", "与违法犯罪作斗争", "受伤"], "imported", ""),
        # full-width digits and spaces in the ID, 2021年3月5日, short labels
        (["李 四", _fullwidth(ID_B[:6]) + "　" + ID_B[6:], "女", "汉", "1985年5月", "杭州市西湖区",
          "13900000002", "某中学", "否", "救起落水儿童", "2021年3月5日", "西湖区新塘河畔", "救助落水人员", "未伤"],
         "imported", ""),
        # migrant worker, 2021/3/5, 20210305 style dates
        (["王五", ID_C, "男", "汉族", None, "河南省某县", "13700000003", "某建筑公司", "是",
          "冲入火场救出老人", "2022/7/9", "拱墅区某小区", "火灾救援", "致残"], "imported", ""),
        # ID number stored by Excel as a number (float): digits lost
        (["赵六", float(ID_E), "男", "汉族", None, None, None, None, "否",
          "救人", "20210305", "上城区", "其他", "未伤"], "rejected", "疑似被 Excel 截断"),
        # scientific notation as text
        (["钱七", "3.30183E+17", "男", None, None, None, None, None, None,
          None, None, None, None, None], "rejected", "疑似被 Excel 截断"),
        # wrong check digit
        (["孙八", ID_F[:-1] + ("0" if ID_F[-1] != "0" else "1"), "男", None, None, None, None, None, None,
          None, None, None, None, None], "rejected", "校验位"),
        # trailing lowercase x normalised (if the number ends in X) and a 2021.3.5 date
        (["周九", ID_D.lower(), None, None, None, None, None, None, "否",
          "台风中转移被困群众", "2021.3.5", "上城区某村", "抢险救灾", "牺牲"], "imported", ""),
        # gender disagrees with the ID number
        (["吴十", ID_G, "男", None, None, None, None, None, None, None, None, None, None, None],
         "rejected", "性别"),
        # deed date in the future
        (["郑十一", ID_F, None, None, None, None, None, None, None,
          "见义勇为", "2030-01-01", "上城区", "其他", "未伤"], "rejected", "晚于今天"),
        # same person as the first row, same deed again: nothing new
        (["张三", ID_A, "男", "汉族", "1990.01", "杭州市上城区", 13800000001, "某物流公司", "否",
          None, None, None, None, None], "duplicate", "重复"),
        # no name
        ([None, ID_F, None, None, None, None, None, None, None, None, None, None, None, None],
         "rejected", "姓名不能为空"),
    ]


def _fullwidth(s: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if c.isdigit() else c for c in s)


def write_messy_xlsx(path) -> list[tuple[int, str, str]]:
    """Title rows, a two-row header with merged cells, numeric/scientific IDs, serial dates, totals.

    Returns [(spreadsheet row, expected fate, reason fragment)].
    """
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "见义勇为人员"
    width = len(HEADER)
    ws.append(["杭州市上城区见义勇为人员台账（2021—2022年）"])
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=width)
    ws.append(["填报单位：上城分局", None, None, None, None, None, None, None, None, None, None, "填报日期：2026年11月"])
    # two-row header: 基本情况 over the person columns, 事迹情况 over the deed columns
    top = [None] * width
    for c in range(10):
        top[c] = HEADER[c]
    top[10] = "事迹情况"
    ws.append(top)
    sub = [None] * width
    for c in range(10):
        sub[c] = None
    sub[10:] = ["事迹简介", "发生时间", "地点", "类别", "结果"]
    ws.append(sub)
    for c in range(1, 11):  # person headings span both header rows
        ws.merge_cells(start_row=3, start_column=c, end_row=4, end_column=c)
    ws.merge_cells(start_row=3, start_column=11, end_row=3, end_column=width)
    expected = []
    for i, (cells, fate, why) in enumerate(rows(), 1):
        ws.append([i] + cells)
        expected.append((ws.max_row, fate, why))
    ws.append([None] * width)
    ws.append(["合计", None, None, None, None, None, None, None, None, None, None, None, None, None, None])
    ws.append(["填表人：某某", None, None, "审核人：某某"])
    # the first deed date is a serial number without a date format; make another a real date
    ws.cell(row=expected[0][0], column=12).number_format = "General"
    wb.save(path)
    return expected


def write_csv(path, encoding: str, bom: bool = False) -> None:
    lines = [",".join(["姓名", "公民身份号码", "性别", "出生日期", "事迹简介", "发生日期", "地点", "类别", "结果"])]
    lines.append(",".join(["张三", ID_A, "男", "1990-01-01", "制止抢劫", "2021/3/5", "上城区解放路", "违法犯罪", "轻伤"]))
    lines.append(",".join(["李四", ID_B, "女", "", "救人", "20210305", "西湖区某河", "溺水救援", "无"]))
    lines.append(",".join(["王五", "3.30102E+17", "男", "", "", "", "", "", ""]))
    lines.append(",".join(["合计", "", "", "", "", "", "", "", ""]))
    data = ("\r\n".join(lines) + "\r\n").encode(encoding)
    if bom:
        data = b"\xef\xbb\xbf" + data
    path.write_bytes(data)
